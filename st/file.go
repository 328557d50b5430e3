package st

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/gograd/gograd/tensor"
)

// ErrClosed is returned by the methods of a File after Close.
var ErrClosed = errors.New("st: file already closed")

// ErrNotFound is wrapped by the error for a tensor name the file lacks.
var ErrNotFound = errors.New("no such tensor")

// ChecksumKey is the metadata key under which WithChecksum records the
// CRC-32C (Castagnoli) of the data section, as 8 lowercase hex digits.
const ChecksumKey = "gograd.data_crc32c"

// IndexSuffix names a sharded checkpoint's index, as Hugging Face writes it
// (model.safetensors.index.json, with a "weight_map" from tensor to shard).
const IndexSuffix = ".safetensors.index.json"

// File is an open safetensors file, or a set of shards opened through their
// index, read lazily: opening parses and validates the header only.
//
// Tensors handed out by a File opened with Open may share memory with the
// file's mapping; Close unmaps it and invalidates them, so a use after Close
// panics with a clear message instead of crashing the process. Writes to such
// a tensor go to private copy-on-write pages and never reach the file.
// The methods of a File are safe for concurrent use, except that Close must
// not race with tensors still being used.
type File struct {
	mu     sync.Mutex
	path   string
	shards []*shard
	meta   map[string]string
	closed bool
	handed []*tensor.Tensor // tensors aliasing a mapping, invalidated by Close
}

type shard struct {
	path     string
	hdr      *header
	size     int64
	mem      []byte // the whole file when mapped (or read), else nil
	writable bool   // mem is private writable memory that tensors may alias
	ra       io.ReaderAt
	release  func() error
}

// Open opens a safetensors file for reading. path may be a .safetensors file,
// a sharded checkpoint's index (*.safetensors.index.json), or a directory
// holding model.safetensors.index.json or model.safetensors. The file is
// memory-mapped (on Unix), so opening costs the header only and tensor data
// pages in when used. Every malformed file gets a *FormatError.
//
// As with any memory-mapped file, another process truncating the file while
// it is open makes reads of the lost pages fault; files written by Save are
// replaced by rename, which leaves an open mapping intact.
func Open(path string) (*File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("st: %w", err)
	}
	if st.IsDir() {
		for _, name := range []string{"model" + IndexSuffix, "model.safetensors"} {
			p := filepath.Join(path, name)
			if _, err := os.Stat(p); err == nil {
				return Open(p)
			}
		}
		return nil, fmt.Errorf("st: directory %s holds neither model%s nor model.safetensors", path, IndexSuffix)
	}
	if strings.HasSuffix(path, ".json") {
		return openIndex(path)
	}
	sh, err := openShard(path)
	if err != nil {
		return nil, err
	}
	return newFile(path, []*shard{sh}, nil)
}

func openShard(path string) (*shard, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("st: %w", err)
	}
	defer fh.Close()
	fi, err := fh.Stat()
	if err != nil {
		return nil, fmt.Errorf("st: %w", err)
	}
	size := fi.Size()
	var prefix [8]byte
	if size >= 8 {
		if _, err := fh.ReadAt(prefix[:], 0); err != nil {
			return nil, fmt.Errorf("st: %s: %w", path, err)
		}
	}
	n, err := headerLength(prefix[:], size)
	if err != nil {
		return nil, withPath(err, path)
	}
	mem, writable, unmap, err := mapFile(fh, size)
	if err != nil {
		return nil, fmt.Errorf("st: %s: %w", path, err)
	}
	hdr, err := parseHeader(mem[8:8+n], size)
	if err != nil {
		unmap()
		return nil, withPath(err, path)
	}
	return &shard{path: path, hdr: hdr, size: size, mem: mem, writable: writable, release: unmap}, nil
}

// OpenReaderAt reads a safetensors file of size bytes from r without
// mapping it: the header is read and validated now, each tensor's bytes when
// it is asked for (into fresh memory, so tensors stay valid after Close).
func OpenReaderAt(r io.ReaderAt, size int64) (*File, error) {
	var prefix [8]byte
	if size >= 8 {
		if _, err := r.ReadAt(prefix[:], 0); err != nil {
			return nil, fmt.Errorf("st: reading header length: %w", err)
		}
	}
	n, err := headerLength(prefix[:], size)
	if err != nil {
		return nil, err
	}
	buf := make([]byte, n)
	if _, err := r.ReadAt(buf, 8); err != nil {
		return nil, fmt.Errorf("st: reading header: %w", err)
	}
	hdr, err := parseHeader(buf, size)
	if err != nil {
		return nil, err
	}
	return newFile("", []*shard{{hdr: hdr, size: size, ra: r}}, nil)
}

