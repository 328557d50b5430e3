package gpt

import (
	"errors"
	"fmt"
	"iter"
	"math"
	"math/rand/v2"
	"slices"

	"github.com/gograd/gograd/accel"
)

// GenerateOptions control Generate. The zero value (apart from
// MaxNewTokens) is greedy decoding with the KV cache.
type GenerateOptions struct {
	// MaxNewTokens is how many tokens to generate after the prompt.
	MaxNewTokens int
	// Temperature divides the logits before sampling; 0 means greedy
	// (always the most likely token, ties to the lowest id).
	Temperature float32
	// TopK, when > 0, samples only among the K most likely tokens.
	TopK int
	// TopP, when in (0, 1), samples only among the most likely tokens
	// whose probabilities sum to at least TopP (nucleus sampling).
	TopP float32
	// Seed makes sampling reproducible: the same seed, prompt and options
	// give the same tokens.
	Seed uint64
	// Stop ends generation after any of these tokens is produced (e.g. the
	// end-of-text id); the stop token is included in the result.
	Stop []int
	// NoCache recomputes the whole context for every token instead of
	// using the KV cache: the slow reference path, for tests.
	NoCache bool
}

// Generate continues prompt by up to opt.MaxNewTokens tokens and returns
// the prompt followed by the generated tokens. Each new token is passed to
// yield as soon as it is chosen (nil yield is allowed), so text can stream;
// yield returning false stops generation early.
//
// The prompt may hold at most n_positions tokens. When the context grows
// past n_positions, the model sees the last n_positions tokens (a sliding
// window, as nanoGPT crops), and the cached path recomputes its cache for
// the shifted window, so both paths give the same tokens.
//
// Generation reuses the model's buffers: the activations of the last
// Forward or Loss are overwritten when NoCache is set.
func (m *Model) Generate(prompt []int, opt GenerateOptions, yield func(token int) bool) ([]int, error) {
	c := m.Config
	switch {
	case len(prompt) == 0:
		return nil, errors.New("gpt: Generate: empty prompt (start with a token such as end-of-text)")
	case len(prompt) > c.NPositions:
		return nil, fmt.Errorf("gpt: Generate: prompt of %d tokens is longer than the model's context n_positions = %d", len(prompt), c.NPositions)
	case opt.MaxNewTokens < 0:
		return nil, fmt.Errorf("gpt: Generate: MaxNewTokens is %d, want ≥ 0", opt.MaxNewTokens)
	case opt.Temperature < 0 || math.IsNaN(float64(opt.Temperature)):
		return nil, fmt.Errorf("gpt: Generate: Temperature is %v, want ≥ 0", opt.Temperature)
	case opt.TopK < 0:
		return nil, fmt.Errorf("gpt: Generate: TopK is %d, want ≥ 0", opt.TopK)
	case opt.TopP < 0 || opt.TopP > 1 || math.IsNaN(float64(opt.TopP)):
		return nil, fmt.Errorf("gpt: Generate: TopP is %v, want in [0, 1]", opt.TopP)
	}
	if err := m.checkInput("Generate", prompt, 1, len(prompt), nil); err != nil {
		return nil, err
	}
	tokens := append([]int(nil), prompt...)
	s := newSampler(opt, c.VocabSize)
	var cache *kvCache
	if !opt.NoCache {
		cache = m.newKVCache()
	}
	for i := 0; i < opt.MaxNewTokens; i++ {
		var logits []float32
		if opt.NoCache {
			window := tokens[max(0, len(tokens)-c.NPositions):]
			if _, err := m.Forward(window, 1, len(window)); err != nil {
				return tokens, err
			}
			V := c.VocabSize
			logits = m.act.logits[(len(window)-1)*V : len(window)*V]
		} else {
			logits = cache.next(tokens)
		}
		tok := s.pick(logits)
		tokens = append(tokens, tok)
		if yield != nil && !yield(tok) {
			break
		}
		if slices.Contains(opt.Stop, tok) {
			break
		}
	}
	return tokens, nil
}

// Tokens is Generate as an iterator of the new tokens, for a range loop:
//
//	for tok, err := range m.Tokens(prompt, opt) {
//		if err != nil { … }
//		fmt.Print(tok, " ")
//	}
//
// An error (bad prompt or options) is yielded once, with token −1.
// Breaking out of the loop stops generation.
func (m *Model) Tokens(prompt []int, opt GenerateOptions) iter.Seq2[int, error] {
	return func(yield func(int, error) bool) {
		stopped := false
		_, err := m.Generate(prompt, opt, func(tok int) bool {
			stopped = !yield(tok, nil)
			return !stopped
		})
		if err != nil && !stopped {
			yield(-1, err)
		}
	}
}

