// Package st reads and writes safetensors files, the tensor format of the
// Hugging Face ecosystem, and keeps training checkpoints in it.
//
// A file is an 8-byte little-endian header length N, N bytes of JSON
// describing each tensor (dtype, shape, byte range), and the raw
// little-endian data. Open memory-maps the file and validates the whole
// header, so opening a 500 MB model costs milliseconds; F32 tensors are handed
// out in place and page in when used, other dtypes (F16, BF16, F8, F64,
// integers) are converted to float32 on request, and Raw gives the bytes
// unconverted. Every malformed file, however broken, gets a *FormatError that
// names the problem and the tensor, never a panic. Sharded checkpoints open
// through their model.safetensors.index.json as one set.
//
// Save writes files atomically (temporary file, fsync, rename) and
// byte-identical to the reference Python/Rust writer. Checkpointer builds
// training checkpoints on it: parameters, optimizer state, RNG state and
// step, every N steps, keeping the last K, with checksums so that resuming
// skips a damaged file. Inspect summarises a file as a table for notebooks.
//
// The package knows tensors only through package tensor; it is not a model
// loader (see package gpt) and does not read pickle-based PyTorch files.
package st
