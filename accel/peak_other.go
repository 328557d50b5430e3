//go:build !amd64 || noasm

package accel

func fmaLoop(n int) float64 { return 0 }
