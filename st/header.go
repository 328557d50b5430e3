package st

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/bits"
	"sort"
	"strconv"
	"strings"
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
	p := &headerParser{dec: json.NewDecoder(bytes.NewReader(hdr))}
	p.dec.UseNumber()
	if err := p.parse(h); err != nil {
		return nil, err
	}
	// Only padding (JSON whitespace) may follow the object.
	end := p.dec.InputOffset()
	if i := bytes.IndexFunc(hdr[end:], func(r rune) bool { return !strings.ContainsRune(" \t\r\n", r) }); i >= 0 {
		return nil, formatErr(ErrHeaderJSON, "", 8+end+int64(i), "unexpected bytes after the header object (only spaces may pad it)")
	}
	if err := validateLayout(h, fileSize-h.dataStart()); err != nil {
		return nil, err
	}
	return h, nil
}

type headerParser struct {
	dec *json.Decoder
}

// off is the file offset of the decoder's position.
func (p *headerParser) off() int64 { return 8 + p.dec.InputOffset() }

// token reads the next token, turning syntax errors into *FormatError.
func (p *headerParser) token(tensor string) (json.Token, error) {
	off := p.off()
	t, err := p.dec.Token()
	if err == nil {
		return t, nil
	}
	var se *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return nil, formatErr(ErrHeaderJSON, tensor, 8+se.Offset, "%v", se)
	case err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF):
		return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "unexpected end of header")
	}
	return nil, formatErr(ErrHeaderJSON, tensor, off, "%v", err)
}

func (p *headerParser) delim(tensor string, want json.Delim, what string) error {
	off := p.off()
	t, err := p.token(tensor)
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return formatErr(ErrHeaderSchema, tensor, off, "%s must be a JSON %s, found %s", what, delimKind(want), describeToken(t))
	}
	return nil
}

func delimKind(d json.Delim) string {
	if d == '{' {
		return "object"
	}
	return "array"
}

