package st

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/gograd/gograd/tensor"
)

func TestInspect(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.safetensors")
	ts := map[string]*tensor.Tensor{
		"h.10.mlp.w": tensor.FromSlice(make([]float32, 6), 2, 3),
		"h.2.mlp.w":  tensor.FromSlice(make([]float32, 4000), 1000, 4),
		"<b>&x":      tensor.FromSlice([]float32{1}, 1),
	}
	if err := Save(path, ts, map[string]string{"format": "pt", "note": "<i>"}, WithDType(F16)); err != nil {
		t.Fatal(err)
	}
	s, err := Inspect(path)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, ti := range s.Tensors {
		names = append(names, ti.Name)
	}
	if got := strings.Join(names, " "); got != "<b>&x h.2.mlp.w h.10.mlp.w" {
		t.Errorf("order %q, want natural name order", got)
	}
	if s.NumElements() != 4007 || s.DataBytes() != 8014 {
		t.Errorf("totals %d elements, %d bytes", s.NumElements(), s.DataBytes())
	}
	text := s.String()
	for _, want := range []string{"3 tensors (3 F16)", "4,007 values", "h.2.mlp.w", "[1000, 4]", "7.8 KiB", `format="pt"`, "F16"} {
		if !strings.Contains(text, want) {
			t.Errorf("text table lacks %q:\n%s", want, text)
		}
	}
	// Columns line up: every row of the table has the same width.
	lines := strings.Split(strings.TrimSpace(text), "\n")[2:]
	for _, l := range lines[1:] {
		if len(l) != len(lines[0]) && !strings.HasPrefix(l, "---") {
			t.Errorf("ragged table:\n%s", text)
			break
		}
	}
	h := s.DisplayHTML()
	for _, want := range []string{"<table>", "&lt;b&gt;&amp;x", "&lt;i&gt;", "<td>[1000, 4]</td>", "</table>"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q:\n%s", want, h)
		}
	}
	if strings.Contains(h, "<b>&x") {
		t.Error("HTML does not escape tensor names")
	}
	if _, err := Inspect(filepath.Join(t.TempDir(), "missing.safetensors")); err == nil {
		t.Error("Inspect of a missing file succeeded")
	}
}

func TestNaturalLess(t *testing.T) {
	in := []string{"h.10.w", "h.2.w", "h.2.b", "h.02.w", "a", "", "h.1.w", "b1", "b01"}
	want := []string{"", "a", "b1", "b01", "h.1.w", "h.2.b", "h.2.w", "h.02.w", "h.10.w"}
	got := append([]string(nil), in...)
	sortNatural(got)
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("natural order %q, want %q", got, want)
	}
}
