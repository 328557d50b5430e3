package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/gpt"
)

func init() {
	registerBench("gpt", "GPT-2: forward+backward tok/s (fixture and 6-layer sizes), generation with/without KV cache", benchGPT)
}

// gptMeasure is one line of `gograd bench gpt --json`.
type gptMeasure struct {
	Subject string  `json:"subject"`
	Name    string  `json:"name"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	Model   string  `json:"model"`
	Params  int     `json:"params"`
	B       int     `json:"batch,omitempty"`
	T       int     `json:"seq_len,omitempty"`
	Tokens  int     `json:"tokens,omitempty"`
	Runs    int     `json:"runs,omitempty"`
	Min     float64 `json:"min,omitempty"`
	Max     float64 `json:"max,omitempty"`
	Threads int     `json:"threads"`
	Note    string  `json:"note,omitempty"`
}

type gptReporter struct{ json bool }

func (r gptReporter) emit(m gptMeasure) {
	m.Subject = "gpt"
	m.Threads = accel.Threads()
	if r.json {
		b, _ := json.Marshal(m)
		fmt.Println(string(b))
		return
	}
	line := fmt.Sprintf("  %-40s %10.1f %-6s", m.Name, m.Value, m.Unit)
	if m.Runs > 1 {
		line += fmt.Sprintf("  (median of %d; range %.1f–%.1f)", m.Runs, m.Min, m.Max)
	}
	if m.Note != "" {
		line += "  " + m.Note
	}
	fmt.Println(line)
}

// gptRates measures f reps times (after one warm-up run) and returns the
// median, min and max of work/duration. Each measurement repeats f for at
// least 200 ms, so that tiny models are not timed on one short call.
func gptRates(reps int, work float64, f func() error) (med, lo, hi float64, err error) {
	if err := f(); err != nil {
		return 0, 0, 0, err
	}
	var rates []float64
	for i := 0; i < reps; i++ {
		start := time.Now()
		calls := 0
		for calls == 0 || time.Since(start) < 200*time.Millisecond {
			if err := f(); err != nil {
				return 0, 0, 0, err
			}
			calls++
		}
		rates = append(rates, work*float64(calls)/time.Since(start).Seconds())
	}
	sort.Float64s(rates)
	return rates[len(rates)/2], rates[0], rates[len(rates)-1], nil
}

func gptModelName(c gpt.Config) string {
	return fmt.Sprintf("L%d H%d C%d V%d ctx%d", c.NLayer, c.NHead, c.NEmbd, c.VocabSize, c.NPositions)
}

func benchGPT(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench gpt", flag.ContinueOnError)
	fixture := fs.String("fixture", filepath.Join("..", "shared", "fixtures", "gpt2-tiny"), "gpt2-tiny fixture directory (its weights are used when present; the shape is the same either way)")
	layers := fs.Int("layers", 6, "layers of the small GPT")
	heads := fs.Int("heads", 6, "heads of the small GPT")
	embd := fs.Int("embd", 384, "width of the small GPT")
	vocab := fs.Int("vocab", 65, "vocabulary of the small GPT (65: characters, as nanoGPT's shakespeare-char; 50257: GPT-2's)")
	seqLen := fs.Int("T", 256, "sequence length (and context) of the small GPT")
	batch := fs.Int("B", 4, "batch size of the small GPT")
	genTokens := fs.Int("gen", 128, "tokens to generate (from a one-token prompt) in the generation measurements")
	reps := fs.Int("reps", 3, "timed repetitions of each measurement (after one warm-up)")
	threads := fs.Int("threads", 0, "threads per operation (0: all cores)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *reps < 1 || *genTokens < 1 || *batch < 1 || *seqLen < 1 {
		return fmt.Errorf("--reps, --gen, --B and --T must be positive")
	}
	accel.SetThreads(*threads)
	r := gptReporter{json: jsonOut}
	if !jsonOut {
		info := accel.Available()
		fmt.Printf("gograd bench gpt: %s, %d threads, sgemm %s\n", info.CPU, accel.Threads(), info.GemmKernel)
	}

	tiny, note := gpt.Config{NLayer: 2, NHead: 4, NEmbd: 64, VocabSize: 512, NPositions: 32, LayerNormEpsilon: 1e-5}, "random weights"
	var tinyModel *gpt.Model
	if m, err := gpt.Load(*fixture); err == nil {
		tinyModel, tiny, note = m, m.Config, "fixture weights"
	} else if _, statErr := os.Stat(*fixture); statErr == nil {
		return err
	}
	small := gpt.Config{NLayer: *layers, NHead: *heads, NEmbd: *embd, VocabSize: *vocab, NPositions: *seqLen, LayerNormEpsilon: 1e-5}
	if err := small.Validate(); err != nil {
		return fmt.Errorf("small GPT: %w", err)
	}
	type subject struct {
		name  string
		cfg   gpt.Config
		model *gpt.Model
		B, T  int
		note  string
	}
	subjects := []subject{
		{"fixture", tiny, tinyModel, 2, 16, note + ", the fixture's batch"},
		{"small", small, nil, *batch, *seqLen, "random weights"},
	}
	for _, s := range subjects {
		m := s.model
		if m == nil {
			var err error
			if m, err = gpt.New(s.cfg, 1); err != nil {
				return err
			}
		}
		base := gptMeasure{Model: gptModelName(s.cfg), Params: m.NumParams(), Runs: *reps}
		// forward+backward on B×T tokens (the optimizer step is not counted)
		ids := make([]int, s.B*s.T)
		tg := make([]int, s.B*s.T)
		for i := range ids {
			ids[i] = (i * 7919) % s.cfg.VocabSize
			tg[i] = (i*7919 + 1) % s.cfg.VocabSize
		}
		med, lo, hi, err := gptRates(*reps, float64(s.B*s.T), func() error {
			if _, err := m.Loss(ids, tg, s.B, s.T); err != nil {
				return err
			}
			return m.Backward()
		})
		if err != nil {
			return err
		}
		fb := base
		fb.Name, fb.Value, fb.Unit, fb.Min, fb.Max, fb.B, fb.T = "train fwd+bwd "+s.name+" ("+base.Model+")", med, "tok/s", lo, hi, s.B, s.T
		fb.Note = fmt.Sprintf("B=%d T=%d, %.1f GFLOP/s (6·params·tokens), %s", s.B, s.T, med*6*float64(m.NumParams())/1e9, s.note)
		r.emit(fb)

		n := min(*genTokens, s.cfg.NPositions-1)
		var rates [2]float64
		for i, noCache := range []bool{false, true} {
			med, lo, hi, err := gptRates(*reps, float64(n), func() error {
				_, err := m.Generate([]int{0}, gpt.GenerateOptions{MaxNewTokens: n, NoCache: noCache}, nil)
				return err
			})
			if err != nil {
				return err
			}
			rates[i] = med
			g := base
			g.Name, g.Value, g.Unit, g.Min, g.Max, g.Tokens = "generate "+s.name+" KV cache", med, "tok/s", lo, hi, n
			if noCache {
				g.Name = "generate " + s.name + " no cache"
			}
			g.Note = fmt.Sprintf("%d tokens, greedy", n)
			r.emit(g)
		}
		ratio := base
		ratio.Runs = 0
		ratio.Name, ratio.Value, ratio.Unit, ratio.Tokens = "generate "+s.name+" KV cache speed-up", rates[0]/rates[1], "×", n
		ratio.Note = "cached / no-cache tokens/s"
		r.emit(ratio)
	}
	return nil
}