func describeToken(t json.Token) string {
	switch v := t.(type) {
	case json.Delim:
		if v == '{' {
			return "an object"
		}
		if v == '[' {
			return "an array"
		}
		return "the end of a container"
	case string:
		return "a string"
	case json.Number:
		return "the number " + string(v)
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", t)
}

func (p *headerParser) parse(h *header) error {
	if err := p.delim("", '{', "the header"); err != nil {
		return err
	}
	seen := map[string]bool{}
	for p.dec.More() {
		off := p.off()
		t, err := p.token("")
		if err != nil {
			return err
		}
		name := t.(string) // object keys are always strings
		if seen[name] {
			return formatErr(ErrDuplicateName, name, off, "the name appears twice in the header")
		}
		seen[name] = true
		if name == metadataKey {
			if h.metadata, err = p.parseMetadata(); err != nil {
				return err
			}
			continue
		}
		ti, err := p.parseTensor(name)
		if err != nil {
			return err
		}
		h.tensors = append(h.tensors, ti)
	}
	_, err := p.token("") // the closing brace
	return err
}

func (p *headerParser) parseMetadata() (map[string]string, error) {
	off := p.off()
	t, err := p.token(metadataKey)
	if err != nil {
		return nil, err
	}
	if t == nil {
		return nil, nil // "__metadata__": null means none
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return nil, formatErr(ErrHeaderSchema, "", off, "__metadata__ must be an object of strings, found %s", describeToken(t))
	}
	md := map[string]string{}
	for p.dec.More() {
		off := p.off()
		kt, err := p.token("")
		if err != nil {
			return nil, err
		}
		k := kt.(string)
		if _, dup := md[k]; dup {
			return nil, formatErr(ErrDuplicateName, "", off, "metadata key %q appears twice", k)
		}
		off = p.off()
		vt, err := p.token("")
		if err != nil {
			return nil, err
		}
		v, ok := vt.(string)
		if !ok {
			return nil, formatErr(ErrHeaderSchema, "", off, "metadata value of %q must be a string, found %s", k, describeToken(vt))
		}
		md[k] = v
	}
	if _, err := p.token(""); err != nil {
		return nil, err
	}
	return md, nil
}

func (p *headerParser) parseTensor(name string) (TensorInfo, error) {
	ti := TensorInfo{Name: name}
	if err := p.delim(name, '{', "the entry"); err != nil {
		return ti, err
	}
	entryOff := p.off()
	var haveDType, haveShape, haveOffsets bool
	for p.dec.More() {
		off := p.off()
		kt, err := p.token(name)
		if err != nil {
			return ti, err
		}
		key := kt.(string)
		dup := false
		switch key {
		case "dtype":
			dup, haveDType = haveDType, true
		case "shape":
			dup, haveShape = haveShape, true
		case "data_offsets":
			dup, haveOffsets = haveOffsets, true
		}
		if dup {
			return ti, formatErr(ErrDuplicateName, name, off, "key %q appears twice in the entry", key)
		}
		switch key {
		case "dtype":
			off := p.off()
			t, err := p.token(name)
			if err != nil {
				return ti, err
			}
			s, ok := t.(string)
			if !ok {
				return ti, formatErr(ErrHeaderSchema, name, off, "dtype must be a string, found %s", describeToken(t))
			}
			if ti.DType, err = ParseDType(s); err != nil {
				return ti, formatErr(ErrUnknownDType, name, off, "%q is not a safetensors dtype this reader knows", s)
			}
		case "shape":
			if err := p.delim(name, '[', "shape"); err != nil {
				return ti, err
			}
			ti.Shape = []int{}
			for p.dec.More() {
				d, err := p.uint(name, "shape", ErrBadShape)
				if err != nil {
					return ti, err
				}
				if uint64(d) > math.MaxInt {
					return ti, formatErr(ErrOverflow, name, p.off(), "dimension %d does not fit an int", d)
				}
				if len(ti.Shape) == MaxDims {
					return ti, formatErr(ErrBadShape, name, p.off(), "more than %d dimensions", MaxDims)
				}
				ti.Shape = append(ti.Shape, int(d))
			}
			if _, err := p.token(name); err != nil {
				return ti, err
			}
		case "data_offsets":
			if err := p.delim(name, '[', "data_offsets"); err != nil {
				return ti, err
			}
			var offs []int64
			for p.dec.More() {
				v, err := p.uint(name, "data_offsets", ErrOffsetRange)
				if err != nil {
					return ti, err
				}
				offs = append(offs, v)
				if len(offs) > 2 {
					break
				}
			}
			if len(offs) != 2 {
				return ti, formatErr(ErrHeaderSchema, name, p.off(), "data_offsets must be [begin, end], found %d numbers", len(offs))
			}
			if _, err := p.token(name); err != nil {
				return ti, err
			}
			ti.Begin, ti.End = offs[0], offs[1]
		default:
			// Unknown keys are skipped, as the reference reader does.
			if err := p.skipValue(name); err != nil {
				return ti, err
			}
		}
	}
	if _, err := p.token(name); err != nil {
		return ti, err
	}
	var missing []string
	if !haveDType {
		missing = append(missing, "dtype")
	}
	if !haveShape {
		missing = append(missing, "shape")
	}
	if !haveOffsets {
		missing = append(missing, "data_offsets")
	}
	if len(missing) > 0 {
		return ti, formatErr(ErrHeaderSchema, name, entryOff, "the entry has no %s", strings.Join(missing, ", "))
	}
	return ti, nil
}

// uint reads a non-negative integer that fits an int64.
func (p *headerParser) uint(name, what string, negKind error) (int64, error) {
	off := p.off()
	t, err := p.token(name)
	if err != nil {
		return 0, err
	}
	num, ok := t.(json.Number)
	if !ok {
		return 0, formatErr(ErrHeaderSchema, name, off, "%s must hold integers, found %s", what, describeToken(t))
	}
	s := string(num)
	if strings.HasPrefix(s, "-") {
		return 0, formatErr(negKind, name, off, "%s holds the negative number %s", what, s)
	}
	if strings.ContainsAny(s, ".eE") {
		return 0, formatErr(ErrHeaderSchema, name, off, "%s holds %s, which is not an integer", what, s)
	}
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, formatErr(ErrOverflow, name, off, "%s holds %s, which overflows 64 bits", what, s)
	}
	return v, nil
}

// skipValue consumes one JSON value of any depth without recursion.
func (p *headerParser) skipValue(name string) error {
	depth := 0
	for {
		t, err := p.token(name)
		if err != nil {
			return err
		}
		if d, ok := t.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
		if depth == 0 {
			return nil
		}
	}
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
