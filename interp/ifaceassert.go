package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

// ifaceAssertion rewrites the assertion x.(I), with I an interface of a
// compiled package (fmt.Stringer, error, io.Reader, ...) and x of the
// interface type xt, when the session declares types implementing I.
// yaegi v0.16.1 builds the interface wrapper of such an assertion from the
// node where the value was made, read in the frame of the assertion, so
// calling a method of the result panicked ("reflect.Set: value of type int
// is not assignable to type struct { N int }") or used another value.
// The replacement matches the session's types with type assertions (its
// bound type switch misses pointers) and converts by returning, which
// builds the wrapper from the value:
//
//	func(v XT) (I, bool) {
//		if x, ok := v.(T); ok {
//			return x, true
//		}
//		if x, ok := v.(*U); ok {
//			return x, true
//		}
//		r, ok := v.(I)
//		return r, ok
//	}(x)
//
// (with one result, and a failing assertion's panic, when !commaOk). It
// returns nil when no rewrite is needed.
func (m *modernizer) ifaceAssertion(x ast.Expr, xt, it types.Type, pos token.Pos, commaOk bool) ast.Expr {
	if xt == nil || it == nil || !types.IsInterface(xt) || hasTypeParam(xt) || hasTypeParam(it) {
		return nil
	}
	named, ok := types.Unalias(it).(*types.Named)
	sessionIface := !ok || named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "main"
	// An interface of the session (or a literal one) from an any: yaegi's
	// own assertion matches the value's interpreted type exactly (Dog and
	// Cat, both struct { Name string }, told apart) once the operand is a
	// compiled interface{} (gg__.Any); from an interpreted any it failed
	// to store its result ("reflect.Set: value of type interface {} is
	// not assignable to type interp.valueInterface"). It is tried first;
	// values that lost their interpreted type (var y any = Cat{}) fall to
	// the session's types, tried one by one.
	exact := sessionIface && emptyIface(xt)
	if sessionIface && !exact {
		return nil // the session's own interfaces: yaegi handles them
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	g := &mirrorGen{m: m, pos: pos}
	var cases []string
	vi := map[string]bool{} // cases tried only on yaegi's interface values
	for _, n := range sessionTypes(sc) {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(t, iface) {
				continue
			}
			if ts, ok := g.typeSrc(t); ok {
				cases = append(cases, ts)
				if _, st := n.Underlying().(*types.Struct); !st && emptyIface(xt) {
					// type Celsius float64 is float64 to yaegi: a plain
					// 2.5 in an any passed for a Celsius. A Celsius with
					// methods in an any is yaegi's interface value,
					// whose assertions are exact (see fix_valueiface.go).
					vi[ts] = true
				}
			}
		}
	}
	if len(cases) == 0 || len(cases) > 64 {
		return m.nilSafeAssertion(x, xt, it, pos, commaOk)
	}
	xts, ok1 := g.typeSrc(xt)
	its, ok2 := g.typeSrc(it)
	if !ok1 || !ok2 {
		return nil
	}
	var b strings.Builder
	first := ""
	if exact {
		if commaOk {
			first = fmt.Sprintf("if gg__r, gg__ok := gg__.Any(gg__v).(%s); gg__ok {\nreturn gg__r, true\n}\n", its)
		} else {
			first = fmt.Sprintf("if gg__r, gg__ok := gg__.Any(gg__v).(%s); gg__ok {\nreturn gg__r\n}\n", its)
		}
	}
	if commaOk {
		fmt.Fprintf(&b, "func(gg__v %s) (%s, bool) {\n%s", xts, its, first)
		b.WriteString(nilAssertGuard(it, true))
		for _, c := range cases {
			fmt.Fprintf(&b, "if gg__x, gg__ok := gg__v.(%s); gg__ok%s {\nreturn gg__x, true\n}\n", c, viGuard(vi[c]))
		}
		fmt.Fprintf(&b, "gg__r, gg__ok := gg__v.(%s)\nreturn gg__r, gg__ok\n}", its)
	} else {
		fmt.Fprintf(&b, "func(gg__v %s) %s {\n%s", xts, its, first)
		b.WriteString(nilAssertGuard(it, false))
		for _, c := range cases {
			fmt.Fprintf(&b, "if gg__x, gg__ok := gg__v.(%s); gg__ok%s {\nreturn gg__x\n}\n", c, viGuard(vi[c]))
		}
		fmt.Fprintf(&b, "return gg__v.(%s)\n}", its)
	}
	fe, err := parseExprSafe(b.String(), pos)
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{x}, Rparen: pos}
}

// viGuard is the condition, after an assertion's ok, that the operand is
// yaegi's interface value (when only those can be trusted).
func viGuard(on bool) string {
	if !on {
		return ""
	}
	return " && gg__.IsVI([]any{gg__v})"
}

// commaOkAsserts returns the type assertions of n used in a two-valued
// assignment (v, ok := x.(T)).
func commaOkAsserts(n ast.Node) map[*ast.TypeAssertExpr]bool {
	set := map[*ast.TypeAssertExpr]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch s := n.(type) {
		case *ast.AssignStmt:
			if len(s.Lhs) == 2 && len(s.Rhs) == 1 {
				if ta, ok := ast.Unparen(s.Rhs[0]).(*ast.TypeAssertExpr); ok {
					set[ta] = true
				}
			}
		case *ast.ValueSpec:
			if len(s.Names) == 2 && len(s.Values) == 1 {
				if ta, ok := ast.Unparen(s.Values[0]).(*ast.TypeAssertExpr); ok {
					set[ta] = true
				}
			}
		}
		return true
	})
	return set
}

// typeAssert rewrites a type assertion of the cell (see ifaceAssertion);
// xt is the type of its operand before the rewrite of the operand.
func (m *modernizer) typeAssert(ta *ast.TypeAssertExpr, xt types.Type, commaOk bool) ast.Expr {
	if ta.Type == nil {
		return nil // x.(type)
	}
	if xt == nil {
		xt = m.info.TypeOf(ta.X)
	}
	if m.promotedPtrAssertion(ta, xt) {
		return nil
	}
	if e := m.namedAssertion(ta, xt, commaOk); e != nil {
		return e
	}
	if e := m.viUnderlyingAssertion(ta, xt, commaOk); e != nil {
		return e
	}
	if e := m.compiledIfaceAssertion(ta.X, xt, m.info.TypeOf(ta.Type), ta, commaOk, m.blankAsserts[ta.Pos()]); e != nil {
		return e
	}
	return m.ifaceAssertion(ta.X, xt, m.info.TypeOf(ta.Type), ta.Pos(), commaOk)
}

func init() {
	// Any is interface{} as a compiled type (see ifaceAssertion).
	extraRuntime["Any"] = reflect.ValueOf((*any)(nil))
}
