package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// Equality of session values inside interfaces that came out of
// containers. A value of a session type with methods stored in an any
// element, field or map entry is yaegi's valueInterface (the node that
// converted it and a pointer to a copy), so two equal values made at two
// places differed: []any{Sq{1}}[0] == []any{Sq{1}}[0] was false, as were
// Box{Sq{1}} == Box{Sq{1}} for a struct with an any field and
// reflect.DeepEqual of two []Shape or map[string]Shape with equal
// elements. viEqual rewrites such comparisons into gg__.EqualVI and
// gg__.DeepEqualVI, which compare the plain values (as gg__.Equal does
// for the session's interfaces, see ifaceEqual); the one-element slices
// keep each operand's valueInterface as it is (see viWrap).

// plainVI is the one value of one with yaegi's interface values replaced
// by their plain values.
func plainVI(one []any) any {
	if len(one) != 1 {
		return nil
	}
	v := one[0]
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return nil
	}
	if isValueIface(rv.Type()) {
		return unwrapOne(rv, nil)
	}
	if r, changed := unwrapIfaces(v, nil); changed {
		return r
	}
	return v
}

// plainAny is v, or its plain value when v is yaegi's interface value (an
// any operand of a compiled call is handed over as it is).
func plainAny(v any) any {
	if rv := reflect.ValueOf(v); rv.IsValid() && isValueIface(rv.Type()) {
		return unwrapOne(rv, nil)
	}
	return v
}

func init() {
	extraRuntime["EqualAny"] = reflect.ValueOf(func(x, y any) bool { return scalarVIName(x) == scalarVIName(y) && plainAny(x) == plainAny(y) })
	extraRuntime["EqualVI"] = reflect.ValueOf(func(x, y []any) bool { return plainVI(x) == plainVI(y) })
	extraRuntime["DeepEqualVI"] = reflect.ValueOf(func(x, y []any) bool { return reflect.DeepEqual(plainVI(x), plainVI(y)) })
}

// viComparable reports whether values of type t can hold yaegi's
// interface values where == compares them: empty interfaces, and structs
// and arrays with such fields or elements (see holdsIfaceType).
func viComparable(t types.Type) bool {
	if t == nil || hasTypeParam(t) {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return u.Empty()
	case *types.Struct, *types.Array:
		return holdsIfaceType(t, map[types.Type]bool{})
	}
	return false
}

// viEqual rewrites x == y and x != y (see above) when both operands are
// of such types and neither is nil, or nil.
func (m *modernizer) viEqual(b *ast.BinaryExpr) ast.Expr {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return nil
	}
	for _, e := range []ast.Expr{b.X, b.Y} {
		tv, ok := m.info.Types[e]
		if !ok || tv.IsNil() || tv.Value != nil || !viComparable(tv.Type) {
			return nil
		}
	}
	if m.top && !m.sessionHasMethods() {
		return nil
	}
	var e ast.Expr
	if emptyIface(m.info.TypeOf(b.X)) && emptyIface(m.info.TypeOf(b.Y)) {
		pos := b.Pos()
		e = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "EqualAny"}},
			Lparen: pos, Args: []ast.Expr{b.X, b.Y}, Rparen: b.End(),
		}
		if pureExprs(b.X, b.Y) {
			// yaegi's own == first: equal boxes hold equal values, and
			// most comparisons are settled without the call.
			e = &ast.ParenExpr{Lparen: pos, X: &ast.BinaryExpr{X: &ast.BinaryExpr{X: b.X, OpPos: pos, Op: token.EQL, Y: b.Y}, OpPos: pos, Op: token.LOR, Y: e}, Rparen: b.End()}
		}
	} else {
		e = m.viCall("EqualVI", b.X, b.Y, b.Pos(), b.End())
	}
	if b.Op == token.NEQ {
		e = &ast.UnaryExpr{OpPos: b.Pos(), Op: token.NOT, X: e}
	}
	return e
}

// viDeepEqual rewrites reflect.DeepEqual(x, y) into gg__.DeepEqualVI when
// an operand can hold interfaces.
func (m *modernizer) viDeepEqual(c *ast.CallExpr) ast.Expr {
	fn := m.calledFunc(c)
	if fn == nil || fn.FullName() != "reflect.DeepEqual" || len(c.Args) != 2 || c.Ellipsis.IsValid() {
		return nil
	}
	holds := false
	for _, a := range c.Args {
		if t := m.info.TypeOf(a); t != nil && !hasTypeParam(t) && (types.IsInterface(t) || holdsIfaceType(t, map[types.Type]bool{})) {
			holds = true
		}
	}
	if !holds || m.top && !m.sessionHasMethods() {
		return nil
	}
	return m.viCall("DeepEqualVI", c.Args[0], c.Args[1], c.Pos(), c.End())
}

// viCall is gg__.name([]any{x}, []any{y}).
func (m *modernizer) viCall(name string, x, y ast.Expr, pos, end token.Pos) ast.Expr {
	one := func(e ast.Expr) ast.Expr {
		return &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: e.Pos(), Elt: &ast.Ident{NamePos: e.Pos(), Name: "any"}}, Lbrace: e.Pos(), Elts: []ast.Expr{e}, Rbrace: e.End()}
	}
	return &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: name}},
		Lparen: pos, Args: []ast.Expr{one(x), one(y)}, Rparen: end,
	}
}

// pureExprs reports whether evaluating es twice does what evaluating them
// once does: variables, fields, indexes and constants.
func pureExprs(es ...ast.Expr) bool {
	for _, e := range es {
		switch x := e.(type) {
		case *ast.Ident, *ast.BasicLit:
		case *ast.ParenExpr:
			if !pureExprs(x.X) {
				return false
			}
		case *ast.SelectorExpr:
			if !pureExprs(x.X) {
				return false
			}
		case *ast.IndexExpr:
			if !pureExprs(x.X, x.Index) {
				return false
			}
		case *ast.StarExpr:
			if !pureExprs(x.X) {
				return false
			}
		case *ast.UnaryExpr:
			if x.Op != token.AND || !pureExprs(x.X) {
				return false
			}
		default:
			return false
		}
	}
	return true
}
