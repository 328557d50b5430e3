package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// A range over a pointer to an array, as in the methods of array types
// with pointer receivers:
//
//	func (b *Board) Reset() { for i := range b { ... } }
//
// yaegi reserves no frame slot for the array it ranges over when the
// operand is a pointer (cfg.go adds the "shallow copy" slot for arrays,
// slices and strings only), so the copy overwrote the next variable of the
// frame: "reflect: call of reflect.Value.Elem on array Value", "Method
// index out of range", or a corrupted local. Such a range becomes a counting loop reading the elements through the
// pointer (Go does not copy the array for a pointer operand); the operand,
// a variable or a chain of field selections, is read again at each step:
//
//	for gg__i, gg__n := 0, len(p); gg__i < gg__n; gg__i++ { k := gg__i; v := p[gg__i]; body }
func (m *modernizer) rangePtrArrays(pc *parsedCell) {
	if m.info == nil {
		return
	}
	fix := func(st ast.Stmt) ast.Stmt {
		r, ok := st.(*ast.RangeStmt)
		if !ok || (r.Tok != token.DEFINE && (r.Key != nil || r.Value != nil)) {
			return st
		}
		if !plainSelectors(r.X) {
			return st
		}
		p, ok := types.Unalias(m.info.TypeOf(r.X)).(*types.Pointer)
		if !ok {
			return st
		}
		if _, ok := p.Elem().Underlying().(*types.Array); !ok {
			return st
		}
		pos := r.For
		i, n := m.fresh("i"), m.fresh("n")
		loop := parseStmts(fmt.Sprintf("for %s, %s := 0, len(gg__X); %s < %s; %s++ {}", i, n, i, n, i), pos)[0].(*ast.ForStmt)
		// The len operand keeps the variable's identity (renames).
		loop.Init.(*ast.AssignStmt).Rhs[1].(*ast.CallExpr).Args[0] = r.X
		loop.For = r.For
		loop.Body = r.Body
		var pre []ast.Stmt
		if !isBlank(r.Key) {
			pre = append(pre, &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: i}}})
		}
		if !isBlank(r.Value) {
			use := m.cloneNode(reflect.ValueOf(r.X)).Interface().(ast.Expr)
			elem := &ast.IndexExpr{X: use, Lbrack: pos, Index: &ast.Ident{NamePos: pos, Name: i}, Rbrack: pos}
			pre = append(pre, &ast.AssignStmt{Lhs: []ast.Expr{r.Value}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{elem}})
		}
		loop.Body.List = append(pre, loop.Body.List...)
		return loop
	}
	fixList := func(list []ast.Stmt) {
		for i, st := range list {
			list[i] = fix(st)
		}
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				fixList(x.List)
			case *ast.CaseClause:
				fixList(x.Body)
			case *ast.CommClause:
				fixList(x.Body)
			case *ast.LabeledStmt:
				x.Stmt = fix(x.Stmt)
			}
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	fixList(pc.stmts)
	for _, st := range pc.stmts {
		visit(st)
	}
}

// plainSelectors reports whether e is a variable or a chain of selections
// from one (p, g.board, s.a.b): reading it again has no effect.
func plainSelectors(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return plainSelectors(x.X)
	}
	return false
}
