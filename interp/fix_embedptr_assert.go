package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// yaegi's static check of x.(T), with x of a non-empty interface type and
// T a struct type that is not a pointer, rejects T when it finds one of
// the interface's methods on T with a pointer receiver ("impossible type
// assertion: main.S does not implement main.I as "ID" method has a
// pointer receiver"), although T has that method in its method set when
// it comes from an embedded pointer field:
//
//	type S struct{ *base }   // func (b *base) ID() string
//	var x IDer = S{&base{}}
//	s, ok := x.(S)           // valid Go; yaegi refuses the cell
//
// The check is skipped when x is an empty interface, and the dynamic check
// it then makes finds S, so such an assertion asserts interface{}(x).

// promotedPtrAssert reports whether yaegi's static check refuses the
// assertion of a value of interface type xt to t although Go allows it:
// t (not a pointer) has a method of xt's interface only through an
// embedded pointer field, or t (a pointer or not) has one only through an
// embedded interface field (yaegi does not look into those: "impossible
// type assertion: *main.CountingStore does not implement main.Store
// (missing Keys method)").
func promotedPtrAssert(xt, t types.Type) bool {
	if xt == nil || t == nil || types.IsInterface(t) {
		return false
	}
	_, isPtr := t.Underlying().(*types.Pointer)
	iface, ok := xt.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || !types.Implements(t, iface) {
		return false
	}
	for i := range iface.NumMethods() {
		im := iface.Method(i)
		obj, _, _ := types.LookupFieldOrMethod(t, false, im.Pkg(), im.Name())
		fn, ok := obj.(*types.Func)
		if !ok {
			continue
		}
		recv := fn.Type().(*types.Signature).Recv()
		if recv == nil {
			continue
		}
		if types.IsInterface(recv.Type()) {
			return true // promoted from an embedded interface
		}
		if _, ptr := recv.Type().(*types.Pointer); ptr && !isPtr {
			return true
		}
	}
	return false
}

// asEmptyIface is interface{}(x), known to the cell's type information
// as an empty interface.
func (m *modernizer) asEmptyIface(x ast.Expr, pos token.Pos) ast.Expr {
	c := &ast.CallExpr{
		Fun:    &ast.ParenExpr{Lparen: pos, X: &ast.InterfaceType{Interface: pos, Methods: &ast.FieldList{Opening: pos, Closing: pos}}, Rparen: pos},
		Lparen: pos, Args: []ast.Expr{x}, Rparen: pos,
	}
	if m.info != nil {
		m.info.Types[c] = types.TypeAndValue{Type: types.NewInterfaceType(nil, nil)}
	}
	return c
}

// promotedPtrAssertion makes ta assert interface{}(x) when yaegi would
// refuse it (see promotedPtrAssert); it reports whether it did.
func (m *modernizer) promotedPtrAssertion(ta *ast.TypeAssertExpr, xt types.Type) bool {
	if ta.Type == nil || !promotedPtrAssert(xt, m.info.TypeOf(ta.Type)) {
		return false
	}
	ta.X = m.asEmptyIface(ta.X, ta.Pos())
	return true
}

// sessionTypeOf is the session type a clause of assertChain names (T or
// *T with T an identifier of the session's scope); nil when it is none.
func (m *modernizer) sessionTypeOf(e ast.Expr) types.Type {
	ptr := false
	if st, ok := e.(*ast.StarExpr); ok {
		e, ptr = st.X, true
	}
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	tn, ok := sc.Lookup(id.Name).(*types.TypeName)
	if !ok {
		return nil
	}
	if ptr {
		return types.NewPointer(tn.Type())
	}
	return tn.Type()
}
