package st

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/gograd/gograd/tensor"
)

// ErrNoCheckpoint is returned by Resume when the directory holds no
// usable checkpoint.
var ErrNoCheckpoint = errors.New("st: no usable checkpoint")

// Checkpoint is the state of a training run at one step: model parameters,
// optimizer state (e.g. AdamW moments from an optimizer's StateDict), the
// random number generator's state and free-form metadata.
type Checkpoint struct {
	Step     int64
	Params   map[string]*tensor.Tensor
	Optim    map[string]*tensor.Tensor
	RNG      []byte            // tensor.RNGState() when nil at Save
	Metadata map[string]string // the user's own; stored with a "user." prefix

	// Path is the file the checkpoint was saved to or resumed from.
	Path string
	// Skipped lists, after Resume, the newer checkpoints that were found
	// damaged (truncated, corrupted) and passed over.
	Skipped []error
}

// RestoreRNG sets the tensor package's random number generator to the
// state saved in the checkpoint, so a resumed run draws the same numbers.
func (ck *Checkpoint) RestoreRNG() error {
	if err := tensor.SetRNGState(ck.RNG); err != nil {
		return fmt.Errorf("st: checkpoint %s: restoring the RNG: %w", ck.Path, err)
	}
	return nil
}

// Checkpointer saves a training run's state every Every steps into Dir as
// one safetensors file per step, keeps the Keep newest, and resumes from the
// newest one that is complete and intact. Each file carries a CRC-32C of its
// data, and is written atomically (temporary file, fsync, rename), so a run
// killed mid-save never replaces a good checkpoint; a damaged file is
// reported and the previous checkpoint used. One process writes a Dir.
type Checkpointer struct {
	Dir    string
	Every  int       // MaybeSave saves when step%Every == 0 (0: never)
	Keep   int       // how many checkpoints to keep (0: all)
	Prefix string    // file name prefix; "ckpt" when empty
	Warn   io.Writer // where Resume reports damaged checkpoints; os.Stderr when nil

	damaged map[string]bool // files Resume passed over: not counted by Keep
}

// NewCheckpointer returns a Checkpointer for dir, creating it if needed.
func NewCheckpointer(dir string, every, keep int) (*Checkpointer, error) {
	if every < 0 || keep < 0 {
		return nil, fmt.Errorf("st: checkpointer: every (%d) and keep (%d) must not be negative", every, keep)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("st: checkpointer: %w", err)
	}
	return &Checkpointer{Dir: dir, Every: every, Keep: keep}, nil
}

const (
	ckptFormatKey = "gograd.format"
	ckptFormat    = "checkpoint/1"
	ckptStepKey   = "gograd.step"
	ckptUserPfx   = "user."
	ckptParamPfx  = "param/"
	ckptOptimPfx  = "optim/"
	ckptRNGName   = "rng"
)

func (c *Checkpointer) prefix() string {
	if c.Prefix == "" {
		return "ckpt"
	}
	return c.Prefix
}

// PathFor is the file the checkpoint of step is saved to.
func (c *Checkpointer) PathFor(step int64) string {
	return filepath.Join(c.Dir, fmt.Sprintf("%s-%012d.safetensors", c.prefix(), step))
}

// MaybeSave saves the checkpoint state returns when step is a multiple of
// Every; state is only called then.
func (c *Checkpointer) MaybeSave(step int64, state func() *Checkpoint) (bool, error) {
	if c.Every <= 0 || step%int64(c.Every) != 0 {
		return false, nil
	}
	ck := state()
	if ck == nil {
		return false, fmt.Errorf("st: checkpoint state for step %d is nil", step)
	}
	ck.Step = step
	_, err := c.Save(ck)
	return err == nil, err
}

// Save writes ck (atomically, with a checksum) and then removes the
// checkpoints beyond the Keep newest and any temporary file left by a killed
// save. It returns the checkpoint's path.
func (c *Checkpointer) Save(ck *Checkpoint) (string, error) {
	if ck.Step < 0 {
		return "", fmt.Errorf("st: checkpoint step %d is negative", ck.Step)
	}
	meta := map[string]string{ckptFormatKey: ckptFormat, ckptStepKey: strconv.FormatInt(ck.Step, 10)}
	for k, v := range ck.Metadata {
		meta[ckptUserPfx+k] = v
	}
	var items []item
	add := func(prefix string, m map[string]*tensor.Tensor) error {
		for name, t := range m {
			if t == nil {
				return fmt.Errorf("tensor %q is nil", prefix+name)
			}
			data, shape, err := tensorData(t)
			if err != nil {
				return fmt.Errorf("tensor %q: %w", prefix+name, err)
			}
			items = append(items, item{info: TensorInfo{Name: prefix + name, DType: F32, Shape: shape}, f32: data})
		}
		return nil
	}
	if err := add(ckptParamPfx, ck.Params); err != nil {
		return "", fmt.Errorf("st: checkpoint: %w", err)
	}
	if err := add(ckptOptimPfx, ck.Optim); err != nil {
		return "", fmt.Errorf("st: checkpoint: %w", err)
	}
	rng := ck.RNG
	if rng == nil {
		rng = tensor.RNGState()
	}
	items = append(items, item{info: TensorInfo{Name: ckptRNGName, DType: U8, Shape: []int{len(rng)}}, raw: append([]byte{}, rng...)})
	path := c.PathFor(ck.Step)
	delete(c.damaged, path) // about to be replaced by a good one
	if err := saveItems(path, items, meta, saveConfig{dtype: F32, checksum: true}); err != nil {
		return "", err
	}
	ck.Path = path
	return path, c.prune()
}

