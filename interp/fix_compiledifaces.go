package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sort"
	"strings"
)

// Assertions of compiled values to the session's interfaces. yaegi's
// assertion x.(I), with I an interface the session declared or a literal
// one (interface{ Unwrap() error }), fails for every value of a compiled
// type: it only matches its own interface values. So
//
//	if u, ok := err.(interface{ Unwrap() error }); ok { ... }
//
// was false for fmt.Errorf's errors, and r.(interface{ Len() int }) for a
// *strings.Reader. Converting a compiled value to I works, though, when
// its static type is a compiled interface with I's methods. For the
// common method sets the runtime has such an interface (compiledIfaces);
// the rewrite tries I first (the session's values), then that interface:
//
//	func(gg__v X) (I, bool) {
//		if gg__r, gg__ok := gg__v.(I); gg__ok {
//			return gg__r, true
//		}
//		if gg__c, gg__ok := gg__v.(gg__.IfUnwrap); gg__ok {
//			return gg__c, true
//		}
//		var gg__z I
//		return gg__z, false
//	}(x)
//
// (with one result, the failing case panics through the plain assertion).

// The compiled interfaces, by method set (see methodSetKey).
type (
	ifUnwrap      interface{ Unwrap() error }
	ifUnwrapMulti interface{ Unwrap() []error }
	ifIs          interface{ Is(error) bool }
	ifAs          interface{ As(any) bool }
	ifTimeout     interface{ Timeout() bool }
	ifTemporary   interface{ Temporary() bool }
	ifTimeoutTemp interface {
		Timeout() bool
		Temporary() bool
	}
	ifLen         interface{ Len() int }
	ifCap         interface{ Cap() int }
	ifSize        interface{ Size() int64 }
	ifName        interface{ Name() string }
	ifString      interface{ String() string }
	ifError       interface{ Error() string }
	ifErrorUnwrap interface {
		Error() string
		Unwrap() error
	}
	ifClose       interface{ Close() error }
	ifFlush       interface{ Flush() error }
	ifReset       interface{ Reset() }
	ifBytes       interface{ Bytes() []byte }
	ifGoString    interface{ GoString() string }
	ifMarshalJSON interface{ MarshalJSON() ([]byte, error) }
	ifMarshalText interface{ MarshalText() ([]byte, error) }
	ifUnwrapLen   interface {
		Len() int
		Unwrap() error
	}
	ifStringLen interface {
		Len() int
		String() string
	}
)

var compiledIfaces = map[string]struct {
	sym string
	typ reflect.Type
}{}

func init() {
	for sym, p := range map[string]any{
		"IfUnwrap": (*ifUnwrap)(nil), "IfUnwrapMulti": (*ifUnwrapMulti)(nil), "IfIs": (*ifIs)(nil),
		"IfAs": (*ifAs)(nil), "IfTimeout": (*ifTimeout)(nil), "IfTemporary": (*ifTemporary)(nil),
		"IfTimeoutTemp": (*ifTimeoutTemp)(nil), "IfLen": (*ifLen)(nil), "IfCap": (*ifCap)(nil),
		"IfSize": (*ifSize)(nil), "IfName": (*ifName)(nil), "IfString": (*ifString)(nil),
		"IfError": (*ifError)(nil), "IfErrorUnwrap": (*ifErrorUnwrap)(nil), "IfClose": (*ifClose)(nil),
		"IfFlush": (*ifFlush)(nil), "IfReset": (*ifReset)(nil), "IfBytes": (*ifBytes)(nil),
		"IfGoString": (*ifGoString)(nil), "IfMarshalJSON": (*ifMarshalJSON)(nil),
		"IfMarshalText": (*ifMarshalText)(nil), "IfUnwrapLen": (*ifUnwrapLen)(nil), "IfStringLen": (*ifStringLen)(nil),
	} {
		t := reflect.TypeOf(p).Elem()
		compiledIfaces[reflectMethodSetKey(t)] = struct {
			sym string
			typ reflect.Type
		}{sym, t}
		extraRuntime[sym] = reflect.ValueOf(p)
	}
}

// reflectMethodSetKey is the method set of the interface type t as
// "Name(params) results" lines, sorted.
func reflectMethodSetKey(t reflect.Type) string {
	var ms []string
	for i := range t.NumMethod() {
		m := t.Method(i)
		var in, out []string
		for j := range m.Type.NumIn() {
			in = append(in, normTypeName(m.Type.In(j).String()))
		}
		for j := range m.Type.NumOut() {
			out = append(out, normTypeName(m.Type.Out(j).String()))
		}
		ms = append(ms, m.Name+"("+strings.Join(in, ",")+")"+strings.Join(out, ","))
	}
	sort.Strings(ms)
	return strings.Join(ms, ";")
}

// methodSetKey is reflectMethodSetKey for a go/types interface; "" when a
// method mentions a type of the session.
func methodSetKey(it *types.Interface) string {
	var ms []string
	ok := true
	name := func(t types.Type) string {
		if containsSession(t, map[string]bool{}) {
			ok = false
		}
		return normTypeName(types.TypeString(t, func(p *types.Package) string { return p.Name() }))
	}
	for i := range it.NumMethods() {
		f := it.Method(i)
		sig := f.Type().(*types.Signature)
		var in, out []string
		for j := range sig.Params().Len() {
			in = append(in, name(sig.Params().At(j).Type()))
		}
		for j := range sig.Results().Len() {
			out = append(out, name(sig.Results().At(j).Type()))
		}
		ms = append(ms, f.Name()+"("+strings.Join(in, ",")+")"+strings.Join(out, ","))
	}
	if !ok {
		return ""
	}
	sort.Strings(ms)
	return strings.Join(ms, ";")
}

