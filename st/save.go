package st

import (
	"bufio"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"unsafe"

	"github.com/gograd/gograd/tensor"
)

// Named pairs a tensor with its name, for SaveList and Encode.
type Named struct {
	Name   string
	Tensor *tensor.Tensor
}

// SaveOption changes how Save writes.
type SaveOption func(*saveConfig)

type saveConfig struct {
	dtype    DType
	checksum bool
}

// WithDType stores float32 tensors as F32 (the default), F16 or BF16,
// rounding to nearest even. It does not apply to SaveRaw.
func WithDType(d DType) SaveOption { return func(c *saveConfig) { c.dtype = d } }

// WithChecksum records the CRC-32C of the data section in the metadata under
// ChecksumKey, so File.Verify can detect a corrupted or truncated file.
func WithChecksum() SaveOption { return func(c *saveConfig) { c.checksum = true } }

// item is one tensor to write: float32 values to encode, or raw bytes.
type item struct {
	info TensorInfo
	f32  []float32
	raw  []byte
}

// Save writes tensors to path as a safetensors file, atomically: the bytes go
// to a temporary file in the same directory, which is synced and renamed over
// path, so path holds either the old file or the complete new one, never a
// partial write. The layout is the reference writer's (tensors sorted by
// name within a dtype, header padded with spaces to 8 bytes), so the output is
// byte-identical to Python's safetensors.save_file for the same input. A nil
// metadata map writes no __metadata__; keys are written sorted.
func Save(path string, tensors map[string]*tensor.Tensor, metadata map[string]string, opts ...SaveOption) error {
	list := make([]Named, 0, len(tensors))
	for n, t := range tensors {
		list = append(list, Named{n, t})
	}
	return SaveList(path, list, metadata, opts...)
}

// SaveList is Save for a list of named tensors; names must be unique. The
// list's order does not change the file: like the reference writer, Save
// lays tensors out by dtype, then name.
func SaveList(path string, tensors []Named, metadata map[string]string, opts ...SaveOption) error {
	items, cfg, err := namedItems(tensors, opts)
	if err != nil {
		return fmt.Errorf("st: saving %s: %w", path, err)
	}
	return saveItems(path, items, metadata, cfg)
}

// SaveRaw writes tensors of any dtype from their little-endian bytes.
func SaveRaw(path string, tensors map[string]RawTensor, metadata map[string]string, opts ...SaveOption) error {
	items, cfg, err := rawItems(tensors, opts)
	if err != nil {
		return fmt.Errorf("st: saving %s: %w", path, err)
	}
	return saveItems(path, items, metadata, cfg)
}

// Encode writes the safetensors bytes of tensors to w (not atomically: use
// Save for files).
func Encode(w io.Writer, tensors []Named, metadata map[string]string, opts ...SaveOption) error {
	items, cfg, err := namedItems(tensors, opts)
	if err != nil {
		return fmt.Errorf("st: %w", err)
	}
	return encodeItems(w, items, metadata, cfg)
}

// EncodeRaw is Encode for raw tensors of any dtype.
func EncodeRaw(w io.Writer, tensors map[string]RawTensor, metadata map[string]string, opts ...SaveOption) error {
	items, cfg, err := rawItems(tensors, opts)
	if err != nil {
		return fmt.Errorf("st: %w", err)
	}
	return encodeItems(w, items, metadata, cfg)
}

func config(opts []SaveOption) (saveConfig, error) {
	cfg := saveConfig{dtype: F32}
	for _, o := range opts {
		o(&cfg)
	}
	switch cfg.dtype {
	case F32, F16, BF16:
		return cfg, nil
	}
	return cfg, fmt.Errorf("cannot store float32 tensors as %s (use F32, F16 or BF16)", cfg.dtype)
}

func checkName(name string, seen map[string]bool) error {
	if name == metadataKey {
		return fmt.Errorf("%q is reserved for metadata and cannot name a tensor", name)
	}
	if seen[name] {
		return fmt.Errorf("tensor %q is listed twice", name)
	}
	seen[name] = true
	return nil
}

func namedItems(tensors []Named, opts []SaveOption) (items []item, cfg saveConfig, err error) {
	if cfg, err = config(opts); err != nil {
		return nil, cfg, err
	}
	seen := make(map[string]bool, len(tensors))
	items = make([]item, 0, len(tensors))
	for _, nt := range tensors {
		if err := checkName(nt.Name, seen); err != nil {
			return nil, cfg, err
		}
		if nt.Tensor == nil {
			return nil, cfg, fmt.Errorf("tensor %q is nil", nt.Name)
		}
		data, shape, err := tensorData(nt.Tensor)
		if err != nil {
			return nil, cfg, fmt.Errorf("tensor %q: %w", nt.Name, err)
		}
		n := 1
		for _, d := range shape {
			n *= d
		}
		if n != len(data) {
			return nil, cfg, fmt.Errorf("tensor %q: shape %v needs %d values, it has %d", nt.Name, shape, n, len(data))
		}
		items = append(items, item{info: TensorInfo{Name: nt.Name, DType: cfg.dtype, Shape: shape}, f32: data})
	}
	return items, cfg, nil
}

// tensorData reads a tensor's values, turning a panic (an invalidated
// tensor, say) into an error.
func tensorData(t *tensor.Tensor) (data []float32, shape []int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return t.Data(), t.Shape(), nil
}

