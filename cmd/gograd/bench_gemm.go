package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/gograd/gograd/accel"
	"gonum.org/v1/gonum/blas"
	"gonum.org/v1/gonum/blas/gonum"
)

// openblasCore is set when the binary was built with -tags openblas: the
// OpenBLAS columns then come from the in-process cgo backend.
var openblasCore func() string

func init() {
	registerBench("gemm", "SGEMM GFLOP/s: gograd (1 thread, all) vs OpenBLAS (numpy) vs gonum", runBenchGemm)
}

// gemmShape is one C(m×n) = A(m×k)·B(k×n) product; transB means B is
// stored n×k (the lm_head / tied-embedding layout).
type gemmShape struct {
	name    string
	m, k, n int
	transB  bool
}

var gemmShapes = []gemmShape{
	{"square", 256, 256, 256, false},
	{"square", 512, 512, 512, false},
	{"square", 1024, 1024, 1024, false},
	{"square", 2048, 2048, 2048, false},
	{"gpt2 qkv", 256, 768, 2304, false},
	{"gpt2 fc", 256, 768, 3072, false},
	{"gpt2 proj", 256, 3072, 768, false},
	{"gpt2 lm_head", 256, 768, 50257, false},
	{"gpt2 lm_headᵀ", 256, 768, 50257, true}, // tied embedding: x·wteᵀ
	{"gemv qkv", 1, 768, 2304, false},
	{"gemv fc", 1, 768, 3072, false},
	{"gemv proj", 1, 3072, 768, false},
	{"gemv lm_head", 1, 768, 50257, false},
	{"gemv lm_headᵀ", 1, 768, 50257, true},
}

// gemmResult is one measurement; it is also the --json line.
type gemmResult struct {
	Bench   string  `json:"bench"`
	Backend string  `json:"backend"`
	Shape   string  `json:"shape"`
	M       int     `json:"m"`
	K       int     `json:"k"`
	N       int     `json:"n"`
	TransB  bool    `json:"trans_b,omitempty"`
	Threads int     `json:"threads"`
	GFLOPS  float64 `json:"gflops"`
	GBps    float64 `json:"gbps,omitempty"` // matrix bytes read per second (m = 1)
	Seconds float64 `json:"seconds"`        // best time of one product
	// MedianGFLOPS is from the median time: best and median together show
	// how much other load on the machine disturbed the run.
	MedianGFLOPS float64 `json:"median_gflops"`
	Reps         int     `json:"reps"`
}

