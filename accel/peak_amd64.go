//go:build amd64 && !noasm

package accel

//go:noescape
func fmaLoopZ(n int)

//go:noescape
func fmaLoopY(n int)

// fmaLoop runs n iterations of the widest FMA loop this CPU has and
// returns the flops it did, or 0 when there is none.
func fmaLoop(n int) float64 {
	switch {
	case hasAVX512:
		fmaLoopZ(n)
		return float64(n) * 12 * 16 * 2
	case hasAVX2:
		fmaLoopY(n)
		return float64(n) * 12 * 8 * 2
	}
	return 0
}
