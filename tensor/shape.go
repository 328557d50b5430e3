package tensor

// View and shape ops. Views (Reshape of a contiguous tensor, Transpose,
// Permute, Slice, Narrow, Select, Expand, Squeeze, Unsqueeze) share
// storage with their input; gradients flow through them.

// inferShape resolves one -1 in shape against n elements.
func inferShape(op string, from []int, shape []int) []int {
	out := append([]int(nil), shape...)
	n := numel(from)
	neg := -1
	p := 1
	for i, d := range out {
		switch {
		case d == -1:
			if neg >= 0 {
				panicf("%s: more than one -1 in shape %v", op, shape)
			}
			neg = i
		case d < 0:
			panicf("%s: negative dimension in shape %v", op, shape)
		default:
			p *= d
		}
	}
	if neg >= 0 {
		if p == 0 || n%p != 0 {
			panicf("%s: cannot reshape tensor of shape %v into %v", op, from, shape)
		}
		out[neg] = n / p
		p *= out[neg]
	}
	if p != n {
		panicf("%s: cannot reshape tensor of shape %v (%d elements) into %v (%d elements)", op, from, n, shape, p)
	}
	return out
}

// Reshape returns a tensor with the same elements in a new shape (one
// dimension may be -1). It is a view when t is contiguous, else a copy.
func (t *Tensor) Reshape(shape ...int) *Tensor {
	t.check()
	ns := inferShape("Reshape", t.shape, shape)
	var out *Tensor
	if t.IsContiguous() {
		out = t.view(ns, contiguousStrides(ns), t.off)
	} else {
		out = fromData(t.gather(), ns)
	}
	return record(out, "Reshape", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{g.Reshape(t.shape...)}
	})
}

// View is Reshape that panics instead of copying when t is not contiguous.
func (t *Tensor) View(shape ...int) *Tensor {
	if !t.IsContiguous() {
		panicf("View: tensor of shape %v with strides %v is not contiguous; use Reshape or Contiguous first", t.shape, t.strides)
	}
	return t.Reshape(shape...)
}

func (t *Tensor) transposeView(a, b int) *Tensor {
	shape := append([]int(nil), t.shape...)
	strides := append([]int(nil), t.strides...)
	shape[a], shape[b] = shape[b], shape[a]
	strides[a], strides[b] = strides[b], strides[a]
	return t.view(shape, strides, t.off)
}

// Transpose swaps two axes (a view).
func (t *Tensor) Transpose(a, b int) *Tensor {
	t.check()
	ia := normAxis("Transpose", a, len(t.shape), t.shape)
	ib := normAxis("Transpose", b, len(t.shape), t.shape)
	out := t.transposeView(ia, ib)
	return record(out, "Transpose", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{g.Transpose(ia, ib)}
	})
}

// T transposes the last two axes (a view); for a matrix, its transpose.
func (t *Tensor) T() *Tensor {
	if len(t.shape) < 2 {
		panicf("T: need at least 2 dimensions, got shape %v", t.shape)
	}
	return t.Transpose(-2, -1)
}

// Permute reorders the axes: output axis i is input axis dims[i] (a view).
func (t *Tensor) Permute(dims ...int) *Tensor {
	t.check()
	if len(dims) != len(t.shape) {
		panicf("Permute: %d axes %v for shape %v", len(dims), dims, t.shape)
	}
	seen := make([]bool, len(dims))
	shape := make([]int, len(dims))
	strides := make([]int, len(dims))
	inv := make([]int, len(dims))
	for i, d := range dims {
		a := normAxis("Permute", d, len(t.shape), t.shape)
		if seen[a] {
			panicf("Permute: axis %d repeated in %v", d, dims)
		}
		seen[a] = true
		shape[i], strides[i] = t.shape[a], t.strides[a]
		inv[a] = i
	}
	out := t.view(shape, strides, t.off)
	return record(out, "Permute", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{g.Permute(inv...)}
	})
}

// Slice returns elements start ≤ i < end along axis (a view). Negative
// bounds count from the end; bounds are clamped like Python slices.
func (t *Tensor) Slice(axis, start, end int) *Tensor {
	ax := normAxis("Slice", axis, len(t.shape), t.shape)
	n := t.shape[ax]
	if start < 0 {
		start += n
	}
	if end < 0 {
		end += n
	}
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	return t.Narrow(ax, start, end-start)
}

