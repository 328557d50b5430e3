package interp

import (
	"go/ast"
	"go/token"
)

// A receive assigned to an element, a field or a dereferenced pointer:
//
//	results[i] = <-ch
//	s.V = <-ch
//
// yaegi lets the receive write straight into the destination's frame slot
// (cfg.go: src.findex = dest.findex for aRecv), which for such a
// destination is a temporary: the value was received and lost, and the
// element kept its old value. A parenthesized receive is assigned as any
// other value (as for return statements: see parenReceives):
//
//	results[i] = (<-ch)
func (m *modernizer) parenAssignedReceives(pc *parsedCell) {
	comms := map[ast.Stmt]bool{} // select cases: receives of their own
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if cc, ok := n.(*ast.CommClause); ok && cc.Comm != nil {
				m.selectAssignCase(cc)
				comms[cc.Comm] = true
			}
			as, ok := n.(*ast.AssignStmt)
			if ok && comms[as] {
				return true
			}
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			if _, plain := as.Lhs[0].(*ast.Ident); plain {
				return true
			}
			if u, ok := as.Rhs[0].(*ast.UnaryExpr); ok && u.Op == token.ARROW {
				as.Rhs[0] = &ast.ParenExpr{Lparen: u.Pos(), X: u, Rparen: u.End()}
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

// selectAssignCase rewrites a select case assigning a receive to an
// element or a field (case s.V = <-ch:), which yaegi's select panicked on
// ("reflect.Select: invalid Dir"), into a case declaring new variables
// that the case body first assigns:
//
//	case gg__v1 := <-ch:
//		s.V = gg__v1
//		...
func (m *modernizer) selectAssignCase(cc *ast.CommClause) {
	as, ok := cc.Comm.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Rhs) != 1 {
		return
	}
	plain := true
	for _, l := range as.Lhs {
		if _, ok := l.(*ast.Ident); !ok {
			plain = false
		}
	}
	if plain {
		return
	}
	pos := as.Pos()
	var vars, uses []ast.Expr
	for range as.Lhs {
		name := m.fresh("v")
		vars = append(vars, &ast.Ident{NamePos: pos, Name: name})
		uses = append(uses, &ast.Ident{NamePos: pos, Name: name})
	}
	assign := &ast.AssignStmt{Lhs: as.Lhs, TokPos: pos, Tok: token.ASSIGN, Rhs: uses}
	cc.Comm = &ast.AssignStmt{Lhs: vars, TokPos: pos, Tok: token.DEFINE, Rhs: as.Rhs}
	cc.Body = append([]ast.Stmt{assign}, cc.Body...)
}
