package interp

import (
	"go/ast"
	"go/token"
)

// bindTypeSwitch gives a type switch without a binding (switch v.(type))
// one: switch gg__tsN := v.(type), with _ = gg__tsN in every clause.
// yaegi v0.16.1 matches the cases of an unbound type switch by comparing
// type names with the value's reflect type, so the session's types
// (represented by their underlying types) never matched and every value
// of them fell to default; the bound form matches them.
func (m *modernizer) bindTypeSwitch(s *ast.TypeSwitchStmt, ta *ast.TypeAssertExpr) {
	pos := s.Switch
	name := m.fresh("ts")
	s.Assign = &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta}}
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			continue
		}
		use := &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: cc.Colon, Name: "_"}}, TokPos: cc.Colon, Tok: token.ASSIGN,
			Rhs: []ast.Expr{&ast.Ident{NamePos: cc.Colon, Name: name}}}
		cc.Body = append([]ast.Stmt{use}, cc.Body...)
	}
}