// NextLogits returns the logits (vocab_size) for the token that follows
// context, computed without a cache over its last n_positions tokens.
func (m *Model) NextLogits(context []int) ([]float32, error) {
	if len(context) == 0 {
		return nil, errors.New("gpt: NextLogits: empty context")
	}
	window := context[max(0, len(context)-m.Config.NPositions):]
	lg, err := m.Forward(window, 1, len(window))
	if err != nil {
		return nil, err
	}
	V := m.Config.VocabSize
	return lg.Data()[(len(window)-1)*V:], nil
}

// sampler turns logits into a token: argmax, or a draw after temperature,
// top-k and top-p.
type sampler struct {
	opt   GenerateOptions
	rng   *rand.Rand
	probs []float64
	idx   []int
}

func newSampler(opt GenerateOptions, V int) *sampler {
	return &sampler{opt: opt, rng: rand.New(rand.NewPCG(opt.Seed, 0x5eed)), probs: make([]float64, V), idx: make([]int, V)}
}

func argmax(x []float32) int {
	best := 0
	for i, v := range x {
		if v > x[best] {
			best = i
		}
	}
	return best
}

func (s *sampler) pick(logits []float32) int {
	if s.opt.Temperature == 0 {
		return argmax(logits)
	}
	V := len(logits)
	mx := float64(logits[argmax(logits)])
	t := float64(s.opt.Temperature)
	for i, l := range logits {
		s.probs[i] = math.Exp((float64(l) - mx) / t)
		s.idx[i] = i
	}
	cand := s.idx[:V]
	if s.opt.TopK > 0 && s.opt.TopK < V || s.opt.TopP > 0 && s.opt.TopP < 1 {
		// Most likely first; ties keep the lower id first.
		slices.SortStableFunc(cand, func(a, b int) int {
			switch {
			case s.probs[a] > s.probs[b]:
				return -1
			case s.probs[a] < s.probs[b]:
				return 1
			}
			return 0
		})
		if s.opt.TopK > 0 && s.opt.TopK < len(cand) {
			cand = cand[:s.opt.TopK]
		}
		if p := float64(s.opt.TopP); p > 0 && p < 1 {
			var total float64
			for _, i := range cand {
				total += s.probs[i]
			}
			var cum float64
			for k, i := range cand {
				cum += s.probs[i] / total
				if cum >= p {
					cand = cand[:k+1]
					break
				}
			}
		}
	}
	var total float64
	for _, i := range cand {
		total += s.probs[i]
	}
	r := s.rng.Float64() * total
	for _, i := range cand {
		r -= s.probs[i]
		if r < 0 {
			return i
		}
	}
	return cand[len(cand)-1]
}

// kvCache holds the keys and values of every position seen so far, per
// layer, for one sequence, so each new token costs one row of every matmul
// instead of the whole context.
type kvCache struct {
	m    *Model
	w    weights
	k, v [][]float32 // per layer (NH, maxT, hs)
	n    int         // positions cached
	// scratch for up to maxT rows
	x, ln, qkv, att, fch []float32
	pq, pk, pv, py       []float32 // prefill heads (NH, Tn, hs)
	scores               []float32
	logits               []float32
	ids                  []int32
}

func (m *Model) newKVCache() *kvCache {
	c := m.Config
	C, F, T := c.NEmbd, c.Inner(), c.NPositions
	kc := &kvCache{m: m, w: viewWeights(c, m.paramMem),
		x: make([]float32, T*C), ln: make([]float32, T*C), qkv: make([]float32, T*3*C),
		att: make([]float32, T*C), fch: make([]float32, T*F), scores: make([]float32, T),
		pq: make([]float32, T*C), pk: make([]float32, T*C), pv: make([]float32, T*C), py: make([]float32, T*C),
		logits: make([]float32, c.VocabSize), ids: make([]int32, T)}
	for l := 0; l < c.NLayer; l++ {
		kc.k = append(kc.k, make([]float32, T*C))
		kc.v = append(kc.v, make([]float32, T*C))
	}
	return kc
}

// next returns the logits for the token after tokens, feeding the cache
// only the tokens it has not seen (all of them after a reset).
func (kc *kvCache) next(tokens []int) []float32 {
	maxT := kc.m.Config.NPositions
	if len(tokens) > maxT {
		// Sliding window: positions shift, so the cache is rebuilt.
		kc.n = 0
		tokens = tokens[len(tokens)-maxT:]
	} else if kc.n > len(tokens) {
		kc.n = 0
	}
	kc.forward(tokens[kc.n:])
	return kc.logits
}

