package interp

import "go/types"

// The compiled functions given a list of interfaces in symbols.MapTypes
// (fmt.Fprintf: fmt.Formatter, fmt.Stringer, error) make yaegi wrap every
// argument of a session type in the wrapper of the first of these
// interfaces it implements, the io.Writer of fmt.Fprintf included: a
// writer with a String method (a struct embedding bytes.Buffer or
// strings.Builder, a *rot with Write and String) became yaegi's
// fmt.Stringer wrapper and reflect panicked "Call using
// interp.stringerWrapper as type io.Writer". ifaceArgs converts the
// arguments of such functions that are passed for a non-empty interface
// whatever their kind, so that yaegi gets an io.Writer it hands on as is.
var mapTypedCalls = map[string]bool{
	"fmt.Fprint": true, "fmt.Fprintf": true, "fmt.Fprintln": true,
	"fmt.Fscan": true, "fmt.Fscanf": true, "fmt.Fscanln": true,
}

// mapTypedArg reports whether an argument of type at, passed to fn for a
// non-empty interface, is one yaegi would wrap wrongly: fn is one of
// mapTypedCalls and at has a method named like one of fmt's interfaces.
func mapTypedArg(fn *types.Func, at types.Type) bool {
	if !mapTypedCalls[fn.FullName()] {
		return false
	}
	ms := types.NewMethodSet(at)
	for _, name := range []string{"Format", "String", "Error"} {
		if ms.Lookup(nil, name) != nil {
			return true
		}
	}
	return false
}
