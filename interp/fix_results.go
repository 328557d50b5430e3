package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// zeroNamedResults starts each function with named results by setting
// them to their zero values:
//
//	func f() (n int, err error) { ... }
//	=>
//	func f() (n int, err error) { n, err = *new(int), *new(error); ... }
//
// yaegi runs a call whose results go to variables (x = f(), x := f() in a
// loop) with the callee's result slots aliasing those variables, without
// zeroing them: a named result starts with the variable's old value
// (func g() (r int) { r++; return } gives 6 in x := 5; x = g()), and a
// function that recovers from a panic returns the stale values of the
// results it did not set.
func (m *modernizer) zeroNamedResults(pc *parsedCell) {
	fix := func(ft *ast.FuncType, body *ast.BlockStmt) {
		if body == nil || ft.Results == nil {
			return
		}
		pos := body.Lbrace
		var lhs, rhs []ast.Expr
		for _, f := range ft.Results.List {
			for _, name := range f.Names {
				if name.Name == "_" {
					continue
				}
				var te ast.Expr
				if obj := m.defOf(name); obj != nil {
					if t, ok := m.typeExpr(obj.Type(), pos); ok {
						te = t
					}
				}
				if te == nil {
					te = f.Type
				}
				lhs = append(lhs, &ast.Ident{NamePos: pos, Name: name.Name})
				rhs = append(rhs, &ast.StarExpr{Star: pos, X: &ast.CallExpr{
					Fun: &ast.Ident{NamePos: pos, Name: "new"}, Lparen: pos, Args: []ast.Expr{te}, Rparen: pos}})
			}
		}
		if len(lhs) == 0 {
			return
		}
		st := &ast.AssignStmt{Lhs: lhs, TokPos: pos, Tok: token.ASSIGN, Rhs: rhs}
		body.List = append([]ast.Stmt{st}, body.List...)
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				fix(f.Type, f.Body)
			case *ast.FuncLit:
				fix(f.Type, f.Body)
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

// defOf is the object name declares, or nil without type information.
func (m *modernizer) defOf(name *ast.Ident) types.Object {
	if m.info == nil {
		return nil
	}
	return m.info.Defs[name]
}
