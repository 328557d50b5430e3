package tensor

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
)

// Printing follows PyTorch: four decimals, a common width, integers as
// "1.", scientific notation for wide ranges, and tensors with more than
// PrintThreshold elements summarized to PrintEdgeItems per edge.
var (
	// PrintThreshold is the element count above which String summarizes.
	PrintThreshold = 1000
	// PrintEdgeItems is how many leading and trailing entries a
	// summarized axis shows.
	PrintEdgeItems = 3
	// PrintLineWidth is where String wraps long rows.
	PrintLineWidth = 80
	// PrintPrecision is the number of digits after the decimal point.
	PrintPrecision = 4
)

type formatter struct {
	intMode bool
	sci     bool
	width   int
	prec    int
}

func newFormatter(vals []float32, prec int) formatter {
	f := formatter{intMode: true, prec: prec}
	var maxAbs, minAbs float64
	minAbs = math.Inf(1)
	any := false
	for _, v := range vals {
		x := float64(v)
		if math.IsNaN(x) || math.IsInf(x, 0) {
			continue
		}
		any = true
		a := math.Abs(x)
		if x != math.Trunc(x) {
			f.intMode = false
		}
		if a > maxAbs {
			maxAbs = a
		}
		if a != 0 && a < minAbs {
			minAbs = a
		}
	}
	if any {
		if f.intMode {
			f.sci = maxAbs > 1e8
		} else if minAbs != math.Inf(1) {
			f.sci = maxAbs/minAbs > 1000 || maxAbs > 1e8 || minAbs < 1e-4
		}
	}
	for _, v := range vals {
		if w := len(f.format(v)); w > f.width {
			f.width = w
		}
	}
	return f
}

func (f formatter) format(v float32) string {
	x := float64(v)
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	if f.sci {
		return strconv.FormatFloat(x, 'e', f.prec, 32)
	}
	if f.intMode {
		return strconv.FormatFloat(x, 'f', 0, 32) + "."
	}
	return strconv.FormatFloat(x, 'f', f.prec, 32)
}

func (f formatter) pad(v float32) string {
	s := f.format(v)
	if len(s) < f.width {
		s = strings.Repeat(" ", f.width-len(s)) + s
	}
	return s
}

// shownIndices lists the indices of an axis of size n that a summarized
// print shows, with -1 marking the elision.
func shownIndices(n int, summarize bool) []int {
	edge := PrintEdgeItems
	var out []int
	if summarize && n > 2*edge {
		for i := 0; i < edge; i++ {
			out = append(out, i)
		}
		out = append(out, -1)
		for i := n - edge; i < n; i++ {
			out = append(out, i)
		}
		return out
	}
	for i := 0; i < n; i++ {
		out = append(out, i)
	}
	return out
}

// shownValues collects the values a print shows (for width computation).
func (t *Tensor) shownValues(summarize bool) []float32 {
	var vals []float32
	var rec func(dim, off int)
	rec = func(dim, off int) {
		if dim == len(t.shape) {
			vals = append(vals, t.st.data[off])
			return
		}
		for _, i := range shownIndices(t.shape[dim], summarize) {
			if i >= 0 {
				rec(dim+1, off+i*t.strides[dim])
			}
		}
	}
	rec(0, t.off)
	return vals
}

// String formats the tensor like PyTorch, e.g.
// tensor([[0.1234, 0.5678]], shape=[1, 2]); large tensors are summarized.
func (t *Tensor) String() string {
	t.check()
	var b strings.Builder
	b.WriteString("tensor(")
	summarize := t.Numel() > PrintThreshold
	vals := t.shownValues(summarize)
	f := newFormatter(vals, PrintPrecision)
	if len(t.shape) == 0 {
		b.WriteString(f.format(t.st.data[t.off]))
	} else {
		t.writeDim(&b, f, 0, t.off, summarize, len("tensor("))
	}
	if len(t.shape) > 0 {
		b.WriteString(", shape=")
		b.WriteString(shapeString(t.shape))
	}
	if t.node != nil {
		fmt.Fprintf(&b, ", grad_fn=<%s>", t.node.op)
	} else if t.reqGrad {
		b.WriteString(", requires_grad=True")
	}
	b.WriteString(")")
	return b.String()
}

