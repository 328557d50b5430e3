package st

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gograd/gograd/tensor"
)

// The byte vectors below are the expected outputs in the test suite of the
// reference writer (safetensors' Rust crate, tensor.rs: test_serialization,
// test_serialization_forced_alignement, test_empty).
func TestByteIdenticalToReference(t *testing.T) {
	six := []float32{0, 1, 2, 3, 4, 5}
	sixBytes := []byte{0, 0, 0, 0, 0, 0, 128, 63, 0, 0, 0, 64, 0, 0, 64, 64, 0, 0, 128, 64, 0, 0, 160, 64}
	le8 := func(n byte) []byte { return []byte{n, 0, 0, 0, 0, 0, 0, 0} }
	cat := func(parts ...[]byte) []byte { return bytes.Join(parts, nil) }
	cases := []struct {
		name    string
		tensors []Named
		meta    map[string]string
		want    []byte
	}{
		{"attn.0", []Named{{"attn.0", tensor.FromSlice(six, 1, 2, 3)}}, nil,
			cat(le8(64), []byte(`{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}`), sixBytes)},
		{"forced alignment", []Named{{"attn0", tensor.FromSlice(six, 1, 1, 2, 3)}}, nil,
			cat(le8(72), []byte(`{"attn0":{"dtype":"F32","shape":[1,1,2,3],"data_offsets":[0,24]}}       `), sixBytes)},
		{"empty", nil, nil, cat(le8(8), []byte(`{}      `))},
		{"empty with metadata", nil, map[string]string{"framework": "pt"},
			cat(le8(40), []byte(`{"__metadata__":{"framework":"pt"}}     `))},
	}
	for _, c := range cases {
		var buf bytes.Buffer
		if err := Encode(&buf, c.tensors, c.meta); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), c.want) {
			t.Errorf("%s:\n got %q\nwant %q", c.name, buf.Bytes(), c.want)
		}
		// And through Save, to a file.
		path := filepath.Join(t.TempDir(), "x.safetensors")
		if err := SaveList(path, c.tensors, c.meta); err != nil {
			t.Fatal(err)
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, c.want) {
			t.Errorf("%s: Save wrote %q", c.name, got)
		}
	}
}

// The reference writer orders tensors by dtype (its enum order, descending)
// then name, whatever order they are given in.
func TestWriteOrder(t *testing.T) {
	in := map[string]RawTensor{
		"z8":  {U8, []int{3}, []byte{1, 2, 3}},
		"a64": {F64, []int{1}, make([]byte, 8)},
		"b16": {F16, []int{1}, make([]byte, 2)},
		"a16": {BF16, []int{1}, make([]byte, 2)},
		"i64": {I64, []int{1}, make([]byte, 8)},
		"f32": {F32, []int{1}, make([]byte, 4)},
		"g32": {F32, []int{2}, make([]byte, 8)},
		"ok":  {BOOL, []int{1}, []byte{1}},
	}
	f, err := OpenBytes(encodeForTest(t, in, nil))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"i64", "a64", "f32", "g32", "a16", "b16", "z8", "ok"}
	if got := f.Names(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("file order %v, want %v", got, want)
	}
	// Every tensor lands aligned to its element size.
	for _, ti := range f.Infos() {
		if (f.shards[0].hdr.dataStart()+ti.Begin)%int64(ti.DType.Size()) != 0 {
			t.Errorf("%s (%s) at unaligned offset %d", ti.Name, ti.DType, ti.Begin)
		}
	}
}

