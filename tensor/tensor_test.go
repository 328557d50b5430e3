package tensor

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

func near(a, b, tol float64) bool {
	return math.Abs(a-b) <= tol*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func assertClose(t *testing.T, what string, got *Tensor, want []float64, shape []int, tol float64) {
	t.Helper()
	if !sameShape(got.Shape(), shape) {
		t.Fatalf("%s: shape %v, want %v", what, got.Shape(), shape)
	}
	d := got.Data()
	for i := range want {
		if !near(float64(d[i]), want[i], tol) {
			t.Fatalf("%s: element %d = %v, want %v (all: %v)", what, i, d[i], want[i], d)
		}
	}
}

// ref is a float64 reference N-d array used to check ops independently.
type ref struct {
	shape []int
	data  []float64
}

func refOf(t *Tensor) ref {
	d := t.Data()
	r := ref{shape: t.Shape(), data: make([]float64, len(d))}
	for i, v := range d {
		r.data[i] = float64(v)
	}
	return r
}

// at reads r at a broadcast index (idx has the output's rank).
func (r ref) at(idx []int) float64 {
	o, s := 0, 1
	lead := len(idx) - len(r.shape)
	for i := len(r.shape) - 1; i >= 0; i-- {
		v := idx[lead+i]
		if r.shape[i] == 1 {
			v = 0
		}
		o += v * s
		s *= r.shape[i]
	}
	return r.data[o]
}

func unravel(i int, shape []int) []int {
	idx := make([]int, len(shape))
	for d := len(shape) - 1; d >= 0; d-- {
		idx[d] = i % shape[d]
		i /= shape[d]
	}
	return idx
}

func TestFromSliceWrapData(t *testing.T) {
	src := []float32{1, 2, 3, 4, 5, 6}
	a := FromSlice(src, 2, 3)
	src[0] = 100
	if a.At(0, 0) != 1 {
		t.Fatal("FromSlice did not copy")
	}
	w := Wrap(src, 3, 2)
	src[1] = 42
	if w.At(0, 1) != 42 {
		t.Fatal("Wrap copied its data")
	}
	if &w.Data()[0] != &src[0] {
		t.Fatal("Data of a contiguous wrapped tensor is not the wrapped slice")
	}
	if got := FromSlice([]float32{1, 2, 3}).Shape(); !sameShape(got, []int{3}) {
		t.Fatalf("FromSlice without shape: %v", got)
	}
	msg := panicMsg(func() { FromSlice([]float32{1, 2, 3}, 2, 2) })
	if !strings.Contains(msg, "FromSlice") || !strings.Contains(msg, "[2 2]") {
		t.Fatalf("bad FromSlice panic: %q", msg)
	}
}

func TestCreation(t *testing.T) {
	assertClose(t, "Arange", Arange(1, 2, 0.25), []float64{1, 1.25, 1.5, 1.75}, []int{4}, 0)
	assertClose(t, "Linspace", Linspace(0, 1, 5), []float64{0, .25, .5, .75, 1}, []int{5}, 1e-7)
	assertClose(t, "FromRows", FromRows([][]float32{{1, 2}, {3, 4}, {5, 6}}), []float64{1, 2, 3, 4, 5, 6}, []int{3, 2}, 0)
	if msg := panicMsg(func() { FromRows([][]float32{{1, 2}, {3}}) }); !strings.Contains(msg, "FromRows: row 1") {
		t.Errorf("ragged FromRows: %q", msg)
	}
	assertClose(t, "Eye", Eye(2), []float64{1, 0, 0, 1}, []int{2, 2}, 0)
	assertClose(t, "Full", Full(7, 2, 1), []float64{7, 7}, []int{2, 1}, 0)
	assertClose(t, "Ones", Ones(3), []float64{1, 1, 1}, []int{3}, 0)
	assertClose(t, "Zeros", Zeros(1, 2), []float64{0, 0}, []int{1, 2}, 0)
	if s := Scalar(3).Shape(); len(s) != 0 || Scalar(3).Item() != 3 {
		t.Fatalf("Scalar: shape %v", s)
	}
	Seed(5)
	u := Uniform(-2, -1, 1000).Data()
	for _, v := range u {
		if v < -2 || v >= -1 {
			t.Fatalf("Uniform out of range: %v", v)
		}
	}
	n := Randn(100000)
	if m, s := n.Mean().Item(), n.Std().Item(); math.Abs(float64(m)) > 0.02 || math.Abs(float64(s)-1) > 0.02 {
		t.Fatalf("Randn mean %v std %v", m, s)
	}
	ri := RandInt(3, 6, 1000).Data()
	seen := map[float32]bool{}
	for _, v := range ri {
		seen[v] = true
		if v < 3 || v > 5 || v != float32(int(v)) {
			t.Fatalf("RandInt value %v", v)
		}
	}
	if len(seen) != 3 {
		t.Fatalf("RandInt hit %v", seen)
	}
}

func TestRNGDeterminism(t *testing.T) {
	Seed(42)
	a := Randn(5, 3).Data()
	b := Rand(4).Data()
	Seed(42)
	a2 := Randn(5, 3).Data()
	b2 := Rand(4).Data()
	for i := range a {
		if a[i] != a2[i] {
			t.Fatalf("Randn after the same Seed differs at %d", i)
		}
	}
	for i := range b {
		if b[i] != b2[i] {
			t.Fatalf("Rand after the same Seed differs at %d", i)
		}
	}
	Seed(43)
	if Randn(5, 3).Data()[0] == a[0] {
		t.Fatal("different seeds gave the same first value")
	}
	// state round trip: save, draw, restore, draw again
	st := RNGState()
	x := Randn(7).Data()
	Randn(100) // move on
	if err := SetRNGState(st); err != nil {
		t.Fatal(err)
	}
	y := Randn(7).Data()
	for i := range x {
		if x[i] != y[i] {
			t.Fatalf("RNGState round trip differs at %d", i)
		}
	}
	if err := SetRNGState([]byte("garbage")); err == nil || !strings.Contains(err.Error(), "SetRNGState") {
		t.Fatalf("SetRNGState(garbage) = %v", err)
	}
}

func TestViewsShareStorage(t *testing.T) {
	a := Arange(0, 12, 1).Reshape(3, 4)
	views := map[string]*Tensor{
		"Reshape":   a.Reshape(4, 3),
		"Transpose": a.Transpose(0, 1),
		"T":         a.T(),
		"Permute":   a.Permute(1, 0),
		"Slice":     a.Slice(1, 1, 3),
		"Narrow":    a.Narrow(0, 1, 2),
		"Select":    a.Select(0, 2),
		"Expand":    a.Unsqueeze(0).Expand(2, 3, 4),
		"Squeeze":   a.Unsqueeze(1).Squeeze(),
		"Detach":    a.Detach(),
		"Split":     a.Split(2, 1)[1],
	}
	for name, v := range views {
		if !v.SharesStorage(a) {
			t.Errorf("%s copied instead of viewing", name)
		}
	}
	// writes through a view are visible in the base
	a.T().Set(-1, 3, 2) // element (2, 3) of a
	if a.At(2, 3) != -1 {
		t.Fatal("write through transposed view not visible")
	}
	s := a.Slice(1, 2, 4)
	if s.At(1, 0) != a.At(1, 2) || s.At(2, 1) != -1 {
		t.Fatalf("Slice values wrong: %v", s)
	}
	// Contiguous copies only when needed
	if c := a.Contiguous(); c != a {
		t.Error("Contiguous copied a contiguous tensor")
	}
	tt := a.T()
	c := tt.Contiguous()
	if c.SharesStorage(a) || !c.IsContiguous() || tt.IsContiguous() {
		t.Error("Contiguous of a transposed view did not copy")
	}
	assertClose(t, "Contiguous(T)", c, []float64{0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, -1}, []int{4, 3}, 0)
	// Reshape of a non-contiguous tensor copies
	r := tt.Reshape(12)
	if r.SharesStorage(a) {
		t.Error("Reshape of non-contiguous view shared storage")
	}
	// Data of a non-contiguous view is a row-major copy
	assertClose(t, "Slice Data", a.Slice(0, 1, 3).Slice(1, 2, 4), []float64{6, 7, 10, -1}, []int{2, 2}, 0)
	// negative slice bounds count from the end
	assertClose(t, "Slice negative", Arange(0, 5, 1).Slice(0, -3, -1), []float64{2, 3}, []int{2}, 0)
	if msg := panicMsg(func() { a.View(-1, 2).T().View(12) }); !strings.Contains(msg, "View") {
		t.Errorf("View of non-contiguous: %q", msg)
	}
}

func TestBroadcastShapes(t *testing.T) {
	cases := []struct {
		a, b, want []int
	}{
		{[]int{2, 3}, []int{3}, []int{2, 3}},
		{[]int{2, 1}, []int{1, 3}, []int{2, 3}},
		{[]int{4, 1, 3}, []int{2, 1}, []int{4, 2, 3}},
		{[]int{}, []int{2, 2}, []int{2, 2}},
		{[]int{5, 1, 1}, []int{1}, []int{5, 1, 1}},
		{[]int{0, 3}, []int{1, 3}, []int{0, 3}},
		{[]int{2, 3}, []int{2}, nil},
		{[]int{3, 2}, []int{2, 2}, nil},
	}
	for _, c := range cases {
		a, b := Randn(c.a...), Randn(c.b...)
		if c.want == nil {
			msg := panicMsg(func() { a.Add(b) })
			if !strings.Contains(msg, "Add") || !strings.Contains(msg, fmt.Sprint(c.a)) || !strings.Contains(msg, fmt.Sprint(c.b)) {
				t.Errorf("%v + %v: panic %q should name Add and both shapes", c.a, c.b, msg)
			}
			continue
		}
		// values against an independent float64 reference
		ra, rb := refOf(a), refOf(b)
		for _, op := range []struct {
			name string
			f    func(x, y *Tensor) *Tensor
			g    func(x, y float64) float64
		}{
			{"Add", (*Tensor).Add, func(x, y float64) float64 { return x + y }},
			{"Sub", (*Tensor).Sub, func(x, y float64) float64 { return x - y }},
			{"Mul", (*Tensor).Mul, func(x, y float64) float64 { return x * y }},
			{"Div", (*Tensor).Div, func(x, y float64) float64 { return x / y }},
			{"Maximum", (*Tensor).Maximum, math.Max},
			{"Gt", (*Tensor).Gt, func(x, y float64) float64 {
				if x > y {
					return 1
				}
				return 0
			}},
		} {
			got := op.f(a, b)
			if !sameShape(got.Shape(), c.want) {
				t.Fatalf("%s %v,%v: shape %v want %v", op.name, c.a, c.b, got.Shape(), c.want)
			}
			gd := got.Data()
			for i := range gd {
				idx := unravel(i, c.want)
				if w := op.g(ra.at(idx), rb.at(idx)); !near(float64(gd[i]), w, 1e-6) {
					t.Fatalf("%s %v,%v: element %d = %v want %v", op.name, c.a, c.b, i, gd[i], w)
				}
			}
		}
	}
}

// Broadcasting over strided views of large tensors exercises the parallel
// row iterator.
func TestBroadcastLargeStrided(t *testing.T) {
	a := Randn(64, 300, 7).Permute(1, 0, 2) // [300, 64, 7] non-contiguous
	b := Randn(64, 1)
	got := a.Mul(b).Add(Scalar(1))
	ra, rb := refOf(a), refOf(b)
	gd := got.Data()
	shape := got.Shape()
	for i := 0; i < len(gd); i += 97 {
		idx := unravel(i, shape)
		w := ra.at(idx)*rb.at(idx) + 1
		if !near(float64(gd[i]), w, 1e-6) {
			t.Fatalf("element %v = %v want %v", idx, gd[i], w)
		}
	}
}

func TestUnaryValues(t *testing.T) {
	xs := []float64{-20, -3, -1, -0.5, -1e-3, 0, 1e-3, 0.5, 1, 3, 20}
	x := FromFloat64s(xs)
	cases := []struct {
		name string
		got  *Tensor
		f    func(float64) float64
	}{
		{"Exp", x.Exp(), math.Exp},
		{"Tanh", x.Tanh(), math.Tanh},
		{"Sigmoid", x.Sigmoid(), func(v float64) float64 { return 1 / (1 + math.Exp(-v)) }},
		{"ReLU", x.ReLU(), func(v float64) float64 { return math.Max(v, 0) }},
		{"GELU", x.GELU(), func(v float64) float64 {
			return 0.5 * v * (1 + math.Tanh(math.Sqrt(2/math.Pi)*(v+0.044715*v*v*v)))
		}},
		{"GELUExact", x.GELUExact(), func(v float64) float64 { return 0.5 * v * (1 + math.Erf(v/math.Sqrt2)) }},
		{"Abs", x.Abs(), math.Abs},
		{"Clamp", x.Clamp(-1, 2), func(v float64) float64 { return math.Min(math.Max(v, -1), 2) }},
		{"Neg", x.Neg(), func(v float64) float64 { return -v }},
		{"SiLU", x.SiLU(), func(v float64) float64 { return v / (1 + math.Exp(-v)) }},
	}
	for _, c := range cases {
		d := c.got.Data()
		for i, v := range xs {
			w := c.f(v)
			if math.Abs(float64(d[i])-w) > 2e-6*math.Max(1, math.Abs(w)) {
				t.Errorf("%s(%v) = %v, want %v", c.name, v, d[i], w)
			}
		}
	}
	// large Exp range: relative accuracy
	for _, v := range []float64{-80, -40, 10, 50, 88} {
		got := float64(Scalar(float32(v)).Exp().Item())
		if w := math.Exp(v); math.Abs(got-w) > 3e-7*w {
			t.Errorf("Exp(%v) = %v, want %v", v, got, w)
		}
	}
	if v := Scalar(100).Exp().Item(); !math.IsInf(float64(v), 1) {
		t.Errorf("Exp(100) = %v, want +Inf", v)
	}
	if v := Scalar(float32(math.NaN())).Exp().Item(); v == v {
		t.Errorf("Exp(NaN) = %v", v)
	}
	assertClose(t, "Sqrt", FromSlice([]float32{4, 9}).Sqrt(), []float64{2, 3}, []int{2}, 1e-7)
	assertClose(t, "Log", FromSlice([]float32{1, float32(math.E)}).Log(), []float64{0, 1}, []int{2}, 1e-6)
	assertClose(t, "Pow", FromSlice([]float32{2, 3}).Pow(FromSlice([]float32{3, 2})), []float64{8, 9}, []int{2}, 1e-6)
	assertClose(t, "PowScalar", FromSlice([]float32{2, 3}).PowScalar(2), []float64{4, 9}, []int{2}, 0)
}

func TestWhereMaskedFillComparisons(t *testing.T) {
	a := FromSlice([]float32{1, 2, 3, 4}, 2, 2)
	b := FromSlice([]float32{2, 2, 2, 2}, 2, 2)
	assertClose(t, "Eq", a.Eq(b), []float64{0, 1, 0, 0}, []int{2, 2}, 0)
	assertClose(t, "Ne", a.Ne(b), []float64{1, 0, 1, 1}, []int{2, 2}, 0)
	assertClose(t, "Lt", a.Lt(b), []float64{1, 0, 0, 0}, []int{2, 2}, 0)
	assertClose(t, "Le", a.Le(b), []float64{1, 1, 0, 0}, []int{2, 2}, 0)
	assertClose(t, "Ge", a.Ge(b), []float64{0, 1, 1, 1}, []int{2, 2}, 0)
	assertClose(t, "GtScalar", a.GtScalar(2.5), []float64{0, 0, 1, 1}, []int{2, 2}, 0)
	assertClose(t, "Where", Where(a.GtScalar(2), a, Scalar(-1)), []float64{-1, -1, 3, 4}, []int{2, 2}, 0)
	// causal mask: future positions get -inf, softmax gives them 0
	scores := Zeros(3, 3)
	att := scores.MaskedFill(Triu(3, 3, 1), float32(math.Inf(-1))).Softmax(-1)
	assertClose(t, "causal softmax", att, []float64{1, 0, 0, .5, .5, 0, 1. / 3, 1. / 3, 1. / 3}, []int{3, 3}, 1e-6)
	assertClose(t, "Tril", Tril(2, 3, 0), []float64{1, 0, 0, 1, 1, 0}, []int{2, 3}, 0)
}

func TestReductions(t *testing.T) {
	Seed(3)
	x := Randn(3, 4, 5)
	r := refOf(x)
	sum := func(keep func(idx []int) []int, outShape []int) []float64 {
		out := make([]float64, numel(outShape))
		for i, v := range r.data {
			k := keep(unravel(i, r.shape))
			o := 0
			for d, s := 1, len(outShape)-1; s >= 0; s-- {
				o += k[s] * d
				d *= outShape[s]
			}
			out[o] += v
		}
		return out
	}
	assertClose(t, "Sum()", x.Sum(), []float64{sum(func([]int) []int { return nil }, nil)[0]}, []int{}, 1e-5)
	assertClose(t, "Sum(1)", x.Sum(1), sum(func(i []int) []int { return []int{i[0], i[2]} }, []int{3, 5}), []int{3, 5}, 1e-5)
	assertClose(t, "Sum(0,2)", x.Sum(0, 2), sum(func(i []int) []int { return []int{i[1]} }, []int{4}), []int{4}, 1e-5)
	assertClose(t, "SumKeepDim(-1)", x.SumKeepDim(-1), sum(func(i []int) []int { return []int{i[0], i[1], 0} }, []int{3, 4, 1}), []int{3, 4, 1}, 1e-5)
	// the same on a permuted view
	xp := x.Permute(2, 0, 1)
	assertClose(t, "Sum(0) of permuted", xp.Sum(0), sum(func(i []int) []int { return []int{i[0], i[1]} }, []int{3, 4}), []int{3, 4}, 1e-5)
	m := x.Mean(1).Data()
	s := x.Sum(1).Data()
	for i := range m {
		if !near(float64(m[i]), float64(s[i])/4, 1e-6) {
			t.Fatal("Mean != Sum/n")
		}
	}
	// Var against a direct float64 computation
	v := FromSlice([]float32{1, 2, 3, 4, 10, 10, 10, 10}, 2, 4)
	assertClose(t, "Var(1)", v.Var(1), []float64{5.0 / 3, 0}, []int{2}, 1e-6)
	assertClose(t, "VarCorrection(0)", v.VarCorrection(0, false, 1), []float64{1.25, 0}, []int{2}, 1e-6)
	assertClose(t, "Max(1)", v.Max(1), []float64{4, 10}, []int{2}, 0)
	assertClose(t, "Min(0)", v.Min(0), []float64{1, 2, 3, 4}, []int{4}, 0)
	assertClose(t, "MaxKeepDim", v.MaxKeepDim(), []float64{10}, []int{1, 1}, 0)
	assertClose(t, "ArgMax(1)", FromSlice([]float32{1, 5, 3, 7, 2, 7}, 2, 3).ArgMax(1), []float64{1, 0}, []int{2}, 0)
	assertClose(t, "ArgMax(0)", FromSlice([]float32{1, 5, 3, 7, 2, 7}, 2, 3).ArgMax(0), []float64{1, 0, 1}, []int{3}, 0)
	assertClose(t, "ArgMin(-1)", FromSlice([]float32{1, 5, 3, 7, 2, 7}, 2, 3).ArgMin(-1), []float64{0, 1}, []int{2}, 0)
	// large sums: parallel paths agree with float64
	big := Rand(3, 100003)
	br := refOf(big)
	want := []float64{0, 0, 0}
	for i, v := range br.data {
		want[i/100003] += v
	}
	assertClose(t, "Sum large rows", big.Sum(1), want, []int{3}, 1e-5)
	assertClose(t, "Sum large all", big.Sum(), []float64{want[0] + want[1] + want[2]}, []int{}, 1e-5)
	col := big.T().Contiguous().Sum(0) // reduce over leading axis, B>1
	assertClose(t, "Sum leading axis", col, want, []int{3}, 1e-5)
}

func TestSoftmaxStable(t *testing.T) {
	x := FromSlice([]float32{1000, 1001, 1002, -1000, -1001, -1002}, 2, 3)
	sm := x.Softmax(-1)
	e := []float64{math.Exp(-2), math.Exp(-1), 1}
	z := e[0] + e[1] + e[2]
	assertClose(t, "Softmax large", sm, []float64{e[0] / z, e[1] / z, e[2] / z, e[2] / z, e[1] / z, e[0] / z}, []int{2, 3}, 1e-6)
	ls := x.LogSoftmax(1).Data()
	if !near(float64(ls[2]), -math.Log(z), 1e-5) {
		t.Fatalf("LogSoftmax = %v", ls)
	}
	if v := x.LogSumExp(1).Data(); !near(float64(v[0]), 1002+math.Log(z), 1e-6) {
		t.Fatalf("LogSumExp = %v", v)
	}
	// rows sum to 1 along a non-last axis too
	y := Randn(4, 5, 6).Softmax(1).Sum(1).Data()
	for _, v := range y {
		if !near(float64(v), 1, 1e-5) {
			t.Fatalf("softmax along axis 1 sums to %v", v)
		}
	}
}

func naiveMatMul(a, b ref, m, k, n int) []float64 {
	out := make([]float64, m*n)
	for i := 0; i < m; i++ {
		for j := 0; j < n; j++ {
			var s float64
			for p := 0; p < k; p++ {
				s += a.data[i*k+p] * b.data[p*n+j]
			}
			out[i*n+j] = s
		}
	}
	return out
}

func TestMatMulLayouts(t *testing.T) {
	Seed(11)
	cases := []struct {
		name string
		a, b *Tensor
	}{
		{"plain", Randn(5, 7), Randn(7, 3)},
		{"a transposed view", Randn(7, 5).T(), Randn(7, 3)},
		{"b transposed view", Randn(5, 7), Randn(3, 7).T()},
		{"both transposed", Randn(7, 5).T(), Randn(3, 7).T()},
		{"sliced rows and cols", Randn(9, 10).Slice(0, 2, 7).Slice(1, 1, 8), Randn(7, 4)},
		{"expanded (stride 0) operand", Randn(1, 7).Expand(5, 7), Randn(7, 3)},
		{"permuted 3-D", Randn(7, 2, 5).Permute(1, 2, 0), Randn(2, 7, 3)},
		{"batched broadcast b", Randn(2, 3, 5, 7), Randn(7, 4)},
		{"batched broadcast a", Randn(5, 7), Randn(2, 7, 4)},
		{"4-D broadcast batch", Randn(2, 1, 5, 7), Randn(1, 3, 7, 4)},
		{"batch of transposed views", Randn(2, 3, 7, 5).Transpose(-1, -2), Randn(3, 4, 7).Transpose(1, 2)},
		{"m=1 rows", Randn(4, 1, 7), Randn(7, 3)},
		{"large", Randn(65, 130), Randn(130, 33)},
	}
	for _, c := range cases {
		got := c.a.MatMul(c.b)
		as, bs := c.a.Shape(), c.b.Shape()
		m, k, n := as[len(as)-2], as[len(as)-1], bs[len(bs)-1]
		batch := broadcastShape("test", as[:len(as)-2], bs[:len(bs)-2])
		wantShape := append(append([]int(nil), batch...), m, n)
		if !sameShape(got.Shape(), wantShape) {
			t.Fatalf("%s: shape %v, want %v", c.name, got.Shape(), wantShape)
		}
		ae := c.a.Expand(append(append([]int(nil), batch...), m, k)...)
		be := c.b.Expand(append(append([]int(nil), batch...), k, n)...)
		gd := got.Data()
		for bi := 0; bi < numel(batch); bi++ {
			bidx := unravel(bi, batch)
			sa, sb := ae, be
			for _, i := range bidx {
				sa, sb = sa.Index(i), sb.Index(i)
			}
			want := naiveMatMul(refOf(sa), refOf(sb), m, k, n)
			for i, w := range want {
				if !near(float64(gd[bi*m*n+i]), w, 1e-4) {
					t.Fatalf("%s: batch %v element %d = %v want %v", c.name, bidx, i, gd[bi*m*n+i], w)
				}
			}
		}
	}
	// vector cases
	v := FromSlice([]float32{1, 2, 3})
	mtx := Arange(0, 6, 1).Reshape(3, 2)
	assertClose(t, "vec@mat", v.MatMul(mtx), []float64{16, 22}, []int{2}, 0)
	assertClose(t, "mat@vec", mtx.T().MatMul(v), []float64{16, 22}, []int{2}, 0)
	assertClose(t, "vec@vec", v.MatMul(v), []float64{14}, []int{}, 0)
	assertClose(t, "empty k", Zeros(2, 0).MatMul(Zeros(0, 3)), []float64{0, 0, 0, 0, 0, 0}, []int{2, 3}, 0)
}

func panicMsg(f func()) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	f()
	return ""
}

