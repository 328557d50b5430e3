package st

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// headerParser reads the JSON header in one pass over its bytes. It is a
// strict JSON parser (RFC 8259) specialised to the safetensors schema: it
// sees duplicate keys (which encoding/json silently merges), knows the byte
// offset of every problem, never recurses (so deep nesting cannot exhaust
// the stack), and allocates only the names and shapes it returns.
type headerParser struct {
	b []byte
	i int
}

// off is the file offset of the parser's position.
func (p *headerParser) off() int64 { return 8 + int64(p.i) }

func (p *headerParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// peek skips whitespace and returns the next byte (0 at the end).
func (p *headerParser) peek() byte {
	p.ws()
	if p.i < len(p.b) {
		return p.b[p.i]
	}
	return 0
}

func (p *headerParser) eof(tensor string) error {
	return formatErr(ErrHeaderJSON, tensor, p.off(), "unexpected end of header")
}

// syntax reports an unexpected byte where what was expected.
func (p *headerParser) syntax(tensor, what string) error {
	if p.i >= len(p.b) {
		return p.eof(tensor)
	}
	r, _ := utf8.DecodeRune(p.b[p.i:])
	return formatErr(ErrHeaderJSON, tensor, p.off(), "invalid character %q, expected %s", r, what)
}

func (p *headerParser) expect(tensor string, c byte, what string) error {
	if p.peek() != c {
		return p.syntax(tensor, what)
	}
	p.i++
	return nil
}

// describe names the kind of JSON value that starts at the parser.
func (p *headerParser) describe() string {
	switch c := p.peek(); {
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	case c == '"':
		return "a string"
	case c == '-' || ('0' <= c && c <= '9'):
		j := p.i
		for j < len(p.b) && j-p.i < 24 && strings.IndexByte("+-.eE0123456789", p.b[j]) >= 0 {
			j++
		}
		return "the number " + string(p.b[p.i:j])
	case c == 't' || c == 'f':
		return "a boolean"
	case c == 'n':
		return "null"
	case c == 0:
		return "the end of the header"
	}
	return "something that is not JSON"
}

// str reads a JSON string.
func (p *headerParser) str(tensor string) (string, error) {
	b, err := p.strBytes(tensor)
	return string(b), err
}

// strBytes reads a JSON string and returns its decoded bytes: a slice of
// the header itself when the string has no escapes.
func (p *headerParser) strBytes(tensor string) ([]byte, error) {
	if p.peek() != '"' {
		return nil, p.syntax(tensor, "a string")
	}
	p.i++
	start := p.i
	for p.i < len(p.b) {
		c := p.b[p.i]
		if c == '"' {
			s := p.b[start:p.i:p.i]
			p.i++
			return s, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 {
			return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "control character 0x%02x in a string", c)
		}
		p.i++
	}
	// Slow path: the string has escapes.
	buf := append([]byte(nil), p.b[start:p.i]...)
	for p.i < len(p.b) {
		c := p.b[p.i]
		switch {
		case c == '"':
			p.i++
			return buf, nil
		case c < 0x20:
			return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "control character 0x%02x in a string", c)
		case c != '\\':
			buf = append(buf, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.b) {
			break
		}
		esc := p.b[p.i+1]
		p.i += 2
		switch esc {
		case '"', '\\', '/':
			buf = append(buf, esc)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "invalid \\u escape in a string")
			}
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if p.i+1 < len(p.b) && p.b[p.i] == '\\' && p.b[p.i+1] == 'u' {
					save := p.i
					p.i += 2
					if r2, ok = p.hex4(); !ok {
						return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "invalid \\u escape in a string")
					}
					if utf16.DecodeRune(r, r2) == utf8.RuneError {
						p.i, r2 = save, -1 // not a pair: decode the second one on its own
					}
				}
				if r2 >= 0 {
					r = utf16.DecodeRune(r, r2)
				} else {
					r = utf8.RuneError // a lone surrogate, as encoding/json reads it
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			p.i--
			return nil, formatErr(ErrHeaderJSON, tensor, p.off(), "invalid escape \\%c in a string", esc)
		}
	}
	return nil, p.eof(tensor)
}

