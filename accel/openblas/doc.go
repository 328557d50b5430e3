// Package openblas registers OpenBLAS as the accel backend "openblas"
// when built with `-tags openblas` (cgo, Debian's libopenblas-dev); without
// the tag it is empty, so the default build needs no C library.
package openblas
