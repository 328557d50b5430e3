package kernel

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"strings"
	"sync"
	"time"
)

// ProtocolVersion is the Jupyter messaging protocol version the kernel speaks.
const ProtocolVersion = "5.3"

// delimiter separates the routing identities from the message proper.
var delimiter = []byte("<IDS|MSG>")

// Header is a Jupyter message header.
type Header struct {
	MsgID    string `json:"msg_id"`
	Session  string `json:"session"`
	Username string `json:"username"`
	Date     string `json:"date"`
	MsgType  string `json:"msg_type"`
	Version  string `json:"version"`
}

// Message is one Jupyter message, as it travels on a socket. JSON parts
// are kept raw: a reply's parent_header is the request's header exactly
// as it arrived.
type Message struct {
	// Identities are the routing frames before the delimiter (ROUTER peers,
	// or the topic on iopub).
	Identities [][]byte
	Header     Header
	// RawHeader is the header as received; replies use it as their parent.
	RawHeader    json.RawMessage
	ParentHeader json.RawMessage
	Metadata     json.RawMessage
	Content      json.RawMessage
	Buffers      [][]byte
	// Signature is the hex HMAC as received.
	Signature []byte

	received time.Time
}

// Errors Decode returns; callers log them and drop the message.
var (
	ErrNoDelimiter  = errors.New("no <IDS|MSG> delimiter")
	ErrTruncated    = errors.New("truncated message: fewer than 5 frames after the delimiter")
	ErrBadSignature = errors.New("bad or missing signature")
)

// Signer signs and verifies messages with the key and scheme of a
// connection file. The zero key disables signing, as Jupyter specifies.
type Signer struct {
	key  []byte
	pool sync.Pool
}

func hashFor(scheme string) (func() hash.Hash, error) {
	name, ok := strings.CutPrefix(scheme, "hmac-")
	if !ok {
		return nil, fmt.Errorf("signature scheme %q: want hmac-<hash>", scheme)
	}
	switch name {
	case "sha256":
		return sha256.New, nil
	case "sha1":
		return sha1.New, nil
	case "sha224":
		return sha256.New224, nil
	case "sha384":
		return sha512.New384, nil
	case "sha512":
		return sha512.New, nil
	case "md5":
		return md5.New, nil
	}
	return nil, fmt.Errorf("signature scheme %q: unsupported hash %q", scheme, name)
}

// NewSigner returns a Signer for scheme (e.g. "hmac-sha256") and key.
func NewSigner(scheme string, key []byte) (*Signer, error) {
	h, err := hashFor(scheme)
	if err != nil {
		return nil, err
	}
	s := &Signer{key: bytes.Clone(key)}
	s.pool.New = func() any { return hmac.New(h, s.key) }
	return s, nil
}

// Enabled reports whether messages are signed (the key is not empty).
func (s *Signer) Enabled() bool { return len(s.key) > 0 }

func (s *Signer) mac(parts [][]byte) []byte {
	m := s.pool.Get().(hash.Hash)
	m.Reset()
	for _, p := range parts {
		m.Write(p)
	}
	sum := m.Sum(nil)
	s.pool.Put(m)
	return sum
}

// Sign returns the hex signature of header, parent, metadata and content.
func (s *Signer) Sign(header, parent, metadata, content []byte) []byte {
	if !s.Enabled() {
		return nil
	}
	sum := s.mac([][]byte{header, parent, metadata, content})
	out := make([]byte, hex.EncodedLen(len(sum)))
	hex.Encode(out, sum)
	return out
}

// Verify checks sig (hex) against the four parts in constant time.
func (s *Signer) Verify(sig, header, parent, metadata, content []byte) bool {
	if !s.Enabled() {
		return true
	}
	want := s.mac([][]byte{header, parent, metadata, content})
	got := make([]byte, hex.DecodedLen(len(sig)))
	if _, err := hex.Decode(got, sig); err != nil {
		// Compare anyway so that a bad encoding costs the same time.
		hmac.Equal(want, want)
		return false
	}
	return hmac.Equal(got, want)
}

// Decode parses and verifies the frames of one message. A message with a
// bad signature, too few frames or JSON parts that are not objects is an
// error; nothing of it should be acted on.
func Decode(frames [][]byte, s *Signer) (*Message, error) {
	d := -1
	for i, f := range frames {
		if bytes.Equal(f, delimiter) {
			d = i
			break
		}
	}
	if d < 0 {
		return nil, ErrNoDelimiter
	}
	rest := frames[d+1:]
	if len(rest) < 5 {
		return nil, ErrTruncated
	}
	m := &Message{
		Identities:   frames[:d],
		Signature:    rest[0],
		RawHeader:    rest[1],
		ParentHeader: rest[2],
		Metadata:     rest[3],
		Content:      rest[4],
		Buffers:      rest[5:],
	}
	if !s.Verify(m.Signature, m.RawHeader, m.ParentHeader, m.Metadata, m.Content) {
		return nil, ErrBadSignature
	}
	for _, p := range []struct {
		name string
		data []byte
	}{{"header", m.RawHeader}, {"parent_header", m.ParentHeader}, {"metadata", m.Metadata}, {"content", m.Content}} {
		if !isJSONObject(p.data) {
			return nil, fmt.Errorf("%s is not a JSON object", p.name)
		}
	}
	if err := json.Unmarshal(m.RawHeader, &m.Header); err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	if m.Header.MsgType == "" {
		return nil, errors.New("header has no msg_type")
	}
	return m, nil
}

func isJSONObject(b []byte) bool {
	b = bytes.TrimLeft(b, " \t\r\n")
	return len(b) > 0 && b[0] == '{' && json.Valid(b)
}

// Encode returns the frames of m, signed with s. RawHeader, ParentHeader,
// Metadata and Content must be set (empty ones are sent as {}).
func Encode(m *Message, s *Signer) [][]byte {
	empty := json.RawMessage("{}")
	parts := [4][]byte{m.RawHeader, m.ParentHeader, m.Metadata, m.Content}
	for i, p := range parts {
		if len(p) == 0 {
			parts[i] = empty
		}
	}
	frames := make([][]byte, 0, len(m.Identities)+6+len(m.Buffers))
	frames = append(frames, m.Identities...)
	frames = append(frames, delimiter, s.Sign(parts[0], parts[1], parts[2], parts[3]))
	frames = append(frames, parts[:]...)
	frames = append(frames, m.Buffers...)
	return frames
}
