package st

import (
	"bytes"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"unicode/utf8"
)

// MaxHeaderSize is the largest JSON header Open accepts (100 MB, the limit of
// the reference implementation). A larger length is reported as
// ErrHeaderTooLarge before anything is allocated.
const MaxHeaderSize = 100_000_000

// MaxDims is the most dimensions a tensor may have (numpy's limit), which
// also bounds the memory a hostile shape can make the parser allocate.
const MaxDims = 64

// metadataKey is the reserved header key of the string-to-string metadata.
const metadataKey = "__metadata__"

// TensorInfo is one header entry: where a tensor's bytes are and how to read
// them. Begin and End are the data_offsets, relative to the start of the data
// section (just after the header).
type TensorInfo struct {
	Name       string
	DType      DType
	Shape      []int
	Begin, End int64
}

// NumElements is the product of the shape (1 for a scalar).
func (ti TensorInfo) NumElements() int64 {
	n := int64(1)
	for _, d := range ti.Shape {
		n *= int64(d)
	}
	return n
}

// Bytes is the size of the tensor's data in the file.
func (ti TensorInfo) Bytes() int64 { return ti.End - ti.Begin }

// header is a parsed and validated safetensors header.
type header struct {
	length   int64             // N, the JSON length
	metadata map[string]string // nil when absent
	tensors  []TensorInfo      // sorted by data offset
	index    map[string]int    // name -> position in tensors
}

// dataStart is the file offset of the data section.
func (h *header) dataStart() int64 { return 8 + h.length }

// headerLength validates the 8-byte prefix against the file size.
func headerLength(prefix []byte, fileSize int64) (int64, error) {
	if fileSize < 8 || len(prefix) < 8 {
		return 0, formatErr(ErrTooShort, "", 0, "the file has %d bytes", fileSize)
	}
	n := le.Uint64(prefix)
	if n > MaxHeaderSize {
		return 0, formatErr(ErrHeaderTooLarge, "", 0, "the header length is %d bytes, the limit is %d", n, MaxHeaderSize)
	}
	if int64(n) > fileSize-8 {
		return 0, formatErr(ErrHeaderLength, "", 0, "the header length is %d bytes but only %d bytes follow the length", n, fileSize-8)
	}
	return int64(n), nil
}

