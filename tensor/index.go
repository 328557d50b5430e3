package tensor

// Index tensors hold integer values as float32 (exact up to 2^24), the
// form FromInts, ArgMax and RandInt produce.

func indexAt(op string, v float32, n int, shape []int) int {
	i := int(v)
	if float32(i) != v {
		panicf("%s: index %v is not an integer", op, v)
	}
	if i < 0 || i >= n {
		panicf("%s: index %v out of range for axis of size %d (shape %v)", op, v, n, shape)
	}
	return i
}

// IndexSelect picks entries along axis at the positions in index (any
// shape; its axes replace axis in the result). It is the embedding lookup
// when t is a [vocab, dim] table and axis is 0.
func (t *Tensor) IndexSelect(axis int, index *Tensor) *Tensor {
	t.check()
	index.check()
	ax := normAxis("IndexSelect", axis, len(t.shape), t.shape)
	idx := index.contigData()
	A, R, B := numel(t.shape[:ax]), t.shape[ax], numel(t.shape[ax+1:])
	pos := make([]int, len(idx))
	for i, v := range idx {
		pos[i] = indexAt("IndexSelect", v, R, t.shape)
	}
	shape := append([]int(nil), t.shape[:ax]...)
	shape = append(shape, index.shape...)
	shape = append(shape, t.shape[ax+1:]...)
	out := newTensorUninit(shape...)
	src := t.contigData()
	od := out.st.data
	K := len(pos)
	parallelFor(A*K, rowGrain(B), func(lo, hi int) {
		for r := lo; r < hi; r++ {
			a, k := r/K, r%K
			copy(od[r*B:(r+1)*B], src[(a*R+pos[k])*B:(a*R+pos[k]+1)*B])
		}
	})
	return record(out, "IndexSelect", []*Tensor{t}, func(g *Tensor) []*Tensor {
		gi := make([]float32, A*R*B)
		gd := g.contigData()
		for a := 0; a < A; a++ {
			for k, p := range pos {
				dst := gi[(a*R+p)*B : (a*R+p+1)*B]
				srow := gd[(a*K+k)*B : (a*K+k+1)*B]
				for i, v := range srow {
					dst[i] += v
				}
			}
		}
		return []*Tensor{fromData(gi, t.shape)}
	})
}

// Embedding returns rows of weight ([vocab, dim]) for each id in ids: the
// result has shape ids.shape + [dim].
func Embedding(weight, ids *Tensor) *Tensor {
	if len(weight.shape) != 2 {
		panicf("Embedding: weight must be 2-D [vocab, dim], got shape %v", weight.shape)
	}
	return weight.IndexSelect(0, ids)
}

// Gather returns out[...][i][...] = t[...][index[...][i][...]][...] along
// axis, like torch.gather: index has t's rank and its shape is the
// result's shape (other axes must not exceed t's).
func (t *Tensor) Gather(axis int, index *Tensor) *Tensor {
	t.check()
	index.check()
	ax := normAxis("Gather", axis, len(t.shape), t.shape)
	if len(index.shape) != len(t.shape) {
		panicf("Gather: index shape %v and tensor shape %v differ in rank", index.shape, t.shape)
	}
	for i := range t.shape {
		if i != ax && index.shape[i] > t.shape[i] {
			panicf("Gather: index shape %v exceeds tensor shape %v on axis %d", index.shape, t.shape, i)
		}
	}
	idx := index.contigData()
	offs := make([]int, len(idx))
	// storage offset in t for every index element
	coord := make([]int, len(index.shape))
	for n := range idx {
		o := t.off
		for d, c := range coord {
			if d == ax {
				c = indexAt("Gather", idx[n], t.shape[ax], t.shape)
			}
			o += c * t.strides[d]
		}
		offs[n] = o
		for d := len(coord) - 1; d >= 0; d-- {
			coord[d]++
			if coord[d] < index.shape[d] {
				break
			}
			coord[d] = 0
		}
	}
	out := newTensor(index.shape...)
	src := t.st.data
	for n, o := range offs {
		out.st.data[n] = src[o]
	}
	return record(out, "Gather", []*Tensor{t, index}, func(g *Tensor) []*Tensor {
		gi := newTensor(t.shape...)
		gd := g.contigData()
		// map storage offsets of t's view to positions of the contiguous gi
		cst := contiguousStrides(t.shape)
		coord := make([]int, len(index.shape))
		for n := range offs {
			o := 0
			for d, c := range coord {
				if d == ax {
					c = indexAt("Gather", idx[n], t.shape[ax], t.shape)
				}
				o += c * cst[d]
			}
			gi.st.data[o] += gd[n]
			for d := len(coord) - 1; d >= 0; d-- {
				coord[d]++
				if coord[d] < index.shape[d] {
					break
				}
				coord[d] = 0
			}
		}
		return []*Tensor{gi, nil}
	})
}

// OneHot returns index.shape + [numClasses] with 1 at each index.
func OneHot(index *Tensor, numClasses int) *Tensor {
	idx := index.contigData()
	out := newTensor(append(append([]int(nil), index.shape...), numClasses)...)
	for i, v := range idx {
		out.st.data[i*numClasses+indexAt("OneHot", v, numClasses, []int{numClasses})] = 1
	}
	return out
}
