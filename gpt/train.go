package gpt

import (
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"time"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor/nn"
)

// Batcher cuts random training windows out of a token stream: each batch
// is B windows of T+1 consecutive tokens at uniformly random offsets,
// split into inputs and next-token targets. The same seed gives the same
// batches.
type Batcher struct {
	Data []int
	B, T int
	pcg  *rand.PCG
	rng  *rand.Rand
}

// NewBatcher returns a Batcher over data; data must hold at least T+1
// tokens.
func NewBatcher(data []int, B, T int, seed uint64) (*Batcher, error) {
	if B <= 0 || T <= 0 {
		return nil, fmt.Errorf("gpt: NewBatcher: batch %d × sequence %d, both must be positive", B, T)
	}
	if len(data) < T+1 {
		return nil, fmt.Errorf("gpt: NewBatcher: %d tokens of data, need at least T+1 = %d", len(data), T+1)
	}
	pcg := rand.NewPCG(seed, 0xba7c4)
	return &Batcher{Data: data, B: B, T: T, pcg: pcg, rng: rand.New(pcg)}, nil
}

// State returns the position of the batch sequence, for checkpoints.
func (b *Batcher) State() string {
	s, _ := b.pcg.MarshalBinary()
	return hex.EncodeToString(s)
}

// SetState restores a position returned by State.
func (b *Batcher) SetState(state string) error {
	s, err := hex.DecodeString(state)
	if err == nil {
		err = b.pcg.UnmarshalBinary(s)
	}
	if err != nil {
		return fmt.Errorf("gpt: Batcher.SetState: %w", err)
	}
	return nil
}

// Next returns the next batch: inputs and targets, each B·T ids laid out
// (B, T), with targets[b·T+t] = the token after inputs[b·T+t].
func (b *Batcher) Next() (inputs, targets []int) {
	inputs = make([]int, b.B*b.T)
	targets = make([]int, b.B*b.T)
	span := len(b.Data) - b.T // valid offsets: 0 … span-1
	for i := 0; i < b.B; i++ {
		s := b.rng.IntN(span)
		copy(inputs[i*b.T:(i+1)*b.T], b.Data[s:s+b.T])
		copy(targets[i*b.T:(i+1)*b.T], b.Data[s+1:s+b.T+1])
	}
	return inputs, targets
}

// StepInfo is what Train reports after each optimizer step.
type StepInfo struct {
	Step         int     // 1-based step number
	Steps        int     // total steps of this run
	Loss         float32 // training loss of this step's batch (mean over GradAccum batches), before the update
	LR           float32 // learning rate used for this step
	GradNorm     float32 // global gradient norm before clipping
	TokensPerSec float64 // B·T / this step's duration
	Elapsed      time.Duration
	// ValLoss is the loss on TrainOptions.EvalData after this step's
	// update, or NaN on steps without an evaluation.
	ValLoss float32
}

// String is a one-line progress report.
func (s StepInfo) String() string {
	line := fmt.Sprintf("step %d/%d  loss %.4f  lr %.3g  grad norm %.3g  %.0f tok/s",
		s.Step, s.Steps, s.Loss, s.LR, s.GradNorm, s.TokensPerSec)
	if !math.IsNaN(float64(s.ValLoss)) {
		line += fmt.Sprintf("  val loss %.4f", s.ValLoss)
	}
	return line
}

// TrainOptions configure Train. Unset fields take the defaults noted.
type TrainOptions struct {
	Steps     int // optimizer steps (required)
	BatchSize int // B (default 4)
	SeqLen    int // T (default n_positions, capped by the data)
	// LR is the peak learning rate (default 3e-4). With Warmup or MinLR
	// set, it follows nn.CosineSchedule over Steps; otherwise it is
	// constant. Schedule, when set, overrides all three.
	// With Optimizer set and LR 0, the optimizer's own rate is used.
	LR       float32
	MinLR    float32
	Warmup   int
	Schedule func(step int) float32 // step counts from 0
	// WeightDecay applies to matrices and embeddings only (nn.DecayGroups);
	// GPT-2 training used 0.1.
	WeightDecay  float32
	Beta1, Beta2 float32 // default 0.9, 0.95
	Eps          float32 // default 1e-8
	GradClip     float32 // max global gradient norm; 0 means no clipping
	// GradAccum, when > 1, averages the gradients of that many batches
	// before each optimizer step (an effective batch of GradAccum·B
	// sequences at the memory cost of B).
	GradAccum int
	Seed      uint64 // batch sampling seed
	// Optimizer replaces the AdamW that Train builds (e.g. to keep its
	// state across calls); it must hold this model's Parameters().
	Optimizer nn.Optimizer
	// Callback, when set, is called after every step; returning false
	// stops training.
	Callback func(StepInfo) bool
	// EvalData, when set, is held-out token ids: every EvalEvery steps
	// (default 100, and after the last step) the mean loss of EvalBatches
	// (default 4) fixed batches of it is reported as StepInfo.ValLoss.
	EvalData    []int
	EvalEvery   int
	EvalBatches int
	// Checkpointer, when set, makes the run resumable: Train first resumes
	// from its newest intact checkpoint (parameters, optimizer moments,
	// step and batch position) and continues up to Steps, and saves every
	// Checkpointer.Every steps (and after the last one).
	Checkpointer *st.Checkpointer
}