// OpenBytes reads a safetensors file held in memory. F32 tensors copy data
// (b may be unaligned and is not owned by the File).
func OpenBytes(b []byte) (*File, error) {
	return OpenReaderAt(bytesReaderAt(b), int64(len(b)))
}

type bytesReaderAt []byte

// ReadAt implements io.ReaderAt.
func (b bytesReaderAt) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 || off > int64(len(b)) {
		return 0, io.EOF
	}
	n := copy(p, b[off:])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func newFile(path string, shards []*shard, indexMeta map[string]string) (*File, error) {
	f := &File{path: path, shards: shards}
	for si, sh := range shards {
		if sh.hdr.metadata != nil && f.meta == nil {
			f.meta = map[string]string{}
		}
		for k, v := range sh.hdr.metadata {
			f.meta[k] = v
		}
		for _, info := range sh.hdr.tensors {
			for _, prev := range shards[:si] {
				if _, dup := prev.hdr.index[info.Name]; dup {
					f.release()
					return nil, &FormatError{Path: path, Tensor: info.Name, Offset: -1, Kind: ErrDuplicateName,
						Reason: fmt.Sprintf("the tensor is in both %s and %s", prev.path, sh.path)}
				}
			}
		}
	}
	if indexMeta != nil && f.meta == nil {
		f.meta = map[string]string{}
	}
	for k, v := range indexMeta {
		f.meta[k] = v
	}
	return f, nil
}

// openIndex opens the shards listed by a Hugging Face index file.
func openIndex(path string) (*File, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("st: %w", err)
	}
	b, err := io.ReadAll(io.LimitReader(fh, MaxHeaderSize+1))
	fh.Close()
	if err != nil {
		return nil, fmt.Errorf("st: %w", err)
	}
	bad := func(tensor, format string, args ...any) error {
		return &FormatError{Path: path, Tensor: tensor, Offset: -1, Kind: ErrIndex, Reason: fmt.Sprintf(format, args...)}
	}
	if len(b) > MaxHeaderSize {
		return nil, bad("", "the index is larger than %d bytes", MaxHeaderSize)
	}
	var idx struct {
		Metadata  map[string]json.RawMessage `json:"metadata"`
		WeightMap map[string]string          `json:"weight_map"`
	}
	if err := json.Unmarshal(b, &idx); err != nil {
		return nil, bad("", "%v", err)
	}
	if len(idx.WeightMap) == 0 {
		return nil, bad("", "no weight_map")
	}
	dir := filepath.Dir(path)
	var files []string
	seen := map[string]bool{}
	for name, file := range idx.WeightMap {
		if !filepath.IsLocal(file) {
			return nil, bad(name, "shard file %q is not a plain path inside %s", file, dir)
		}
		if !seen[file] {
			seen[file] = true
			files = append(files, file)
		}
	}
	sort.Strings(files)
	var shards []*shard
	closeAll := func() {
		for _, sh := range shards {
			sh.release()
		}
	}
	for _, file := range files {
		sh, err := openShard(filepath.Join(dir, file))
		if err != nil {
			closeAll()
			return nil, err
		}
		shards = append(shards, sh)
	}
	meta := map[string]string{}
	for k, raw := range idx.Metadata {
		var s string
		if json.Unmarshal(raw, &s) == nil {
			meta[k] = s
		} else {
			meta[k] = string(raw)
		}
	}
	f, err := newFile(path, shards, meta)
	if err != nil {
		return nil, err
	}
	for name, file := range idx.WeightMap {
		sh, _, ok := f.find(name)
		if !ok || sh.path != filepath.Join(dir, file) {
			f.release()
			return nil, bad(name, "the weight_map puts the tensor in %s, which does not hold it", file)
		}
	}
	return f, nil
}

func (f *File) release() error {
	var first error
	for _, sh := range f.shards {
		if sh.release != nil {
			if err := sh.release(); err != nil && first == nil {
				first = err
			}
			sh.release = nil
		}
		sh.mem = nil
	}
	return first
}

// Close invalidates the tensors that share the file's memory and unmaps it.
// Closing twice is harmless.
func (f *File) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	reason := "tensor used after its safetensors file was closed"
	if f.path != "" {
		reason += " (" + f.path + ")"
	}
	for _, t := range f.handed {
		t.Invalidate(reason)
	}
	f.handed = nil
	return f.release()
}

