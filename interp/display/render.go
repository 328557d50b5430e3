package display

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/png"
	"reflect"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
)

// processTag makes display IDs unique across restarts of a kernel.
var processTag = time.Now().UnixNano() % 1e9

// The interfaces a type can implement to choose how it is shown. A value
// may implement several; each adds one MIME type to its bundle.
type (
	// HTMLer renders as text/html.
	HTMLer interface{ DisplayHTML() string }
	// Markdowner renders as text/markdown.
	Markdowner interface{ DisplayMarkdown() string }
	// PNGer renders as image/png.
	PNGer interface {
		DisplayPNG() ([]byte, error)
	}
	// SVGer renders as image/svg+xml.
	SVGer interface{ DisplaySVG() string }
)

// PlotSize is the size at which Render draws a *plot.Plot.
var PlotSize = struct{ Width, Height vg.Length }{Width: 6 * vg.Inch, Height: 4 * vg.Inch}

// Render returns the MIME bundle for v: text/plain always, and richer types
// where v has them (plots, images, tensors, Display* methods).
func Render(v any) Bundle {
	b := Bundle{"text/plain": Text(v)}
	if v == nil {
		return b
	}
	switch x := v.(type) {
	case Bundle:
		return x
	case *plot.Plot:
		if x == nil {
			return b
		}
		if png, err := PlotPNG(x, PlotSize.Width, PlotSize.Height); err == nil {
			b["image/png"] = png
		} else {
			b["text/plain"] = "plot: " + err.Error()
		}
		if svg, err := PlotSVG(x, PlotSize.Width, PlotSize.Height); err == nil {
			b["image/svg+xml"] = svg
		}
		b["text/plain"] = "<plot " + x.Title.Text + ">"
	case image.Image:
		if isNil(x) {
			return b
		}
		var buf bytes.Buffer
		if err := png.Encode(&buf, x); err == nil {
			b["image/png"] = buf.Bytes()
			r := x.Bounds()
			b["text/plain"] = fmt.Sprintf("<image %dx%d>", r.Dx(), r.Dy())
		}
	}
	addMethods(b, v)
	return b
}

// addMethods adds the MIME types of the Display* methods v implements. A
// method that panics (say, on a nil receiver) adds nothing.
func addMethods(b Bundle, v any) {
	try := func(f func()) {
		defer func() { _ = recover() }()
		f()
	}
	if h, ok := v.(HTMLer); ok {
		try(func() { b["text/html"] = h.DisplayHTML() })
	}
	if m, ok := v.(Markdowner); ok {
		try(func() { b["text/markdown"] = m.DisplayMarkdown() })
	}
	if s, ok := v.(SVGer); ok {
		try(func() { b["image/svg+xml"] = s.DisplaySVG() })
	}
	if p, ok := v.(PNGer); ok {
		try(func() {
			if data, err := p.DisplayPNG(); err == nil {
				b["image/png"] = data
			}
		})
	}
}

// Text is v as text/plain: its String or Error method when it has one, Go's
// %v otherwise.
func Text(v any) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprintf("<%T: String panicked: %v>", v, r)
		}
	}()
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case string:
		return x
	case error:
		return x.Error()
	case fmt.Stringer:
		return x.String()
	}
	return fmt.Sprintf("%v", v)
}

func isNil(v any) bool {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Pointer, reflect.Interface, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return r.IsNil()
	}
	return false
}

// PlotPNG draws p as a PNG image of the given size.
func PlotPNG(p *plot.Plot, w, h vg.Length) ([]byte, error) {
	return plotBytes(p, w, h, "png")
}

// PlotSVG draws p as an SVG document of the given size.
func PlotSVG(p *plot.Plot, w, h vg.Length) (string, error) {
	b, err := plotBytes(p, w, h, "svg")
	return string(b), err
}

func plotBytes(p *plot.Plot, w, h vg.Length, format string) (out []byte, err error) {
	if p == nil {
		return nil, errors.New("display: nil plot")
	}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("display: drawing plot: %v", r)
		}
	}()
	wt, err := p.WriterTo(w, h, format)
	if err != nil {
		return nil, fmt.Errorf("display: drawing plot: %w", err)
	}
	var buf bytes.Buffer
	if _, err := wt.WriteTo(&buf); err != nil {
		return nil, fmt.Errorf("display: encoding plot as %s: %w", format, err)
	}
	return buf.Bytes(), nil
}

// Plot displays a gonum plot, as PNG and SVG.
func Plot(p *plot.Plot) { send(Message{Kind: Show, Bundle: Render(p)}) }
