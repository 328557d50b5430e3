package interp

import (
	"go/ast"
	"go/token"
	"go/types"
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

// parallelAnys rewrites, in statement lists, the parallel assignments
// that assign a value of an empty interface type (a variable, a call)
// to a variable of one:
//
//	x, y = y, x  =>  { gg__t1, gg__t2 := y, x; x = gg__t1; y = gg__t2 }
//
// yaegi's parallel assignment panicked ("reflect.Set: value of type
// interface {} is not assignable to type interp.valueInterface"); its
// definitions and single assignments of such values work. Assignments
// whose left side calls a function are left alone (the temporaries change
// when their calls run).
func (m *modernizer) parallelAnys(pc *parsedCell) {
	if m.info == nil {
		return
	}
	fix := func(list []ast.Stmt) {
		for i, st := range list {
			if b := m.parallelAny(st); b != nil {
				list[i] = b
			}
		}
	}
	eachStmtList(pc, fix)
}

func (m *modernizer) parallelAny(st ast.Stmt) ast.Stmt {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return nil
	}
	needed := false
	for i, r := range as.Rhs {
		tv, ok := m.info.Types[r]
		if !ok || tv.Type == nil || tv.Value != nil || tv.IsNil() {
			continue
		}
		it, ok := tv.Type.Underlying().(*types.Interface)
		if !ok || !it.Empty() {
			continue
		}
		if lt := m.info.TypeOf(as.Lhs[i]); lt != nil && types.IsInterface(lt) {
			needed = true
		}
	}
	if !needed {
		return nil
	}
	calls := false
	for _, l := range as.Lhs {
		ast.Inspect(l, func(n ast.Node) bool {
			if _, ok := n.(*ast.CallExpr); ok {
				calls = true
			}
			return !calls
		})
	}
	if calls {
		return nil
	}
	pos := as.Pos()
	var temps []ast.Expr
	var assigns []ast.Stmt
	for i, l := range as.Lhs {
		if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
			temps = append(temps, &ast.Ident{NamePos: pos, Name: "_"})
			continue
		}
		t := m.fresh("t")
		temps = append(temps, &ast.Ident{NamePos: pos, Name: t})
		assigns = append(assigns, &ast.AssignStmt{Lhs: []ast.Expr{as.Lhs[i]}, TokPos: pos, Tok: token.ASSIGN,
			Rhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: t}}})
	}
	def := &ast.AssignStmt{Lhs: temps, TokPos: pos, Tok: token.DEFINE, Rhs: as.Rhs}
	return &ast.BlockStmt{Lbrace: pos, List: append([]ast.Stmt{def}, assigns...), Rbrace: as.End()}
}
