// Package tok turns text into token ids and back: the tokenizers a GPT
// reads and writes.
//
//	g, err := tok.GPT2("../shared/data/gpt2-tokenizer") // encoder.json + vocab.bpe
//	ids := g.Encode("Hello world")                       // [15496 995], as tiktoken's gpt2
//	text, err := g.Decode(ids)
//
// It provides
//
//   - BPE, byte-level byte-pair encoding as GPT-2 uses it: the GPT-2
//     pre-tokenizer (PreTokenize, a hand-written scanner for GPT2Pattern
//     that agrees with tiktoken on every input), merges by rank with a cache
//     for repeated words and O(n log n) merging of long words, special
//     tokens such as "<|endoftext|>" encoded only when allowed
//     (EncodeSpecial), parallel encoding (EncodeParallel), and a
//     StreamDecoder for generation that holds back split characters.
//     Load it from GPT-2's encoder.json and vocab.bpe (or vocab.json and
//     merges.txt) with GPT2 or LoadGPT2Files, or from a Hugging Face
//     tokenizer.json with LoadHF; Save writes tokenizer.json (which the
//     Hugging Face tokenizers library reads) and SaveGPT2Files the OpenAI
//     pair.
//   - TrainBPE, which learns a byte-level BPE of a chosen vocabulary size
//     from text, deterministically.
//   - Char, the character-level baseline.
//   - Compare, which shows how many tokens each tokenizer needs for a text
//     (as a table, or HTML in a notebook).
//
// Every tokenizer satisfies Tokenizer (Encode, Decode, VocabSize, Save),
// which is what the GPT code takes. Tokenizers produce []int and know
// nothing of tensors. Decoding never panics: unknown ids are errors naming
// the id, and bytes that are not valid UTF-8 become U+FFFD.
package tok
