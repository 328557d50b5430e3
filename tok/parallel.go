package tok

import (
	"runtime"
	"sync"
	"unicode/utf8"
)

// EncodeParallel encodes text as Encode does, using up to workers
// goroutines (0 means GOMAXPROCS) on chunks of at least 64 KiB. Chunks are
// cut where SafeSplit allows, so the result equals Encode(text).
func (t *BPE) EncodeParallel(text string, workers int) []int {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	const minChunk = 64 << 10
	if workers == 1 || len(text) < 2*minChunk {
		return t.Encode(text)
	}
	if t.addPrefixSpace && text[0] != ' ' {
		text = " " + text
	}
	nChunks := min(workers*4, len(text)/minChunk)
	bounds := []int{0}
	for i := 1; i < nChunks; i++ {
		b := SafeSplit(text, i*len(text)/nChunks)
		if b > bounds[len(bounds)-1] && b < len(text) {
			bounds = append(bounds, b)
		}
	}
	bounds = append(bounds, len(text))
	parts := make([][]int, len(bounds)-1)
	var wg sync.WaitGroup
	next := make(chan int, len(parts))
	for i := range parts {
		next <- i
	}
	close(next)
	for w := 0; w < min(workers, len(parts)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				chunk := text[bounds[i]:bounds[i+1]]
				ids := make([]int, 0, len(chunk)/4+4)
				var sc scratch
				for p := 0; p < len(chunk); {
					e := nextPiece(chunk, p)
					ids = t.appendPiece(ids, chunk[p:e], &sc)
					p = e
				}
				parts[i] = ids
			}
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]int, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// SafeSplit returns the first position at or after i where text can be cut
// so that pre-tokenizing the two halves separately gives the same pieces
// as pre-tokenizing the whole: just before an ASCII whitespace character
// that follows a non-space character. (A piece holding a non-space
// character never reaches a later whitespace character, and where a piece
// ends depends only on the text after its start.) It returns len(text) if
// there is no such position.
func SafeSplit(text string, i int) int {
	for i = max(i, 1); i < len(text); i++ {
		c := text[i]
		if c >= utf8.RuneSelf || asciiClass[c] != classSpace {
			continue
		}
		if p := text[i-1]; p < utf8.RuneSelf {
			if asciiClass[p] != classSpace {
				return i
			}
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if r == utf8.RuneError || classRune(r) != classSpace {
			return i
		}
	}
	return len(text)
}