// parseHeader parses and validates the JSON header hdr of a file of fileSize
// bytes: every entry well formed, every byte of the data section covered by
// exactly one tensor, in order, with nothing left over.
func parseHeader(hdr []byte, fileSize int64) (*header, error) {
	h := &header{length: int64(len(hdr))}
	if !utf8.Valid(hdr) {
		off := 0
		for off < len(hdr) {
			r, size := utf8.DecodeRune(hdr[off:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		return nil, formatErr(ErrHeaderUTF8, "", 8+int64(off), "invalid byte 0x%02x", hdr[off])
	}
	if len(hdr) == 0 || hdr[0] != '{' {
		return nil, formatErr(ErrHeaderJSON, "", 8, "the header must start with '{'")
	}
	p := &headerParser{b: hdr}
	if err := p.parse(h); err != nil {
		return nil, err
	}
	if err := validateLayout(h, fileSize-h.dataStart()); err != nil {
		return nil, err
	}
	return h, nil
}

// validateLayout checks each entry's size and that the entries tile the
// data section of dataLen bytes exactly, then sorts them by offset.
func validateLayout(h *header, dataLen int64) error {
	base := h.dataStart()
	for _, ti := range h.tensors {
		n := uint64(1)
		for _, d := range ti.Shape {
			hi, lo := bits.Mul64(n, uint64(d))
			if hi != 0 || lo > math.MaxInt64 {
				return formatErr(ErrOverflow, ti.Name, -1, "the number of elements of shape %v overflows 64 bits", ti.Shape)
			}
			n = lo
		}
		hi, nbytes := bits.Mul64(n, uint64(ti.DType.Size()))
		if hi != 0 || nbytes > math.MaxInt64 {
			return formatErr(ErrOverflow, ti.Name, -1, "shape %v of %s is more than 2^63 bytes", ti.Shape, ti.DType)
		}
		if ti.End < ti.Begin {
			return formatErr(ErrUnordered, ti.Name, -1, "data_offsets [%d, %d] end before they begin", ti.Begin, ti.End)
		}
		if uint64(ti.End-ti.Begin) != nbytes {
			return formatErr(ErrSizeMismatch, ti.Name, base+ti.Begin, "data_offsets [%d, %d] hold %d bytes but %s %v needs %d", ti.Begin, ti.End, ti.End-ti.Begin, ti.DType, ti.Shape, nbytes)
		}
		if ti.End > dataLen {
			return formatErr(ErrOffsetRange, ti.Name, base+ti.Begin, "data_offsets [%d, %d] reach past the end of the %d-byte data section", ti.Begin, ti.End, dataLen)
		}
		if uint64(n) > math.MaxInt {
			return formatErr(ErrOverflow, ti.Name, -1, "%d elements do not fit an int", n)
		}
	}
	sort.SliceStable(h.tensors, func(i, j int) bool {
		a, b := h.tensors[i], h.tensors[j]
		if a.Begin != b.Begin {
			return a.Begin < b.Begin
		}
		return a.End < b.End
	})
	for i, ti := range h.tensors {
		h.index[ti.Name] = i
	}
	pos := int64(0)
	prev := ""
	for _, ti := range h.tensors {
		switch {
		case ti.Begin < pos:
			return formatErr(ErrOverlap, ti.Name, base+ti.Begin, "data_offsets [%d, %d] overlap those of %q, which end at %d", ti.Begin, ti.End, prev, pos)
		case ti.Begin > pos:
			after := "the start of the data section"
			if prev != "" {
				after = strconv.Quote(prev)
			}
			return formatErr(ErrGap, ti.Name, base+pos, "%d unused bytes [%d, %d) between %s and this tensor", ti.Begin-pos, pos, ti.Begin, after)
		}
		if ti.End > pos {
			pos = ti.End
			prev = ti.Name
		}
	}
	if pos != dataLen {
		return formatErr(ErrTrailingData, "", base+pos, "%d bytes after the last tensor's data (the data section is %d bytes, the tensors cover %d)", dataLen-pos, dataLen, pos)
	}
	return nil
}

// ---- writing ----

// writeJSONString writes s as a JSON string the way serde_json does: only
// '"', '\\' and control characters are escaped; everything else, including
// non-ASCII, is written as is.
func writeJSONString(b *bytes.Buffer, s string) {
	const hex = "0123456789abcdef"
	b.WriteByte('"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' {
			continue
		}
		b.WriteString(s[start:i])
		switch c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteString(`\u00`)
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&0xf])
		}
		start = i + 1
	}
	b.WriteString(s[start:])
	b.WriteByte('"')
}

// encodeHeader returns the JSON header of tensors (already in file order,
// offsets set) padded with spaces to a multiple of 8 bytes, exactly as the
// reference writer lays it out. A nil metadata map writes no __metadata__.
func encodeHeader(tensors []TensorInfo, metadata map[string]string) []byte {
	var b bytes.Buffer
	b.Grow(64 + 96*len(tensors))
	b.WriteByte('{')
	first := true
	if metadata != nil {
		b.WriteString(`"__metadata__":{`)
		keys := make([]string, 0, len(metadata))
		for k := range metadata {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeJSONString(&b, k)
			b.WriteByte(':')
			writeJSONString(&b, metadata[k])
		}
		b.WriteByte('}')
		first = false
	}
	var num []byte
	for _, ti := range tensors {
		if !first {
			b.WriteByte(',')
		}
		first = false
		writeJSONString(&b, ti.Name)
		b.WriteString(`:{"dtype":"`)
		b.WriteString(ti.DType.String())
		b.WriteString(`","shape":[`)
		for i, d := range ti.Shape {
			if i > 0 {
				b.WriteByte(',')
			}
			num = strconv.AppendInt(num[:0], int64(d), 10)
			b.Write(num)
		}
		b.WriteString(`],"data_offsets":[`)
		num = strconv.AppendInt(num[:0], ti.Begin, 10)
		b.Write(num)
		b.WriteByte(',')
		num = strconv.AppendInt(num[:0], ti.End, 10)
		b.Write(num)
		b.WriteString(`]}`)
	}
	b.WriteByte('}')
	for b.Len()%8 != 0 {
		b.WriteByte(' ')
	}
	return b.Bytes()
}
