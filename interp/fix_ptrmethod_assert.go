package interp

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// ptrMethodAsserts rewrites x.(I), I an interface, when the session
// declares a type T that is not a pointer, whose *T implements I but T
// does not (a method of I has a pointer receiver), and that x can hold.
// yaegi's dynamic check of an assertion to an interface looks for the
// methods by name, whatever their receivers, so a Robot (embedding an
// Entity with func (e *Entity) Rename) held in a Namer passed
// n.(Renamer), and Rename then changed the copy held in n. The rewrite
// fails for such types first:
//
//	func(gg__v XT) (I, bool) {
//		if _, gg__ok := gg__v.(T); gg__ok {
//			return nil, false
//		}
//		gg__r, gg__ok := gg__v.(I)
//		return gg__r, gg__ok
//	}(x)
//
// and, with one result, panics as Go does (gg__.AssertPanic). The inner
// assertion keeps the types of the original, so the rewrites of
// assertions that come after it (ifaceAssertions, typeAssert) see it.
func (m *modernizer) ptrMethodAsserts(pc *parsedCell) {
	if m.info == nil {
		return
	}
	var commaOk map[*ast.TypeAssertExpr]bool
	f := func(e ast.Expr) ast.Expr {
		ta, ok := e.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil {
			return e
		}
		if r := m.ptrMethodAssert(ta, commaOk[ta]); r != nil {
			return r
		}
		return e
	}
	for _, d := range pc.decls {
		commaOk = commaOkAsserts(d)
		replaceExprs(d, f)
	}
	for _, st := range pc.stmts {
		commaOk = commaOkAsserts(st)
		replaceExprs(st, f)
	}
}

// valueOnlyTypes are the session's non-pointer named types that x, of the
// interface type xt, can hold and that do not implement the interface it
// although their pointers do, by name.
func (m *modernizer) valueOnlyTypes(xt types.Type, it *types.Interface) []*types.Named {
	xi, ok := xt.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	var out []*types.Named
	for _, n := range sessionTypes(sc) {
		if _, ptr := n.Underlying().(*types.Pointer); ptr {
			continue
		}
		if types.Implements(n, xi) && !types.Implements(n, it) && types.Implements(types.NewPointer(n), it) {
			out = append(out, n)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Obj().Name() < out[j].Obj().Name() })
	return out
}

func (m *modernizer) ptrMethodAssert(ta *ast.TypeAssertExpr, commaOk bool) ast.Expr {
	it := m.info.TypeOf(ta.Type)
	xt := m.info.TypeOf(ta.X)
	if it == nil || xt == nil || !types.IsInterface(it) || !types.IsInterface(xt) || hasTypeParam(it) || hasTypeParam(xt) {
		return nil
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	if xi, ok := xt.Underlying().(*types.Interface); !ok || xi.NumMethods() == 0 {
		// From an any, yaegi's assertion to a struct type compares the
		// structure only (Dog and Cat, both struct { Name string }, are
		// one type to it): a Cat would be taken for a Dog.
		return nil
	}
	excluded := m.valueOnlyTypes(xt, iface)
	if len(excluded) == 0 || len(excluded) > 32 {
		return nil
	}
	pos := ta.Pos()
	g := &mirrorGen{m: m, pos: pos}
	xts, ok1 := g.typeSrc(xt)
	its, ok2 := g.typeSrc(it)
	if !ok1 || !ok2 {
		return nil
	}
	var b strings.Builder
	if commaOk {
		fmt.Fprintf(&b, "func(gg__v %s) (%s, bool) {\n", xts, its)
	} else {
		fmt.Fprintf(&b, "func(gg__v %s) %s {\n", xts, its)
	}
	for _, t := range excluded {
		ts, ok := g.typeSrc(t)
		if !ok {
			return nil
		}
		v := "gg__v"
		if promotedPtrAssert(xt, t) {
			v = "interface{}(gg__v)" // see fix_embedptr_assert.go
		}
		fmt.Fprintf(&b, "if _, gg__ok := %s.(%s); gg__ok {\n", v, ts)
		if commaOk {
			b.WriteString("return nil, false\n}\n")
			continue
		}
		missing := ""
		if fn, _ := types.MissingMethod(t, iface, true); fn != nil {
			missing = fn.Name()
		}
		fmt.Fprintf(&b, "gg__.AssertPanic(%s, %s, %s)\n}\n", strconv.Quote(m.mono.goTypeName(t)),
			strconv.Quote(m.mono.goTypeName(it)), strconv.Quote(missing))
	}
	if commaOk {
		fmt.Fprintf(&b, "gg__r, gg__ok := gg__v.(%s)\nreturn gg__r, gg__ok\n}", its)
	} else {
		fmt.Fprintf(&b, "return gg__v.(%s)\n}", its)
	}
	fe, err := parseExprSafe(b.String(), pos)
	if err != nil {
		return nil
	}
	lit, ok := fe.(*ast.FuncLit)
	if !ok {
		return nil
	}
	// The inner assertion, of the original's types.
	ast.Inspect(lit, func(n ast.Node) bool {
		inner, ok := n.(*ast.TypeAssertExpr)
		if !ok {
			return true
		}
		var src strings.Builder
		if printer.Fprint(&src, token.NewFileSet(), inner.Type) != nil || src.String() != its {
			return true
		}
		if id, ok := inner.X.(*ast.Ident); !ok || id.Name != "gg__v" {
			return true
		}
		m.info.Types[inner.X] = types.TypeAndValue{Type: xt}
		if tv, ok := m.info.Types[ta.Type]; ok {
			m.info.Types[inner.Type] = tv
		}
		if id, ok := inner.Type.(*ast.Ident); ok {
			if tid, ok := ta.Type.(*ast.Ident); ok && m.info.Uses[tid] != nil {
				m.info.Uses[id] = m.info.Uses[tid]
			}
		}
		return true
	})
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}
