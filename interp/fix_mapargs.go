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

// mapTypedCall reports whether fn is one of mapTypedCalls.
func mapTypedCall(fn *types.Func) bool {
	return mapTypedCalls[fn.FullName()]
}