// forward runs the Tn new tokens at positions n … n+Tn−1, appending their
// keys and values, and leaves the logits of the last one in kc.logits.
func (kc *kvCache) forward(toks []int) {
	c := kc.m.Config
	C, F, NH, V := c.NEmbd, c.Inner(), c.NHead, c.VocabSize
	hs := C / NH
	Tn, p0 := len(toks), kc.n
	eps := c.Eps()
	w := kc.w
	x, ln, qkv, att, fch := kc.x[:Tn*C], kc.ln[:Tn*C], kc.qkv[:Tn*3*C], kc.att[:Tn*C], kc.fch[:Tn*F]
	for i, id := range toks {
		accel.Add(x[i*C:(i+1)*C], w.wte[id*C:(id+1)*C], w.wpe[(p0+i)*C:(p0+i+1)*C])
	}
	maxT := c.NPositions
	for l := 0; l < c.NLayer; l++ {
		lw := &w.layers[l]
		kl, vl := kc.k[l], kc.v[l]
		layerNormForward(ln, nil, nil, x, lw.ln1w, lw.ln1b, Tn, C, eps)
		matmulForward(qkv, ln, lw.attnw, lw.attnb, Tn, C, 3*C)
		for i := 0; i < Tn; i++ {
			row := qkv[i*3*C:]
			for h := 0; h < NH; h++ {
				o := (h*maxT + p0 + i) * hs
				copy(kl[o:o+hs], row[C+h*hs:C+h*hs+hs])
				copy(vl[o:o+hs], row[2*C+h*hs:2*C+h*hs+hs])
			}
		}
		if p0 == 0 && Tn > 1 {
			// Prefill of a fresh cache: the fused attention kernel.
			q, k, v, y := kc.pq[:Tn*C], kc.pk[:Tn*C], kc.pv[:Tn*C], kc.py[:Tn*C]
			splitHeads(q, k, v, qkv, 1, Tn, NH, hs)
			attentionForward(y, nil, q, k, v, 1, NH, Tn, hs)
			mergeHeads(att, y, 1, Tn, NH, hs, false)
		} else {
			kc.attendCached(att, qkv, l, p0, Tn)
		}
		residualMatmul(x, x, att, lw.projw, lw.projb, Tn, C, C)
		layerNormForward(ln, nil, nil, x, lw.ln2w, lw.ln2b, Tn, C, eps)
		matmulForward(fch, ln, lw.fcw, lw.fcb, Tn, C, F)
		kc.m.geluForward(fch, fch)
		residualMatmul(x, x, fch, lw.fcprojw, lw.fcprojb, Tn, F, C)
	}
	last := x[(Tn-1)*C : Tn*C]
	layerNormForward(ln[:C], nil, nil, last, w.lnfw, w.lnfb, 1, C, eps)
	accel.Sgemm(false, true, 1, V, C, 1, ln[:C], C, w.wte, C, 0, kc.logits, V)
	kc.n = p0 + Tn
}

// attendCached computes att (Tn,C): causal attention of the Tn new queries
// in qkv (Tn,3C), at positions p0 …, over the cached keys and values of
// layer l (which already include the new ones).
func (kc *kvCache) attendCached(att, qkv []float32, l, p0, Tn int) {
	c := kc.m.Config
	C, NH, maxT := c.NEmbd, c.NHead, c.NPositions
	hs := C / NH
	kl, vl := kc.k[l], kc.v[l]
	scale := float32(1 / math.Sqrt(float64(hs)))
	// Causal attention of each new query over positions 0 … its own.
	for i := 0; i < Tn; i++ {
		p := p0 + i
		for h := 0; h < NH; h++ {
			q := qkv[i*3*C+h*hs : i*3*C+h*hs+hs]
			s := kc.scores[:p+1]
			kh := kl[h*maxT*hs:]
			for j := range s {
				s[j] = accel.Dot(q, kh[j*hs:(j+1)*hs]) * scale
			}
			mx := accel.Max(s)
			var sum float32
			for j, v := range s {
				e := float32(math.Exp(float64(v - mx)))
				s[j] = e
				sum += e
			}
			out := att[i*C+h*hs : i*C+h*hs+hs]
			clear(out)
			vh := vl[h*maxT*hs:]
			inv := 1 / sum
			for j, e := range s {
				accel.Axpy(e*inv, vh[j*hs:(j+1)*hs], out)
			}
		}
	}
}
