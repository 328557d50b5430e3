package st

import (
	"errors"
	"os"
	"testing"
)

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
