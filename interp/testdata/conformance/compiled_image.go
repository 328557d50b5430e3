// Code generated from compiled_image.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
)

type Checker struct{ N int }

func (c Checker) ColorModel() color.Model { return color.GrayModel }

func (c Checker) Bounds() image.Rectangle { return image.Rect(0, 0, c.N, c.N) }

func (c Checker) At(x, y int) color.Color {
	if (x+y)%2 == 0 {
		return color.Gray{255}
	}
	return color.Gray{0}
}

type Red struct{ A uint8 }

func (r Red) RGBA() (uint32, uint32, uint32, uint32) {
	a := uint32(r.A) * 0x101
	return a, 0, 0, a
}

type Solid struct{ c color.Color }

func (s Solid) ColorModel() color.Model { return color.RGBAModel }

func (s Solid) Bounds() image.Rectangle { return image.Rect(0, 0, 2, 2) }

func (s Solid) At(x, y int) color.Color { return s.c }

var buf bytes.Buffer

func main() {
	err := png.Encode(&buf, Checker{4})
	fmt.Println(err, buf.Len() > 0)
	img, _ := png.Decode(&buf)
	fmt.Println(img.Bounds(), img.At(0, 0), img.At(1, 0))
	dst := image.NewRGBA(image.Rect(0, 0, 4, 4))
	draw.Draw(dst, dst.Bounds(), Checker{4}, image.Point{}, draw.Src)
	fmt.Println(dst.At(0, 0), dst.At(1, 0))
	fmt.Println(color.RGBAModel.Convert(Red{128}))
	dst2 := image.NewRGBA(image.Rect(0, 0, 2, 2))
	dst2.Set(0, 0, Red{255})
	fmt.Println(dst2.At(0, 0))
	draw.Draw(dst2, dst2.Bounds(), Solid{Red{64}}, image.Point{}, draw.Src)
	fmt.Println(dst2.At(1, 1))
	draw.Draw(dst2, dst2.Bounds(), &image.Uniform{Red{32}}, image.Point{}, draw.Src)
	fmt.Println(dst2.At(1, 1))
}
