package accel

// The assembly kernels (sgemm_amd64.s, vec_amd64.s) are generated; edit
// internal/asmgen and run `go generate ./accel` (or `make generate`).
//go:generate go run ./internal/asmgen