// Path is the path the file was opened with ("" for OpenReaderAt).
func (f *File) Path() string { return f.path }

// find locates a tensor: its shard and header entry.
func (f *File) find(name string) (*shard, *TensorInfo, bool) {
	for _, sh := range f.shards {
		if i, ok := sh.hdr.index[name]; ok {
			return sh, &sh.hdr.tensors[i], true
		}
	}
	return nil, nil, false
}

// Names lists the tensors in file order (by data offset, shard by shard).
func (f *File) Names() []string {
	out := make([]string, 0, f.Len())
	for _, sh := range f.shards {
		for _, ti := range sh.hdr.tensors {
			out = append(out, ti.Name)
		}
	}
	return out
}

// Len is the number of tensors.
func (f *File) Len() int {
	n := 0
	for _, sh := range f.shards {
		n += len(sh.hdr.tensors)
	}
	return n
}

// Metadata returns a copy of the __metadata__ map (merged over shards, with
// the index's own metadata last), or nil if the file has none.
func (f *File) Metadata() map[string]string {
	if f.meta == nil {
		return nil
	}
	m := make(map[string]string, len(f.meta))
	for k, v := range f.meta {
		m[k] = v
	}
	return m
}

// Info returns the header entry of the named tensor.
func (f *File) Info(name string) (TensorInfo, bool) {
	_, p, ok := f.find(name)
	if !ok {
		return TensorInfo{}, false
	}
	ti := *p
	ti.Shape = append([]int(nil), ti.Shape...)
	return ti, true
}

// Infos returns every header entry in file order.
func (f *File) Infos() []TensorInfo {
	out := make([]TensorInfo, 0, f.Len())
	for _, sh := range f.shards {
		for _, ti := range sh.hdr.tensors {
			ti.Shape = append([]int(nil), ti.Shape...)
			out = append(out, ti)
		}
	}
	return out
}

func (f *File) lookup(name string) (*shard, TensorInfo, error) {
	if f.closed {
		return nil, TensorInfo{}, ErrClosed
	}
	sh, ti, ok := f.find(name)
	if !ok {
		where := f.path
		if where == "" {
			where = "the file"
		}
		return nil, TensorInfo{}, fmt.Errorf("st: %w %q in %s", ErrNotFound, name, where)
	}
	return sh, *ti, nil
}

// bytesOf returns the tensor's bytes: a view of the mapping, or a fresh
// read from the ReaderAt.
func (sh *shard) bytesOf(ti TensorInfo) ([]byte, error) {
	start := sh.hdr.dataStart() + ti.Begin
	if sh.mem != nil {
		return sh.mem[start : start+ti.Bytes() : start+ti.Bytes()], nil
	}
	buf := make([]byte, ti.Bytes())
	if n, err := sh.ra.ReadAt(buf, start); n < len(buf) {
		if err == nil || err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, fmt.Errorf("st: reading tensor %q: %w", ti.Name, err)
	}
	return buf, nil
}

// Tensor returns the named tensor as float32. F32 data in a mapped file is
// used in place (no copy; valid until Close); every other dtype is converted
// into new memory: F16, BF16 and F8 exactly, F64 and wide integers rounded to
// nearest even. C64 has no float32 value and is an error; use Raw.
func (f *File) Tensor(name string) (*tensor.Tensor, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tensor(name, false)
}

// TensorCopy is Tensor, but the result never shares memory with the file and
// stays valid after Close.
func (f *File) TensorCopy(name string) (*tensor.Tensor, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.tensor(name, true)
}

func (f *File) tensor(name string, forceCopy bool) (*tensor.Tensor, error) {
	sh, ti, err := f.lookup(name)
	if err != nil {
		return nil, err
	}
	n := int(ti.NumElements())
	start := sh.hdr.dataStart() + ti.Begin
	if !forceCopy && ti.DType == F32 && len(ti.Shape) > 0 && n > 0 && sh.mem != nil && sh.writable && nativeLittleEndian {
		p := unsafe.Pointer(&sh.mem[start])
		if uintptr(p)%4 == 0 {
			t := tensor.Wrap(unsafe.Slice((*float32)(p), n), ti.Shape...)
			f.handed = append(f.handed, t)
			return t, nil
		}
	}
	if ti.DType == C64 {
		return nil, fmt.Errorf("st: tensor %q is complex (C64) and has no float32 value; use Raw", name)
	}
	b, err := sh.bytesOf(ti)
	if err != nil {
		return nil, err
	}
	dst := make([]float32, n)
	if ti.DType == F32 && nativeLittleEndian {
		copy(dst, unsafe.Slice((*float32)(unsafe.Pointer(unsafe.SliceData(b))), n))
	} else if err := convertToF32(dst, b, ti.DType); err != nil {
		return nil, fmt.Errorf("st: tensor %q: %w", name, err)
	}
	if len(ti.Shape) == 0 {
		return tensor.Scalar(dst[0]), nil // Wrap with no shape means 1-D
	}
	return tensor.Wrap(dst, ti.Shape...), nil
}