// batcherKey is the checkpoint metadata entry holding the batch position.
const batcherKey = "gpt.batcher"

// TrainResult summarises a Train run.
type TrainResult struct {
	Losses       []float32 // loss of each step
	ValLosses    []float32 // validation losses, when EvalData was given
	ValSteps     []int     // the steps they were measured after
	TokensPerSec float64   // over the whole run
	Elapsed      time.Duration
	Optimizer    nn.Optimizer // the optimizer used, to continue training
}

// Train runs opts.Steps steps of AdamW on random windows of data (token
// ids), reporting each step to opts.Callback.
func (m *Model) Train(data []int, opts TrainOptions) (*TrainResult, error) {
	if opts.Steps <= 0 {
		return nil, fmt.Errorf("gpt: Train: Steps is %d, want > 0", opts.Steps)
	}
	if opts.BatchSize == 0 {
		opts.BatchSize = 4
	}
	if len(data) < 2 {
		return nil, fmt.Errorf("gpt: Train: %d tokens of data, need at least 2", len(data))
	}
	if opts.SeqLen == 0 {
		opts.SeqLen = min(m.Config.NPositions, len(data)-1)
	}
	if opts.SeqLen > m.Config.NPositions {
		return nil, fmt.Errorf("gpt: Train: SeqLen %d is longer than the model's context n_positions = %d", opts.SeqLen, m.Config.NPositions)
	}
	if err := m.checkIDs("Train: data", data); err != nil {
		return nil, err
	}
	batches, err := NewBatcher(data, opts.BatchSize, opts.SeqLen, opts.Seed)
	if err != nil {
		return nil, err
	}
	if opts.LR == 0 {
		opts.LR = 3e-4
		if opts.Optimizer != nil {
			opts.LR = opts.Optimizer.LR() // the caller's optimizer keeps its rate
		}
	}
	if opts.LR < 0 || math.IsNaN(float64(opts.LR)) {
		return nil, fmt.Errorf("gpt: Train: LR is %v", opts.LR)
	}
	schedule := opts.Schedule
	if schedule == nil {
		if opts.Warmup > 0 || opts.MinLR > 0 {
			cs := nn.CosineSchedule{MaxLR: opts.LR, MinLR: opts.MinLR, Warmup: opts.Warmup, Total: opts.Steps}
			schedule = cs.At
		} else {
			lr := opts.LR
			schedule = func(int) float32 { return lr }
		}
	}
	opt := opts.Optimizer
	if opt == nil {
		a := nn.NewAdamWGroups(opts.LR, nn.DecayGroups(m.Parameters(), opts.WeightDecay)...)
		a.Beta1, a.Beta2, a.Eps = 0.9, 0.95, 1e-8
		if opts.Beta1 != 0 {
			a.Beta1 = opts.Beta1
		}
		if opts.Beta2 != 0 {
			a.Beta2 = opts.Beta2
		}
		if opts.Eps != 0 {
			a.Eps = opts.Eps
		}
		opt = a
	}
	clip := opts.GradClip
	if clip <= 0 {
		clip = float32(math.Inf(1))
	}
	if opts.EvalData != nil {
		if opts.EvalEvery <= 0 {
			opts.EvalEvery = 100
		}
		if opts.EvalBatches <= 0 {
			opts.EvalBatches = 4
		}
		if err := m.checkIDs("Train: EvalData", opts.EvalData); err != nil {
			return nil, err
		}
		if len(opts.EvalData) < opts.SeqLen+1 {
			return nil, fmt.Errorf("gpt: Train: %d tokens of EvalData, need at least SeqLen+1 = %d", len(opts.EvalData), opts.SeqLen+1)
		}
	}
	accum := max(1, opts.GradAccum)
	res := &TrainResult{Optimizer: opt}
	first := 0
	if ck := opts.Checkpointer; ck != nil {
		saved, err := ck.Resume()
		switch {
		case errors.Is(err, st.ErrNoCheckpoint):
		case err != nil:
			return nil, fmt.Errorf("gpt: Train: resuming: %w", err)
		default:
			if err := m.LoadStateDict(saved.Params); err != nil {
				return nil, fmt.Errorf("gpt: Train: resuming from %s: %w", saved.Path, err)
			}
			if err := opt.LoadStateDict(saved.Optim); err != nil {
				return nil, fmt.Errorf("gpt: Train: resuming from %s: %w", saved.Path, err)
			}
			if err := batches.SetState(saved.Metadata[batcherKey]); err != nil {
				return nil, fmt.Errorf("gpt: Train: resuming from %s: %w", saved.Path, err)
			}
			first = int(saved.Step)
		}
	}
	start := time.Now()
	params := m.Parameters()
	for step := first; step < opts.Steps; step++ {
		t0 := time.Now()
		m.ZeroGrad()
		var loss float32
		for micro := 0; micro < accum; micro++ {
			x, y := batches.Next()
			l, err := m.Loss(x, y, opts.BatchSize, opts.SeqLen)
			if err != nil {
				return res, err
			}
			if math.IsNaN(float64(l)) || math.IsInf(float64(l), 0) {
				return res, fmt.Errorf("gpt: Train: loss is %v at step %d (learning rate too high?)", l, step+1)
			}
			if err := m.Backward(); err != nil {
				return res, err
			}
			loss += l / float32(accum)
		}
		if accum > 1 {
			accel.Scale(m.gradMem, m.gradMem, 1/float32(accum))
		}
		norm := nn.ClipGradNorm(params, clip)
		lr := schedule(step)
		opt.SetLR(lr)
		opt.Step()
		res.Losses = append(res.Losses, loss)
		if ck := opts.Checkpointer; ck != nil {
			state := func() *st.Checkpoint {
				return &st.Checkpoint{Step: int64(step + 1), Params: m.StateDict(), Optim: opt.StateDict(),
					Metadata: map[string]string{batcherKey: batches.State()}}
			}
			saved, err := ck.MaybeSave(int64(step+1), state)
			if err == nil && !saved && step+1 == opts.Steps {
				_, err = ck.Save(state())
			}
			if err != nil {
				return res, fmt.Errorf("gpt: Train: checkpoint at step %d: %w", step+1, err)
			}
		}
		dt := time.Since(t0)
		info := StepInfo{Step: step + 1, Steps: opts.Steps, Loss: loss, LR: lr, GradNorm: norm,
			TokensPerSec: float64(accum*opts.BatchSize*opts.SeqLen) / dt.Seconds(), Elapsed: time.Since(start),
			ValLoss: float32(math.NaN())}
		if opts.EvalData != nil && ((step+1)%opts.EvalEvery == 0 || step+1 == opts.Steps) {
			vl, err := m.EvalLoss(opts.EvalData, opts.BatchSize, opts.SeqLen, opts.EvalBatches, 0)
			if err != nil {
				return res, err
			}
			info.ValLoss = vl
			res.ValLosses = append(res.ValLosses, vl)
			res.ValSteps = append(res.ValSteps, step+1)
		}
		if opts.Callback != nil && !opts.Callback(info) {
			break
		}
	}
	res.Elapsed = time.Since(start)
	res.TokensPerSec = float64(len(res.Losses)*accum*opts.BatchSize*opts.SeqLen) / res.Elapsed.Seconds()
	return res, nil
}

// EvalLoss returns the mean loss over n random batches of data (B windows
// of T tokens each, from seed), without touching gradients.
func (m *Model) EvalLoss(data []int, B, T, n int, seed uint64) (float32, error) {
	if n <= 0 {
		return 0, errors.New("gpt: EvalLoss: need at least one batch")
	}
	bt, err := NewBatcher(data, B, T, seed)
	if err != nil {
		return 0, err
	}
	var sum float64
	for i := 0; i < n; i++ {
		x, y := bt.Next()
		l, err := m.Loss(x, y, B, T)
		if err != nil {
			return 0, err
		}
		sum += float64(l)
	}
	return float32(sum / float64(n)), nil
}

func (m *Model) checkIDs(what string, ids []int) error {
	for i, id := range ids {
		if id < 0 || id >= m.Config.VocabSize {
			return fmt.Errorf("gpt: %s: token id %d at position %d is outside the vocabulary [0, %d)", what, id, i, m.Config.VocabSize)
		}
	}
	return nil
}
