package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/tensor"
)

func init() {
	registerBench("tensor", "tensor ops on 1M floats (elementwise, reductions, softmax, layernorm): GB/s vs numpy", runBenchTensor)
}

// tensorOp is one benchmarked op on a 1024×1024 input; bytes is the memory
// it must touch (inputs read plus output written).
type tensorOp struct {
	name  string
	bytes int
	run   func(x, y *tensor.Tensor)
	numpy string // the same op in numpy on arrays x, y (float32)
}

const tensorBenchN = 1024 * 1024

var tensorOps = []tensorOp{
	{"add", 12 * tensorBenchN, func(x, y *tensor.Tensor) { x.Add(y) }, "x + y"},
	{"mul", 12 * tensorBenchN, func(x, y *tensor.Tensor) { x.Mul(y) }, "x * y"},
	{"add_row_broadcast", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.Add(y.Select(0, 0)) }, "x + y[0]"},
	{"mul_scalar", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.MulScalar(2) }, "x * np.float32(2)"},
	{"exp", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.Exp() }, "np.exp(x)"},
	{"tanh", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.Tanh() }, "np.tanh(x)"},
	{"gelu_tanh", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.GELU() }, "0.5*x*(1+np.tanh(np.float32(0.7978845608)*(x+np.float32(0.044715)*x*x*x)))"},
	{"sum_all", 4 * tensorBenchN, func(x, y *tensor.Tensor) { x.Sum() }, "x.sum()"},
	{"sum_rows", 4 * tensorBenchN, func(x, y *tensor.Tensor) { x.Sum(1) }, "x.sum(axis=1)"},
	{"sum_cols", 4 * tensorBenchN, func(x, y *tensor.Tensor) { x.Sum(0) }, "x.sum(axis=0)"},
	{"max_rows", 4 * tensorBenchN, func(x, y *tensor.Tensor) { x.Max(1) }, "x.max(axis=1)"},
	{"softmax_rows", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.Softmax(-1) }, "(lambda e: e / e.sum(axis=1, keepdims=True))(np.exp(x - x.max(axis=1, keepdims=True)))"},
	{"layernorm_rows", 8 * tensorBenchN, func(x, y *tensor.Tensor) { tensor.LayerNorm(x, nil, nil, 1e-5) }, "(x - x.mean(axis=1, keepdims=True)) / np.sqrt(x.var(axis=1, keepdims=True) + np.float32(1e-5))"},
	{"transpose_copy", 8 * tensorBenchN, func(x, y *tensor.Tensor) { x.T().Contiguous() }, "np.ascontiguousarray(x.T)"},
}

type tensorBenchResult struct {
	Bench   string  `json:"bench"`
	Backend string  `json:"backend"`
	Op      string  `json:"op"`
	Threads int     `json:"threads"`
	GBps    float64 `json:"gbps"`
	Seconds float64 `json:"seconds"`
}

func runBenchTensor(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench tensor", flag.ContinueOnError)
	budget := fs.Duration("time", 300*time.Millisecond, "measuring time per op (best repetition is kept)")
	threads := fs.Int("threads", runtime.GOMAXPROCS(0), "goroutines per op for gograd (numpy runs these ops on one thread)")
	noNumpy := fs.Bool("no-numpy", false, "skip the numpy baseline")
	python := fs.String("python", "/usr/bin/python3", "Python with numpy")
	if err := fs.Parse(args); err != nil {
		return err
	}
	oldT := tensor.SetNumThreads(*threads)
	oldA := accel.SetThreads(*threads)
	defer tensor.SetNumThreads(oldT)
	defer accel.SetThreads(oldA)

	tensor.Seed(1)
	x, y := tensor.Randn(1024, 1024), tensor.Randn(1024, 1024)
	var results []tensorBenchResult
	for _, op := range tensorOps {
		best := bestTime(*budget, func() { op.run(x, y) })
		results = append(results, tensorBenchResult{"tensor", "gograd", op.name, *threads, float64(op.bytes) / best / 1e9, best})
	}
	if !*noNumpy {
		np, err := numpyTensorBench(*python, *budget)
		if err != nil {
			fmt.Fprintf(os.Stderr, "gograd bench tensor: numpy baseline skipped: %v\n", err)
		}
		for _, r := range np {
			for _, op := range tensorOps {
				if op.name == r.Op {
					r.GBps = float64(op.bytes) / r.Seconds / 1e9
				}
			}
			results = append(results, r)
		}
	}
	if jsonOut {
		enc := json.NewEncoder(os.Stdout)
		for _, r := range results {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		return nil
	}
	fmt.Printf("tensor ops on 1024×1024 float32 (GB/s of memory touched; gograd %d threads, numpy 1)\n", *threads)
	fmt.Printf("%-18s %12s %12s\n", "op", "gograd", "numpy")
	for _, op := range tensorOps {
		g, n := "-", "-"
		for _, r := range results {
			if r.Op == op.name {
				if r.Backend == "gograd" {
					g = fmt.Sprintf("%.2f", r.GBps)
				} else {
					n = fmt.Sprintf("%.2f", r.GBps)
				}
			}
		}
		fmt.Printf("%-18s %12s %12s\n", op.name, g, n)
	}
	return nil
}

// bestTime runs f repeatedly for about budget and returns the fastest run
// in seconds.
func bestTime(budget time.Duration, f func()) float64 {
	f() // warm up
	best := time.Duration(1<<63 - 1)
	start := time.Now()
	for n := 0; n < 3 || time.Since(start) < budget; n++ {
		t0 := time.Now()
		f()
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	return best.Seconds()
}

func numpyTensorBench(python string, budget time.Duration) ([]tensorBenchResult, error) {
	var b strings.Builder
	b.WriteString("import json, time, numpy as np\n")
	b.WriteString("rng = np.random.default_rng(1)\n")
	b.WriteString("x = rng.standard_normal((1024, 1024), dtype=np.float32)\n")
	b.WriteString("y = rng.standard_normal((1024, 1024), dtype=np.float32)\n")
	fmt.Fprintf(&b, "budget = %g\n", budget.Seconds())
	b.WriteString("def best(f):\n    f(); b = 1e9; t = time.perf_counter(); n = 0\n")
	b.WriteString("    while n < 3 or time.perf_counter() - t < budget:\n")
	b.WriteString("        t0 = time.perf_counter(); f(); b = min(b, time.perf_counter() - t0); n += 1\n")
	b.WriteString("    return b\n")
	for _, op := range tensorOps {
		fmt.Fprintf(&b, "print(json.dumps({'op': %q, 'seconds': best(lambda: %s)}))\n", op.name, op.numpy)
	}
	cmd := exec.Command(python, "-c", b.String())
	cmd.Env = append(os.Environ(), "OMP_NUM_THREADS=1")
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", python, err)
	}
	var res []tensorBenchResult
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var r struct {
			Op      string  `json:"op"`
			Seconds float64 `json:"seconds"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			continue
		}
		res = append(res, tensorBenchResult{"tensor", "numpy", r.Op, 1, 0, r.Seconds})
	}
	if err := cmd.Wait(); err != nil {
		return res, fmt.Errorf("%s: %w: %s", python, err, strings.TrimSpace(stderr.String()))
	}
	return res, nil
}
