// Package gpt is GPT-2 in Go: the model, its training and its text
// generation, verified against PyTorch (Hugging Face GPT2LMHeadModel) on
// logits, loss, every parameter's gradient, one AdamW step and greedy
// generation.
//
// The forward and backward passes are written by hand over the accel
// kernels, llm.c style: each layer's forward sits beside its backward with
// the shapes in a comment (layers.go), activation buffers are allocated once
// per batch shape and reused, and gradients accumulate into one flat buffer.
// The parameters are tensor.Tensor values with Hugging Face names
// (wte.weight, wpe.weight, h.{i}.ln_1.weight, h.{i}.attn.c_attn.weight as an
// [in, out] Conv1D, …, ln_f.bias; the output projection is tied to wte), so
// nn.AdamW, nn.ClipGradNorm and st.Save work on Model.Parameters directly.
//
//	m, err := gpt.Load("gpt2")                      // config.json + model.safetensors
//	loss, err := m.Loss(ids, targets, B, T)          // forward + mean cross-entropy
//	err = m.Backward()                               // every p.Tensor.Grad()
//	res, err := m.Train(tokens, gpt.TrainOptions{Steps: 100, LR: 6e-4,
//		Callback: func(s gpt.StepInfo) bool { fmt.Println(s); return true }})
//	out, err := m.Generate(prompt, gpt.GenerateOptions{MaxNewTokens: 50,
//		Temperature: 0.8, TopK: 40}, func(tok int) bool { /* stream */ return true })
//	text, err := m.Complete(bpe, "Once upon a time", gpt.GenerateOptions{MaxNewTokens: 50,
//		Stop: []int{gpt.EndOfText}}, func(piece string) bool { fmt.Print(piece); return true })
//
// Custom losses: run Forward, build any loss on Logits() with package
// tensor's autograd, and pass the logits' gradient to BackwardLogits.
//
// Loading accepts the official gpt2 files (no prefix, with the
// h.{i}.attn.bias mask buffers, which are ignored) and transformers'
// own saves (transformer. prefix, lm_head.weight), in F32, F16 or BF16;
// a missing or mis-shaped tensor is an error naming it. Save writes the same
// layout back.
//
// Generation keeps a KV cache (each new token costs one row of every
// matmul); GenerateOptions.NoCache recomputes the whole context per token,
// the reference the cached path is tested against. Past n_positions tokens
// the model sees a sliding window of the last n_positions.
//
// What it is not: a general transformer library (GPT-2's architecture only:
// learned positions, pre-LayerNorm, tanh GELU, tied embeddings), and not safe
// for concurrent use of one Model. Dropout is not implemented (GPT-2
// fine-tuning and the reference use none).
package gpt
