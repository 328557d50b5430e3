package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
)

func init() {
	extraRuntime["NilAssert"] = reflect.ValueOf(nilAssert)
}

// nilAssertError is Go's panic for x.(I) with x nil.
type nilAssertError struct{ iface string }

func (e nilAssertError) Error() string {
	return "interface conversion: interface is nil, not " + e.iface
}
func (nilAssertError) RuntimeError() {}

func nilAssert(iface string) { panic(nilAssertError{iface}) }

// nilAssertGuard is the first statement of the function an assertion to
// a compiled interface type becomes (see ifaceAssertion): yaegi's
// assertion of a nil interface value to such a type panicked ("reflect:
// call of reflect.Value.Type on zero Value"), as in
// "if err, ok := recover().(error); ok" with no panic.
func nilAssertGuard(it types.Type, commaOk bool) string {
	if commaOk {
		return "if gg__v == nil {\nreturn nil, false\n}\n"
	}
	name := types.TypeString(it, func(p *types.Package) string { return p.Name() })
	return fmt.Sprintf("if gg__v == nil {\ngg__.NilAssert(%s)\n}\n", strconv.Quote(name))
}

// nilSafeAssertion rewrites x.(I), with I an interface of a compiled
// package that no session type implements, so that a nil x fails (or
// panics) as in Go (see nilAssertGuard):
//
//	func(gg__v XT) (I, bool) { if gg__v == nil { return nil, false }; gg__r, gg__ok := gg__v.(I); return gg__r, gg__ok }(x)
func (m *modernizer) nilSafeAssertion(x ast.Expr, xt, it types.Type, pos token.Pos, commaOk bool) ast.Expr {
	g := &mirrorGen{m: m, pos: pos}
	xts, ok1 := g.typeSrc(xt)
	its, ok2 := g.typeSrc(it)
	if !ok1 || !ok2 {
		return nil
	}
	var src string
	if commaOk {
		src = fmt.Sprintf("func(gg__v %s) (%s, bool) {\n%sgg__r, gg__ok := gg__v.(%s)\nreturn gg__r, gg__ok\n}", xts, its, nilAssertGuard(it, true), its)
	} else {
		src = fmt.Sprintf("func(gg__v %s) %s {\n%sreturn gg__v.(%s)\n}", xts, its, nilAssertGuard(it, false), its)
	}
	fe, err := parseExprSafe(src, pos)
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
}
