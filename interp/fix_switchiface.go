package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A type switch on an any with a case of a session interface
// (switch x := a.(type) { case Runner: ... }) took that case for every
// value of a session type with methods that came out of a container
// ([]any{P{1, 0}}[0], a list element): such a value is yaegi's
// valueInterface, and yaegi's _case compares the reflect type names of
// the case's interface (valueInterface for an interpreted interface) and
// of the value (valueInterface too), so x.Run() then panicked "method not
// found: Run". typeSwitch rewrites such switches into assertions, and
// switchCaseTest makes the test of a session interface case the
// rewritten assertion (see ifaceAssertion), which checks the methods.

// switchCaseTest replaces the assertion of lit, the test
// func() bool { _, ok := tv.(T); return ok } of a case of type t in a
// type switch on ta.X, by ifaceAssertion's when there is one.
func (m *modernizer) switchCaseTest(lit *ast.FuncLit, tv string, ta *ast.TypeAssertExpr, t types.Type, pos token.Pos) {
	if !types.IsInterface(t) {
		return
	}
	as, ok := lit.Body.List[0].(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return
	}
	if e := m.ifaceAssertion(&ast.Ident{NamePos: pos, Name: tv}, m.info.TypeOf(ta.X), t, pos, true); e != nil {
		as.Rhs[0] = e
	}
}
