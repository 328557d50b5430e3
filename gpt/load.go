package gpt

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor"
)

// Load reads a Hugging Face GPT-2 checkpoint directory: config.json and
// model.safetensors (or a sharded model.safetensors.index.json). dir may
// also name the .safetensors file (or index) itself, with config.json
// beside it.
func Load(dir string) (*Model, error) {
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		cfg, err := LoadConfig(filepath.Join(filepath.Dir(dir), "config.json"))
		if err != nil {
			return nil, err
		}
		return LoadFile(dir, cfg)
	}
	cfg, err := LoadConfig(filepath.Join(dir, "config.json"))
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "model.safetensors")
	if _, err := os.Stat(path); err != nil {
		idx := filepath.Join(dir, "model"+st.IndexSuffix)
		if _, err2 := os.Stat(idx); err2 != nil {
			return nil, fmt.Errorf("gpt: %s has neither model.safetensors nor model%s", dir, st.IndexSuffix)
		}
		path = idx
	}
	return LoadFile(path, cfg)
}

// ignoredTensor matches the buffers that official GPT-2 files carry but
// that are not parameters: the causal mask h.{i}.attn.bias and
// h.{i}.attn.masked_bias.
var ignoredTensor = regexp.MustCompile(`^h\.\d+\.attn\.(bias|masked_bias)$`)

// LoadFile reads the weights of a model with configuration cfg from a
// safetensors file (or sharded index). Names follow Hugging Face's
// GPT2Model (wte.weight, h.{i}.attn.c_attn.weight, …), optionally prefixed
// with "transformer."; the attention mask buffers and a tied lm_head.weight
// are accepted and ignored. F16 and BF16 weights are converted to float32.
// A missing or mis-shaped tensor is an error that names it.
func LoadFile(path string, cfg Config) (*Model, error) {
	m, err := newEmpty(cfg)
	if err != nil {
		return nil, err
	}
	f, err := st.Open(path)
	if err != nil {
		return nil, fmt.Errorf("gpt: %w", err)
	}
	defer f.Close()
	if err := m.loadFrom(f); err != nil {
		return nil, fmt.Errorf("gpt: loading %s: %w", path, err)
	}
	return m, nil
}

// loadFrom copies every parameter from f, walking the names by path
// (candle's vb.pp("h").pp(i) in spirit).
func (m *Model) loadFrom(f *st.File) error {
	prefix := ""
	if _, ok := f.Info("wte.weight"); !ok {
		if _, ok := f.Info("transformer.wte.weight"); ok {
			prefix = "transformer."
		}
	}
	known := map[string]bool{}
	for _, p := range m.params {
		name := prefix + p.Name
		known[name] = true
		info, ok := f.Info(name)
		if !ok {
			return fmt.Errorf("missing tensor %q (shape %v)", name, p.Tensor.Shape())
		}
		if !equalShape(info.Shape, p.Tensor.Shape()) {
			return fmt.Errorf("tensor %q has shape %v, want %v for this config", name, info.Shape, p.Tensor.Shape())
		}
		t, err := f.Tensor(name)
		if err != nil {
			return fmt.Errorf("reading %q: %w", name, err)
		}
		copy(p.Tensor.Data(), t.Data())
	}
	for _, name := range f.Names() {
		if known[name] {
			continue
		}
		bare := strings.TrimPrefix(name, prefix)
		switch {
		case ignoredTensor.MatchString(bare):
		case name == "lm_head.weight":
			info, _ := f.Info(name)
			if !equalShape(info.Shape, m.WTE.Shape()) {
				return fmt.Errorf("tensor %q has shape %v, want %v (tied to wte.weight)", name, info.Shape, m.WTE.Shape())
			}
			head, err := f.Tensor(name)
			if err != nil {
				return fmt.Errorf("reading %q: %w", name, err)
			}
			wte := m.WTE.Data()
			for i, v := range head.Data() {
				if w := wte[i]; v != w && !(v != v && w != w) {
					return fmt.Errorf("tensor %q differs from wte.weight (element %d: %v vs %v): GPT-2's output projection is tied, untied heads are not supported", name, i, v, w)
				}
			}
		case strings.HasPrefix(bare, "h."):
			// A block tensor we do not know: the file has more layers
			// than the config, or is not GPT-2.
			return fmt.Errorf("unexpected tensor %q: not a GPT-2 parameter of this config (n_layer = %d)", name, m.Config.NLayer)
		}
		// Anything else (other heads, e.g. a classifier) is not ours.
	}
	return nil
}

func equalShape(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Save writes the parameters to a safetensors file in the Hugging Face
// layout that Load and LoadFile read back (and transformers'
// GPT2LMHeadModel.from_pretrained accepts).
func (m *Model) Save(path string) error {
	if err := st.Save(path, m.StateDict(), map[string]string{"format": "pt"}); err != nil {
		return fmt.Errorf("gpt: saving %s: %w", path, err)
	}
	return nil
}

// SaveDir writes dir/config.json and dir/model.safetensors, the directory
// layout Load reads.
func (m *Model) SaveDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("gpt: %w", err)
	}
	if err := m.Config.WriteFile(filepath.Join(dir, "config.json")); err != nil {
		return err
	}
	return m.Save(filepath.Join(dir, "model.safetensors"))
}

// FromStateDict builds a model of configuration cfg from tensors named as
// in Parameters (e.g. st.Load's result); the same names as LoadFile are
// accepted.
func FromStateDict(cfg Config, sd map[string]*tensor.Tensor) (*Model, error) {
	m, err := newEmpty(cfg)
	if err != nil {
		return nil, err
	}
	if sd == nil {
		return nil, errors.New("gpt: FromStateDict: nil state dict")
	}
	for _, p := range m.params {
		t, ok := sd[p.Name]
		if !ok {
			t, ok = sd["transformer."+p.Name]
		}
		if !ok {
			return nil, fmt.Errorf("gpt: FromStateDict: missing tensor %q (shape %v)", p.Name, p.Tensor.Shape())
		}
		if !equalShape(t.Shape(), p.Tensor.Shape()) {
			return nil, fmt.Errorf("gpt: FromStateDict: tensor %q has shape %v, want %v", p.Name, t.Shape(), p.Tensor.Shape())
		}
		copy(p.Tensor.Data(), t.Data())
	}
	return m, nil
}
