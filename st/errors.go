package st

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// The kinds of malformed file. A *FormatError wraps exactly one of them, so
// callers can test the kind with errors.Is and the details with errors.As.
var (
	ErrTooShort       = errors.New("file shorter than the 8-byte header length")
	ErrHeaderTooLarge = errors.New("header length larger than the limit")
	ErrHeaderLength   = errors.New("header length larger than the file")
	ErrHeaderUTF8     = errors.New("header is not valid UTF-8")
	ErrHeaderJSON     = errors.New("header is not valid JSON")
	ErrHeaderSchema   = errors.New("header does not have the safetensors structure")
	ErrDuplicateName  = errors.New("duplicate name")
	ErrUnknownDType   = errors.New("unknown dtype")
	ErrBadShape       = errors.New("invalid shape")
	ErrOverflow       = errors.New("size overflows")
	ErrSizeMismatch   = errors.New("byte length does not match shape and dtype")
	ErrOffsetRange    = errors.New("data offsets out of range")
	ErrUnordered      = errors.New("data offsets unordered")
	ErrOverlap        = errors.New("data ranges overlap")
	ErrGap            = errors.New("gap between data ranges")
	ErrTrailingData   = errors.New("trailing bytes after the last tensor")
	ErrChecksum       = errors.New("checksum mismatch")
	ErrNoChecksum     = errors.New("no checksum recorded")
	ErrIndex          = errors.New("invalid shard index")
)

// FormatError describes why a safetensors file (or shard index) is
// malformed: which file, which tensor (when the problem belongs to one), where
// in the file, and what is wrong. Kind is one of the Err* values above.
type FormatError struct {
	Path   string // the file, when known
	Tensor string // the tensor the problem belongs to, or ""
	Offset int64  // byte offset in the file the problem was found at, or -1
	Kind   error  // ErrOverlap, ErrUnknownDType, ...
	Reason string // details in words
}

// Error names the file, the tensor, the problem and where it is.
func (e *FormatError) Error() string {
	var b strings.Builder
	b.WriteString("st: ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Tensor != "" {
		b.WriteString("tensor ")
		b.WriteString(strconv.Quote(e.Tensor))
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.Error())
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	if e.Offset >= 0 {
		fmt.Fprintf(&b, " (at byte %d)", e.Offset)
	}
	return b.String()
}

// Unwrap returns the kind, so errors.Is(err, st.ErrOverlap) works.
func (e *FormatError) Unwrap() error { return e.Kind }

func formatErr(kind error, tensor string, offset int64, format string, args ...any) *FormatError {
	return &FormatError{Tensor: tensor, Offset: offset, Kind: kind, Reason: fmt.Sprintf(format, args...)}
}

// withPath sets the path of a *FormatError (if err is one) and returns err.
func withPath(err error, path string) error {
	var fe *FormatError
	if errors.As(err, &fe) && fe.Path == "" {
		fe.Path = path
	}
	return err
}
