package tok

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

const (
	// heapThreshold is the piece length (bytes) above which merging uses
	// the O(n log n) heap instead of the quadratic scan that is faster on
	// words of ordinary length.
	heapThreshold = 96
	// maxCachedPiece is the longest piece kept in the cache.
	maxCachedPiece = 64
)

// scratch holds the buffers one Encode call reuses between pieces.
type scratch struct {
	parts []rankPart
	ids   []int32
	pr    []uint64
	out   []int32
}

type rankPart struct{ start, rank int32 }

// rank returns the tiktoken rank (= id) of the token whose bytes are s.
func (t *BPE) rank(s string) int32 {
	if id, ok := t.vocab[s]; ok {
		return id
	}
	return noRank
}

// mergeByRank is tiktoken's byte_pair_merge: repeatedly merge the adjacent
// pair whose concatenation has the lowest rank, leftmost first.
func (t *BPE) mergeByRank(piece string, sc *scratch) []int32 {
	n := len(piece)
	parts := sc.parts[:0]
	for i := 0; i < n-1; i++ {
		parts = append(parts, rankPart{int32(i), t.rank(piece[i : i+2])})
	}
	parts = append(parts, rankPart{int32(n - 1), noRank}, rankPart{int32(n), noRank})
	// spanRank is the rank of parts i and i+1 merged, joined with i+2.
	spanRank := func(i int) int32 {
		if i+3 < len(parts) {
			return t.rank(piece[parts[i].start:parts[i+3].start])
		}
		return noRank
	}
	for {
		best, at := noRank, -1
		for i := 0; i < len(parts)-1; i++ {
			if parts[i].rank < best {
				best, at = parts[i].rank, i
			}
		}
		if at < 0 {
			break
		}
		if at > 0 {
			parts[at-1].rank = spanRank(at - 1)
		}
		parts[at].rank = spanRank(at)
		parts = append(parts[:at+1], parts[at+2:]...)
	}
	out := sc.out[:0]
	for i := 0; i+1 < len(parts); i++ {
		out = append(out, t.vocab[piece[parts[i].start:parts[i+1].start]])
	}
	sc.parts = parts
	return out
}

const noPair = ^uint64(0)

// pairOf returns rank<<32|merged id for the merge of a and b, or noPair.
func (t *BPE) pairOf(a, b int32) uint64 {
	if v, ok := t.pairs[pairKey(a, b)]; ok {
		return v
	}
	return noPair
}

// mergeByPair is Hugging Face's rule: repeatedly apply the lowest-ranked
// merge among adjacent pairs, leftmost first.
func (t *BPE) mergeByPair(piece string, sc *scratch) []int32 {
	ids := sc.ids[:0]
	for i := 0; i < len(piece); i++ {
		ids = append(ids, t.byteID[piece[i]])
	}
	pr := sc.pr[:0]
	for i := 0; i+1 < len(ids); i++ {
		pr = append(pr, t.pairOf(ids[i], ids[i+1]))
	}
	for {
		best, at := noPair, -1
		for i, v := range pr {
			if v < best {
				best, at = v, i
			}
		}
		if at < 0 {
			break
		}
		ids[at] = int32(uint32(best))
		ids = append(ids[:at+1], ids[at+2:]...)
		pr = append(pr[:at], pr[at+1:]...)
		if at < len(pr) {
			pr[at] = t.pairOf(ids[at], ids[at+1])
		}
		if at > 0 {
			pr[at-1] = t.pairOf(ids[at-1], ids[at])
		}
	}
	out := append(sc.out[:0], ids...)
	sc.ids, sc.pr = ids, pr
	return out
}

// heapEntry is a candidate merge of the parts starting at i and j, valid
// while both still hold the ids they had when it was pushed.
type heapEntry struct {
	rank, i, j, newID int32
	idI, idJ          int32
}

func entryLess(a, b heapEntry) bool {
	return a.rank < b.rank || (a.rank == b.rank && a.i < b.i)
}

