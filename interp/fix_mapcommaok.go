package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// The comma-ok forms of a map index, v, ok := m[k] (or =), and of a type
// assertion, v, ok := x.(T): yaegi sets v only when the key is there (run.go
// getIndexMap2 skips dest0 when the lookup fails) or the assertion holds,
// so on a miss v kept what the variable held before: the
// value of the previous iteration for a v declared in a loop body, the
// old value for an assignment. Go sets the zero value.
//
// In a statement list, the lookup is followed by the zeroing:
//
//	v, ok := m[k]  =>  v, ok := m[k]; if !ok { v = *new(V) }
//	v, _ := m[k]   =>  v := m[k]
//
// The init statement of an if whose condition is ok and whose else
// branch does not read v is left alone (v is read only when ok: the hot
// memoization lookup stays a plain one). Other lookups (init statements,
// destinations that are not variables, the cell's own statements) are
// made in a function literal, whose variables are new at each call:
//
//	func() (V, bool) { gg__v, gg__ok := m[k]; return gg__v, gg__ok }()
func (m *modernizer) mapCommaOks(pc *parsedCell) {
	if m.info == nil {
		return
	}
	walk := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				x.List = m.commaOkList(x.List, true)
			case *ast.CaseClause:
				x.Body = m.commaOkList(x.Body, true)
			case *ast.CommClause:
				x.Body = m.commaOkList(x.Body, true)
			}
			return true
		})
	}
	for _, d := range pc.decls {
		walk(d)
	}
	pc.stmts = m.commaOkList(pc.stmts, false)
	for _, st := range pc.stmts {
		walk(st)
	}
}

// commaOkLookup reports whether lhs = rhs is v, ok := m[k] (or =) with a
// map m, or v, ok := x.(T), returning the type of the value.
func (m *modernizer) commaOkLookup(lhs []ast.Expr, rhs []ast.Expr) (types.Type, bool) {
	if len(lhs) != 2 || len(rhs) != 1 || isBlankIdent(lhs[0]) {
		return nil, false
	}
	switch x := ast.Unparen(rhs[0]).(type) {
	case *ast.IndexExpr:
		xt := m.info.TypeOf(x.X)
		if xt == nil || hasTypeParam(xt) {
			return nil, false
		}
		mt, ok := xt.Underlying().(*types.Map)
		if !ok {
			return nil, false
		}
		return mt.Elem(), true
	case *ast.TypeAssertExpr:
		// (yaegi's typeAssert leaves the value alone when the assertion
		// fails, as for a map miss.)
		if x.Type == nil {
			return nil, false
		}
		t := m.info.TypeOf(x.Type)
		if t == nil || hasTypeParam(t) || hasTypeParam(m.info.TypeOf(x.X)) {
			return nil, false
		}
		return t, true
	}
	return nil, false
}

// commaOkList rewrites the lookups of a statement list; inList is false
// for the cell's own statements (whose count must not change).
func (m *modernizer) commaOkList(list []ast.Stmt, inList bool) []ast.Stmt {
	var out []ast.Stmt
	changed := false
	for _, st := range list {
		out = append(out, st)
		switch x := st.(type) {
		case *ast.AssignStmt:
			if x.Tok != token.ASSIGN && x.Tok != token.DEFINE {
				continue
			}
			if _, ok := m.commaOkLookup(x.Lhs, x.Rhs); !ok {
				continue
			}
			if inList {
				if _, isIndex := ast.Unparen(x.Rhs[0]).(*ast.IndexExpr); isIndex && isBlankIdent(x.Lhs[1]) {
					x.Lhs = x.Lhs[:1] // (x.(T) alone would panic)
					continue
				}
				if z := m.zeroOnMiss(x.Lhs[0], x.Lhs[1], x.Tok == token.DEFINE); z != nil {
					out = append(out, z)
					changed = true
					continue
				}
			}
			if e := m.commaOkCall(x.Lhs, x.Rhs[0], x.Tok == token.DEFINE); e != nil {
				x.Rhs[0] = e
			}
		case *ast.DeclStmt:
			gd, ok := x.Decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.VAR || len(gd.Specs) != 1 {
				continue
			}
			vs := gd.Specs[0].(*ast.ValueSpec)
			lhs := []ast.Expr{}
			for _, n := range vs.Names {
				lhs = append(lhs, n)
			}
			if _, ok := m.commaOkLookup(lhs, vs.Values); !ok || vs.Type != nil {
				continue
			}
			if inList && !isBlankIdent(lhs[1]) {
				if z := m.zeroOnMiss(lhs[0], lhs[1], true); z != nil {
					out = append(out, z)
					changed = true
					continue
				}
			}
			if e := m.commaOkCall(lhs, vs.Values[0], true); e != nil {
				vs.Values[0] = e
			}
		case *ast.IfStmt:
			m.commaOkInit(x.Init, func(as *ast.AssignStmt) bool {
				// if v, ok := m[k]; ok { ... }: v is read only when ok.
				cond, isID := ast.Unparen(x.Cond).(*ast.Ident)
				okID, _ := as.Lhs[1].(*ast.Ident)
				vID, _ := as.Lhs[0].(*ast.Ident)
				if !isID || okID == nil || vID == nil || cond.Name != okID.Name || as.Tok != token.DEFINE {
					return false
				}
				return x.Else == nil || !usesAny(x.Else, map[string]bool{vID.Name: true})
			})
		case *ast.SwitchStmt:
			m.commaOkInit(x.Init, nil)
		case *ast.TypeSwitchStmt:
			m.commaOkInit(x.Init, nil)
		case *ast.ForStmt:
			m.commaOkInit(x.Init, nil)
		}
	}
	if !changed {
		return list
	}
	return out
}

