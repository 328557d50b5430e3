package gpt

import (
	"encoding/json"
	"fmt"
	"os"
	"strconv"
)

// Config is the shape of a GPT-2 model, with the field names of a Hugging
// Face config.json (n_layer, n_head, n_embd, vocab_size, n_positions,
// layer_norm_epsilon), so LoadConfig reads one directly.
type Config struct {
	NLayer     int `json:"n_layer"`
	NHead      int `json:"n_head"`
	NEmbd      int `json:"n_embd"`
	VocabSize  int `json:"vocab_size"`
	NPositions int `json:"n_positions"` // block size: the longest context
	// NInner is the MLP width; 0 means 4·NEmbd (HF writes null).
	NInner int `json:"n_inner,omitempty"`
	// LayerNormEpsilon is added to the variance inside the square root;
	// 0 means 1e-5.
	LayerNormEpsilon float64 `json:"layer_norm_epsilon"`
	// ActivationFunction is the MLP nonlinearity: the tanh GELU of GPT-2
	// ("gelu_new", "gelu_pytorch_tanh", "gelu_fast" or empty) or the exact
	// erf GELU ("gelu").
	ActivationFunction string `json:"activation_function,omitempty"`
}

// EndOfText is the id of GPT-2's "<|endoftext|>" token (the last of its
// 50257), which separates documents and is the usual GenerateOptions.Stop.
const EndOfText = 50256

// GPT2 returns the configuration of the 124M-parameter gpt2 checkpoint.
func GPT2() Config { return preset(12, 12, 768) }

// GPT2Medium returns the configuration of gpt2-medium (350M).
func GPT2Medium() Config { return preset(24, 16, 1024) }

// GPT2Large returns the configuration of gpt2-large (774M).
func GPT2Large() Config { return preset(36, 20, 1280) }

// GPT2XL returns the configuration of gpt2-xl (1.5B).
func GPT2XL() Config { return preset(48, 25, 1600) }

func preset(layers, heads, embd int) Config {
	return Config{NLayer: layers, NHead: heads, NEmbd: embd, VocabSize: 50257, NPositions: 1024,
		LayerNormEpsilon: 1e-5, ActivationFunction: "gelu_new"}
}

// Preset returns the configuration named "gpt2", "gpt2-medium",
// "gpt2-large" or "gpt2-xl".
func Preset(name string) (Config, error) {
	switch name {
	case "gpt2":
		return GPT2(), nil
	case "gpt2-medium":
		return GPT2Medium(), nil
	case "gpt2-large":
		return GPT2Large(), nil
	case "gpt2-xl":
		return GPT2XL(), nil
	}
	return Config{}, fmt.Errorf("gpt: unknown preset %q (want gpt2, gpt2-medium, gpt2-large or gpt2-xl)", name)
}

// LoadConfig reads a Hugging Face config.json. n_ctx is accepted when
// n_positions is absent.
func LoadConfig(path string) (Config, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("gpt: reading config: %w", err)
	}
	var raw struct {
		Config
		NCtx   int  `json:"n_ctx"`
		NInner *int `json:"n_inner"`
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return Config{}, fmt.Errorf("gpt: parsing config %s: %w", path, err)
	}
	c := raw.Config
	if c.NPositions == 0 {
		c.NPositions = raw.NCtx
	}
	if raw.NInner != nil {
		c.NInner = *raw.NInner
	}
	if err := c.Validate(); err != nil {
		return Config{}, fmt.Errorf("gpt: config %s: %w", path, err)
	}
	return c, nil
}

// Validate reports what is wrong with c, or nil.
func (c Config) Validate() error {
	switch {
	case c.NLayer <= 0:
		return fmt.Errorf("n_layer is %d, want > 0", c.NLayer)
	case c.NHead <= 0:
		return fmt.Errorf("n_head is %d, want > 0", c.NHead)
	case c.NEmbd <= 0:
		return fmt.Errorf("n_embd is %d, want > 0", c.NEmbd)
	case c.NEmbd%c.NHead != 0:
		return fmt.Errorf("n_embd %d is not a multiple of n_head %d", c.NEmbd, c.NHead)
	case c.VocabSize <= 0:
		return fmt.Errorf("vocab_size is %d, want > 0", c.VocabSize)
	case c.NPositions <= 0:
		return fmt.Errorf("n_positions is %d, want > 0", c.NPositions)
	case c.NInner < 0:
		return fmt.Errorf("n_inner is %d, want ≥ 0", c.NInner)
	case c.LayerNormEpsilon < 0:
		return fmt.Errorf("layer_norm_epsilon is %g, want ≥ 0", c.LayerNormEpsilon)
	}
	switch c.ActivationFunction {
	case "", "gelu_new", "gelu_pytorch_tanh", "gelu_fast", "gelu":
	default:
		return fmt.Errorf("activation_function %q is not supported (gelu_new, the tanh GELU, or gelu)", c.ActivationFunction)
	}
	return nil
}

// Inner returns the MLP width (n_inner, or 4·n_embd).
func (c Config) Inner() int {
	if c.NInner > 0 {
		return c.NInner
	}
	return 4 * c.NEmbd
}

func (c Config) activation() string {
	if c.ActivationFunction == "" {
		return "gelu_new"
	}
	return c.ActivationFunction
}

// HeadDim returns n_embd / n_head.
func (c Config) HeadDim() int { return c.NEmbd / c.NHead }

// Eps returns the LayerNorm epsilon (1e-5 when unset).
func (c Config) Eps() float32 {
	if c.LayerNormEpsilon == 0 {
		return 1e-5
	}
	return float32(c.LayerNormEpsilon)
}

// NumParams returns the number of parameters of a model with this shape
// (the output projection is tied to wte and not counted twice).
func (c Config) NumParams() int {
	n := 0
	for _, s := range paramShapes(c) {
		n += s.size()
	}
	return n
}

// WriteFile writes c as a Hugging Face config.json.
func (c Config) WriteFile(path string) error {
	m := map[string]any{
		"architectures": []string{"GPT2LMHeadModel"},
		"model_type":    "gpt2",
		"n_layer":       c.NLayer,
		"n_head":        c.NHead,
		"n_embd":        c.NEmbd,
		"vocab_size":    c.VocabSize,
		"n_positions":   c.NPositions,
		"n_ctx":         c.NPositions,
		// The shortest decimal that reads back as the same float32 (1e-05,
		// not 9.999999747378752e-06).
		"layer_norm_epsilon":  json.Number(strconv.FormatFloat(float64(c.Eps()), 'g', -1, 32)),
		"activation_function": c.activation(),
		"n_inner":             nil,
	}
	if c.NInner > 0 {
		m["n_inner"] = c.NInner
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("gpt: writing config: %w", err)
	}
	return nil
}
