// Command genlogo draws gograd's kernel logos: a nabla (∇, the gradient)
// in white on a Go-blue rounded square, at 32×32 and 64×64.
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("o", ".", "output directory")
	flag.Parse()
	for _, size := range []int{32, 64} {
		path := filepath.Join(*out, fmt.Sprintf("logo-%dx%d.png", size, size))
		if err := write(path, draw(size)); err != nil {
			fmt.Fprintln(os.Stderr, "genlogo:", err)
			os.Exit(1)
		}
	}
}

func write(path string, img image.Image) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// draw renders the logo with 4×4 supersampling for smooth edges.
func draw(size int) *image.NRGBA {
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	blue := [3]float64{0x00, 0xAD, 0xD8} // Go's gopher blue
	const ss = 4
	s := float64(size)
	r := 0.18 * s // corner radius
	for y := 0; y < size; y++ {
		for x := 0; x < size; x++ {
			var bg, fg float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					px := float64(x) + (float64(sx)+0.5)/ss
					py := float64(y) + (float64(sy)+0.5)/ss
					if inRoundedSquare(px, py, s, r) {
						bg++
						if inNabla(px/s, py/s) {
							fg++
						}
					}
				}
			}
			n := float64(ss * ss)
			a := bg / n
			if a == 0 {
				continue
			}
			t := fg / bg // white share of the covered part
			c := color.NRGBA{A: uint8(math.Round(a * 255))}
			c.R = uint8(math.Round(blue[0]*(1-t) + 255*t))
			c.G = uint8(math.Round(blue[1]*(1-t) + 255*t))
			c.B = uint8(math.Round(blue[2]*(1-t) + 255*t))
			img.SetNRGBA(x, y, c)
		}
	}
	return img
}

func inRoundedSquare(x, y, s, r float64) bool {
	cx := math.Max(r, math.Min(s-r, x))
	cy := math.Max(r, math.Min(s-r, y))
	dx, dy := x-cx, y-cy
	return dx*dx+dy*dy <= r*r
}

// inNabla reports whether (u, v) in unit coordinates is on the outline of
// a downward triangle.
func inNabla(u, v float64) bool {
	in := func(u, v, shrink float64) bool {
		top, bottom := 0.24+shrink*0.6, 0.80-shrink
		if v < top || v > bottom {
			return false
		}
		half := 0.32 * (bottom - v) / (0.80 - 0.24)
		return math.Abs(u-0.5) <= half-shrink*0.3
	}
	return in(u, v, 0) && !in(u, v, 0.11)
}