func TestMisuseMessages(t *testing.T) {
	a := Randn(2, 3)
	cases := []struct {
		name string
		f    func()
		want []string
	}{
		{"MatMul", func() { a.MatMul(Randn(4, 5)) }, []string{"tensor: MatMul: shapes [2 3] and [4 5] do not align"}},
		{"MatMul batch", func() { Randn(2, 2, 3).MatMul(Randn(3, 3, 4)) }, []string{"MatMul", "[2 2 3]", "[3 3 4]"}},
		{"Add", func() { a.Add(Randn(4)) }, []string{"Add", "[2 3]", "[4]"}},
		{"Sum axis", func() { a.Sum(2) }, []string{"Sum", "axis 2", "[2 3]"}},
		{"Softmax axis", func() { a.Softmax(-3) }, []string{"Softmax", "axis -3", "[2 3]"}},
		{"Reshape", func() { a.Reshape(4, 2) }, []string{"Reshape", "[2 3]", "[4 2]"}},
		{"Transpose", func() { a.Transpose(0, 5) }, []string{"Transpose", "axis 5"}},
		{"Concat", func() { Concat(0, a, Randn(2, 4)) }, []string{"Concat", "[2 3]", "[2 4]"}},
		{"Expand", func() { a.Expand(3, 3) }, []string{"Expand", "[2 3]", "[3 3]"}},
		{"Squeeze", func() { a.Squeeze(0) }, []string{"Squeeze", "axis 0"}},
		{"Narrow", func() { a.Narrow(1, 2, 2) }, []string{"Narrow", "[2 3]"}},
		{"IndexSelect", func() { a.IndexSelect(0, FromInts([]int{2})) }, []string{"IndexSelect", "index 2"}},
		{"Embedding negative id", func() { Embedding(a, FromInts([]int{-1})) }, []string{"IndexSelect", "index -1"}},
		{"Gather", func() { a.Gather(1, FromInts([]int{3, 0}, 2, 1)) }, []string{"Gather", "index 3"}},
		{"OneHot", func() { OneHot(FromInts([]int{5}), 3) }, []string{"OneHot", "index 5"}},
		{"CrossEntropy targets", func() { CrossEntropy(a, FromInts([]int{0, 3})) }, []string{"CrossEntropy", "target 3"}},
		{"CrossEntropy shape", func() { CrossEntropy(a, FromInts([]int{0, 1, 1})) }, []string{"CrossEntropy", "[2 3]", "[3]"}},
		{"Item", func() { a.Item() }, []string{"Item", "[2 3]"}},
		{"Backward non-scalar", func() { a.RequiresGrad().MulScalar(2).Backward() }, []string{"Backward", "[2 3]"}},
		{"LayerNorm", func() { LayerNorm(a, Ones(4), nil, 1e-5) }, []string{"LayerNorm", "[2 3]", "[4]"}},
	}
	for _, c := range cases {
		msg := panicMsg(c.f)
		if msg == "" {
			t.Errorf("%s: no panic", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%s: message %q lacks %q", c.name, msg, w)
			}
		}
	}
	// panics carry an error value
	func() {
		defer func() {
			if _, ok := recover().(error); !ok {
				t.Error("panic value is not an error")
			}
		}()
		a.MatMul(a)
	}()
}