// RawTensor is a tensor's dtype, shape and little-endian bytes, unconverted.
type RawTensor struct {
	DType DType
	Shape []int
	Data  []byte
}

// Raw returns the named tensor without conversion. For a mapped file Data is
// a read-only view of the mapping, valid until Close (copy it to keep it);
// for other files it is a fresh copy.
func (f *File) Raw(name string) (RawTensor, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	sh, ti, err := f.lookup(name)
	if err != nil {
		return RawTensor{}, err
	}
	b, err := sh.bytesOf(ti)
	if err != nil {
		return RawTensor{}, err
	}
	return RawTensor{DType: ti.DType, Shape: append([]int(nil), ti.Shape...), Data: b}, nil
}

// Int64s returns an integer (or BOOL) tensor's values widened to int64, e.g.
// token ids stored as I64.
func (f *File) Int64s(name string) ([]int64, error) {
	r, err := f.Raw(name)
	if err != nil {
		return nil, err
	}
	if !r.DType.IsInteger() {
		return nil, fmt.Errorf("st: tensor %q is %s, not an integer dtype", name, r.DType)
	}
	n := len(r.Data) / r.DType.Size()
	out := make([]int64, n)
	b := r.Data
	for i := range out {
		switch r.DType {
		case BOOL, U8:
			out[i] = int64(b[i])
		case I8:
			out[i] = int64(int8(b[i]))
		case I16:
			out[i] = int64(int16(le.Uint16(b[2*i:])))
		case U16:
			out[i] = int64(le.Uint16(b[2*i:]))
		case I32:
			out[i] = int64(int32(le.Uint32(b[4*i:])))
		case U32:
			out[i] = int64(le.Uint32(b[4*i:]))
		case I64:
			out[i] = int64(le.Uint64(b[8*i:]))
		case U64:
			v := le.Uint64(b[8*i:])
			if v > 1<<63-1 {
				return nil, fmt.Errorf("st: tensor %q: element %d (%d) overflows int64", name, i, v)
			}
			out[i] = int64(v)
		}
	}
	return out, nil
}

// Load reads every tensor of a file (or sharded set) into memory of its own
// and closes the file: the tensors stay valid with no File to manage.
func Load(path string) (map[string]*tensor.Tensor, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := make(map[string]*tensor.Tensor, f.Len())
	for _, n := range f.Names() {
		t, err := f.TensorCopy(n)
		if err != nil {
			return nil, err
		}
		out[n] = t
	}
	return out, nil
}

// Verify recomputes the CRC-32C of each shard's data section and compares it
// with the one Save recorded under ChecksumKey. It returns an error wrapping
// ErrChecksum on a mismatch and ErrNoChecksum when a shard records none.
// Unlike Open, it reads every byte.
func (f *File) Verify() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return ErrClosed
	}
	for _, sh := range f.shards {
		want, ok := sh.hdr.metadata[ChecksumKey]
		if !ok {
			return &FormatError{Path: sh.path, Offset: -1, Kind: ErrNoChecksum, Reason: "the metadata has no " + ChecksumKey}
		}
		got, err := sh.checksum()
		if err != nil {
			return err
		}
		if gs := fmt.Sprintf("%08x", got); gs != want {
			return &FormatError{Path: sh.path, Offset: sh.hdr.dataStart(), Kind: ErrChecksum,
				Reason: fmt.Sprintf("the data section's CRC-32C is %s, the header records %s", gs, strconv.Quote(want))}
		}
	}
	return nil
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func (sh *shard) checksum() (uint32, error) {
	start := sh.hdr.dataStart()
	if sh.mem != nil {
		return crc32.Checksum(sh.mem[start:], castagnoli), nil
	}
	h := crc32.New(castagnoli)
	if _, err := io.Copy(h, io.NewSectionReader(sh.ra, start, sh.size-start)); err != nil {
		return 0, fmt.Errorf("st: reading data: %w", err)
	}
	return h.Sum32(), nil
}
