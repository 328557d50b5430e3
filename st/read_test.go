package st

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/gograd/gograd/tensor"
)

func unsafePointer[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

const fixtureDir = "../../shared/fixtures/gpt2-tiny"

func fixture(t *testing.T, name string) string {
	t.Helper()
	p := filepath.Join(fixtureDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("fixture %s missing (the shared fixtures live in ../shared beside the repository): %v", p, err)
	}
	return p
}

// gpt2TinyShapes is the table of the fixture's README.
func gpt2TinyShapes() map[string][]int {
	m := map[string][]int{
		"wte.weight":  {512, 64},
		"wpe.weight":  {32, 64},
		"ln_f.weight": {64},
		"ln_f.bias":   {64},
	}
	for _, i := range []string{"0", "1"} {
		p := "h." + i + "."
		m[p+"ln_1.weight"] = []int{64}
		m[p+"ln_1.bias"] = []int{64}
		m[p+"attn.c_attn.weight"] = []int{64, 192}
		m[p+"attn.c_attn.bias"] = []int{192}
		m[p+"attn.c_proj.weight"] = []int{64, 64}
		m[p+"attn.c_proj.bias"] = []int{64}
		m[p+"attn.bias"] = []int{1, 1, 32, 32}
		m[p+"ln_2.weight"] = []int{64}
		m[p+"ln_2.bias"] = []int{64}
		m[p+"mlp.c_fc.weight"] = []int{64, 256}
		m[p+"mlp.c_fc.bias"] = []int{256}
		m[p+"mlp.c_proj.weight"] = []int{256, 64}
		m[p+"mlp.c_proj.bias"] = []int{64}
	}
	return m
}

func TestGPT2TinyFixture(t *testing.T) {
	path := fixture(t, "model.safetensors")
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want := gpt2TinyShapes()
	if f.Len() != len(want) {
		t.Errorf("%d tensors, want %d: %v", f.Len(), len(want), f.Names())
	}
	for name, shape := range want {
		info, ok := f.Info(name)
		if !ok {
			t.Errorf("missing %s", name)
			continue
		}
		if info.DType != F32 || !reflect.DeepEqual(info.Shape, shape) {
			t.Errorf("%s: %s %v, want F32 %v", name, info.DType, info.Shape, shape)
		}
	}
	if f.Metadata()["format"] != "pt" {
		t.Errorf("metadata %v, want format=pt", f.Metadata())
	}
	// The mask buffer is lower-triangular ones; the mapped tensor and the
	// one read through io.ReaderAt must agree with it and each other.
	mask, err := f.Tensor("h.0.attn.bias")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(path)
	g, err := OpenBytes(raw)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range f.Names() {
		a, _ := f.Tensor(name)
		b, _ := g.Tensor(name)
		if !reflect.DeepEqual(a.Data(), b.Data()) {
			t.Fatalf("%s differs between the mapped and the ReaderAt file", name)
		}
	}
	d := mask.Data()
	for r := 0; r < 32; r++ {
		for c := 0; c < 32; c++ {
			want := float32(0)
			if c <= r {
				want = 1
			}
			if d[r*32+c] != want {
				t.Fatalf("attn.bias[%d,%d] = %v, want %v", r, c, d[r*32+c], want)
			}
		}
	}
	// LayerNorm gains are 1 + 0.1·N(0,1): their mean is near 1.
	ln, _ := f.Tensor("h.1.ln_2.weight")
	var sum float64
	for _, v := range ln.Data() {
		sum += float64(v)
	}
	if m := sum / 64; m < 0.9 || m > 1.1 {
		t.Errorf("h.1.ln_2.weight mean %v, want about 1", m)
	}
}

func TestGPT2TinyExpected(t *testing.T) {
	f, err := Open(fixture(t, "expected.safetensors"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ids, err := f.Int64s("input_ids")
	if err != nil {
		t.Fatal(err)
	}
	targets, err := f.Int64s("targets")
	if err != nil {
		t.Fatal(err)
	}
	if info, _ := f.Info("input_ids"); info.DType != I64 || !reflect.DeepEqual(info.Shape, []int{2, 16}) {
		t.Fatalf("input_ids is %s %v", info.DType, info.Shape)
	}
	for b := 0; b < 2; b++ {
		for i := 0; i < 16; i++ {
			if v := ids[b*16+i]; v < 0 || v >= 512 {
				t.Fatalf("input_ids[%d,%d] = %d, not a token id", b, i, v)
			}
			if i < 15 && targets[b*16+i] != ids[b*16+i+1] {
				t.Fatalf("targets[%d,%d] = %d, want input_ids[%d,%d] = %d", b, i, targets[b*16+i], b, i+1, ids[b*16+i+1])
			}
		}
	}
	// I64 also converts to float32 tensors.
	idt, err := f.Tensor("input_ids")
	if err != nil {
		t.Fatal(err)
	}
	if idt.Data()[3] != float32(ids[3]) {
		t.Errorf("input_ids as float32: %v, want %v", idt.Data()[3], ids[3])
	}
	loss, err := f.Tensor("loss")
	if err != nil {
		t.Fatal(err)
	}
	if len(loss.Shape()) != 0 || math.Abs(float64(loss.Data()[0])-6.2718) > 1e-3 {
		t.Errorf("loss %v shape %v, want the scalar 6.2718", loss.Data(), loss.Shape())
	}
	logits, err := f.Tensor("logits")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(logits.Shape(), []int{2, 16, 512}) {
		t.Errorf("logits shape %v", logits.Shape())
	}
	if _, err := f.Int64s("logits"); err == nil {
		t.Error("Int64s of an F32 tensor succeeded")
	}
}

// randomRaw returns n elements of dtype d as bytes, float dtypes holding
// finite values (so value comparisons are meaningful) and a few specials.
func randomRaw(r *rand.Rand, d DType, n int) []byte {
	b := make([]byte, n*d.Size())
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	switch d {
	case F32:
		for i := 0; i < n; i++ {
			le.PutUint32(b[4*i:], math.Float32bits(float32(r.NormFloat64())))
		}
	case F64:
		for i := 0; i < n; i++ {
			le.PutUint64(b[8*i:], math.Float64bits(r.NormFloat64()*1e3))
		}
	case BOOL:
		for i := range b {
			b[i] &= 1
		}
	}
	return b
}

// refFloat32 converts one element the slow, obvious way.
func refFloat32(d DType, b []byte) float64 {
	switch d {
	case BOOL, U8:
		return float64(b[0])
	case I8:
		return float64(int8(b[0]))
	case I16:
		return float64(int16(le.Uint16(b)))
	case U16:
		return float64(le.Uint16(b))
	case I32:
		return float64(float32(int32(le.Uint32(b))))
	case U32:
		return float64(float32(le.Uint32(b)))
	case I64:
		return float64(float32(int64(le.Uint64(b))))
	case U64:
		return float64(float32(le.Uint64(b)))
	case F16:
		// sign · 2^(e-15) · (1 + m/1024), or subnormal.
		h := le.Uint16(b)
		s := 1.0
		if h&0x8000 != 0 {
			s = -1
		}
		e, m := int(h>>10)&31, float64(h&1023)
		switch {
		case e == 31 && m == 0:
			return s * math.Inf(1)
		case e == 31:
			return math.NaN()
		case e == 0:
			return s * m / 1024 * math.Pow(2, -14)
		}
		return s * (1 + m/1024) * math.Pow(2, float64(e-15))
	case BF16:
		return float64(math.Float32frombits(uint32(le.Uint16(b)) << 16))
	case F32:
		return float64(math.Float32frombits(le.Uint32(b)))
	case F64:
		return float64(float32(math.Float64frombits(le.Uint64(b))))
	case F8_E4M3:
		v := b[0]
		s := 1.0
		if v&0x80 != 0 {
			s = -1
		}
		e, m := int(v>>3)&15, float64(v&7)
		if e == 15 && m == 7 {
			return math.NaN()
		}
		if e == 0 {
			return s * m / 8 * math.Pow(2, -6)
		}
		return s * (1 + m/8) * math.Pow(2, float64(e-7))
	case F8_E5M2:
		v := b[0]
		s := 1.0
		if v&0x80 != 0 {
			s = -1
		}
		e, m := int(v>>2)&31, float64(v&3)
		switch {
		case e == 31 && m == 0:
			return s * math.Inf(1)
		case e == 31:
			return math.NaN()
		case e == 0:
			return s * m / 4 * math.Pow(2, -14)
		}
		return s * (1 + m/4) * math.Pow(2, float64(e-15))
	case F8_E8M0:
		if b[0] == 255 {
			return math.NaN()
		}
		return math.Pow(2, float64(int(b[0])-127))
	}
	panic("no reference for " + d.String())
}

func sameFloat(a, b float64) bool {
	return a == b || (math.IsNaN(a) && math.IsNaN(b))
}

func TestRoundTripEveryDType(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	dir := t.TempDir()
	shapes := [][]int{{}, {0}, {7}, {3, 5}, {2, 0, 4}, {2, 3, 4}}
	for _, d := range DTypes() {
		t.Run(d.String(), func(t *testing.T) {
			in := map[string]RawTensor{}
			for i, s := range shapes {
				n := 1
				for _, x := range s {
					n *= x
				}
				in["t"+string(rune('a'+i))] = RawTensor{DType: d, Shape: s, Data: randomRaw(r, d, n)}
			}
			// The 256 byte values cover every F8 code.
			if d.Size() == 1 {
				all := make([]byte, 256)
				for i := range all {
					all[i] = byte(i)
				}
				if d == BOOL {
					all = all[:2]
				}
				in["all"] = RawTensor{DType: d, Shape: []int{len(all)}, Data: all}
			}
			path := filepath.Join(dir, d.String()+".safetensors")
			if err := SaveRaw(path, in, map[string]string{"dtype": d.String()}); err != nil {
				t.Fatal(err)
			}
			disk, _ := os.ReadFile(path)
			mapped, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer mapped.Close()
			read, err := OpenBytes(disk)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range []*File{mapped, read} {
				if f.Metadata()["dtype"] != d.String() || f.Len() != len(in) {
					t.Fatalf("metadata %v, %d tensors", f.Metadata(), f.Len())
				}
				for name, want := range in {
					got, err := f.Raw(name)
					if err != nil {
						t.Fatal(err)
					}
					if got.DType != d || !slices.Equal(got.Shape, want.Shape) || !bytes.Equal(got.Data, want.Data) {
						t.Fatalf("%s: raw round trip gave %s %v (%d bytes), want %s %v (%d bytes)", name, got.DType, got.Shape, len(got.Data), d, want.Shape, len(want.Data))
					}
					ft, err := f.Tensor(name)
					if d == C64 {
						if err == nil {
							t.Fatal("C64 converted to float32")
						}
						continue
					}
					if err != nil {
						t.Fatal(err)
					}
					if !slices.Equal(ft.Shape(), want.Shape) {
						t.Fatalf("%s: float32 shape %v, want %v", name, ft.Shape(), want.Shape)
					}
					for i, v := range ft.Data() {
						if ref := refFloat32(d, want.Data[i*d.Size():]); !sameFloat(float64(v), ref) {
							t.Fatalf("%s[%d] = %v, want %v", name, i, v, ref)
						}
					}
				}
			}
		})
	}
}

func TestFloatConversions(t *testing.T) {
	// Every half converts to float32 and back to itself.
	for h := 0; h < 1<<16; h++ {
		f := F16ToFloat32(uint16(h))
		if math.IsNaN(float64(f)) {
			if back := Float32ToF16(f); back&0x7c00 != 0x7c00 || back&0x3ff == 0 {
				t.Fatalf("NaN %04x came back as %04x", h, back)
			}
			continue
		}
		if back := Float32ToF16(f); back != uint16(h) {
			t.Fatalf("half %04x -> %v -> %04x", h, f, back)
		}
		if ref := refFloat32(F16, []byte{byte(h), byte(h >> 8)}); float64(f) != ref {
			t.Fatalf("half %04x = %v, want %v", h, f, ref)
		}
	}
	cases := []struct {
		in       float32
		f16, b16 uint16
	}{
		{1, 0x3c00, 0x3f80},
		{-2, 0xc000, 0xc000},
		{65504, 0x7bff, 0x4780},
		{65519.996, 0x7bff, 0x4780},                   // just below the f16 rounding boundary
		{65520, 0x7c00, 0x4780},                       // rounds up to Inf in f16
		{float32(math.Inf(-1)), 0xfc00, 0xff80},       // -Inf
		{1 + 1.0/2048, 0x3c00, 0x3f80},                // f16 tie, even stays
		{1 + 3.0/2048, 0x3c02, 0x3f80},                // f16 tie, odd rounds up
		{float32(math.Ldexp(1, -24)), 0x0001, 0x3380}, // smallest f16 subnormal
		{float32(math.Ldexp(1, -25)), 0x0000, 0x3300}, // tie to zero
		{float32(math.Ldexp(1.5, -25)), 0x0001, 0x3340},
		{1 + 1.0/256, 0x3c04, 0x3f80},             // bf16 tie (even)
		{1 + 3.0/256, 0x3c0c, 0x3f82},             // bf16 tie (odd, up)
		{float32(math.Ldexp(1, -149)), 0, 0x0000}, // float32 subnormal
	}
	for _, c := range cases {
		if got := Float32ToF16(c.in); got != c.f16 {
			t.Errorf("Float32ToF16(%v) = %04x, want %04x", c.in, got, c.f16)
		}
		if got := Float32ToBF16(c.in); got != c.b16 {
			t.Errorf("Float32ToBF16(%v) = %04x, want %04x", c.in, got, c.b16)
		}
	}
	if b := Float32ToBF16(float32(math.NaN())); b&0x7f80 != 0x7f80 || b&0x7f == 0 {
		t.Errorf("bf16 of NaN is %04x", b)
	}
}

func TestSaveAsF16AndBF16(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	vals := make([]float32, 1000)
	for i := range vals {
		vals[i] = float32(r.NormFloat64() * math.Pow(10, float64(r.IntN(12)-6)))
	}
	dir := t.TempDir()
	for _, d := range []DType{F32, F16, BF16} {
		path := filepath.Join(dir, d.String()+".safetensors")
		if err := Save(path, map[string]*tensor.Tensor{"w": tensor.FromSlice(vals, 10, 100)}, nil, WithDType(d)); err != nil {
			t.Fatal(err)
		}
		f, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		raw, _ := f.Raw("w")
		got, _ := f.Tensor("w")
		for i, v := range vals {
			var want float32
			switch d {
			case F32:
				want = v
			case F16:
				want = F16ToFloat32(Float32ToF16(v))
				if h := le.Uint16(raw.Data[2*i:]); h != Float32ToF16(v) {
					t.Fatalf("stored half %04x, want %04x", h, Float32ToF16(v))
				}
			case BF16:
				want = BF16ToFloat32(Float32ToBF16(v))
			}
			if got.Data()[i] != want {
				t.Fatalf("%s: value %d = %v, want %v", d, i, got.Data()[i], want)
			}
		}
		f.Close()
	}
	if err := Save(filepath.Join(dir, "x"), nil, nil, WithDType(I8)); err == nil || !strings.Contains(err.Error(), "I8") {
		t.Errorf("saving as I8: %v", err)
	}
}

func TestUseAfterClose(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := Save(path, map[string]*tensor.Tensor{"w": tensor.FromSlice([]float32{1, 2, 3, 4}, 4)}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	w, _ := f.Tensor("w")
	kept, _ := f.TensorCopy("w")
	if mapped && &w.Data()[0] == &kept.Data()[0] {
		t.Fatal("TensorCopy shares memory with Tensor")
	}
	w.Data()[0] = 42 // private copy-on-write: the file does not change
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := f.Tensor("w"); !errors.Is(err, ErrClosed) {
		t.Errorf("Tensor after Close: %v, want ErrClosed", err)
	}
	if kept.Data()[3] != 4 {
		t.Error("copied tensor changed after Close")
	}
	if mapped {
		func() {
			defer func() {
				r := recover()
				if r == nil || !strings.Contains(fmt.Sprint(r), "closed") {
					t.Errorf("using a mapped tensor after Close: recovered %v, want a panic naming the closed file", r)
				}
			}()
			_ = w.Data()
		}()
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if back["w"].Data()[0] != 1 {
		t.Errorf("write through a mapped tensor reached the file: %v", back["w"].Data())
	}
}

func TestZeroCopy(t *testing.T) {
	if !mapped || !nativeLittleEndian {
		t.Skip("no mmap on this system")
	}
	path := filepath.Join(t.TempDir(), "m.safetensors")
	vals := []float32{1, 2, 3, 4, 5, 6}
	if err := Save(path, map[string]*tensor.Tensor{"a": tensor.FromSlice(vals, 6), "b": tensor.FromSlice(vals, 2, 3)}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, n := range f.Names() {
		x, _ := f.Tensor(n)
		ti, _ := f.Info(n)
		p := &x.Data()[0]
		sh := f.shards[0]
		if want := &sh.mem[sh.hdr.dataStart()+ti.Begin]; uintptr(unsafePointer(p)) != uintptr(unsafePointer(want)) {
			t.Errorf("%s is not backed by the mapping", n)
		}
	}
}

func TestNotFound(t *testing.T) {
	b := encodeForTest(t, map[string]RawTensor{"a": {F32, []int{1}, make([]byte, 4)}}, nil)
	f, err := OpenBytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Tensor("nope"); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("missing tensor: %v", err)
	}
}

func encodeForTest(t testing.TB, m map[string]RawTensor, md map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := EncodeRaw(&buf, m, md); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// A reader that ends early (the file shrank after opening) gives an error.
type shortReader struct {
	b   []byte
	cut int
}

func (s shortReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= int64(s.cut) {
		return 0, io.EOF
	}
	n := copy(p, s.b[off:s.cut])
	if n < len(p) {
		return n, io.EOF
	}
	return n, nil
}

func TestReaderAtShortRead(t *testing.T) {
	b := encodeForTest(t, map[string]RawTensor{"a": {F32, []int{4}, make([]byte, 16)}}, nil)
	f, err := OpenReaderAt(shortReader{b, len(b) - 4}, int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Tensor("a"); !errors.Is(err, io.ErrUnexpectedEOF) || !strings.Contains(err.Error(), `"a"`) {
		t.Errorf("short read: %v", err)
	}
	// A reader that returns io.EOF with the last full read is fine.
	g, _ := OpenReaderAt(shortReader{b, len(b)}, int64(len(b)))
	if _, err := g.Tensor("a"); err != nil {
		t.Errorf("full read ending in io.EOF: %v", err)
	}
}

func TestOpenPathsAndVerify(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing.safetensors")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "model.safetensors") {
		t.Errorf("empty directory: %v", err)
	}
	path := filepath.Join(dir, "model.safetensors")
	w := map[string]*tensor.Tensor{"w": tensor.FromSlice([]float32{1, 2, 3}, 3)}
	if err := Save(path, w, nil); err != nil {
		t.Fatal(err)
	}
	f, err := Open(dir) // a directory with model.safetensors
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Verify(); !errors.Is(err, ErrNoChecksum) {
		t.Errorf("Verify without a checksum: %v", err)
	}
	f.Close()
	if err := Save(path, w, map[string]string{"k": "v"}, WithChecksum()); err != nil {
		t.Fatal(err)
	}
	f, _ = Open(path)
	if err := f.Verify(); err != nil || f.Metadata()["k"] != "v" {
		t.Errorf("Verify: %v, metadata %v", err, f.Metadata())
	}
	f.Close()
	b, _ := os.ReadFile(path)
	b[len(b)-1] ^= 1
	os.WriteFile(path, b, 0o644)
	f, _ = Open(path)
	defer f.Close()
	if err := f.Verify(); !errors.Is(err, ErrChecksum) {
		t.Errorf("Verify of a changed file: %v", err)
	}
	g, _ := OpenBytes(b)
	if err := g.Verify(); !errors.Is(err, ErrChecksum) {
		t.Errorf("Verify through ReaderAt: %v", err)
	}
}