func rawItems(tensors map[string]RawTensor, opts []SaveOption) (items []item, cfg saveConfig, err error) {
	cfg = saveConfig{}
	for _, o := range opts {
		o(&cfg)
	}
	seen := make(map[string]bool, len(tensors))
	for name, r := range tensors {
		if err := checkName(name, seen); err != nil {
			return nil, cfg, err
		}
		if r.DType.Size() == 0 {
			return nil, cfg, fmt.Errorf("tensor %q: invalid dtype %v", name, r.DType)
		}
		n := int64(1)
		for _, d := range r.Shape {
			if d < 0 {
				return nil, cfg, fmt.Errorf("tensor %q: negative dimension in shape %v", name, r.Shape)
			}
			n *= int64(d)
		}
		if n*int64(r.DType.Size()) != int64(len(r.Data)) {
			return nil, cfg, fmt.Errorf("tensor %q: %s %v needs %d bytes, it has %d", name, r.DType, r.Shape, n*int64(r.DType.Size()), len(r.Data))
		}
		items = append(items, item{info: TensorInfo{Name: name, DType: r.DType, Shape: append([]int(nil), r.Shape...)}, raw: r.Data})
	}
	return items, cfg, nil
}

// layout sorts items the way the reference writer does (dtype descending in
// its enum order, then name) and assigns their data offsets.
func layout(items []item) int64 {
	sort.Slice(items, func(i, j int) bool {
		a, b := items[i].info, items[j].info
		if a.DType != b.DType {
			return a.DType > b.DType
		}
		return a.Name < b.Name
	})
	off := int64(0)
	for i := range items {
		n := items[i].info.NumElements() * int64(items[i].info.DType.Size())
		items[i].info.Begin, items[i].info.End = off, off+n
		off += n
	}
	return off
}

// header lays out items and builds the padded header, with the data checksum
// in the metadata when asked (computed by a first pass over the data: it is
// memory speed for F32, and keeps the output stream strictly sequential).
func buildHeader(items []item, metadata map[string]string, cfg saveConfig) ([]byte, error) {
	layout(items)
	if cfg.checksum {
		h := crc32.New(castagnoli)
		if err := writeData(h, items); err != nil {
			return nil, err
		}
		md := make(map[string]string, len(metadata)+1)
		for k, v := range metadata {
			md[k] = v
		}
		md[ChecksumKey] = fmt.Sprintf("%08x", h.Sum32())
		metadata = md
	}
	infos := make([]TensorInfo, len(items))
	for i := range items {
		infos[i] = items[i].info
	}
	return encodeHeader(infos, metadata), nil
}

func encodeItems(w io.Writer, items []item, metadata map[string]string, cfg saveConfig) error {
	hdr, err := buildHeader(items, metadata, cfg)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	var n [8]byte
	le.PutUint64(n[:], uint64(len(hdr)))
	bw.Write(n[:])
	bw.Write(hdr)
	if err := writeData(bw, items); err != nil {
		return err
	}
	return bw.Flush()
}

// chunkElems is how many values are converted per write when the stored
// dtype differs from memory: big enough for large sequential writes, small
// enough to stay in cache.
const chunkElems = 256 << 10

// writeChunk is the largest single write of tensor data.
const writeChunk = 1 << 20

// writeData streams every item's bytes to w. F32 data on a little-endian host
// is written straight from the tensor's memory; conversions go through one
// reused buffer, so there is no per-element or per-tensor allocation.
func writeData(w io.Writer, items []item) error {
	var buf []byte
	for i := range items {
		it := &items[i]
		switch {
		case it.raw != nil:
			if _, err := w.Write(it.raw); err != nil {
				return err
			}
		case len(it.f32) == 0:
		case it.info.DType == F32 && nativeLittleEndian:
			b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(it.f32))), 4*len(it.f32))
			// 1 MB writes: measured on Linux, single writes of 8 MB and more
			// into the page cache are several times slower at random.
			for len(b) > 0 {
				n := min(len(b), writeChunk)
				if _, err := w.Write(b[:n]); err != nil {
					return err
				}
				b = b[n:]
			}
		default:
			size := it.info.DType.Size()
			if buf == nil {
				buf = make([]byte, chunkElems*4)
			}
			for s := 0; s < len(it.f32); s += chunkElems {
				e := min(s+chunkElems, len(it.f32))
				out := buf[:(e-s)*size]
				encodeFromF32(out, it.f32[s:e], it.info.DType)
				if _, err := w.Write(out); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// testHookWrite, when set by a test, is called once after the first
// testHookWriteAfter bytes of a file have been written by Save.
var (
	testHookWrite      func()
	testHookWriteAfter int64
)

type hookWriter struct {
	w    io.Writer
	n    int64
	done bool
}

// Write counts bytes and calls the test hook once past its threshold.
func (h *hookWriter) Write(p []byte) (int, error) {
	n, err := h.w.Write(p)
	h.n += int64(n)
	if !h.done && h.n >= testHookWriteAfter && testHookWrite != nil {
		h.done = true
		testHookWrite()
	}
	return n, err
}

func saveItems(path string, items []item, metadata map[string]string, cfg saveConfig) error {
	err := WriteFileAtomic(path, func(w io.Writer) error {
		return encodeItems(w, items, metadata, cfg)
	})
	if err != nil {
		return fmt.Errorf("st: saving %s: %w", path, err)
	}
	return nil
}

// WriteFileAtomic creates or replaces path with what write produces, so that
// path holds either its old content or the complete new one whatever happens
// (crash, power loss, kill): write goes to a temporary file in the same
// directory, which is fsynced, renamed over path, and the directory fsynced.
// On error the temporary file is removed and path is untouched.
func WriteFileAtomic(path string, write func(w io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	var w io.Writer = tmp
	if testHookWrite != nil {
		w = &hookWriter{w: tmp}
	}
	if err = write(w); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Systems that cannot sync a
// directory (Windows) are skipped.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
