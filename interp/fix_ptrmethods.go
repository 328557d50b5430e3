package interp

import (
	"go/ast"
	"go/types"
)

// ptrOnlyPrintMethods reports whether t, a session type that is neither a
// pointer nor an interface, has no printing method (String, Error,
// Format, GoString) in its method set while *t has one. yaegi's method
// set of a type includes the methods of its pointer receivers, so its
// wrapper for fmt called (*T).String for a T value, where Go prints the
// value's fields: such operands, and such values inside the fields of
// others (an embedded T, whose (*T).String only *Outer promotes), are
// mirrored (see mirrorGen.needs); inside an []any, yaegi's wrapper was
// printed as it is ({{0xc000010000 {...}} 1}).
func ptrOnlyPrintMethods(t types.Type) bool {
	t = types.Unalias(t)
	if types.IsInterface(t) {
		return false
	}
	if _, ptr := t.Underlying().(*types.Pointer); ptr {
		return false
	}
	if _, ok := sessionNamed(t); !ok {
		return false
	}
	if s, g, f := printMethods(t); s != "" || g != "" || f != "" {
		return false
	}
	s, g, f := printMethods(types.NewPointer(t))
	return s != "" || g != "" || f != ""
}

// assertOperandTypes records the types of the operands of n's type
// assertions before the rewrite replaces the operands (any(&q) becomes a
// function literal's call, unknown to go/types), so that the assertion is
// still rewritten: any(&q).(fmt.Stringer) failed for a *Q with a String
// method (see ifaceAssertion).
func (m *modernizer) assertOperandTypes(n ast.Node) map[*ast.TypeAssertExpr]types.Type {
	ts := map[*ast.TypeAssertExpr]types.Type{}
	ast.Inspect(n, func(n ast.Node) bool {
		if ta, ok := n.(*ast.TypeAssertExpr); ok {
			if t := m.info.TypeOf(ta.X); t != nil {
				ts[ta] = t
			}
		}
		return true
	})
	return ts
}
