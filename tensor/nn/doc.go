// Package nn holds neural-network building blocks on top of package
// tensor: the Module interface, layers (Linear, LayerNorm, Embedding,
// Dropout, Sequential and activation modules), named parameters and state
// dicts, the SGD and AdamW optimizers, global-norm gradient clipping and
// the warmup-plus-cosine learning-rate schedule.
//
// Parameters carry dotted names in a fixed order ("0.weight", "0.bias",
// "2.weight", ...), which is what state dicts, checkpoints and optimizer
// state are keyed by.
//
//	model := nn.NewSequential(nn.NewLinear(2, 8, true), nn.Tanh{}, nn.NewLinear(8, 1, true))
//	opt := nn.NewAdamW(model.Parameters(), 1e-2)
//	for step := 0; step < 100; step++ {
//		loss := tensor.MSE(model.Forward(x), y)
//		opt.ZeroGrad()
//		loss.Backward()
//		opt.Step()
//	}
package nn
