package interp

import (
	"context"
	"os"
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

// trainScript is testdata/bench/train.gos.
func trainScript(b *testing.B) string {
	src, err := os.ReadFile("testdata/bench/train.gos")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}

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
	eval("var w, x *tensor.Tensor\nvar steps int")
	// Hand the compiled tensors to the session.
	for name, v := range map[string]any{"w": w, "x": x, "steps": steps} {
		if err := s.SetVar(name, v); err != nil {
			b.Fatal(err)
		}
	}
	script := trainScript(b)
	var compiledT, scriptT time.Duration
	for b.Loop() {
		t0 := time.Now()
		trainSteps(w, x, steps)
		t1 := time.Now()
		eval(script)
		t2 := time.Now()
		compiledT += t1.Sub(t0)
		scriptT += t2.Sub(t1)
	}
	b.ReportMetric(100*(float64(scriptT)/float64(compiledT)-1), "overhead-%")
	b.ReportMetric(float64(scriptT.Microseconds())/float64(b.N*steps), "µs/step-script")
	b.ReportMetric(float64(compiledT.Microseconds())/float64(b.N*steps), "µs/step-compiled")
}