const pyReader = `
import json, struct, sys
import numpy as np
path, srcpath = sys.argv[1], sys.argv[2]
b = open(path, "rb").read()
n = struct.unpack("<Q", b[:8])[0]
hdr = json.loads(b[8:8 + n].decode("utf-8"))
meta = hdr.pop("__metadata__", None)
data = b[8 + n:]
np_dtypes = {"F64": "<f8", "F32": "<f4", "F16": "<f2", "I64": "<i8", "I32": "<i4", "I16": "<i2", "I8": "i1", "U8": "u1", "BOOL": "?"}
out = {"metadata": meta, "header_len": n, "tensors": {}}
for name, e in hdr.items():
    s, t = e["data_offsets"]
    raw = data[s:t]
    if e["dtype"] == "BF16":
        arr = (np.frombuffer(raw, "<u2").astype(np.uint32) << 16).view(np.float32)
    else:
        arr = np.frombuffer(raw, np_dtypes[e["dtype"]])
    arr = arr.reshape(e["shape"])
    out["tensors"][name] = {"dtype": e["dtype"], "shape": list(arr.shape), "values": [] if name == "half" else arr.astype(np.float64).ravel().tolist()}
# Rebuild the file following the reference writer's rules independently.
rank = ["BOOL", "U8", "I8", "F8_E5M2", "F8_E4M3", "I16", "U16", "F16", "BF16", "I32", "U32", "F32", "F64", "I64", "U64"]
items = sorted(hdr.items(), key=lambda kv: (-rank.index(kv[1]["dtype"]), kv[0]))
new, off, body = {}, 0, b""
if meta is not None:
    new["__metadata__"] = meta
for name, e in items:
    s, t = e["data_offsets"]
    new[name] = {"dtype": e["dtype"], "shape": e["shape"], "data_offsets": [off, off + t - s]}
    off += t - s
    body += data[s:t]
h = json.dumps(new, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
h += b" " * ((8 - len(h) % 8) % 8)
out["identical"] = struct.pack("<Q", len(h)) + h + body == b
# numpy's own float32 -> float16 rounding of the source values.
src = np.frombuffer(open(srcpath, "rb").read(), "<f4")
e = hdr["half"]
out["f16_matches_numpy"] = src.astype("<f2").tobytes() == data[e["data_offsets"][0]:e["data_offsets"][1]]
print(json.dumps(out))
`

