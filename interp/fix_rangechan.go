package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
)

// rangeChanElems rewrites a range with a value variable over a slice,
// array or map whose elements are channels that can be received from:
//
//	for k, v := range x { body }  =>  for gg__i, gg__x := 0, x; gg__i < len(gg__x); gg__i++ { k := gg__i; v := gg__x[gg__i]; body }
//	for k, v := range m { body }  =>  for k := range m { v := m[k]; body }
//
// yaegi decides whether a range statement ranges over a channel from the
// type of its second child, which is the value variable when there is one
// (scope.rangeChanType): once the variable got its channel type, the loop
// ran as a range over a channel and panicked "reflect: call of
// reflect.Value.Len on int Value" (fan-in of variadic <-chan int
// parameters). A map is rewritten only when it is named by an identifier
// or a selector of identifiers, which can be evaluated again.
func (m *modernizer) rangeChanElems(r *ast.RangeStmt) ast.Stmt {
	if m.info == nil || isBlank(r.Value) {
		return nil
	}
	tv, ok := m.info.Types[r.X]
	if !ok || tv.Type == nil {
		return nil
	}
	var elem types.Type
	isMap := false
	switch u := tv.Type.Underlying().(type) {
	case *types.Slice:
		elem = u.Elem()
	case *types.Array:
		elem = u.Elem()
	case *types.Pointer:
		a, ok := u.Elem().Underlying().(*types.Array)
		if !ok {
			return nil
		}
		elem = a.Elem()
	case *types.Map:
		elem, isMap = u.Elem(), true
	default:
		return nil
	}
	if c, ok := elem.Underlying().(*types.Chan); !ok || c.Dir() == types.SendOnly {
		return nil
	}
	pos := r.For
	if r.Tok == token.ASSIGN && (!reevaluable(r.Key) || !reevaluable(r.Value)) {
		return nil // for k, a[i] = range x: keep the assignment order simple
	}
	tok := token.DEFINE
	if r.Tok == token.ASSIGN {
		tok = token.ASSIGN
	}
	assign := func(lhs, rhs ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{lhs}, TokPos: pos, Tok: tok, Rhs: []ast.Expr{rhs}}
	}
	if isMap {
		if !reevaluable(r.X) {
			return nil
		}
		key := r.Key
		if isBlank(key) {
			if r.Tok == token.ASSIGN {
				return nil // for _, v = range m: no variable to name the key
			}
			key = &ast.Ident{NamePos: pos, Name: m.fresh("k")}
		}
		idx := &ast.IndexExpr{X: m.cloneExpr(r.X), Lbrack: pos, Index: &ast.Ident{NamePos: pos, Name: key.(*ast.Ident).Name}, Rbrack: pos}
		r.Body.List = append([]ast.Stmt{assign(r.Value, idx)}, r.Body.List...)
		r.Key, r.Value = key, nil
		return r
	}
	i, x := m.fresh("i"), m.fresh("x")
	loop := parseStmts(fmt.Sprintf("for %s, %s := 0, X; %s < len(%s); %s++ {}", i, x, i, x, i), pos)[0].(*ast.ForStmt)
	loop.Init.(*ast.AssignStmt).Rhs[1] = r.X
	loop.For = r.For
	loop.Body = r.Body
	pre := []ast.Stmt{}
	if !isBlank(r.Key) {
		pre = append(pre, assign(r.Key, &ast.Ident{NamePos: pos, Name: i}))
	}
	pre = append(pre, assign(r.Value, &ast.IndexExpr{X: &ast.Ident{NamePos: pos, Name: x}, Lbrack: pos,
		Index: &ast.Ident{NamePos: pos, Name: i}, Rbrack: pos}))
	loop.Body.List = append(pre, loop.Body.List...)
	return loop
}

// reevaluable reports whether e is an identifier or a selector of
// identifiers (no calls, no indexing).
func reevaluable(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return true
	case *ast.SelectorExpr:
		return reevaluable(e.X)
	case *ast.ParenExpr:
		return reevaluable(e.X)
	}
	return false
}

// cloneExpr copies an expression accepted by reevaluable, with the
// type information of the original.
func (m *modernizer) cloneExpr(e ast.Expr) ast.Expr {
	var c ast.Expr
	switch e := e.(type) {
	case *ast.Ident:
		id := *e
		if obj := m.info.Uses[e]; obj != nil {
			m.info.Uses[&id] = obj
		}
		c = &id
	case *ast.SelectorExpr:
		sel := &ast.SelectorExpr{X: m.cloneExpr(e.X), Sel: m.cloneExpr(e.Sel).(*ast.Ident)}
		if s, ok := m.info.Selections[e]; ok {
			m.info.Selections[sel] = s
		}
		c = sel
	case *ast.ParenExpr:
		c = &ast.ParenExpr{Lparen: e.Lparen, X: m.cloneExpr(e.X), Rparen: e.Rparen}
	default:
		return e
	}
	if tv, ok := m.info.Types[e]; ok {
		m.info.Types[c] = tv
	}
	return c
}