func shapeString(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func (t *Tensor) writeDim(b *strings.Builder, f formatter, dim, off int, summarize bool, indent int) {
	b.WriteByte('[')
	idx := shownIndices(t.shape[dim], summarize)
	if dim == len(t.shape)-1 {
		perLine := max(1, (PrintLineWidth-indent-1)/(f.width+2))
		for k, i := range idx {
			if k > 0 {
				b.WriteString(",")
				if k%perLine == 0 {
					b.WriteString("\n")
					b.WriteString(strings.Repeat(" ", indent+1))
				} else {
					b.WriteString(" ")
				}
			}
			if i < 0 {
				b.WriteString("...")
				continue
			}
			b.WriteString(f.pad(t.st.data[off+i*t.strides[dim]]))
		}
		b.WriteByte(']')
		return
	}
	sep := "," + strings.Repeat("\n", len(t.shape)-dim-1) + strings.Repeat(" ", indent+1)
	for k, i := range idx {
		if k > 0 {
			b.WriteString(sep)
		}
		if i < 0 {
			b.WriteString("...")
			continue
		}
		t.writeDim(b, f, dim+1, off+i*t.strides[dim], summarize, indent+1)
	}
	b.WriteByte(']')
}

// DisplayHTML renders the tensor as an HTML table (the last two axes as
// rows and columns, leading axes as captioned blocks), summarized like
// String. Notebook front ends show it for text/html.
func (t *Tensor) DisplayHTML() string {
	t.check()
	var b strings.Builder
	summarize := t.Numel() > PrintThreshold
	f := newFormatter(t.shownValues(summarize), PrintPrecision)
	fmt.Fprintf(&b, `<div class="gograd-tensor"><div style="font-family:monospace;font-size:smaller">tensor shape=%s float32`, html.EscapeString(shapeString(t.shape)))
	if t.node != nil {
		fmt.Fprintf(&b, " grad_fn=%s", html.EscapeString(t.node.op))
	} else if t.reqGrad {
		b.WriteString(" requires_grad")
	}
	b.WriteString("</div>")
	switch len(t.shape) {
	case 0:
		fmt.Fprintf(&b, "<pre>%s</pre>", html.EscapeString(f.format(t.st.data[t.off])))
	case 1:
		t.htmlTable(&b, f, t.off, 1, t.shape[0], 0, t.strides[0], summarize)
	default:
		t.htmlBlocks(&b, f, 0, t.off, nil, summarize)
	}
	b.WriteString("</div>")
	return b.String()
}

func (t *Tensor) htmlBlocks(b *strings.Builder, f formatter, dim, off int, prefix []string, summarize bool) {
	n := len(t.shape)
	if dim == n-2 {
		if len(prefix) > 0 {
			fmt.Fprintf(b, `<div style="font-family:monospace">[%s, :, :]</div>`, strings.Join(prefix, ", "))
		}
		t.htmlTable(b, f, off, t.shape[n-2], t.shape[n-1], t.strides[n-2], t.strides[n-1], summarize)
		return
	}
	for _, i := range shownIndices(t.shape[dim], summarize) {
		if i < 0 {
			b.WriteString(`<div style="font-family:monospace">…</div>`)
			continue
		}
		t.htmlBlocks(b, f, dim+1, off+i*t.strides[dim], append(append([]string(nil), prefix...), strconv.Itoa(i)), summarize)
	}
}

func (t *Tensor) htmlTable(b *strings.Builder, f formatter, off, rows, cols, rs, cs int, summarize bool) {
	b.WriteString(`<table style="font-family:monospace;text-align:right"><tr><th></th>`)
	ci := shownIndices(cols, summarize)
	for _, j := range ci {
		if j < 0 {
			b.WriteString("<th>…</th>")
		} else {
			fmt.Fprintf(b, "<th>%d</th>", j)
		}
	}
	b.WriteString("</tr>")
	for _, i := range shownIndices(rows, summarize) {
		if i < 0 {
			b.WriteString("<tr><th>⋮</th>")
			for range ci {
				b.WriteString("<td>⋮</td>")
			}
			b.WriteString("</tr>")
			continue
		}
		fmt.Fprintf(b, "<tr><th>%d</th>", i)
		for _, j := range ci {
			if j < 0 {
				b.WriteString("<td>…</td>")
				continue
			}
			fmt.Fprintf(b, "<td>%s</td>", html.EscapeString(f.format(t.st.data[off+i*rs+j*cs])))
		}
		b.WriteString("</tr>")
	}
	b.WriteString("</table>")
}