// commaOkInit rewrites a lookup in an init statement into the function
// literal form, unless safe says it needs nothing.
func (m *modernizer) commaOkInit(init ast.Stmt, safe func(*ast.AssignStmt) bool) {
	as, ok := init.(*ast.AssignStmt)
	if !ok || (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) {
		return
	}
	if _, ok := m.commaOkLookup(as.Lhs, as.Rhs); !ok {
		return
	}
	if safe != nil && safe(as) {
		return
	}
	if e := m.commaOkCall(as.Lhs, as.Rhs[0], as.Tok == token.DEFINE); e != nil {
		as.Rhs[0] = e
	}
}

// objOf is the variable an identifier declares or uses.
func (m *modernizer) objOf(id *ast.Ident) types.Object {
	if o := m.info.Defs[id]; o != nil {
		return o
	}
	return m.info.Uses[id]
}

// zeroOnMiss is if !ok { v = *new(V) } (v = nil for the types with nil)
// for the variables v and ok, or nil
// when they are not plain variables or V cannot be written.
func (m *modernizer) zeroOnMiss(v, ok ast.Expr, define bool) ast.Stmt {
	vID, isV := v.(*ast.Ident)
	okID, isOk := ok.(*ast.Ident)
	if !isV || !isOk || isBlankIdent(ok) {
		return nil
	}
	vObj, okObj := m.objOf(vID), m.objOf(okID)
	if vObj == nil || okObj == nil || hasTypeParam(vObj.Type()) {
		return nil
	}
	pos := v.Pos()
	te, good := m.typeExpr(vObj.Type(), pos)
	if !good {
		return nil
	}
	use := func(name string, obj types.Object) *ast.Ident {
		id := &ast.Ident{NamePos: pos, Name: name}
		m.info.Uses[id] = obj
		return id
	}
	var zero ast.Expr = &ast.StarExpr{Star: pos, X: &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "new"}, Lparen: pos, Args: []ast.Expr{te}, Rparen: pos}}
	switch vObj.Type().Underlying().(type) {
	case *types.Interface, *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature:
		// nil: yaegi's *new(I) of a session interface is not its nil.
		zero = &ast.Ident{NamePos: pos, Name: "nil"}
	}
	return &ast.IfStmt{If: pos,
		Cond: &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: use(okID.Name, okObj)},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{use(vID.Name, vObj)}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{zero}},
		}, Rbrace: pos}}
}

// commaOkCall is the function literal call for the lookup rhs assigned to
// lhs (declared there when define), or nil when a type cannot be written.
func (m *modernizer) commaOkCall(lhs []ast.Expr, rhs ast.Expr, define bool) ast.Expr {
	elem, ok := m.commaOkLookup(lhs, []ast.Expr{rhs})
	if !ok {
		return nil
	}
	pos := rhs.Pos()
	var results []*ast.Field
	for i, l := range lhs {
		var t types.Type
		switch {
		case isBlankIdent(l):
			t = elem
			if i == 1 {
				t = types.Typ[types.Bool]
			}
		case define:
			if id, ok := l.(*ast.Ident); ok && m.objOf(id) != nil {
				t = m.objOf(id).Type()
			}
		default:
			t = m.info.TypeOf(l)
		}
		if t == nil || hasTypeParam(t) {
			return nil
		}
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return nil
		}
		results = append(results, &ast.Field{Type: te})
	}
	v, okName := m.fresh("v"), m.fresh("ok")
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: v}, &ast.Ident{NamePos: pos, Name: okName}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{rhs}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: v}, &ast.Ident{NamePos: pos, Name: okName}}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: results}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: rhs.End()}
}

func isBlankIdent(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && id.Name == "_"
}
