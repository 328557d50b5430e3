package interp

import (
	"go/ast"
	"go/token"
)

// selectOperands returns, for a select statement with a two-valued
// receive from a channel that is not a plain name (case v, ok :=
// <-chs[i]:, <-h.c, <-f()), the statements to run before it that
// evaluate the cases' channels and sent values into variables, in source
// order as select does; the cases then use the variables. yaegi's select
// never received in such a case: the program blocked forever. It returns
// nil when the select needs no change.
func (m *modernizer) selectOperands(s *ast.SelectStmt) []ast.Stmt {
	need := false
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CommClause)
		if !ok {
			continue
		}
		if as, ok := cc.Comm.(*ast.AssignStmt); ok && len(as.Lhs) == 2 && len(as.Rhs) == 1 {
			if u, ok := ast.Unparen(as.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				if _, id := ast.Unparen(u.X).(*ast.Ident); !id {
					need = true
				}
			}
		}
	}
	if !need {
		return nil
	}
	var pre []ast.Stmt
	hoist := func(e *ast.Expr) {
		switch ast.Unparen(*e).(type) {
		case *ast.Ident, *ast.BasicLit:
			return
		}
		pos := (*e).Pos()
		name := m.fresh("sel")
		pre = append(pre, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{*e}})
		*e = &ast.Ident{NamePos: pos, Name: name}
	}
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CommClause)
		if !ok || cc.Comm == nil {
			continue
		}
		switch st := cc.Comm.(type) {
		case *ast.SendStmt:
			hoist(&st.Chan)
			hoist(&st.Value)
		case *ast.ExprStmt:
			if u, ok := ast.Unparen(st.X).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				hoist(&u.X)
			}
		case *ast.AssignStmt:
			if len(st.Rhs) == 1 {
				if u, ok := ast.Unparen(st.Rhs[0]).(*ast.UnaryExpr); ok && u.Op == token.ARROW {
					hoist(&u.X)
				}
			}
		}
	}
	return pre
}

// hoistedSelect is the statement m.stmt made of a select statement: the
// select, or a block of the variables selectOperands set and the select.
func (m *modernizer) hoistedSelect(s *ast.SelectStmt) ast.Stmt {
	pre := m.selectOperands(s)
	if pre == nil {
		return s
	}
	return &ast.BlockStmt{Lbrace: s.Pos(), List: append(pre, s), Rbrace: s.End()}
}

// labelInside keeps the label of a labeled select statement on the select
// when its operands were hoisted into a block (break L must name the
// select): it returns the block, or nil.
func labelInside(l *ast.LabeledStmt, orig ast.Stmt) ast.Stmt {
	b, ok := l.Stmt.(*ast.BlockStmt)
	if _, sel := orig.(*ast.SelectStmt); !ok || !sel || len(b.List) == 0 || b.List[len(b.List)-1] != orig {
		return nil
	}
	l.Stmt = orig
	b.List[len(b.List)-1] = l
	return b
}
