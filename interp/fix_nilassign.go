package interp

import (
	"go/ast"
	"go/token"
)

// parallelNils types the nils of a parallel assignment:
//
//	e.prev, e.next = nil, nil  =>  e.prev, e.next = (*entry)(nil), (*entry)(nil)
//
// yaegi makes a temporary for each value of such an assignment with
// reflect.New of the value's type, which an untyped nil does not have: it
// panicked ("reflect: New(nil)"), as in the unlink of a linked list.
func (m *modernizer) parallelNils(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
				return true
			}
			for i, r := range as.Rhs {
				tv, ok := m.info.Types[r]
				if !ok || !tv.IsNil() {
					continue
				}
				lt := m.info.TypeOf(as.Lhs[i])
				if lt == nil || hasTypeParam(lt) {
					continue
				}
				te, ok := m.typeExpr(lt, r.Pos())
				if !ok {
					continue
				}
				as.Rhs[i] = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: r.Pos(), X: te, Rparen: r.Pos()}, Lparen: r.Pos(), Args: []ast.Expr{r}, Rparen: r.End()}
			}
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	for _, st := range pc.stmts {
		visit(st)
	}
}
