package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// localAliases removes the type aliases declared inside functions,
// spelling out the aliased type where the alias is used:
//
//	func f() { type text = string; var s text }  =>  func f() { ; var s string }
//
// yaegi does not find a local alias afterwards ("undefined: text").
func (m *modernizer) localAliases(pc *parsedCell) {
	if m.info == nil {
		return
	}
	aliases := map[types.Object]bool{}
	var visit func(n ast.Node)
	visit = func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			var body *ast.BlockStmt
			switch f := n.(type) {
			case *ast.FuncDecl:
				body = f.Body
			case *ast.FuncLit:
				body = f.Body
			default:
				return true
			}
			if body == nil {
				return false
			}
			ast.Inspect(body, func(n ast.Node) bool {
				ds, ok := n.(*ast.DeclStmt)
				if !ok {
					return true
				}
				gd, ok := ds.Decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.TYPE {
					return true
				}
				var keep []ast.Spec
				for _, s := range gd.Specs {
					ts := s.(*ast.TypeSpec)
					obj := m.info.Defs[ts.Name]
					if ts.Assign.IsValid() && ts.TypeParams == nil && obj != nil {
						if _, ok := m.typeExpr(types.Unalias(obj.Type()), ts.Pos()); ok {
							aliases[obj] = true
							continue
						}
					}
					keep = append(keep, s)
				}
				gd.Specs = keep
				return true
			})
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	for _, st := range pc.stmts {
		visit(st)
	}
	if len(aliases) == 0 {
		return
	}
	f := func(e ast.Expr) ast.Expr {
		id, ok := e.(*ast.Ident)
		if !ok {
			return e
		}
		obj := m.info.Uses[id]
		if obj == nil || !aliases[obj] {
			return e
		}
		if te, ok := m.typeExpr(types.Unalias(obj.Type()), id.Pos()); ok {
			return te
		}
		return e
	}
	for _, d := range pc.decls {
		replaceExprs(d, f)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, f)
	}
	// Declarations left without specs.
	drop := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if b, ok := n.(*ast.BlockStmt); ok {
				for i, st := range b.List {
					if ds, ok := st.(*ast.DeclStmt); ok {
						if gd, ok := ds.Decl.(*ast.GenDecl); ok && gd.Tok == token.TYPE && len(gd.Specs) == 0 {
							b.List[i] = &ast.EmptyStmt{Semicolon: ds.Pos(), Implicit: true}
						}
					}
				}
			}
			return true
		})
	}
	for _, d := range pc.decls {
		drop(d)
	}
	for _, st := range pc.stmts {
		drop(st)
	}
}
