package interp

import "go/types"

// Unexported fields of compiled types with printing methods:
//
//	type task struct { name string; dur time.Duration; at time.Time }
//	fmt.Println(task{...})  // Go: {build 90000000000 {0 63839761445 <nil>}}
//
// fmt cannot call the methods of a value it reached through an unexported
// field, so Go prints the plain value; yaegi renames unexported fields to
// exported ones (see hideUnexported), so fmt called String and printed
// 1m30s. Such fields are mirrored as raw values (gg__.FmtRaw), and the
// mirror does not descend into a compiled struct's own fields, which the
// session cannot read (a %+v of such a struct panicked "reflect.Value.Call
// using value obtained using unexported field").

// compiledNamed reports whether t is a named type of a compiled package.
func compiledNamed(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main"
}

// compiledPrintMethods reports whether t, a compiled named type, has
// methods fmt would call (String, Error, Format, GoString).
func compiledPrintMethods(t types.Type) bool {
	if !compiledNamed(t) {
		return false
	}
	str, gostr, format := printMethods(t)
	return str != "" || gostr != "" || format != ""
}