// TestIndependentReader has Python (standard library and numpy only) read
// a file written by Save.
func TestIndependentReader(t *testing.T) {
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Skip("skipping: /usr/bin/python3 not installed (apt-get install python3-numpy)")
	}
	if err := exec.Command(py, "-c", "import numpy").Run(); err != nil {
		t.Skip("skipping: numpy missing for /usr/bin/python3 (apt-get install python3-numpy)")
	}
	dir := t.TempDir()
	vals := make([]float32, 0, 600)
	for i := 0; i < 500; i++ {
		vals = append(vals, float32(math.Sin(float64(i))*math.Pow(2, float64(i%40-20))))
	}
	specials := []float32{0, float32(math.Copysign(0, -1)), 65504, 65519, 65520, 1e-8, 5.96e-8, 2.98e-8, 3e-8, -1e6,
		float32(math.Inf(1)), float32(math.Inf(-1)), float32(math.NaN()), 1 + 1.0/2048, 1 + 3.0/2048}
	vals = append(vals, specials...)
	src := make([]byte, 4*len(vals))
	encodeFromF32(src, vals, F32)
	srcPath := filepath.Join(dir, "src.f32")
	os.WriteFile(srcPath, src, 0o644)

	finite := vals[:500]
	meta := map[string]string{"format": "pt", "note": "quote\" back\\slash\nnew\tline \x01ctrl é 日本 <>&\x7f", "": "empty key"}
	path := filepath.Join(dir, "m.safetensors")
	f32 := []Named{{"w.f32", tensor.FromSlice(finite, 20, 25)}, {"b", tensor.FromSlice(finite[:7], 7)}, {"s", tensor.Scalar(3.5)}}
	var f16, bf16 bytes.Buffer
	if err := Encode(&f16, []Named{{"half", tensor.FromSlice(vals, len(vals))}}, nil, WithDType(F16)); err != nil {
		t.Fatal(err)
	}
	if err := Encode(&bf16, []Named{{"brain", tensor.FromSlice(finite, 5, 100)}}, nil, WithDType(BF16)); err != nil {
		t.Fatal(err)
	}
	// One file with all three: the F16/BF16 bytes come from Encode above.
	half, _ := OpenBytes(f16.Bytes())
	brain, _ := OpenBytes(bf16.Bytes())
	hr, _ := half.Raw("half")
	br, _ := brain.Raw("brain")
	raw := map[string]RawTensor{"half": hr, "brain": br}
	for _, nt := range f32 {
		b := make([]byte, 4*len(nt.Tensor.Data()))
		encodeFromF32(b, nt.Tensor.Data(), F32)
		raw[nt.Name] = RawTensor{F32, nt.Tensor.Shape(), b}
	}
	if err := SaveRaw(path, raw, meta); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, "-c", pyReader, path, srcPath).Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("python: %v\n%s", err, ee.Stderr)
		}
		t.Fatal(err)
	}
	var res struct {
		Metadata map[string]string
		Tensors  map[string]struct {
			DType  string
			Shape  []int
			Values []float64
		}
		Identical       bool
		F16MatchesNumpy bool `json:"f16_matches_numpy"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	if !res.Identical {
		t.Error("the file differs from the reference layout rebuilt by Python")
	}
	if !res.F16MatchesNumpy {
		t.Error("F16 rounding differs from numpy's astype(float16)")
	}
	for k, v := range meta {
		if res.Metadata[k] != v {
			t.Errorf("python read metadata %q = %q, want %q", k, res.Metadata[k], v)
		}
	}
	check := func(name string, shape []int, want func(i int) float64) {
		got, ok := res.Tensors[name]
		if !ok {
			t.Errorf("python did not see %q", name)
			return
		}
		if jsonString(got.Shape) != jsonString(shape) {
			t.Errorf("%s: python shape %v, want %v", name, got.Shape, shape)
		}
		for i, v := range got.Values {
			if v != want(i) {
				t.Fatalf("%s[%d]: python read %v, want %v", name, i, v, want(i))
			}
		}
	}
	check("w.f32", []int{20, 25}, func(i int) float64 { return float64(finite[i]) })
	check("b", []int{7}, func(i int) float64 { return float64(finite[i]) })
	check("s", []int{}, func(int) float64 { return 3.5 })
	check("brain", []int{5, 100}, func(i int) float64 { return float64(BF16ToFloat32(Float32ToBF16(finite[i]))) })
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestSaveIsAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "m.safetensors")
	good := map[string]*tensor.Tensor{"w": tensor.FromSlice([]float32{1, 2}, 2)}
	if err := Save(path, good, nil); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	bad := map[string]*tensor.Tensor{"w": tensor.FromSlice([]float32{3, 4}, 2), "broken": nil}
	if err := Save(path, bad, nil); err == nil || !strings.Contains(err.Error(), `"broken"`) {
		t.Fatalf("saving a nil tensor: %v", err)
	}
	// A write that fails midway leaves the old file and no temporary file.
	err := WriteFileAtomic(path, func(w io.Writer) error {
		w.Write([]byte("partial"))
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("failed write reported success")
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Error("a failed save changed the file")
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		t.Errorf("directory holds %d entries after failed saves, want 1", len(ents))
	}
	if err := SaveList(path, []Named{{"a", good["w"]}, {"a", good["w"]}}, nil); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("duplicate names: %v", err)
	}
	if err := SaveList(path, []Named{{"__metadata__", good["w"]}}, nil); err == nil {
		t.Error("a tensor named __metadata__ was saved")
	}
}

func TestShardedIndex(t *testing.T) {
	dir := t.TempDir()
	t1 := map[string]*tensor.Tensor{"h.0.w": tensor.FromSlice([]float32{1, 2}, 2), "wte": tensor.FromSlice([]float32{3}, 1)}
	t2 := map[string]*tensor.Tensor{"h.1.w": tensor.FromSlice([]float32{4, 5, 6}, 3)}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(Save(filepath.Join(dir, "model-00001-of-00002.safetensors"), t1, map[string]string{"format": "pt"}))
	must(Save(filepath.Join(dir, "model-00002-of-00002.safetensors"), t2, map[string]string{"format": "pt"}))
	index := `{"metadata":{"total_size":24},"weight_map":{"h.0.w":"model-00001-of-00002.safetensors","wte":"model-00001-of-00002.safetensors","h.1.w":"model-00002-of-00002.safetensors"}}`
	must(os.WriteFile(filepath.Join(dir, "model.safetensors.index.json"), []byte(index), 0o644))
	for _, p := range []string{dir, filepath.Join(dir, "model.safetensors.index.json")} {
		f, err := Open(p)
		must(err)
		if f.Len() != 3 {
			t.Errorf("%s: %d tensors: %v", p, f.Len(), f.Names())
		}
		w, err := f.Tensor("h.1.w")
		must(err)
		if w.Data()[2] != 6 {
			t.Errorf("h.1.w = %v", w.Data())
		}
		if md := f.Metadata(); md["format"] != "pt" || md["total_size"] != "24" {
			t.Errorf("metadata %v", md)
		}
		f.Close()
	}
	s, err := Inspect(dir)
	must(err)
	if len(s.Tensors) != 3 || s.Tensors[0].Name != "h.0.w" {
		t.Errorf("Inspect of the set: %+v", s.Tensors)
	}

	bad := []struct {
		name, index string
		kind        error
		tensor      string
	}{
		{"outside the directory", `{"weight_map":{"x":"../model-00001-of-00002.safetensors"}}`, ErrIndex, "x"},
		{"wrong shard", `{"weight_map":{"wte":"model-00002-of-00002.safetensors"}}`, ErrIndex, "wte"},
		{"no weight_map", `{"metadata":{}}`, ErrIndex, ""},
		{"not JSON", `{"weight_map":`, ErrIndex, ""},
	}
	for _, c := range bad {
		p := filepath.Join(dir, "bad.safetensors.index.json")
		must(os.WriteFile(p, []byte(c.index), 0o644))
		_, err := Open(p)
		var fe *FormatError
		if !errors.Is(err, c.kind) || !errors.As(err, &fe) || fe.Tensor != c.tensor {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	// The same tensor in two shards.
	must(Save(filepath.Join(dir, "dup.safetensors"), map[string]*tensor.Tensor{"wte": tensor.FromSlice([]float32{3}, 1)}, nil))
	p := filepath.Join(dir, "dup.safetensors.index.json")
	must(os.WriteFile(p, []byte(`{"weight_map":{"wte":"dup.safetensors","h.0.w":"model-00001-of-00002.safetensors"}}`), 0o644))
	if _, err := Open(p); !errors.Is(err, ErrDuplicateName) || !strings.Contains(err.Error(), `"wte"`) {
		t.Errorf("tensor in two shards: %v", err)
	}
}

// Saving over the file a tensor is mapped from is safe: the rename leaves
// the mapping on the old file.
func TestSaveOverMappedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "m.safetensors")
	if err := Save(path, map[string]*tensor.Tensor{"w": tensor.FromSlice([]float32{1, 2, 3}, 3)}, nil); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w, _ := f.Tensor("w")
	w.Data()[0] = 10
	if err := Save(path, map[string]*tensor.Tensor{"w": w, "v": tensor.FromSlice([]float32{7}, 1)}, nil); err != nil {
		t.Fatal(err)
	}
	if w.Data()[1] != 2 {
		t.Fatal("the mapped tensor changed under the save")
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := back["w"].Data(); got[0] != 10 || got[2] != 3 || back["v"].Data()[0] != 7 {
		t.Errorf("read back %v", got)
	}
}
