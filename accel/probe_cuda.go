//go:build (linux || darwin) && !nopurego

package accel

import "github.com/ebitengine/purego"

// probeCUDA reports whether the NVIDIA driver library can be loaded, with
// purego's dlopen (no cgo needed).
func probeCUDA() (bool, string) {
	h, err := purego.Dlopen("libcuda.so.1", purego.RTLD_LAZY|purego.RTLD_LOCAL)
	if err != nil {
		return false, "libcuda.so.1 not found"
	}
	defer purego.Dlclose(h)
	return true, "libcuda.so.1 loads"
}