// mergeHeap merges like mergeByRank or mergeByPair, but in O(n log n) on a
// piece of n bytes: parts form a linked list and candidate merges wait in a
// min-heap ordered by (rank, position), so each step costs O(log n) instead
// of a scan. It also returns the number of heap operations and rank
// lookups done, which the tests use to check the running time is not
// quadratic.
func (t *BPE) mergeHeap(piece string, out []int32) ([]int32, int) {
	n := int32(len(piece))
	nxt := make([]int32, n)
	prv := make([]int32, n)
	id := make([]int32, n)
	for i := int32(0); i < n; i++ {
		nxt[i], prv[i], id[i] = i+1, i-1, t.byteID[piece[i]]
	}
	ops := 0
	h := make([]heapEntry, 0, n)
	push := func(i, j int32) {
		ops++
		var rank, newID int32
		if t.byRank {
			rank = t.rank(piece[i:nxt[j]])
			newID = rank
		} else {
			v := t.pairOf(id[i], id[j])
			if v == noPair {
				return
			}
			rank, newID = int32(v>>32), int32(uint32(v))
		}
		if rank == noRank {
			return
		}
		h = append(h, heapEntry{rank, i, j, newID, id[i], id[j]})
		for k := len(h) - 1; k > 0; {
			p := (k - 1) / 2
			if !entryLess(h[k], h[p]) {
				break
			}
			h[k], h[p] = h[p], h[k]
			k = p
		}
	}
	pop := func() heapEntry {
		ops++
		top := h[0]
		last := len(h) - 1
		h[0] = h[last]
		h = h[:last]
		for k := 0; ; {
			l, r, m := 2*k+1, 2*k+2, k
			if l < len(h) && entryLess(h[l], h[m]) {
				m = l
			}
			if r < len(h) && entryLess(h[r], h[m]) {
				m = r
			}
			if m == k {
				break
			}
			h[k], h[m] = h[m], h[k]
			k = m
		}
		return top
	}
	for i := int32(0); i+1 < n; i++ {
		push(i, i+1)
	}
	for len(h) > 0 {
		e := pop()
		if id[e.i] != e.idI || id[e.j] != e.idJ || nxt[e.i] != e.j || prv[e.j] != e.i {
			continue // stale: one of the parts merged since
		}
		// Merge part j into part i.
		id[e.i] = e.newID
		id[e.j] = -1
		nxt[e.i] = nxt[e.j]
		if nxt[e.j] < n {
			prv[nxt[e.j]] = e.i
		}
		if prv[e.i] >= 0 {
			push(prv[e.i], e.i)
		}
		if nxt[e.i] < n {
			push(e.i, nxt[e.i])
		}
	}
	for i := int32(0); i < n; i = nxt[i] {
		out = append(out, id[i])
	}
	return out, ops
}

// pieceCache remembers the tokens of recently merged pieces. It is sharded
// so that parallel encoders rarely wait on each other, and each shard is
// emptied when full, which bounds memory without bookkeeping.
type pieceCache struct {
	seed   maphash.Seed
	shards [64]cacheShard
}

type cacheShard struct {
	mu sync.RWMutex
	m  map[string][]int32
	_  [32]byte // keep shards on separate cache lines
}

const cacheShardSize = 2048

func newPieceCache() *pieceCache {
	c := &pieceCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[string][]int32)
	}
	return c
}

func (c *pieceCache) shard(s string) *cacheShard {
	return &c.shards[maphash.String(c.seed, s)&63]
}

func (c *pieceCache) get(s string) ([]int32, bool) {
	sh := c.shard(s)
	sh.mu.RLock()
	v, ok := sh.m[s]
	sh.mu.RUnlock()
	return v, ok
}

func (c *pieceCache) put(s string, ids []int32) {
	sh := c.shard(s)
	sh.mu.Lock()
	if len(sh.m) >= cacheShardSize {
		clear(sh.m)
	}
	sh.m[strings.Clone(s)] = slices.Clone(ids)
	sh.mu.Unlock()
}
