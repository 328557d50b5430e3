package st

import (
	"encoding/json"
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// checkAgainstEncodingJSON compares the header parser with encoding/json:
// both must agree on what is valid JSON, and on the decoded names.
func checkAgainstEncodingJSON(t *testing.T, data []byte, file *File, err error) {
	if len(data) < 8 {
		return
	}
	n := le.Uint64(data)
	if n > uint64(len(data)-8) {
		return
	}
	hdr := data[8 : 8+n]
	if err == nil {
		var m map[string]json.RawMessage
		if jerr := json.Unmarshal(hdr, &m); jerr != nil {
			t.Fatalf("accepted a header encoding/json rejects (%v): %q", jerr, hdr)
		}
		delete(m, metadataKey)
		var names []string
		for k := range m {
			names = append(names, k)
		}
		slices.Sort(names)
		got := file.Names()
		slices.Sort(got)
		if !slices.Equal(names, got) {
			t.Fatalf("names %q, encoding/json reads %q", got, names)
		}
		return
	}
	if errors.Is(err, ErrHeaderJSON) && len(hdr) > 0 && hdr[0] == '{' && utf8.Valid(hdr) && json.Valid(hdr) {
		t.Fatalf("rejected valid JSON as %v: %q", err, hdr)
	}
}

// FuzzOpen feeds arbitrary bytes to the parser. Whatever the input, opening
// must return a *FormatError or a File whose every tensor reads without
// panicking, within the bounds of the input.
func FuzzOpen(f *testing.F) {
	seeds := [][]byte{
		encodeForTest(f, map[string]RawTensor{
			"a": {F32, []int{2, 2}, make([]byte, 16)},
			"b": {F16, []int{3}, []byte{0, 0x3c, 0, 0xc0, 0xff, 0x7b}},
			"c": {I64, []int{}, make([]byte, 8)},
			"d": {U8, []int{0}, nil},
		}, map[string]string{"format": "pt"}),
		encodeForTest(f, map[string]RawTensor{"x": {BF16, []int{1, 2}, []byte{1, 2, 3, 4}}, "y": {F8_E4M3, []int{2}, []byte{0x7f, 0x38}}}, nil),
		encodeForTest(f, nil, nil),
		file(`{"a":`+okEntry+`}`, 8),
		file(`{"a":`+okEntry+`,"a":`+okEntry+`}`, 8),
		file(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,8]}}`, 8),
		file(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}}`, 12),
		file(`{"__metadata__":{"k":"v"},"a":{"dtype":"C64","shape":[1],"data_offsets":[0,8]}}`, 8),
		withLength(1<<62, "{}"),
		{},
	}
	if b, err := os.ReadFile(fixtureDir + "/model.safetensors"); err == nil && len(b) > 8 {
		n := le.Uint64(b)
		if n < 1<<16 && int(8+n) <= len(b) {
			seeds = append(seeds, b[:8+n]) // the header alone (the data is too big a seed)
		}
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := OpenBytes(data)
		checkAgainstEncodingJSON(t, data, file, err)
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Kind == nil {
				t.Fatalf("error %v (%T) is not a *FormatError", err, err)
			}
			_ = err.Error()
			return
		}
		var total int64
		for _, name := range file.Names() {
			info, _ := file.Info(name)
			total += info.Bytes()
			raw, err := file.Raw(name)
			if err != nil || int64(len(raw.Data)) != info.Bytes() {
				t.Fatalf("%s: raw read %d bytes, %v", name, len(raw.Data), err)
			}
			if info.DType != C64 {
				if _, err := file.Tensor(name); err != nil {
					t.Fatalf("%s: %v", name, err)
				}
			}
		}
		if total > int64(len(data)) {
			t.Fatalf("tensors claim %d bytes of a %d-byte input", total, len(data))
		}
	})
}

// TestParserMatchesEncodingJSON runs JSON values through the parser's
// skipping of unknown keys and its string decoding, and checks it accepts
// exactly what encoding/json accepts and decodes names the same way.
func TestParserMatchesEncodingJSON(t *testing.T) {
	values := []string{
		`1`, `0`, `-0`, `-0.5e+3`, `1E9`, `01`, `1.`, `.5`, `-`, `+1`, `1e`, `0x10`,
		`true`, `false`, `null`, `tru`, `nul`, `nulll`, `True`, `NaN`, `Infinity`,
		`[]`, `[1,]`, `[,]`, `[1 2]`, `[[[[]]]]`, `[{"a":[{"b":null}]}]`, `{}`, `{"a":1,}`, `{"a" 1}`, `{1:2}`,
		`"x"`, `"\/\b\f\n\r\t\"\\"`, `"\ud83d\ude00"`, `"\ud83d"`, `"\ude00\ud83d"`, `"\u00zz"`, `"\x"`, "\"tab\there\"",
		strings.Repeat("[", 5000) + strings.Repeat("]", 5000),
		strings.Repeat("[", 5000) + strings.Repeat("]", 4999),
		strings.Repeat(`{"a":`, 3000) + "1" + strings.Repeat("}", 3000),
	}
	for _, v := range values {
		hdr := `{"w":{"dtype":"U8","x":` + v + `,"shape":[1],"data_offsets":[0,1]}}`
		_, err := OpenBytes(file(hdr, 1))
		if valid := json.Valid([]byte(hdr)); valid != (err == nil) {
			t.Errorf("value %.40q: encoding/json valid=%v, parser error %v", v, valid, err)
		}
	}
	names := []string{`a`, `\u00e9t\u00e9`, `\ud83d\ude00`, `\ud83d`, `\ud83dx`, `\ud83d\u0041`, `\"q\"`, `a\/b`, `\u0000`, `\\`, `é`}
	for _, n := range names {
		hdr := `{"` + n + `":{"dtype":"U8","shape":[1],"data_offsets":[0,1]}}`
		f, err := OpenBytes(file(hdr, 1))
		var m map[string]json.RawMessage
		jerr := json.Unmarshal([]byte(hdr), &m)
		if (err == nil) != (jerr == nil) {
			t.Errorf("name %q: parser %v, encoding/json %v", n, err, jerr)
			continue
		}
		if err != nil {
			continue
		}
		for k := range m {
			if f.Names()[0] != k {
				t.Errorf("name %q decoded as %q, encoding/json says %q", n, f.Names()[0], k)
			}
		}
	}
}