func runBenchGemm(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench gemm", flag.ContinueOnError)
	only := fs.String("shapes", "", "comma-separated m×k×n shapes to run instead of the default list, e.g. 1024x1024x1024,1x768x50257t (t: B stored n×k)")
	budget := fs.Duration("time", 400*time.Millisecond, "measuring time per shape and configuration (the best repetition is kept)")
	rounds := fs.Int("rounds", 4, "alternating rounds the measuring time is split into (fairer under other load)")
	noGonum := fs.Bool("no-gonum", false, "skip the gonum baseline")
	noNumpy := fs.Bool("no-numpy", false, "skip the OpenBLAS (numpy) baseline")
	python := fs.String("python", "/usr/bin/python3", "Python with numpy (Debian's, linked to OpenBLAS)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *rounds < 1 {
		return fmt.Errorf("-rounds must be at least 1, got %d", *rounds)
	}
	shapes := gemmShapes
	if *only != "" {
		shapes = nil
		for _, s := range strings.Split(*only, ",") {
			var m, k, n int
			spec, tb := strings.CutSuffix(strings.ReplaceAll(s, "×", "x"), "t")
			if _, err := fmt.Sscanf(spec, "%dx%dx%d", &m, &k, &n); err != nil || m < 1 || k < 1 || n < 1 || fmt.Sprintf("%dx%dx%d", m, k, n) != spec {
				return fmt.Errorf("bad shape %q in -shapes (want MxKxN, e.g. 256x768x2304, with a t suffix for B stored N×K)", s)
			}
			shapes = append(shapes, gemmShape{"custom", m, k, n, tb})
		}
	}
	all := runtime.GOMAXPROCS(0)
	out := os.Stdout
	emit := func(r gemmResult) {
		if jsonOut {
			b, _ := json.Marshal(r)
			fmt.Fprintln(out, string(b))
		}
	}
	info := accel.Available()
	var np *numpyBLAS
	npNote := ""
	var cgoBLAS accel.Backend
	if openblasCore != nil {
		if be, err := accel.Lookup("openblas"); err == nil {
			cgoBLAS = be
			npNote = fmt.Sprintf("OpenBLAS in process (cgo, -tags openblas), core %s; this environment has OPENBLAS_CORETYPE=%s OPENBLAS_L2_SIZE=%s (they apply here: unset them for a fair baseline)",
				openblasCore(), envOr("OPENBLAS_CORETYPE"), envOr("OPENBLAS_L2_SIZE"))
		}
	}
	if cgoBLAS != nil {
		// measured below, in process
	} else if !*noNumpy {
		var err error
		np, err = startNumpy(*python)
		if err != nil {
			npNote = "OpenBLAS (numpy) skipped: " + err.Error()
			np = nil
		} else {
			defer np.close()
			npNote = "OpenBLAS via numpy: " + np.config
		}
	} else {
		npNote = "OpenBLAS (numpy) skipped: -no-numpy"
	}
	// The ceiling, as measured here: a register-only FMA loop on one core.
	peak := accel.PeakGFLOPS(300 * time.Millisecond)
	peakNote := fmt.Sprintf("measured FMA peak: %.1f GFLOP/s per core (register-only loop), about %.0f on %d cores", peak, peak*float64(all), all)
	if !jsonOut {
		fmt.Fprintf(out, "gograd bench gemm — %s\n", strings.ReplaceAll(info.String(), "\n", "; "))
		fmt.Fprintf(out, "%s\n", npNote)
		if peak > 0 {
			fmt.Fprintf(out, "%s\n", peakNote)
		}
		fmt.Fprintf(out, "best of repeated runs within %v per cell (--json adds the median); other load on the machine lowers every column\n\n", *budget)
		fmt.Fprintf(out, "%-14s %5s %5s %6s | %9s %9s | %9s %9s | %9s | %8s %8s\n",
			"shape", "M", "K", "N", "gograd 1T", fmt.Sprintf("gograd %dT", all), "OpenBLAS1", fmt.Sprintf("OpenBLAS%d", all), "gonum", "÷OpenBLAS", "÷gonum")
	} else {
		// stdout carries only measurements; the context goes to stderr.
		fmt.Fprintf(os.Stderr, "gograd bench gemm: %s\n%s\n%s\n", info.String(), npNote, peakNote)
	}
	var npErr error
	for _, s := range shapes {
		r := rand.New(rand.NewPCG(uint64(s.m), uint64(s.n)))
		a := randF32(r, s.m*s.k)
		b := randF32(r, s.k*s.n)
		c := make([]float32, s.m*s.n)
		ldb := s.n
		if s.transB {
			ldb = s.k
		}
		flops := 2 * float64(s.m) * float64(s.k) * float64(s.n)
		res := func(backend string, threads int, sec, med float64, reps int) gemmResult {
			g := gemmResult{Bench: "gemm", Backend: backend, Shape: s.name, M: s.m, K: s.k, N: s.n, TransB: s.transB,
				Threads: threads, Seconds: sec, Reps: reps}
			if sec > 0 {
				g.GFLOPS = flops / sec / 1e9
				g.MedianGFLOPS = flops / med / 1e9
				if s.m == 1 {
					g.GBps = float64(s.k) * float64(s.n) * 4 / sec / 1e9
				}
			}
			return g
		}
		cell := func(g *gemmResult) string {
			if g == nil {
				return "—"
			}
			if s.m == 1 {
				return fmt.Sprintf("%.1fGB/s", g.GBps)
			}
			return fmt.Sprintf("%.1f", g.GFLOPS)
		}
		// Configurations are measured in alternating rounds, so a burst of
		// other load on the machine hits them all alike.
		type config struct {
			backend string
			threads int
			run     func(budget time.Duration) ([]float64, error)
		}
		var cfgs []config
		for _, t := range []int{1, all} {
			cfgs = append(cfgs, config{"gograd", t, func(bud time.Duration) ([]float64, error) {
				prev := accel.SetThreads(t)
				defer accel.SetThreads(prev)
				return timeRuns(bud, func() {
					accel.Sgemm(false, s.transB, s.m, s.n, s.k, 1, a, s.k, b, ldb, 0, c, s.n)
				}), nil
			}})
		}
		for _, t := range []int{1, all} {
			switch {
			case cgoBLAS != nil:
				cfgs = append(cfgs, config{"openblas", t, func(bud time.Duration) ([]float64, error) {
					prev := accel.SetThreads(t)
					defer accel.SetThreads(prev)
					return timeRuns(bud, func() {
						cgoBLAS.Sgemm(false, s.transB, s.m, s.n, s.k, 1, a, s.k, b, ldb, 0, c, s.n)
					}), nil
				}})
			case np != nil && npErr == nil:
				cfgs = append(cfgs, config{"openblas", t, func(bud time.Duration) ([]float64, error) {
					return np.measure(s, t, bud)
				}})
			}
		}
		times := make([][]float64, len(cfgs))
		for round := 0; round < *rounds; round++ {
			for i, cf := range cfgs {
				if cf.backend == "openblas" && npErr != nil && cgoBLAS == nil {
					continue
				}
				ts, err := cf.run(*budget / time.Duration(*rounds))
				if err != nil {
					npErr = err
					fmt.Fprintf(os.Stderr, "gograd bench gemm: OpenBLAS (numpy) stopped: %v\n", err)
					continue
				}
				times[i] = append(times[i], ts...)
			}
		}
		var g1, gAll, o1, oAll, gn *gemmResult
		for i, cf := range cfgs {
			if len(times[i]) == 0 {
				continue
			}
			sort.Float64s(times[i])
			g := res(cf.backend, cf.threads, times[i][0], times[i][len(times[i])/2], len(times[i]))
			emit(g)
			switch {
			case cf.backend == "gograd" && cf.threads == 1:
				g1 = &g
			case cf.backend == "gograd":
				gAll = &g
			case cf.threads == 1:
				o1 = &g
			default:
				oAll = &g
			}
		}
		if !*noGonum {
			impl := gonum.Implementation{}
			tb := blas.NoTrans
			if s.transB {
				tb = blas.Trans
			}
			gb := *budget
			if flops > 5e9 { // gonum needs most of a second here: one timed run
				gb = 0
			}
			ts := timeRuns(gb, func() {
				impl.Sgemm(blas.NoTrans, tb, s.m, s.n, s.k, 1, a, s.k, b, ldb, 0, c, s.n)
			})
			sort.Float64s(ts)
			g := res("gonum", all, ts[0], ts[len(ts)/2], len(ts))
			emit(g)
			gn = &g
		}
		if !jsonOut {
			ratio := func(x, y *gemmResult) string {
				if x == nil || y == nil || y.GFLOPS == 0 {
					return "—"
				}
				return fmt.Sprintf("%.2f×", x.GFLOPS/y.GFLOPS)
			}
			fmt.Fprintf(out, "%-14s %5d %5d %6d | %9s %9s | %9s %9s | %9s | %8s %8s\n",
				s.name, s.m, s.k, s.n, cell(g1), cell(gAll), cell(o1), cell(oAll), cell(gn), ratio(gAll, oAll), ratio(gAll, gn))
		}
	}
	if !jsonOut {
		fmt.Fprintln(out, "\nGFLOP/s (M=1 rows: GB/s of the matrix read). ÷OpenBLAS and ÷gonum compare the all-thread columns.")
	}
	return nil
}

