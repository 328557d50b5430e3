package display

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
)

type rich struct{}

func (rich) DisplayHTML() string         { return "<i>r</i>" }
func (rich) DisplayMarkdown() string     { return "*r*" }
func (rich) DisplaySVG() string          { return "<svg/>" }
func (rich) DisplayPNG() ([]byte, error) { return []byte{1, 2}, nil }
func (rich) String() string              { return "rich" }

type panicky struct{}

func (*panicky) DisplayHTML() string { panic("nil receiver") }

func TestRender(t *testing.T) {
	p := plot.New()
	p.Title.Text = "loss"
	l, err := plotter.NewLine(plotter.XYs{{X: 0, Y: 1}, {X: 1, Y: 0.5}})
	if err != nil {
		t.Fatal(err)
	}
	p.Add(l)
	img := image.NewRGBA(image.Rect(0, 0, 4, 3))
	img.Set(1, 1, color.RGBA{255, 0, 0, 255})

	b := Render(p)
	data, _ := b["image/png"].([]byte)
	if im, err := png.Decode(bytes.NewReader(data)); err != nil || im.Bounds().Dx() < 100 {
		t.Errorf("plot PNG: %v", err)
	}
	if svg, _ := b["image/svg+xml"].(string); !strings.Contains(svg, "<svg") {
		t.Errorf("plot SVG missing")
	}
	if b["text/plain"] != "<plot loss>" {
		t.Errorf("plot text %q", b["text/plain"])
	}

	b = Render(img)
	data, _ = b["image/png"].([]byte)
	im, err := png.Decode(bytes.NewReader(data))
	if err != nil || im.Bounds().Dx() != 4 {
		t.Fatalf("image PNG: %v", err)
	}
	if r, _, _, _ := im.At(1, 1).RGBA(); r != 0xffff {
		t.Errorf("image pixel lost")
	}

	b = Render(rich{})
	want := Bundle{"text/plain": "rich", "text/html": "<i>r</i>", "text/markdown": "*r*", "image/svg+xml": "<svg/>"}
	for k, v := range want {
		if b[k] != v {
			t.Errorf("rich %s = %v, want %v", k, b[k], v)
		}
	}
	if !bytes.Equal(b["image/png"].([]byte), []byte{1, 2}) {
		t.Errorf("rich png")
	}

	var np *panicky
	if b := Render(np); b["text/html"] != nil || b["text/plain"] == nil {
		t.Errorf("a panicking method should add nothing: %v", b)
	}
	for _, tc := range []struct {
		v    any
		text string
	}{{nil, "<nil>"}, {42, "42"}, {"s", "s"}, {[]int{1}, "[1]"}} {
		if got := Render(tc.v)["text/plain"]; got != tc.text {
			t.Errorf("Render(%v) text %q, want %q", tc.v, got, tc.text)
		}
	}
}

func TestHandlerAndMessages(t *testing.T) {
	var got []Message
	old := SetHandler(func(m Message) { got = append(got, m) })
	defer SetHandler(old)
	PNG([]byte{9})
	Markdown("m")
	Clear(false)
	h := New(1)
	h.UpdateBundle(Bundle{"text/plain": "x"})
	if len(got) != 5 || got[2].Kind != ClearOutput || got[3].ID != h.ID() || got[4].Kind != Update {
		t.Errorf("messages %+v", got)
	}
	SetHandler(nil)
	HTML("dropped") // no handler: nothing happens
}