// normTypeName writes any and interface{} alike.
func normTypeName(s string) string {
	s = strings.ReplaceAll(s, "interface {}", "any")
	return strings.ReplaceAll(s, "interface{}", "any")
}

// compiledTwin is the gg__ symbol of the compiled interface with the
// methods of the session's (or a literal) interface it, or "".
func compiledTwin(it types.Type) string {
	if n, ok := types.Unalias(it).(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return "" // a compiled interface: yaegi asserts to it
	}
	u, ok := it.Underlying().(*types.Interface)
	if !ok || u.NumMethods() == 0 {
		return ""
	}
	key := methodSetKey(u)
	if key == "" {
		return ""
	}
	return compiledIfaces[key].sym
}

// compiledIfaceAssertion is the rewrite above of x.(I) (x of the interface
// type xt), or nil when I has no compiled twin.
func (m *modernizer) compiledIfaceAssertion(x ast.Expr, xt, it types.Type, pos ast.Node, commaOk, blank bool) ast.Expr {
	if xt == nil || it == nil || !types.IsInterface(xt) || hasTypeParam(xt) || hasTypeParam(it) {
		return nil
	}
	sym := compiledTwin(it)
	if sym == "" {
		return nil
	}
	g := &mirrorGen{m: m, pos: pos.Pos()}
	xts, ok1 := g.typeSrc(xt)
	its, ok2 := g.typeSrc(it)
	if !ok1 || !ok2 {
		return nil
	}
	// An error of the session's that went through compiled code (a
	// wrapped error's Unwrap) is yaegi's error wrapper, with only Error:
	// its concrete value is tried against the session's types that
	// implement I.
	var cands []string
	if isErrorType(xt) {
		if iface, ok := it.Underlying().(*types.Interface); ok {
			if sc := m.mainScope(); sc != nil {
				for _, n := range sessionTypes(sc) {
					if strings.HasPrefix(n.Obj().Name(), "gg__") {
						continue
					}
					for _, t := range []types.Type{n, types.NewPointer(n)} {
						if types.Implements(t, iface) {
							if ts, ok := g.typeSrc(t); ok {
								cands = append(cands, ts)
							}
						}
					}
				}
			}
		}
	}
	if len(cands) > 32 {
		cands = nil
	}
	var b strings.Builder
	ret := func(v string) string {
		if commaOk {
			return "return " + v + ", true"
		}
		return "return " + v
	}
	if blank {
		// yaegi's own assertion, unbound and of the operand itself (not of
		// a parameter holding it), is the one that sees the session's
		// pointers (see markBlankAsserts): it is made first, in place.
		if !m.reevaluable(x) {
			return nil
		}
		fmt.Fprintf(&b, "func(gg__n bool, gg__v %s) (%s, bool) {\n", xts, its)
		fmt.Fprintf(&b, "if gg__n {\nvar gg__z %s\n%s\n}\n", its, ret("gg__z"))
	} else if commaOk {
		fmt.Fprintf(&b, "func(gg__v %s) (%s, bool) {\n", xts, its)
	} else {
		fmt.Fprintf(&b, "func(gg__v %s) %s {\n", xts, its)
	}
	if !blank {
		fmt.Fprintf(&b, "if gg__r, gg__ok := gg__v.(%s); gg__ok {\n%s\n}\n", its, ret("gg__r"))
	}
	fmt.Fprintf(&b, "if gg__c, gg__ok := gg__v.(gg__.%s); gg__ok {\n%s\n}\n", sym, ret("gg__c"))
	if len(cands) > 0 {
		b.WriteString("gg__e := gg__.ErrConcrete(gg__v)\n")
		for _, c := range cands {
			fmt.Fprintf(&b, "if gg__x, gg__ok := gg__e.(%s); gg__ok {\n%s\n}\n", c, ret("gg__x"))
		}
	}
	if commaOk {
		fmt.Fprintf(&b, "var gg__z %s\nreturn gg__z, false\n}", its)
	} else {
		fmt.Fprintf(&b, "return gg__v.(%s)\n}", its)
	}
	src := b.String()
	fe, err := parseExprSafe(src, pos.Pos())
	if err != nil {
		return nil
	}
	hideUnexported(fe)
	args := []ast.Expr{x}
	if blank {
		// func() bool { _, ok := x.(I); return ok }(), x
		native, err := parseExprSafe("func() bool {\n_, gg__ok := gg__X.(int)\nreturn gg__ok\n}()", pos.Pos())
		if err != nil {
			return nil
		}
		ta := native.(*ast.CallExpr).Fun.(*ast.FuncLit).Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.TypeAssertExpr)
		te, ok := m.typeExpr(it, pos.Pos())
		xc := m.deepClone(x, pos.Pos())
		if !ok || xc == nil {
			return nil
		}
		ta.X, ta.Type = xc, te
		hideUnexported(native)
		args = []ast.Expr{native, x}
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos.Pos(), Args: args, Rparen: pos.End()}
}
