package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// assertChain turns the clauses of a type switch over the variable v
// (case T: body) into comma-ok assertions, in order:
//
//	if _, ok := v.(T); ok { body }
//
// yaegi's type switch misses the session's pointer types (and, unbound,
// all its types) when v holds a compiled interface wrapper (an error
// holding *ParseError), so dynamicTypeName's %T gave "interp._error";
// its comma-ok assertions find them.
//
// An error of a struct type T with value receivers holds a *T (see
// fix_errbox.go): the clause of T asserts *T, and that of *T is dropped.
func (m *modernizer) assertChain(v string, clauses []ast.Stmt, pos token.Pos, it types.Type) []ast.Stmt {
	boxed := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		if !ok || !isErrorType(it) {
			return false
		}
		sc := m.mainScope()
		if sc == nil {
			return false
		}
		tn, ok := sc.Lookup(id.Name).(*types.TypeName)
		return ok && boxedErrType(tn.Type()) && types.Implements(tn.Type(), it.Underlying().(*types.Interface))
	}
	var out []ast.Stmt
	for _, c := range clauses {
		cc, ok := c.(*ast.CaseClause)
		if !ok || len(cc.List) != 1 {
			continue
		}
		if st, ok := cc.List[0].(*ast.StarExpr); ok && boxed(st.X) {
			continue
		}
		if boxed(cc.List[0]) {
			cc.List[0] = &ast.StarExpr{Star: pos, X: cc.List[0]}
		}
		var x ast.Expr = &ast.Ident{NamePos: pos, Name: v}
		if promotedPtrAssert(it, m.sessionTypeOf(cc.List[0])) {
			x = m.asEmptyIface(x, pos) // see fix_embedptr_assert.go
		}
		out = append(out, &ast.IfStmt{If: pos,
			Init: &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: "gg__x"}, &ast.Ident{NamePos: pos, Name: "gg__ok"}}, TokPos: pos, Tok: token.DEFINE,
				Rhs: []ast.Expr{&ast.TypeAssertExpr{X: x, Lparen: pos, Type: cc.List[0], Rparen: pos}}},
			Cond: &ast.Ident{NamePos: pos, Name: "gg__ok"},
			Body: &ast.BlockStmt{Lbrace: pos, List: append([]ast.Stmt{&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: "_"}}, TokPos: pos, Tok: token.ASSIGN,
				Rhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: "gg__x"}}}}, cc.Body...), Rbrace: pos}})
	}
	return out
}

// keepTypes wraps a replacement function of exprs: a call the rewrite
// replaced (errors.Unwrap(w) by an interpreted helper) keeps its type in
// the cell's type information, so that the rewrites of the calls around it
// still know it (fmt.Printf("%T", errors.Unwrap(w)) named interp._error).
func (m *modernizer) keepTypes(f func(ast.Expr) ast.Expr) func(ast.Expr) ast.Expr {
	return func(e ast.Expr) ast.Expr {
		r := f(e)
		if c, ok := r.(*ast.CallExpr); ok && r != e && m.info != nil {
			if _, was := e.(*ast.CallExpr); was {
				if tv, ok := m.info.Types[e]; ok && tv.IsValue() {
					if _, known := m.info.Types[r]; !known {
						m.info.Types[c] = types.TypeAndValue{Type: tv.Type}
					}
				}
			}
		}
		return r
	}
}
