//go:build !(linux || darwin) || nopurego

package accel

func probeCUDA() (bool, string) { return false, "CUDA probing not supported on this platform" }
