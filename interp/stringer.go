package interp

import (
	"fmt"
	"reflect"
)

// stringerWrapper replaces yaegi's generated wrapper for fmt.Stringer (the
// value handed to fmt in place of an interpreted type with a String
// method). The generated one only has String, so fmt printed the wrapper
// struct for verbs like %d; this one formats the wrapped value itself for
// every verb but %v, %s, %q, %x and %X, as fmt does for a compiled
// Stringer.
type stringerWrapper struct {
	IValue  any
	WString func() string
}

func (w stringerWrapper) String() string {
	if w.WString == nil {
		return ""
	}
	return w.WString()
}

func (w stringerWrapper) Format(f fmt.State, verb rune) {
	switch {
	case verb == 'v' && !f.Flag('#'), verb == 's', verb == 'q', verb == 'x', verb == 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), w.String())
	default:
		fmt.Fprintf(f, fmt.FormatString(f, verb), w.IValue)
	}
}

func init() {
	registerWrapper("fmt/fmt", "_Stringer", reflect.ValueOf((*stringerWrapper)(nil)))
}

// wrapperOverrides are interface wrappers the session uses instead of the
// generated ones, applied when the tables are loaded.
var wrapperOverrides = map[string]map[string]reflect.Value{}

func registerWrapper(pkg, name string, v reflect.Value) {
	if wrapperOverrides[pkg] == nil {
		wrapperOverrides[pkg] = map[string]reflect.Value{}
	}
	wrapperOverrides[pkg][name] = v
}