func randF32(r *rand.Rand, n int) []float32 {
	s := make([]float32, n)
	for i := range s {
		s[i] = float32(r.Float64()*2 - 1)
	}
	return s
}

// timeRuns runs f once to warm up, then repeatedly for about budget (at
// least twice), and returns the times of the timed runs in seconds. With
// budget 0 it runs f once and returns that time.
func timeRuns(budget time.Duration, f func()) []float64 {
	t0 := time.Now()
	f()
	times := []float64{time.Since(t0).Seconds()}
	if budget <= 0 {
		return times
	}
	times = times[:0]
	start := time.Now()
	for len(times) < 2 || (time.Since(start) < budget && len(times) < 1000) {
		t := time.Now()
		f()
		times = append(times, time.Since(t).Seconds())
	}
	return times
}

// numpyBLAS drives one Python process that times numpy's float32 matmul
// (OpenBLAS) on request, so OpenBLAS is measured interleaved with gograd
// under the same machine load.
type numpyBLAS struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Scanner
	config string
}

const numpyScript = `
import sys, time, ctypes, json, os
import numpy as np
lib = None
for line in open('/proc/self/maps'):
    p = line.split()[-1]
    if 'openblas' in p and p.endswith('.so') or ('openblas' in p and '.so.' in p):
        try:
            lib = ctypes.CDLL(p); break
        except OSError:
            pass
info = {"numpy": np.__version__}
if lib is not None:
    try:
        lib.openblas_get_corename.restype = ctypes.c_char_p
        lib.openblas_get_config.restype = ctypes.c_char_p
        info["core"] = lib.openblas_get_corename().decode()
        info["config"] = lib.openblas_get_config().decode().strip()
        info["threads"] = lib.openblas_get_num_threads()
    except AttributeError:
        lib = None
info["lib"] = "found" if lib is not None else "not found"
for v in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OPENBLAS_NUM_THREADS"):
    info[v] = os.environ.get(v, "(unset)")
print(json.dumps(info), flush=True)
cache = {}
for line in sys.stdin:
    m, k, n, tb, t, budget = line.split()
    m, k, n, tb, t, budget = int(m), int(k), int(n), tb == "1", int(t), float(budget)
    if lib is not None:
        lib.openblas_set_num_threads(t)
    key = (m, k, n, tb)
    if cache.get("key") != key:
        rng = np.random.default_rng(0)
        a = rng.random((m, k), dtype=np.float32)
        b = rng.random((n, k) if tb else (k, n), dtype=np.float32)
        cache.update(key=key, a=a, bb=(b.T if tb else b), c=np.empty((m, n), dtype=np.float32))
    a, bb, c = cache["a"], cache["bb"], cache["c"]
    t0 = time.perf_counter(); np.matmul(a, bb, out=c); times = [time.perf_counter() - t0]
    if budget > 0:
        times = []
        start = time.perf_counter()
        while len(times) < 2 or (time.perf_counter() - start < budget and len(times) < 1000):
            t0 = time.perf_counter(); np.matmul(a, bb, out=c); times.append(time.perf_counter() - t0)
    print(" ".join(repr(t) for t in times), flush=True)
`

