package interp

import (
	"go/ast"
	"go/token"
)

// selectChans evaluates the channel of a comma-ok receive case of a select
// into a variable first, when it is not one already:
//
//	select { case v, ok := <-chs[i]: ... }
//	=>
//	{ gg__c1 := chs[i]; select { case v, ok := <-gg__c1: ... } }
//
// Go evaluates the channel operands once as the select starts, so this is
// the same; yaegi blocks for ever on such a case whose channel is an index
// (or any other non-variable) expression.
func (m *modernizer) selectChans(pc *parsedCell) {
	fix := func(list []ast.Stmt) {
		for i, st := range list {
			var label *ast.LabeledStmt
			sel, ok := st.(*ast.SelectStmt)
			if !ok {
				if l, isL := st.(*ast.LabeledStmt); isL {
					if s, isS := l.Stmt.(*ast.SelectStmt); isS {
						label, sel = l, s
					}
				}
			}
			if sel == nil {
				continue
			}
			var pre []ast.Stmt
			for _, c := range sel.Body.List {
				cc, ok := c.(*ast.CommClause)
				if !ok || cc.Comm == nil {
					continue
				}
				as, ok := cc.Comm.(*ast.AssignStmt)
				if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
					continue
				}
				u, ok := as.Rhs[0].(*ast.UnaryExpr)
				if !ok || u.Op != token.ARROW {
					continue
				}
				if _, plain := ast.Unparen(u.X).(*ast.Ident); plain {
					continue
				}
				name := m.fresh("c")
				pos := u.Pos()
				pre = append(pre, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{u.X}})
				u.X = &ast.Ident{NamePos: pos, Name: name}
			}
			if len(pre) == 0 {
				continue
			}
			var inner ast.Stmt = sel
			if label != nil {
				inner = label
			}
			list[i] = &ast.BlockStmt{Lbrace: st.Pos(), List: append(pre, inner), Rbrace: st.End()}
		}
	}
	eachStmtList(pc, fix)
}
