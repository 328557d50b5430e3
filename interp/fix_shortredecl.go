package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A short variable declaration that redeclares a variable of its scope
// beside new ones, with one operand per name:
//
//	n := 1
//	get := func() int { return n }
//	n, m := 2, 3 // n is the same variable
//
// yaegi gave n a new frame slot, so the closure (or a pointer taken
// before) kept reading the old variable: get() returned 1. In a function
// body the new variables are declared first and the statement assigns:
//
//	var m int
//	n, m = 2, 3
//
// (At a cell's top level yaegi reuses the variable already.)
func (m *modernizer) shortRedecls(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				x.List = m.shortRedeclList(x.List)
			case *ast.CaseClause:
				x.Body = m.shortRedeclList(x.Body)
			case *ast.CommClause:
				x.Body = m.shortRedeclList(x.Body)
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

func (m *modernizer) shortRedeclList(list []ast.Stmt) []ast.Stmt {
	var out []ast.Stmt
	changed := false
	for _, st := range list {
		as, ok := st.(*ast.AssignStmt)
		if !ok || as.Tok != token.DEFINE || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
			out = append(out, st)
			continue
		}
		redecl, good := false, true
		type newVar struct {
			id  *ast.Ident
			obj types.Object
			te  ast.Expr
		}
		var news []newVar
		for _, l := range as.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok || id.Name == "_" {
				continue
			}
			if obj := m.info.Defs[id]; obj != nil {
				te, ok := m.typeExpr(obj.Type(), id.Pos())
				b, isBasic := obj.Type().(*types.Basic)
				if !ok || hasTypeParam(obj.Type()) || isBasic && b.Info()&types.IsUntyped != 0 {
					good = false
					break
				}
				news = append(news, newVar{id, obj, te})
			} else if m.info.Uses[id] != nil {
				redecl = true
			}
		}
		if !redecl || !good {
			out = append(out, st)
			continue
		}
		var decls []ast.Stmt
		for _, nv := range news {
			decl := &ast.Ident{NamePos: nv.id.Pos(), Name: nv.id.Name}
			m.info.Defs[decl] = nv.obj
			delete(m.info.Defs, nv.id)
			m.info.Uses[nv.id] = nv.obj
			decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: nv.id.Pos(), Tok: token.VAR,
				Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{decl}, Type: nv.te}}}})
		}
		as.Tok = token.ASSIGN
		out = append(out, decls...)
		out = append(out, as)
		changed = true
	}
	if !changed {
		return list
	}
	return out
}
