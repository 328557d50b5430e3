package tok

import (
	"container/heap"
	"fmt"
	"sort"
)

// TrainOptions configures TrainBPE.
type TrainOptions struct {
	// VocabSize is the size of the vocabulary to reach, counting the 256
	// byte tokens and the special tokens. Training stops early when no
	// pair occurs at least MinFrequency times.
	VocabSize int
	// SpecialTokens get the ids after the learned tokens, in this order,
	// e.g. []string{"<|endoftext|>"}. Their occurrences in the training
	// text separate documents and are not learned from.
	SpecialTokens []string
	// MinFrequency is the fewest occurrences a pair needs to be merged;
	// 0 means 1.
	MinFrequency int
}

// TrainBPE learns a byte-level BPE from text, as GPT-2's was made: text is
// split by the GPT-2 pre-tokenizer, and the most frequent adjacent pair of
// tokens within pieces is merged, again and again, until the vocabulary
// has opts.VocabSize tokens. Ties go to the pair with the lowest ids, so
// training is deterministic. Ids 0..255 are the bytes in GPT-2's order.
//
// Pair counts are updated incrementally: each merge touches only the
// distinct pieces that contain the pair (found through a pair -> pieces
// index), and the next pair comes from a priority queue.
func TrainBPE(text string, opts TrainOptions) (*BPE, error) {
	minSize := 256 + len(opts.SpecialTokens)
	if opts.VocabSize < minSize {
		return nil, fmt.Errorf("tok: TrainBPE: vocabulary size %d is below the %d byte and special tokens", opts.VocabSize, minSize)
	}
	seenSpecial := map[string]bool{}
	for _, s := range opts.SpecialTokens {
		if s == "" || seenSpecial[s] {
			return nil, fmt.Errorf("tok: TrainBPE: special token %q is empty or repeated", s)
		}
		seenSpecial[s] = true
	}
	minFreq := int64(max(opts.MinFrequency, 1))

	// Distinct pieces with their counts, in a deterministic order.
	counts := make(map[string]int64)
	count := func(text string) {
		for p := 0; p < len(text); {
			e := nextPiece(text, p)
			counts[text[p:e]]++
			p = e
		}
	}
	specials := append([]string(nil), opts.SpecialTokens...)
	sort.Slice(specials, func(i, j int) bool { return len(specials[i]) > len(specials[j]) })
	splitSpecial(text, specials, count, func(string) {})

	pieces := make([]string, 0, len(counts))
	for s := range counts {
		pieces = append(pieces, s)
	}
	sort.Strings(pieces)

	tokens := make([]string, 256) // id -> bytes
	ids := make(map[string]int32, opts.VocabSize)
	var byteID [256]int32
	for i, b := range byteOrder {
		tokens[i] = string([]byte{b})
		ids[tokens[i]] = int32(i)
		byteID[b] = int32(i)
	}
	words := make([][]int32, len(pieces))
	freq := make([]int64, len(pieces))
	for w, s := range pieces {
		syms := make([]int32, len(s))
		for i := 0; i < len(s); i++ {
			syms[i] = byteID[s[i]]
		}
		words[w], freq[w] = syms, counts[s]
	}
	counts = nil

	pairCount := make(map[uint64]int64)
	where := make(map[uint64][]int32) // pieces holding the pair (may repeat)
	for w, syms := range words {
		for i := 0; i+1 < len(syms); i++ {
			k := pairKey(syms[i], syms[i+1])
			if pairCount[k] == 0 || last(where[k]) != int32(w) {
				where[k] = append(where[k], int32(w))
			}
			pairCount[k] += freq[w]
		}
	}
	q := &pairQueue{}
	for k, c := range pairCount {
		q.items = append(q.items, pairItem{k, c})
	}
	heap.Init(q)

	var merges [][2]string
	stamp := make([]int32, len(words))
	for i := range stamp {
		stamp[i] = -1
	}
	touched := map[uint64]bool{}
	target := opts.VocabSize - len(opts.SpecialTokens)
	for len(tokens) < target && q.Len() > 0 {
		top := heap.Pop(q).(pairItem)
		cur := pairCount[top.key]
		if cur != top.count {
			if cur > 0 {
				heap.Push(q, pairItem{top.key, cur})
			}
			continue
		}
		if cur < minFreq {
			break
		}
		a, b := int32(top.key>>32), int32(uint32(top.key))
		merged := tokens[a] + tokens[b]
		c, exists := ids[merged]
		if !exists {
			c = int32(len(tokens))
			tokens = append(tokens, merged)
			ids[merged] = c
		}
		merges = append(merges, [2]string{tokens[a], tokens[b]})
		mergeNo := int32(len(merges))
		clear(touched)
		for _, w := range where[top.key] {
			if stamp[w] == mergeNo {
				continue
			}
			stamp[w] = mergeNo
			syms := words[w]
			f := freq[w]
			if !containsPair(syms, a, b) {
				continue
			}
			for i := 0; i+1 < len(syms); i++ {
				pairCount[pairKey(syms[i], syms[i+1])] -= f
			}
			out := syms[:0]
			for i := 0; i < len(syms); i++ {
				if i+1 < len(syms) && syms[i] == a && syms[i+1] == b {
					out = append(out, c)
					i++
				} else {
					out = append(out, syms[i])
				}
			}
			words[w] = out
			for i := 0; i+1 < len(out); i++ {
				k := pairKey(out[i], out[i+1])
				pairCount[k] += f
				if out[i] == c || out[i+1] == c {
					touched[k] = true
					if last(where[k]) != w {
						where[k] = append(where[k], w)
					}
				}
			}
		}
		delete(where, top.key)
		delete(pairCount, top.key)
		keys := make([]uint64, 0, len(touched))
		for k := range touched {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			if n := pairCount[k]; n > 0 {
				heap.Push(q, pairItem{k, n})
			}
		}
	}

	vocab := make(map[string]int, len(tokens))
	for id, s := range tokens {
		vocab[s] = id
	}
	special := make(map[string]int, len(opts.SpecialTokens))
	for i, s := range opts.SpecialTokens {
		special[s] = len(tokens) + i
	}
	return newBPE(vocab, merges, special)
}

func last(s []int32) int32 {
	if len(s) == 0 {
		return -1
	}
	return s[len(s)-1]
}

func containsPair(syms []int32, a, b int32) bool {
	for i := 0; i+1 < len(syms); i++ {
		if syms[i] == a && syms[i+1] == b {
			return true
		}
	}
	return false
}

// pairQueue is a max-heap of pair counts; ties go to the lower pair key
// (lower left id, then lower right id).
type pairQueue struct{ items []pairItem }

type pairItem struct {
	key   uint64
	count int64
}

func (q *pairQueue) Len() int { return len(q.items) }
func (q *pairQueue) Less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	return a.count > b.count || (a.count == b.count && a.key < b.key)
}
func (q *pairQueue) Swap(i, j int) { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *pairQueue) Push(x any)    { q.items = append(q.items, x.(pairItem)) }
func (q *pairQueue) Pop() any {
	it := q.items[len(q.items)-1]
	q.items = q.items[:len(q.items)-1]
	return it
}