func startNumpy(python string) (*numpyBLAS, error) {
	if _, err := os.Stat(python); err != nil {
		return nil, fmt.Errorf("%s not found (install python3-numpy)", python)
	}
	cmd := exec.Command(python, "-c", numpyScript)
	// OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE forced in the environment make
	// OpenBLAS pick a slower kernel: measure it as it configures itself.
	var env []string
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "OPENBLAS_CORETYPE=") || strings.HasPrefix(e, "OPENBLAS_L2_SIZE=") || strings.HasPrefix(e, "OPENBLAS_NUM_THREADS=") {
			continue
		}
		env = append(env, e)
	}
	cmd.Env = append(env, fmt.Sprintf("OPENBLAS_NUM_THREADS=%d", runtime.GOMAXPROCS(0)))
	cmd.Stderr = os.Stderr
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	outp, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	np := &numpyBLAS{cmd: cmd, in: in, out: bufio.NewScanner(outp)}
	if !np.out.Scan() {
		np.close()
		return nil, errors.New("numpy not importable with " + python)
	}
	var info map[string]any
	if err := json.Unmarshal(np.out.Bytes(), &info); err != nil {
		np.close()
		return nil, fmt.Errorf("numpy helper: %v", err)
	}
	np.config = fmt.Sprintf("numpy %v, OpenBLAS picked core %v (%v); this environment has OPENBLAS_CORETYPE=%s OPENBLAS_L2_SIZE=%s, both removed for the baseline",
		info["numpy"], orDash(info["core"]), orDash(info["config"]),
		envOr("OPENBLAS_CORETYPE"), envOr("OPENBLAS_L2_SIZE"))
	return np, nil
}

func orDash(v any) any {
	if v == nil {
		return "?"
	}
	return v
}

func envOr(k string) string {
	if v, ok := os.LookupEnv(k); ok {
		return strconv.Quote(v)
	}
	return "(unset)"
}

func (np *numpyBLAS) measure(s gemmShape, threads int, budget time.Duration) ([]float64, error) {
	tb := 0
	if s.transB {
		tb = 1
	}
	if _, err := fmt.Fprintf(np.in, "%d %d %d %d %d %g\n", s.m, s.k, s.n, tb, threads, budget.Seconds()); err != nil {
		return nil, err
	}
	if !np.out.Scan() {
		return nil, errors.New("numpy helper exited")
	}
	var times []float64
	for _, f := range strings.Fields(np.out.Text()) {
		v, err := strconv.ParseFloat(f, 64)
		if err != nil {
			return nil, fmt.Errorf("numpy helper said %q", np.out.Text())
		}
		times = append(times, v)
	}
	if len(times) == 0 {
		return nil, fmt.Errorf("numpy helper said %q", np.out.Text())
	}
	return times, nil
}

func (np *numpyBLAS) close() {
	np.in.Close()
	np.cmd.Wait()
}
