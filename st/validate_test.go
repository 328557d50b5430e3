package st

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// file builds a safetensors file from a literal header and n data bytes.
func file(header string, n int) []byte {
	var b bytes.Buffer
	var l [8]byte
	le.PutUint64(l[:], uint64(len(header)))
	b.Write(l[:])
	b.WriteString(header)
	b.Write(make([]byte, n))
	return b.Bytes()
}

func withLength(n uint64, rest string) []byte {
	var l [8]byte
	le.PutUint64(l[:], n)
	return append(l[:], rest...)
}

const okEntry = `{"dtype":"F32","shape":[2],"data_offsets":[0,8]}`

func TestMalformed(t *testing.T) {
	cases := []struct {
		name   string
		file   []byte
		kind   error
		tensor string   // the tensor the error must name, if any
		words  []string // further words the message must contain
	}{
		{"empty file", nil, ErrTooShort, "", nil},
		{"shorter than the length", []byte{1, 0, 0}, ErrTooShort, "", []string{"3 bytes"}},
		{"header over the cap", withLength(MaxHeaderSize+1, "{}"), ErrHeaderTooLarge, "", []string{"100000001"}},
		{"header length 2^64-1", withLength(1<<64-1, "{}"), ErrHeaderTooLarge, "", nil},
		{"header longer than the file", withLength(1000, `{"a":`), ErrHeaderLength, "", []string{"1000"}},
		{"header not UTF-8", file("{\"a\xff\":"+okEntry+"}", 8), ErrHeaderUTF8, "", []string{"0xff"}},
		{"header not JSON", file(`{"a":{"dtype":"F32",`, 8), ErrHeaderJSON, "", nil},
		{"header syntax error", file(`{"a":{"dtype" "F32"}}`, 0), ErrHeaderJSON, "a", []string{"invalid character"}},
		{"header truncated JSON", file(`{"a":`+okEntry, 8), ErrHeaderJSON, "", nil},
		{"header a JSON array", file(`[1,2]`, 0), ErrHeaderJSON, "", []string{"'{'"}},
		{"header empty", file(``, 0), ErrHeaderJSON, "", nil},
		{"bytes after the JSON", file(`{"a":`+okEntry+`}xyz`, 8), ErrHeaderJSON, "", []string{"after the header"}},
		{"second JSON object", file(`{"a":`+okEntry+`}{}`, 8), ErrHeaderJSON, "", nil},
		{"duplicate tensor name", file(`{"a":`+okEntry+`,"a":{"dtype":"F32","shape":[2],"data_offsets":[8,16]}}`, 16), ErrDuplicateName, "a", []string{"twice"}},
		{"duplicate metadata", file(`{"__metadata__":{"k":"1"},"__metadata__":{"k":"2"}}`, 0), ErrDuplicateName, "__metadata__", nil},
		{"duplicate metadata key", file(`{"__metadata__":{"k":"1","k":"2"}}`, 0), ErrDuplicateName, "", []string{`"k"`}},
		{"duplicate entry key", file(`{"a":{"dtype":"F32","dtype":"F16","shape":[2],"data_offsets":[0,8]}}`, 8), ErrDuplicateName, "a", []string{"dtype"}},
		{"unknown dtype", file(`{"w":{"dtype":"F33","shape":[2],"data_offsets":[0,8]}}`, 8), ErrUnknownDType, "w", []string{"F33"}},
		{"lowercase dtype", file(`{"w":{"dtype":"f32","shape":[2],"data_offsets":[0,8]}}`, 8), ErrUnknownDType, "w", nil},
		{"dtype not a string", file(`{"w":{"dtype":4,"shape":[2],"data_offsets":[0,8]}}`, 8), ErrHeaderSchema, "w", []string{"dtype"}},
		{"negative dimension", file(`{"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}`, 8), ErrBadShape, "w", []string{"-2"}},
		{"fractional dimension", file(`{"w":{"dtype":"F32","shape":[2.5],"data_offsets":[0,8]}}`, 8), ErrHeaderSchema, "w", []string{"2.5"}},
		{"dimension past 2^63", file(`{"w":{"dtype":"F32","shape":[99999999999999999999],"data_offsets":[0,8]}}`, 8), ErrOverflow, "w", nil},
		{"element count overflows", file(`{"w":{"dtype":"F32","shape":[4294967296,4294967296,4],"data_offsets":[0,8]}}`, 8), ErrOverflow, "w", nil},
		{"byte count overflows", file(`{"w":{"dtype":"F64","shape":[4611686018427387904],"data_offsets":[0,8]}}`, 8), ErrOverflow, "w", nil},
		{"65 dimensions", file(`{"w":{"dtype":"F32","shape":[`+strings.Repeat("1,", 64)+`1],"data_offsets":[0,4]}}`, 4), ErrBadShape, "w", []string{"64 dimensions"}},
		{"shape not an array", file(`{"w":{"dtype":"F32","shape":2,"data_offsets":[0,8]}}`, 8), ErrHeaderSchema, "w", []string{"shape"}},
		{"missing data_offsets", file(`{"w":{"dtype":"F32","shape":[2]}}`, 8), ErrHeaderSchema, "w", []string{"data_offsets"}},
		{"three offsets", file(`{"w":{"dtype":"F32","shape":[2],"data_offsets":[0,4,8]}}`, 8), ErrHeaderSchema, "w", nil},
		{"entry not an object", file(`{"w":[1]}`, 0), ErrHeaderSchema, "w", nil},
		{"metadata value a number", file(`{"__metadata__":{"k":1}}`, 0), ErrHeaderSchema, "", []string{`"k"`}},
		{"byte length mismatch", file(`{"w":{"dtype":"F32","shape":[2,3],"data_offsets":[0,16]}}`, 16), ErrSizeMismatch, "w", []string{"24"}},
		{"offsets past the file", file(`{"w":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}}`, 8), ErrOffsetRange, "w", nil},
		{"offsets far past the file", file(`{"w":{"dtype":"U8","shape":[8],"data_offsets":[9223372036854775799,9223372036854775807]}}`, 8), ErrOffsetRange, "w", nil},
		{"negative offset", file(`{"w":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}}`, 8), ErrOffsetRange, "w", nil},
		{"unordered offsets", file(`{"w":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}`, 8), ErrUnordered, "w", []string{"[8, 0]"}},
		{"overlapping ranges", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12), ErrOverlap, "b", []string{`"a"`}},
		{"same range twice", file(`{"a":`+okEntry+`,"b":`+okEntry+`}`, 8), ErrOverlap, "", nil},
		{"gap between ranges", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[12,20]}}`, 20), ErrGap, "b", []string{"4 unused bytes"}},
		{"gap at the start", file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12), ErrGap, "a", []string{"start of the data"}},
		{"trailing garbage", file(`{"a":`+okEntry+`}`, 12), ErrTrailingData, "", []string{"4 bytes"}},
		{"data but no tensors", file(`{}`, 3), ErrTrailingData, "", nil},
	}
	dir := t.TempDir()
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_")+".safetensors")
			if err := os.WriteFile(path, c.file, 0o644); err != nil {
				t.Fatal(err)
			}
			allocated := bytesAllocated(func() { OpenBytes(c.file) })
			if limit := uint64(len(c.file)) + 32<<10; allocated > limit {
				t.Errorf("opening a %d-byte file allocated %d bytes", len(c.file), allocated)
			}
			_, errMem := OpenBytes(c.file)
			_, errFile := Open(path)
			for j, err := range []error{errMem, errFile} {
				if err == nil {
					t.Fatalf("case %d (%s) opened without error", i, []string{"bytes", "file"}[j])
				}
				var fe *FormatError
				if !errors.As(err, &fe) {
					t.Fatalf("%v is not a *FormatError", err)
				}
				if !errors.Is(err, c.kind) {
					t.Fatalf("error %q is %v, want %v", err, fe.Kind, c.kind)
				}
				msg := err.Error()
				if !strings.Contains(msg, c.kind.Error()) {
					t.Errorf("message %q does not name the problem %q", msg, c.kind)
				}
				if c.tensor != "" && (fe.Tensor != c.tensor || !strings.Contains(msg, `"`+c.tensor+`"`)) {
					t.Errorf("message %q (Tensor %q) does not name tensor %q", msg, fe.Tensor, c.tensor)
				}
				for _, w := range c.words {
					if !strings.Contains(msg, w) {
						t.Errorf("message %q lacks %q", msg, w)
					}
				}
				if j == 1 {
					t.Log(msg)
				}
				if j == 1 && fe.Path != path {
					t.Errorf("error path %q, want %q", fe.Path, path)
				}
			}
		})
	}
}

func bytesAllocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Hostile headers: huge claims in a small file, deep nesting, many entries.
func TestHostileHeaders(t *testing.T) {
	deep := strings.Repeat("[", 1<<20) + strings.Repeat("]", 1<<20)
	many := new(strings.Builder)
	many.WriteString("{")
	for i := 0; i < 20000; i++ {
		if i > 0 {
			many.WriteString(",")
		}
		fmt.Fprintf(many, `"t%d":{"dtype":"U8","shape":[0],"data_offsets":[0,0]}`, i)
	}
	many.WriteString("}")
	cases := map[string]struct {
		file []byte
		ok   bool
	}{
		"deep nesting":        {file(`{"w":{"dtype":"U8","x":`+deep+`,"shape":[1],"data_offsets":[0,1]}}`, 1), true},
		"unbalanced nesting":  {file(`{"w":{"dtype":"U8","x":`+deep[:len(deep)-1]+`,"shape":[1],"data_offsets":[0,1]}}`, 1), false},
		"20000 entries":       {file(many.String(), 0), true},
		"claims 2^62 bytes":   {file(`{"w":{"dtype":"U8","shape":[4611686018427387904],"data_offsets":[0,4611686018427387904]}}`, 8), false},
		"claims 1e18 as F64":  {file(`{"w":{"dtype":"F64","shape":[125000000000000000],"data_offsets":[0,1000000000000000000]}}`, 8), false},
		"1 MB name":           {file(`{"`+strings.Repeat("n", 1<<20)+`":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`, 1), true},
		"1 MB metadata value": {file(`{"__metadata__":{"k":"`+strings.Repeat("v", 1<<20)+`"}}`, 0), true},
	}
	for name, c := range cases {
		var err error
		allocated := bytesAllocated(func() { _, err = OpenBytes(c.file) })
		if (err == nil) != c.ok {
			t.Errorf("%s: error %v, want ok=%v", name, err, c.ok)
		}
		t.Logf("%s: %d-byte file, %d bytes allocated", name, len(c.file), allocated)
		// Parsed names and shapes cost some multiple of their JSON text.
		if limit := 4*uint64(len(c.file)) + 64<<10; allocated > limit {
			t.Errorf("%s: a %d-byte file allocated %d bytes", name, len(c.file), allocated)
		}
	}
}

// Valid but unusual headers that must open.
func TestUnusualButValid(t *testing.T) {
	cases := map[string][]byte{
		"no tensors":             file(`{}`, 0),
		"padded with spaces":     file(`{"a":`+okEntry+`}     `, 8),
		"entries out of order":   file(`{"b":{"dtype":"F32","shape":[2],"data_offsets":[8,16]},"a":`+okEntry+`}`, 16),
		"unknown key skipped":    file(`{"a":{"dtype":"F32","extra":{"x":[1,{"y":null}]},"shape":[2],"data_offsets":[0,8]}}`, 8),
		"zero-size tensors":      file(`{"z":{"dtype":"F32","shape":[0,3],"data_offsets":[0,0]},"a":`+okEntry+`,"y":{"dtype":"I8","shape":[0],"data_offsets":[8,8]}}`, 8),
		"null metadata":          file(`{"__metadata__":null,"a":`+okEntry+`}`, 8),
		"escaped names":          file(`{"a\"\\\u00e9\n":`+okEntry+`}`, 8),
		"whitespace inside JSON": file("{ \"a\" :\n"+okEntry+" }", 8),
	}
	for name, b := range cases {
		f, err := OpenBytes(b)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, n := range f.Names() {
			if _, err := f.Tensor(n); err != nil {
				t.Errorf("%s: tensor %q: %v", name, n, err)
			}
		}
	}
	// An unpadded header leaves F32 data unaligned in the mapping: Tensor
	// must then copy, and still read the right values.
	b := file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 0)
	b = append(b, 0, 0, 0x80, 0x3f, 0, 0, 0, 0xc0) // 1, -2
	if (len(b)-8)%4 == 0 {
		t.Fatal("test header is aligned")
	}
	path := filepath.Join(t.TempDir(), "unaligned.safetensors")
	os.WriteFile(path, b, 0o644)
	uf, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer uf.Close()
	if x, err := uf.Tensor("a"); err != nil || x.Data()[0] != 1 || x.Data()[1] != -2 {
		t.Errorf("unaligned F32: %v, %v", x, err)
	}
	f, _ := OpenBytes(cases["escaped names"])
	if f.Names()[0] != "a\"\\é\n" {
		t.Errorf("escaped name read as %q", f.Names()[0])
	}
}
