package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// deferRecv reports, for the function of a deferred call that is a method
// value (defer ticker.Stop(), defer mu.Unlock()), the receiver to evaluate
// at the defer statement and its type: topDefer then passes the receiver,
// not the method value, to its function literal, because yaegi rejects a
// method value of a compiled type given as a func() argument ("cannot use
// type func(*time.Ticker) as type func()"). A pointer method of an
// addressable value takes the value's address, as the method value does.
func (m *modernizer) deferRecv(fun ast.Expr) (sel *ast.SelectorExpr, x ast.Expr, t types.Type, ok bool) {
	sel, ok = ast.Unparen(fun).(*ast.SelectorExpr)
	if !ok {
		return nil, nil, nil, false
	}
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.MethodVal {
		return nil, nil, nil, false
	}
	tv, ok := m.info.Types[sel.X]
	if !ok || !tv.IsValue() {
		return nil, nil, nil, false
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok {
		return nil, nil, nil, false
	}
	x, t = sel.X, tv.Type
	if _, isPtr := fn.Type().(*types.Signature).Recv().Type().(*types.Pointer); isPtr && !types.IsInterface(t) {
		if _, xPtr := t.Underlying().(*types.Pointer); !xPtr {
			if !tv.Addressable() {
				return nil, nil, nil, false
			}
			x = &ast.UnaryExpr{OpPos: sel.X.Pos(), Op: token.AND, X: sel.X}
			t = types.NewPointer(t)
		}
	}
	return sel, x, t, true
}