// Narrow returns length elements from start along axis (a view).
func (t *Tensor) Narrow(axis, start, length int) *Tensor {
	t.check()
	ax := normAxis("Narrow", axis, len(t.shape), t.shape)
	if start < 0 || length < 0 || start+length > t.shape[ax] {
		panicf("Narrow: range [%d, %d) out of bounds for axis %d of shape %v", start, start+length, axis, t.shape)
	}
	shape := append([]int(nil), t.shape...)
	shape[ax] = length
	out := t.view(shape, append([]int(nil), t.strides...), t.off+start*t.strides[ax])
	return record(out, "Narrow", []*Tensor{t}, func(g *Tensor) []*Tensor {
		gi := newTensor(t.shape...)
		gi.view(shape, gi.strides, start*gi.strides[ax]).CopyFrom(g)
		return []*Tensor{gi}
	})
}

// Select returns the slice at index i along axis, removing that axis (a
// view). Negative i counts from the end.
func (t *Tensor) Select(axis, i int) *Tensor {
	ax := normAxis("Select", axis, len(t.shape), t.shape)
	if i < 0 {
		i += t.shape[ax]
	}
	if i < 0 || i >= t.shape[ax] {
		panicf("Select: index %d out of range for axis %d of shape %v", i, axis, t.shape)
	}
	return t.Narrow(ax, i, 1).Squeeze(ax)
}

// Index returns t[i] (Select along axis 0).
func (t *Tensor) Index(i int) *Tensor { return t.Select(0, i) }

// Expand broadcasts size-1 axes to the given shape without copying (-1
// keeps an axis); new leading axes may be added.
func (t *Tensor) Expand(shape ...int) *Tensor {
	t.check()
	if len(shape) < len(t.shape) {
		panicf("Expand: cannot expand shape %v to %v", t.shape, shape)
	}
	ns := append([]int(nil), shape...)
	lead := len(ns) - len(t.shape)
	for i := range ns {
		if ns[i] == -1 {
			if i < lead {
				panicf("Expand: -1 not allowed for new leading axis in %v", shape)
			}
			ns[i] = t.shape[i-lead]
		}
	}
	out := t.broadcastTo("Expand", ns)
	return record(out, "Expand", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{sumTo(g, t.shape)}
	})
}

// Squeeze removes the given size-1 axes (all size-1 axes when none given).
func (t *Tensor) Squeeze(axes ...int) *Tensor {
	t.check()
	drop := make([]bool, len(t.shape))
	if len(axes) == 0 {
		for i, d := range t.shape {
			drop[i] = d == 1
		}
	}
	for _, a := range axes {
		i := normAxis("Squeeze", a, len(t.shape), t.shape)
		if t.shape[i] != 1 {
			panicf("Squeeze: axis %d has size %d, not 1, in shape %v", a, t.shape[i], t.shape)
		}
		drop[i] = true
	}
	var shape, strides []int
	for i := range t.shape {
		if !drop[i] {
			shape = append(shape, t.shape[i])
			strides = append(strides, t.strides[i])
		}
	}
	out := t.view(shape, strides, t.off)
	return record(out, "Squeeze", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{g.Reshape(t.shape...)}
	})
}

// Unsqueeze inserts a size-1 axis at position axis (negative counts from
// the end of the result).
func (t *Tensor) Unsqueeze(axis int) *Tensor {
	t.check()
	nd := len(t.shape) + 1
	a := normAxis("Unsqueeze", axis, nd, t.shape)
	shape := make([]int, 0, nd)
	strides := make([]int, 0, nd)
	shape = append(shape, t.shape[:a]...)
	strides = append(strides, t.strides[:a]...)
	st := 1
	if a < len(t.shape) {
		st = t.strides[a] * t.shape[a]
	}
	shape = append(append(shape, 1), t.shape[a:]...)
	strides = append(append(strides, st), t.strides[a:]...)
	out := t.view(shape, strides, t.off)
	return record(out, "Unsqueeze", []*Tensor{t}, func(g *Tensor) []*Tensor {
		return []*Tensor{g.Reshape(t.shape...)}
	})
}

// Flatten reshapes t to one dimension.
func (t *Tensor) Flatten() *Tensor { return t.Reshape(-1) }

// FlattenRange merges axes start..end (inclusive) into one.
func (t *Tensor) FlattenRange(start, end int) *Tensor {
	if len(t.shape) == 0 {
		return t.Reshape(1)
	}
	s := normAxis("FlattenRange", start, len(t.shape), t.shape)
	e := normAxis("FlattenRange", end, len(t.shape), t.shape)
	if s > e {
		panicf("FlattenRange: start axis %d after end axis %d for shape %v", start, end, t.shape)
	}
	shape := append([]int(nil), t.shape[:s]...)
	shape = append(shape, numel(t.shape[s:e+1]))
	shape = append(shape, t.shape[e+1:]...)
	return t.Reshape(shape...)
}

