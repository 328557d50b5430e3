package interp

import (
	"context"
	"reflect"
	"testing"
	"time"

	"github.com/gograd/gograd/tensor"
)

func BenchmarkNewSession(b *testing.B) {
	New(Options{}) // load the symbol tables once, as a process does
	b.ResetTimer()
	for b.Loop() {
		s, err := New(Options{})
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N), "ms/session")
}

func BenchmarkEvalOnePlusOne(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.Eval(ctx, "1+1"); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/eval")
}

// trainSteps is the training-style loop of BenchmarkTrainingLoopOverhead,
// compiled. trainScript is the same loop as a cell.
func trainSteps(w, x *tensor.Tensor, steps int) float32 {
	var last float32
	for range steps {
		y := x.MatMul(w).Tanh()
		loss := y.Square().Mean()
		w.ZeroGrad()
		loss.Backward()
		last = loss.Item()
	}
	return last
}

const trainScript = `
var last float32
for range steps {
	y := x.MatMul(w).Tanh()
	loss := y.Square().Mean()
	w.ZeroGrad()
	loss.Backward()
	last = loss.Item()
}
last`

// BenchmarkTrainingLoopOverhead runs the same forward/backward loop
// (64x256 by 256x256 matmul, tanh, mean square) compiled and as a cell,
// and reports how much slower the cell is, in percent.
func BenchmarkTrainingLoopOverhead(b *testing.B) {
	const steps = 200
	w := tensor.Randn(256, 256).RequiresGrad()
	x := tensor.Randn(64, 256)
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	eval := func(code string) {
		if _, err := s.Eval(ctx, code); err != nil {
			b.Fatal(err)
		}
	}
	eval("var w, x *tensor.Tensor\nsteps := 0")
	// Hand the compiled tensors to the session.
	g := s.in.Globals()
	g["w"].Set(reflectValue(w))
	g["x"].Set(reflectValue(x))
	g["steps"].SetInt(steps)
	var compiled, script time.Duration
	for b.Loop() {
		t0 := time.Now()
		trainSteps(w, x, steps)
		t1 := time.Now()
		eval(trainScript)
		t2 := time.Now()
		compiled += t1.Sub(t0)
		script += t2.Sub(t1)
	}
	b.ReportMetric(100*(float64(script)/float64(compiled)-1), "overhead-%")
	b.ReportMetric(float64(script.Microseconds())/float64(b.N*steps), "µs/step-script")
	b.ReportMetric(float64(compiled.Microseconds())/float64(b.N*steps), "µs/step-compiled")
}

func reflectValue(v any) reflect.Value { return reflect.ValueOf(v) }