func (p *headerParser) hex4() (rune, bool) {
	if p.i+4 > len(p.b) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(p.b[p.i:p.i+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(v), true
}

// number reads a JSON number and returns its text.
func (p *headerParser) number(tensor string) ([]byte, error) {
	p.ws()
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.b) && '0' <= p.b[p.i] && p.b[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.i < len(p.b) && p.b[p.i] == '-' {
		p.i++
	}
	if p.i < len(p.b) && p.b[p.i] == '0' {
		p.i++
	} else if digits() == 0 {
		return nil, p.syntax(tensor, "a digit")
	}
	if p.i < len(p.b) && p.b[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, p.syntax(tensor, "a digit after the decimal point")
		}
	}
	if p.i < len(p.b) && (p.b[p.i] == 'e' || p.b[p.i] == 'E') {
		p.i++
		if p.i < len(p.b) && (p.b[p.i] == '+' || p.b[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, p.syntax(tensor, "a digit in the exponent")
		}
	}
	return p.b[start:p.i:p.i], nil
}

func (p *headerParser) literal(tensor string) error {
	for _, lit := range []string{"true", "false", "null"} {
		if strings.HasPrefix(string(p.b[p.i:min(p.i+5, len(p.b))]), lit) {
			p.i += len(lit)
			return nil
		}
	}
	return p.syntax(tensor, "a JSON value")
}

// skipValue consumes one JSON value of any depth, checking its syntax, with
// an explicit stack instead of recursion.
func (p *headerParser) skipValue(tensor string) error {
	var stack bitStack // 1 = object, 0 = array
	for {
		// A value starts here.
		switch c := p.peek(); {
		case c == '{' || c == '[':
			p.i++
			end := byte('}')
			if c == '[' {
				end = ']'
			}
			if p.peek() == end {
				p.i++
				break
			}
			stack.push(c == '{')
			if c == '{' {
				if _, err := p.str(tensor); err != nil {
					return err
				}
				if err := p.expect(tensor, ':', "':' after an object key"); err != nil {
					return err
				}
			}
			continue
		case c == '"':
			if _, err := p.str(tensor); err != nil {
				return err
			}
		case c == '-' || ('0' <= c && c <= '9'):
			if _, err := p.number(tensor); err != nil {
				return err
			}
		case c == 0 && p.i >= len(p.b):
			return p.eof(tensor)
		default:
			if err := p.literal(tensor); err != nil {
				return err
			}
		}
		// After a value: close containers until a comma asks for another.
		for {
			if stack.n == 0 {
				return nil
			}
			inObject := stack.top()
			c := p.peek()
			if c == ',' {
				p.i++
				if inObject {
					if _, err := p.str(tensor); err != nil {
						return err
					}
					if err := p.expect(tensor, ':', "':' after an object key"); err != nil {
						return err
					}
				}
				break
			}
			if (inObject && c == '}') || (!inObject && c == ']') {
				p.i++
				stack.n--
				continue
			}
			return p.syntax(tensor, "',' or the end of the container")
		}
	}
}

// bitStack is a stack of booleans, one bit each: the container kinds of a
// deeply nested value cost an eighth of its brackets.
type bitStack struct {
	bits []uint64
	n    int
}

func (s *bitStack) push(v bool) {
	if s.n/64 == len(s.bits) {
		s.bits = append(s.bits, 0)
	}
	w, m := s.n/64, uint64(1)<<(s.n%64)
	if v {
		s.bits[w] |= m
	} else {
		s.bits[w] &^= m
	}
	s.n++
}

func (s *bitStack) top() bool { return s.bits[(s.n-1)/64]&(1<<((s.n-1)%64)) != 0 }

// object calls member for each key of the object at the parser, after
// consuming the key and its colon; member must consume the value.
func (p *headerParser) object(tensor, what string, member func(key string, keyOff int64) error) error {
	if p.peek() != '{' {
		return formatErr(ErrHeaderSchema, tensor, p.off(), "%s must be a JSON object, found %s", what, p.describe())
	}
	p.i++
	if p.peek() == '}' {
		p.i++
		return nil
	}
	for {
		keyOff := p.off()
		key, err := p.str(tensor)
		if err != nil {
			return err
		}
		if err := p.expect(tensor, ':', "':' after an object key"); err != nil {
			return err
		}
		if err := member(key, keyOff); err != nil {
			return err
		}
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return nil
		default:
			return p.syntax(tensor, "',' or '}'")
		}
	}
}

func (p *headerParser) parse(h *header) error {
	if p.peek() != '{' {
		return formatErr(ErrHeaderJSON, "", p.off(), "the header must start with '{'")
	}
	// Size the entry list and index once: every entry has a "data_offsets"
	// key and takes at least 48 bytes of JSON, which bounds the guess.
	guess := min(bytes.Count(p.b, []byte(`"data_offsets"`)), len(p.b)/48)
	h.tensors = make([]TensorInfo, 0, guess)
	h.index = make(map[string]int, guess)
	seenMeta := false
	err := p.object("", "the header", func(name string, keyOff int64) error {
		if _, dup := h.index[name]; dup || (seenMeta && name == metadataKey) {
			return formatErr(ErrDuplicateName, name, keyOff, "the name appears twice in the header")
		}
		if name == metadataKey {
			seenMeta = true
			md, err := p.parseMetadata()
			h.metadata = md
			return err
		}
		ti, err := p.parseTensor(name)
		if err != nil {
			return err
		}
		h.index[name] = len(h.tensors)
		h.tensors = append(h.tensors, ti)
		return nil
	})
	if err != nil {
		return err
	}
	// Only padding (JSON whitespace) may follow the object.
	if p.peek(); p.i < len(p.b) {
		return formatErr(ErrHeaderJSON, "", p.off(), "unexpected bytes after the header object (only spaces may pad it)")
	}
	return nil
}

func (p *headerParser) parseMetadata() (map[string]string, error) {
	if p.peek() == 'n' {
		// "__metadata__": null means none (null is the only literal with n).
		return nil, p.literal("")
	}
	md := map[string]string{}
	err := p.object("", "__metadata__", func(k string, keyOff int64) error {
		if _, dup := md[k]; dup {
			return formatErr(ErrDuplicateName, "", keyOff, "metadata key %q appears twice", k)
		}
		if p.peek() != '"' {
			return formatErr(ErrHeaderSchema, "", p.off(), "metadata value of %q must be a string, found %s", k, p.describe())
		}
		v, err := p.str("")
		md[k] = v
		return err
	})
	return md, err
}

// open consumes the opening c ('{' or '[') of the value that what names,
// and reports whether the container is empty (and already closed).
func (p *headerParser) open(tensor, what string, c byte) (empty bool, err error) {
	if p.peek() != c {
		kind := "object"
		if c == '[' {
			kind = "array"
		}
		return false, formatErr(ErrHeaderSchema, tensor, p.off(), "%s must be a JSON %s, found %s", what, kind, p.describe())
	}
	p.i++
	end := byte('}')
	if c == '[' {
		end = ']'
	}
	if p.peek() == end {
		p.i++
		return true, nil
	}
	return false, nil
}

// more consumes what follows a member: ',' (more to come) or the closing end.
func (p *headerParser) more(tensor string, end byte) (bool, error) {
	switch p.peek() {
	case ',':
		p.i++
		return true, nil
	case end:
		p.i++
		return false, nil
	}
	return false, p.syntax(tensor, fmt.Sprintf("',' or '%c'", end))
}

// key reads an object key and its colon, without allocating when the key
// has no escapes.
func (p *headerParser) key(tensor string) ([]byte, int64, error) {
	off := p.off()
	k, err := p.strBytes(tensor)
	if err != nil {
		return nil, off, err
	}
	return k, off, p.expect(tensor, ':', "':' after an object key")
}

var entryFields = [3]string{"dtype", "shape", "data_offsets"}

func (p *headerParser) parseTensor(name string) (TensorInfo, error) {
	ti := TensorInfo{Name: name}
	entryOff := p.off()
	var have [3]bool
	empty, err := p.open(name, "the entry", '{')
	for more := !empty; err == nil && more; more, err = p.more(name, '}') {
		var key []byte
		var keyOff int64
		if key, keyOff, err = p.key(name); err != nil {
			break
		}
		field := -1
		for i, f := range entryFields {
			if string(key) == f {
				field = i
			}
		}
		if field >= 0 {
			if have[field] {
				return ti, formatErr(ErrDuplicateName, name, keyOff, "key %q appears twice in the entry", entryFields[field])
			}
			have[field] = true
		}
		switch field {
		case 0:
			err = p.dtype(&ti)
		case 1:
			err = p.shape(&ti)
		case 2:
			err = p.offsets(&ti)
		default:
			// Unknown keys are skipped, as the reference reader does.
			err = p.skipValue(name)
		}
		if err != nil {
			break
		}
	}
	if err != nil {
		return ti, err
	}
	var missing []string
	for i, k := range entryFields {
		if !have[i] {
			missing = append(missing, k)
		}
	}
	if len(missing) > 0 {
		return ti, formatErr(ErrHeaderSchema, name, entryOff, "the entry has no %s", strings.Join(missing, ", "))
	}
	return ti, nil
}

func (p *headerParser) dtype(ti *TensorInfo) error {
	off := p.off()
	if p.peek() != '"' {
		return formatErr(ErrHeaderSchema, ti.Name, off, "dtype must be a string, found %s", p.describe())
	}
	s, err := p.strBytes(ti.Name)
	if err != nil {
		return err
	}
	for d := BOOL; d < numDTypes; d++ {
		if string(s) == dtypeNames[d] {
			ti.DType = d
			return nil
		}
	}
	return formatErr(ErrUnknownDType, ti.Name, off, "%q is not a safetensors dtype this reader knows", s)
}

func (p *headerParser) shape(ti *TensorInfo) error {
	ti.Shape = []int{}
	empty, err := p.open(ti.Name, "shape", '[')
	for more := !empty; err == nil && more; more, err = p.more(ti.Name, ']') {
		if len(ti.Shape) == MaxDims {
			return formatErr(ErrBadShape, ti.Name, p.off(), "more than %d dimensions", MaxDims)
		}
		var d int64
		if d, err = p.uint(ti.Name, "shape", ErrBadShape); err != nil {
			break
		}
		if uint64(d) > uint64(^uint(0)>>1) {
			return formatErr(ErrOverflow, ti.Name, p.off(), "dimension %d does not fit an int", d)
		}
		ti.Shape = append(ti.Shape, int(d))
	}
	return err
}

func (p *headerParser) offsets(ti *TensorInfo) error {
	var offs [2]int64
	n := 0
	empty, err := p.open(ti.Name, "data_offsets", '[')
	for more := !empty; err == nil && more; more, err = p.more(ti.Name, ']') {
		if n == 2 {
			return formatErr(ErrHeaderSchema, ti.Name, p.off(), "data_offsets must be [begin, end], found more numbers")
		}
		if offs[n], err = p.uint(ti.Name, "data_offsets", ErrOffsetRange); err != nil {
			break
		}
		n++
	}
	if err != nil {
		return err
	}
	if n != 2 {
		return formatErr(ErrHeaderSchema, ti.Name, p.off(), "data_offsets must be [begin, end], found %d numbers", n)
	}
	ti.Begin, ti.End = offs[0], offs[1]
	return nil
}

// uint reads a non-negative integer that fits an int64.
func (p *headerParser) uint(name, what string, negKind error) (int64, error) {
	off := p.off()
	if c := p.peek(); c != '-' && (c < '0' || c > '9') {
		return 0, formatErr(ErrHeaderSchema, name, off, "%s must hold integers, found %s", what, p.describe())
	}
	s, err := p.number(name)
	if err != nil {
		return 0, err
	}
	if s[0] == '-' {
		return 0, formatErr(negKind, name, off, "%s holds the negative number %s", what, s)
	}
	var v uint64
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, formatErr(ErrHeaderSchema, name, off, "%s holds %s, which is not an integer", what, s)
		}
		if v > (1<<63-1-uint64(c-'0'))/10 {
			v = 1 << 63 // overflow; keep scanning for a fraction or exponent
			continue
		}
		v = v*10 + uint64(c-'0')
	}
	if v > 1<<63-1 {
		return 0, formatErr(ErrOverflow, name, off, "%s holds %s, which overflows 64 bits", what, s)
	}
	return int64(v), nil
}