func TestInvalidate(t *testing.T) {
	a := Arange(0, 6, 1).Reshape(2, 3)
	v := a.T()
	s := a.Slice(1, 0, 2)
	a.Invalidate("st: file model.safetensors was closed")
	for name, f := range map[string]func(){
		"Data of base":    func() { a.Data() },
		"Data of view":    func() { v.Data() },
		"Sum of slice":    func() { s.Sum() },
		"Add":             func() { Ones(3, 2).Add(v) },
		"MatMul":          func() { v.MatMul(a) },
		"String":          func() { _ = v.String() },
		"Item":            func() { a.Select(0, 0).Select(0, 0).Item() },
		"new view's data": func() { a.Reshape(6).Data() },
	} {
		msg := panicMsg(f)
		if !strings.Contains(msg, "model.safetensors was closed") {
			t.Errorf("%s after Invalidate: panic %q lacks the reason", name, msg)
		}
	}
	// other tensors are unaffected
	if Ones(2).Sum().Item() != 2 {
		t.Fatal("unrelated tensor broken")
	}
}

func TestShapeOps(t *testing.T) {
	a := Arange(0, 6, 1).Reshape(2, 3)
	b := Arange(6, 12, 1).Reshape(2, 3)
	assertClose(t, "Concat 0", Concat(0, a, b), []float64{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, []int{4, 3}, 0)
	assertClose(t, "Concat 1", Concat(1, a, b), []float64{0, 1, 2, 6, 7, 8, 3, 4, 5, 9, 10, 11}, []int{2, 6}, 0)
	assertClose(t, "Concat of views", Concat(-1, a.T(), b.T()), []float64{0, 3, 6, 9, 1, 4, 7, 10, 2, 5, 8, 11}, []int{3, 4}, 0)
	assertClose(t, "Stack 0", Stack(0, a, b), refOf(Concat(0, a, b)).data, []int{2, 2, 3}, 0)
	assertClose(t, "Stack 2", Stack(2, a, b), []float64{0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11}, []int{2, 3, 2}, 0)
	parts := Arange(0, 7, 1).Split(3, 0)
	if len(parts) != 3 || parts[2].Size(0) != 1 || parts[1].At(0) != 3 {
		t.Fatalf("Split: %v", parts)
	}
	ch := Arange(0, 10, 1).Chunk(3, 0)
	if len(ch) != 3 || ch[0].Size(0) != 4 || ch[2].Size(0) != 2 {
		t.Fatalf("Chunk sizes: %v", ch)
	}
	ss := Arange(0, 5, 1).SplitSizes([]int{2, 3}, 0)
	assertClose(t, "SplitSizes", ss[1], []float64{2, 3, 4}, []int{3}, 0)
	assertClose(t, "Squeeze all", Zeros(1, 2, 1, 3).Squeeze(), make([]float64, 6), []int{2, 3}, 0)
	assertClose(t, "Unsqueeze -1", a.Unsqueeze(-1), refOf(a).data, []int{2, 3, 1}, 0)
	assertClose(t, "Unsqueeze 1 of T", a.T().Unsqueeze(1), []float64{0, 3, 1, 4, 2, 5}, []int{3, 1, 2}, 0)
	assertClose(t, "Flatten", a.T().Flatten(), []float64{0, 3, 1, 4, 2, 5}, []int{6}, 0)
	assertClose(t, "FlattenRange", Zeros(2, 3, 4, 5).FlattenRange(1, 2), make([]float64, 120), []int{2, 12, 5}, 0)
	assertClose(t, "Permute", Arange(0, 24, 1).Reshape(2, 3, 4).Permute(2, 0, 1).Select(0, 1), []float64{1, 5, 9, 13, 17, 21}, []int{2, 3}, 0)
	assertClose(t, "Expand", FromSlice([]float32{1, 2}, 2, 1).Expand(2, 3), []float64{1, 1, 1, 2, 2, 2}, []int{2, 3}, 0)
	assertClose(t, "Gather", a.Gather(1, FromInts([]int{2, 2, 0, 1}, 2, 2)), []float64{2, 2, 3, 4}, []int{2, 2}, 0)
	assertClose(t, "IndexSelect", a.IndexSelect(1, FromInts([]int{2, 0})), []float64{2, 0, 5, 3}, []int{2, 2}, 0)
	emb := Embedding(a, FromInts([]int{1, 0, 1}, 3))
	assertClose(t, "Embedding", emb, []float64{3, 4, 5, 0, 1, 2, 3, 4, 5}, []int{3, 3}, 0)
	assertClose(t, "OneHot", OneHot(FromInts([]int{2, 0}), 3), []float64{0, 0, 1, 1, 0, 0}, []int{2, 3}, 0)
	assertClose(t, "Reshape -1", a.Reshape(-1, 2), refOf(a).data, []int{3, 2}, 0)
	if ints := FromSlice([]float32{3, 1}).Ints(); ints[0] != 3 || ints[1] != 1 {
		t.Fatal("Ints")
	}
}

func TestCrossEntropyValues(t *testing.T) {
	logits := FromSlice([]float32{2, 1, 0.1, 0.5, 2.5, 0.3, 1, 1, 1}, 3, 3)
	tg := FromInts([]int{0, 1, -100})
	got := CrossEntropy(logits, tg).Item()
	lse := func(r []float64) float64 {
		var s float64
		for _, v := range r {
			s += math.Exp(v)
		}
		return math.Log(s)
	}
	want := ((lse([]float64{2, 1, 0.1}) - 2) + (lse([]float64{0.5, 2.5, 0.3}) - 2.5)) / 2
	if !near(float64(got), want, 1e-6) {
		t.Fatalf("CrossEntropy = %v, want %v", got, want)
	}
	// uniform logits: log(C)
	if v := CrossEntropy(Zeros(4, 10), FromInts([]int{1, 2, 3, 4})).Item(); !near(float64(v), math.Log(10), 1e-6) {
		t.Fatalf("uniform CE = %v", v)
	}
	if v := MSE(FromSlice([]float32{1, 2}), FromSlice([]float32{3, 2})).Item(); v != 2 {
		t.Fatalf("MSE = %v", v)
	}
	if v := CrossEntropy(Zeros(2, 3), FromInts([]int{-100, -100})).Item(); v == v {
		t.Fatalf("all-ignored CE = %v, want NaN", v)
	}
}

func TestLayerNormValues(t *testing.T) {
	x := FromSlice([]float32{1, 2, 3, 4, -1, -1, -1, -1}, 2, 4)
	y := LayerNorm(x, FromSlice([]float32{1, 1, 2, 2}), FromSlice([]float32{0, 0, 0, 1}), 1e-5)
	s := 1 / math.Sqrt(1.25+1e-5)
	assertClose(t, "LayerNorm", y, []float64{-1.5 * s, -0.5 * s, 2 * 0.5 * s, 2*1.5*s + 1, 0, 0, 0, 1}, []int{2, 4}, 1e-5)
}

// Every unary op gives the same values on a non-contiguous view as on a
// contiguous copy (the strided path gathers first, some ops work in place).
func TestUnaryOnViews(t *testing.T) {
	Seed(8)
	x := Randn(40, 30).T()
	xc := x.Contiguous()
	ops := map[string]func(*Tensor) *Tensor{
		"Exp": (*Tensor).Exp, "Tanh": (*Tensor).Tanh, "Sigmoid": (*Tensor).Sigmoid, "SiLU": (*Tensor).SiLU,
		"GELU": (*Tensor).GELU, "GELUExact": (*Tensor).GELUExact, "ReLU": (*Tensor).ReLU, "Neg": (*Tensor).Neg,
		"Abs": (*Tensor).Abs, "Square": (*Tensor).Square, "Sin": (*Tensor).Sin,
		"MulScalar":  func(t *Tensor) *Tensor { return t.MulScalar(3) },
		"AddScalar":  func(t *Tensor) *Tensor { return t.AddScalar(3) },
		"Clamp":      func(t *Tensor) *Tensor { return t.Clamp(-0.5, 0.5) },
		"Softmax0":   func(t *Tensor) *Tensor { return t.Softmax(0) },
		"LogSoftmax": func(t *Tensor) *Tensor { return t.LogSoftmax(-1) },
	}
	for name, f := range ops {
		a, b := f(x).Data(), f(xc).Data()
		for i := range a {
			if a[i] != b[i] {
				t.Fatalf("%s: view gives %v, contiguous copy %v at %d", name, a[i], b[i], i)
			}
		}
		if x.At(3, 5) != xc.At(3, 5) {
			t.Fatalf("%s modified its input", name)
		}
	}
}

// Transposed copies (tiled path) against element-by-element reads.
func TestContiguousTransposedLayouts(t *testing.T) {
	Seed(4)
	for _, v := range []*Tensor{
		Randn(70, 45).T(),
		Randn(3, 50, 37).Transpose(1, 2),
		Randn(33, 2, 40).Permute(1, 2, 0),
		Randn(64, 64).T().Slice(0, 3, 60),
		Randn(5, 40, 9, 40).Transpose(1, 3),
	} {
		got := v.Contiguous().Data()
		shape := v.Shape()
		for i, g := range got {
			if w := v.At(unravel(i, shape)...); g != w {
				t.Fatalf("shape %v strides %v: element %d = %v want %v", shape, v.Strides(), i, g, w)
			}
		}
	}
}

func TestExtras(t *testing.T) {
	x := FromSlice([]float32{3, 1, 4, 1, 5, 9, 2, 6}, 2, 4)
	v, i := x.TopK(2)
	assertClose(t, "TopK values", v, []float64{4, 3, 9, 6}, []int{2, 2}, 0)
	assertClose(t, "TopK indices", i, []float64{2, 0, 1, 3}, []int{2, 2}, 0)
	assertClose(t, "Cumsum", x.Cumsum(1), []float64{3, 4, 8, 9, 5, 14, 16, 22}, []int{2, 4}, 0)
	assertClose(t, "Cumsum axis 0", x.Cumsum(0), []float64{3, 1, 4, 1, 8, 10, 6, 7}, []int{2, 4}, 0)
	if !AllClose(x, x.AddScalar(1e-7), 1e-5, 0) || AllClose(x, x.AddScalar(1e-3), 1e-5, 1e-6) || AllClose(x, x.Reshape(4, 2), 1, 1) {
		t.Fatal("AllClose")
	}
	if !Equal(x, x.Clone()) || Equal(x, x.Neg()) {
		t.Fatal("Equal")
	}
	assertClose(t, "Map", x.Map(func(v float32) float32 { return v * 10 }).Slice(1, 0, 1), []float64{30, 50}, []int{2, 1}, 0)
	if y := Dropout(x, 0.5, false); y != x {
		t.Fatal("Dropout in eval mode should return its input")
	}
	Seed(3)
	p := Multinomial(FromSlice([]float32{0, 0, 1, 0, 1, 0, 0, 0}, 2, 4))
	assertClose(t, "Multinomial one-hot rows", p, []float64{2, 0}, []int{2}, 0)
	counts := make([]int, 3)
	for k := 0; k < 3000; k++ {
		counts[int(Multinomial(FromSlice([]float32{1, 2, 3})).Item())]++
	}
	for j, c := range counts {
		if want := 3000 * float64(j+1) / 6; math.Abs(float64(c)-want) > 0.1*want {
			t.Fatalf("Multinomial counts %v", counts)
		}
	}
	perm := RandPerm(10)
	seen := map[int]bool{}
	for _, v := range perm {
		seen[v] = true
	}
	if len(seen) != 10 {
		t.Fatalf("RandPerm %v", perm)
	}
}

func TestInPlace(t *testing.T) {
	w := Ones(2, 3).RequiresGrad()
	if msg := panicMsg(func() { w.SubInPlace(Ones(3)) }); !strings.Contains(msg, "SubInPlace") || !strings.Contains(msg, "NoGrad") {
		t.Fatalf("in-place on grad tensor: %q", msg)
	}
	v := w.T() // a view: in-place writes reach w
	NoGrad(func() {
		w.SubInPlace(FromSlice([]float32{1, 2, 3}).MulScalar(0.5))
		v.MulScalarInPlace(2)
		w.AddInPlace(Scalar(1))
		v.MulInPlace(FromSlice([]float32{1, 10}))
	})
	assertClose(t, "in place", w, []float64{2, 1, 0, 20, 10, 0}, []int{2, 3}, 0)
}

func TestMaxLongRowsAndNaN(t *testing.T) {
	Seed(2)
	x := Randn(5, 300)
	x.Set(7, 2, 150)
	got := x.Max(1).Data()
	for r := 0; r < 5; r++ {
		w := float32(math.Inf(-1))
		for c := 0; c < 300; c++ {
			w = float32(math.Max(float64(w), float64(x.At(r, c))))
		}
		if got[r] != w {
			t.Fatalf("row %d max %v want %v", r, got[r], w)
		}
	}
	x.Set(float32(math.NaN()), 3, 299)
	if v := x.Max(1).At(3); v == v {
		t.Fatalf("max of a row with NaN = %v, want NaN", v)
	}
	if v := x.Max(1).At(2); v != 7 {
		t.Fatalf("row without NaN: %v", v)
	}
	y := Full(float32(math.Inf(1)), 100)
	y.Set(float32(math.Inf(-1)), 0)
	if v := y.Max().Item(); !math.IsInf(float64(v), 1) {
		t.Fatalf("max of ±Inf row = %v", v)
	}
	// LayerNorm with a non-default eps matches the formula
	ln := LayerNorm(FromSlice([]float32{1, 3}, 1, 2), nil, nil, 0.5).Data()
	if w := 1 / math.Sqrt(1.5); !near(float64(ln[1]), w, 1e-6) || !near(float64(ln[0]), -w, 1e-6) {
		t.Fatalf("LayerNorm eps 0.5: %v", ln)
	}
}

// The fused causal attention kernel agrees with the composite formula.
func TestAttentionFusedMatchesComposite(t *testing.T) {
	Seed(6)
	q, k, v := Randn(2, 3, 17, 8), Randn(2, 3, 17, 8), Randn(2, 3, 17, 8)
	fused := ScaledDotProductAttention(q, k, v, true)
	att := q.MatMul(k.T()).MulScalar(float32(1/math.Sqrt(8))).MaskedFill(Triu(17, 17, 1), float32(math.Inf(-1)))
	ref := att.Softmax(-1).MatMul(v)
	if !AllClose(fused, ref, 1e-4, 1e-5) {
		t.Fatal("fused attention differs from softmax(qkᵀ/√d + mask)·v")
	}
	// permuted (non-contiguous) inputs, as a model's head split produces
	x := Randn(2, 17, 3, 8)
	qp := x.Permute(0, 2, 1, 3)
	if !AllClose(ScaledDotProductAttention(qp, qp, qp, true), ScaledDotProductAttention(qp.Contiguous(), qp.Contiguous(), qp.Contiguous(), true), 0, 0) {
		t.Fatal("attention on a permuted view differs")
	}
}

// Long sums stay accurate (block sums accumulate in float64).
func TestSumPrecision(t *testing.T) {
	x := Full(0.1, 3_000_000)
	want := 3_000_000 * float64(float32(0.1))
	if got := float64(x.Sum().Item()); math.Abs(got-want) > 1e-6*want {
		t.Fatalf("sum of 3M × 0.1 = %v, want %v", got, want)
	}
	if got := float64(x.Mean().Item()); math.Abs(got-float64(float32(0.1))) > 1e-7 {
		t.Fatalf("mean = %v", got)
	}
}
