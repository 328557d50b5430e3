package tensor

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	cases := []struct {
		t    *Tensor
		want string
	}{
		{FromSlice([]float32{1, -2.5, 3.25}), "tensor([ 1.0000, -2.5000,  3.2500], shape=[3])"},
		{FromSlice([]float32{1, 2, 30}), "tensor([ 1.,  2., 30.], shape=[3])"},
		{FromSlice([]float32{1e-5, 1}), "tensor([1.0000e-05, 1.0000e+00], shape=[2])"},
		{Scalar(3.5), "tensor(3.5000)"},
		{FromSlice([]float32{0.1234, 0.5678, 1, 2, 3, 4}, 2, 3), "tensor([[0.1234, 0.5678, 1.0000],\n        [2.0000, 3.0000, 4.0000]], shape=[2, 3])"},
		{Arange(0, 8, 1).Reshape(2, 2, 2), "tensor([[[0., 1.],\n         [2., 3.]],\n\n        [[4., 5.],\n         [6., 7.]]], shape=[2, 2, 2])"},
		{Arange(0, 4, 1).Reshape(2, 2).T(), "tensor([[0., 2.],\n        [1., 3.]], shape=[2, 2])"},
		{Zeros(0, 3), "tensor([], shape=[0, 3])"},
		{FromSlice([]float32{1, 2}).RequiresGrad(), "tensor([1., 2.], shape=[2], requires_grad=True)"},
	}
	for _, c := range cases {
		if got := c.t.String(); got != c.want {
			t.Errorf("got\n%s\nwant\n%s", got, c.want)
		}
	}
	// non-finite values
	nf := FromSlice([]float32{1.5, float32(posInf()), float32(negInf())}).String()
	if nf != "tensor([1.5000,    inf,   -inf], shape=[3])" {
		t.Errorf("non-finite: %s", nf)
	}
	// grad_fn shown for results
	if s := FromSlice([]float32{1}).RequiresGrad().MulScalar(2).String(); !strings.Contains(s, "grad_fn=<MulScalar>") {
		t.Errorf("grad_fn missing: %s", s)
	}
}

func TestStringSummarizes(t *testing.T) {
	s := Arange(0, 2000, 1).String()
	if s != "tensor([   0.,    1.,    2., ..., 1997., 1998., 1999.], shape=[2000])" {
		t.Errorf("1-D summary: %s", s)
	}
	m := Arange(0, 100*100, 1).Reshape(100, 100).String()
	lines := strings.Split(m, "\n")
	if len(lines) != 7 || !strings.Contains(lines[0], "...") || strings.TrimSpace(lines[3]) != "...," || !strings.HasSuffix(m, "shape=[100, 100])") {
		t.Errorf("2-D summary:\n%s", m)
	}
	if !strings.Contains(lines[6], "9999.") {
		t.Errorf("last element missing:\n%s", m)
	}
	// long rows wrap at the line width instead of running on
	w := Arange(0, 40, 1).MulScalar(0.5).String()
	for _, l := range strings.Split(w, "\n") {
		if len(l) > PrintLineWidth+20 {
			t.Errorf("line too long (%d): %s", len(l), l)
		}
	}
}

func TestDisplayHTML(t *testing.T) {
	h := FromSlice([]float32{1, 2.5, -3, 4}, 2, 2).DisplayHTML()
	for _, want := range []string{"<table", "2.5000", "-3.0000", "shape=[2, 2]"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q: %s", want, h)
		}
	}
	big := Zeros(2, 500, 500).DisplayHTML()
	if len(big) > 20000 || !strings.Contains(big, "…") || strings.Count(big, "<table") != 2 {
		t.Errorf("large HTML not summarized (%d bytes, %d tables)", len(big), strings.Count(big, "<table"))
	}
	if s := Scalar(2).DisplayHTML(); !strings.Contains(s, "2.") {
		t.Errorf("scalar HTML: %s", s)
	}
}

func posInf() float64 { return 1 / zero() }
func negInf() float64 { return -1 / zero() }
func zero() float64   { return 0 }