// Concat joins tensors along axis; all other axes must match.
func Concat(axis int, ts ...*Tensor) *Tensor {
	if len(ts) == 0 {
		panicf("Concat: no tensors")
	}
	first := ts[0]
	ax := normAxis("Concat", axis, len(first.shape), first.shape)
	shape := append([]int(nil), first.shape...)
	shape[ax] = 0
	for _, t := range ts {
		t.check()
		if len(t.shape) != len(first.shape) {
			panicf("Concat: shapes %v and %v differ in rank", first.shape, t.shape)
		}
		for i := range t.shape {
			if i != ax && t.shape[i] != first.shape[i] {
				panicf("Concat: shapes %v and %v differ outside axis %d", first.shape, t.shape, axis)
			}
		}
		shape[ax] += t.shape[ax]
	}
	out := newTensorUninit(shape...) // every element is copied in
	pos := 0
	for _, t := range ts {
		n := t.shape[ax]
		s := append([]int(nil), shape...)
		s[ax] = n
		dst := out.view(s, out.strides, pos*out.strides[ax])
		copyInto(dst, t)
		pos += n
	}
	inputs := append([]*Tensor(nil), ts...)
	return record(out, "Concat", inputs, func(g *Tensor) []*Tensor {
		gs := make([]*Tensor, len(inputs))
		pos := 0
		for i, t := range inputs {
			if t.reqGrad {
				gs[i] = g.Narrow(ax, pos, t.shape[ax])
			}
			pos += t.shape[ax]
		}
		return gs
	})
}

// copyInto copies src into the view dst of equal shape.
func copyInto(dst, src *Tensor) {
	if dst.Numel() == 0 {
		return
	}
	cs, cst := coalesce(dst.shape, dst.strides, src.strides)
	last := len(cs) - 1
	inner := cs[last]
	sd, ss := cst[0][last], cst[1][last]
	outer := cs[:last]
	dd, sdata := dst.st.data, src.st.data
	parallelFor(numel(outer), rowGrain(inner), func(lo, hi int) {
		it := newIter(outer, [][]int{cst[0][:last], cst[1][:last]}, []int{dst.off, src.off})
		it.seek(lo)
		for r := lo; r < hi; r++ {
			if sd == 1 && ss == 1 {
				copy(dd[it.off[0]:it.off[0]+inner], sdata[it.off[1]:it.off[1]+inner])
			} else {
				o, s := it.off[0], it.off[1]
				for i := 0; i < inner; i++ {
					dd[o] = sdata[s]
					o += sd
					s += ss
				}
			}
			it.next()
		}
	})
}

// Stack joins equally shaped tensors along a new axis.
func Stack(axis int, ts ...*Tensor) *Tensor {
	if len(ts) == 0 {
		panicf("Stack: no tensors")
	}
	for _, t := range ts[1:] {
		if !sameShape(t.shape, ts[0].shape) {
			panicf("Stack: shapes %v and %v differ", ts[0].shape, t.shape)
		}
	}
	a := normAxis("Stack", axis, len(ts[0].shape)+1, ts[0].shape)
	us := make([]*Tensor, len(ts))
	for i, t := range ts {
		us[i] = t.Unsqueeze(a)
	}
	return Concat(a, us...)
}

// Split cuts t into pieces of size along axis (the last may be smaller);
// the pieces are views.
func (t *Tensor) Split(size, axis int) []*Tensor {
	ax := normAxis("Split", axis, len(t.shape), t.shape)
	if size <= 0 {
		panicf("Split: size must be positive, got %d", size)
	}
	var out []*Tensor
	for s := 0; s < t.shape[ax]; s += size {
		out = append(out, t.Narrow(ax, s, min(size, t.shape[ax]-s)))
	}
	return out
}

// SplitSizes cuts t along axis into pieces of the given sizes (views).
func (t *Tensor) SplitSizes(sizes []int, axis int) []*Tensor {
	ax := normAxis("SplitSizes", axis, len(t.shape), t.shape)
	total := 0
	for _, s := range sizes {
		if s < 0 {
			panicf("SplitSizes: negative size in %v", sizes)
		}
		total += s
	}
	if total != t.shape[ax] {
		panicf("SplitSizes: sizes %v sum to %d, axis %d of shape %v has %d", sizes, total, axis, t.shape, t.shape[ax])
	}
	out := make([]*Tensor, len(sizes))
	pos := 0
	for i, s := range sizes {
		out[i] = t.Narrow(ax, pos, s)
		pos += s
	}
	return out
}

// Chunk splits t into n nearly equal views along axis (like torch.chunk).
func (t *Tensor) Chunk(n, axis int) []*Tensor {
	if n <= 0 {
		panicf("Chunk: number of chunks must be positive, got %d", n)
	}
	ax := normAxis("Chunk", axis, len(t.shape), t.shape)
	size := (t.shape[ax] + n - 1) / n
	if size == 0 {
		size = 1
	}
	return t.Split(size, ax)
}