// checkpointFiles lists the complete checkpoint files by step, newest first.
func (c *Checkpointer) checkpointFiles() ([]string, []int64, error) {
	ents, err := os.ReadDir(c.Dir)
	if err != nil {
		return nil, nil, fmt.Errorf("st: checkpointer: %w", err)
	}
	type fs struct {
		name string
		step int64
	}
	var found []fs
	pfx := c.prefix() + "-"
	for _, e := range ents {
		n := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(n, pfx) || !strings.HasSuffix(n, ".safetensors") {
			continue
		}
		step, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimPrefix(n, pfx), ".safetensors"), 10, 64)
		if err != nil || step < 0 {
			continue
		}
		found = append(found, fs{n, step})
	}
	sort.Slice(found, func(i, j int) bool { return found[i].step > found[j].step })
	paths := make([]string, len(found))
	steps := make([]int64, len(found))
	for i, f := range found {
		paths[i], steps[i] = filepath.Join(c.Dir, f.name), f.step
	}
	return paths, steps, nil
}

// List returns the checkpoint files, newest first (without verifying them).
func (c *Checkpointer) List() ([]string, error) {
	p, _, err := c.checkpointFiles()
	return p, err
}

func (c *Checkpointer) prune() error {
	paths, _, err := c.checkpointFiles()
	if err != nil {
		return err
	}
	if c.Keep > 0 {
		kept := 0
		for _, p := range paths {
			if c.damaged[p] {
				continue // left for inspection; it must not push out a good one
			}
			if kept++; kept <= c.Keep {
				continue
			}
			if err := os.Remove(p); err != nil && !os.IsNotExist(err) {
				return fmt.Errorf("st: checkpointer: %w", err)
			}
		}
	}
	// Temporary files of saves that never finished (the process was killed).
	stale, _ := filepath.Glob(filepath.Join(c.Dir, "."+c.prefix()+"-*.safetensors.tmp-*"))
	for _, p := range stale {
		os.Remove(p)
	}
	return nil
}

// Resume loads the newest checkpoint that is complete and intact. Damaged
// newer ones (truncated, corrupted, not checkpoints) are reported on Warn,
// listed in the result's Skipped, and passed over. With no usable checkpoint
// it returns an error wrapping ErrNoCheckpoint (and the damage found).
func (c *Checkpointer) Resume() (*Checkpoint, error) {
	paths, steps, err := c.checkpointFiles()
	if err != nil {
		return nil, err
	}
	warn := c.Warn
	if warn == nil {
		warn = os.Stderr
	}
	var skipped []error
	for i, p := range paths {
		ck, err := loadCheckpoint(p, steps[i])
		if err != nil {
			err = fmt.Errorf("st: checkpoint %s is damaged, skipping it: %w", p, err)
			if c.damaged == nil {
				c.damaged = map[string]bool{}
			}
			c.damaged[p] = true
			fmt.Fprintln(warn, err)
			skipped = append(skipped, err)
			continue
		}
		ck.Skipped = skipped
		return ck, nil
	}
	if len(skipped) == 0 {
		return nil, fmt.Errorf("%w in %s", ErrNoCheckpoint, c.Dir)
	}
	return nil, fmt.Errorf("%w in %s: %w", ErrNoCheckpoint, c.Dir, errors.Join(skipped...))
}

// LoadCheckpoint reads and verifies one checkpoint file written by a
// Checkpointer.
func LoadCheckpoint(path string) (*Checkpoint, error) { return loadCheckpoint(path, -1) }

func loadCheckpoint(path string, wantStep int64) (*Checkpoint, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	md := f.Metadata()
	if md[ckptFormatKey] != ckptFormat {
		return nil, fmt.Errorf("not a gograd checkpoint (metadata %s is %q)", ckptFormatKey, md[ckptFormatKey])
	}
	if err := f.Verify(); err != nil {
		return nil, err
	}
	step, err := strconv.ParseInt(md[ckptStepKey], 10, 64)
	if err != nil || (wantStep >= 0 && step != wantStep) {
		return nil, fmt.Errorf("metadata %s is %q, the file name says %d", ckptStepKey, md[ckptStepKey], wantStep)
	}
	ck := &Checkpoint{Step: step, Params: map[string]*tensor.Tensor{}, Optim: map[string]*tensor.Tensor{}, Metadata: map[string]string{}, Path: path}
	for k, v := range md {
		if strings.HasPrefix(k, ckptUserPfx) {
			ck.Metadata[strings.TrimPrefix(k, ckptUserPfx)] = v
		}
	}
	haveRNG := false
	for _, name := range f.Names() {
		switch {
		case name == ckptRNGName:
			r, err := f.Raw(name)
			if err != nil {
				return nil, err
			}
			ck.RNG = append([]byte{}, r.Data...)
			haveRNG = true
		case strings.HasPrefix(name, ckptParamPfx), strings.HasPrefix(name, ckptOptimPfx):
			t, err := f.TensorCopy(name)
			if err != nil {
				return nil, err
			}
			if k, ok := strings.CutPrefix(name, ckptParamPfx); ok {
				ck.Params[k] = t
			} else {
				ck.Optim[strings.TrimPrefix(name, ckptOptimPfx)] = t
			}
		default:
			return nil, fmt.Errorf("unexpected tensor %q in a checkpoint", name)
		}
	}
	if !haveRNG {
		return nil, fmt.Errorf("the checkpoint has no %q tensor", ckptRNGName)
	}
	return ck, nil
}
