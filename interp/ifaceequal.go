package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// ifaceEqual rewrites x == y and x != y where an operand has an interface
// type the session declared (and neither is nil) into gg__.Equal(x, y):
// yaegi compares its own boxes of such interface values, which differ for
// equal dynamic values (var a, b Shape = Sq{2}, Sq{2}; a == b was false).
// Handed to compiled code, the operands are their dynamic values, which
// Go's == compares (and panics on, for uncomparable types, as Go does).
func (m *modernizer) ifaceEqual(b *ast.BinaryExpr) ast.Expr {
	if b.Op != token.EQL && b.Op != token.NEQ {
		return nil
	}
	sessionIface := func(e ast.Expr) bool {
		t := m.info.TypeOf(e)
		if t == nil {
			return false
		}
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
			return false
		}
		it, ok := n.Underlying().(*types.Interface)
		return ok && it.NumMethods() > 0
	}
	isNil := func(e ast.Expr) bool {
		tv, ok := m.info.Types[e]
		return ok && tv.IsNil()
	}
	if isNil(b.X) || isNil(b.Y) || !sessionIface(b.X) && !sessionIface(b.Y) {
		return nil
	}
	pos := b.Pos()
	var e ast.Expr = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Equal"}},
		Lparen: pos, Args: []ast.Expr{b.X, b.Y}, Rparen: b.End(),
	}
	if b.Op == token.NEQ {
		e = &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: e}
	}
	return e
}

func init() {
	extraRuntime["Equal"] = reflect.ValueOf(func(x, y any) bool { return x == y })
}
