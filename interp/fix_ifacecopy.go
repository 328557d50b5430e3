package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ifaceCopies makes the conversion of a value of a session type to an
// interface copy it where the interface value is kept (an assignment to an
// I, a var of type I, an append to a []I, an element of a composite literal,
// a send, an argument of a function of the session):
//
//	shapes = append(shapes, &Circle{i})
//	=>
//	shapes = append(shapes, func() Shape { gg__c1 := &Circle{i}; var gg__r2 Shape = gg__c1; return gg__r2 }())
//
// yaegi's interface value keeps the storage of the converted operand, not
// a copy: var g I = v; v.x = 9 changes g, and in a loop every &Circle{i}
// (or call result) converted this way is the same frame slot, so all the
// shapes end up equal to the last one. The copy lives in a frame of its
// own.
func (m *modernizer) ifaceCopies(pc *parsedCell) {
	if m.info == nil {
		return
	}
	wrap := func(e ast.Expr, target types.Type) ast.Expr {
		return m.ifaceCopy(e, target)
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				m.freshArgs(x, wrap)
			case *ast.AssignStmt:
				if x.Tok == token.ASSIGN && len(x.Lhs) == len(x.Rhs) {
					for i := range x.Rhs {
						x.Rhs[i] = wrap(x.Rhs[i], m.info.TypeOf(x.Lhs[i]))
					}
				}
			case *ast.ValueSpec:
				if x.Type != nil {
					t := m.info.TypeOf(x.Type)
					for i := range x.Values {
						x.Values[i] = wrap(x.Values[i], t)
					}
				}
			case *ast.SendStmt:
				if ch, ok := types.Unalias(m.info.TypeOf(x.Chan)).Underlying().(*types.Chan); ok {
					x.Value = wrap(x.Value, ch.Elem())
				}
			case *ast.CompositeLit:
				m.freshElems(x, wrap)
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

// ifaceCopy is e converted to target through a copy (see ifaceCopies),
// or e itself where no conversion of a session type's value happens.
func (m *modernizer) ifaceCopy(e ast.Expr, target types.Type) ast.Expr {
	if target == nil || !types.IsInterface(target) || hasTypeParam(target) {
		return e
	}
	tv, ok := m.info.Types[e]
	if !ok || tv.Type == nil || !tv.IsValue() || types.IsInterface(tv.Type) || !declaredInCell(tv.Type) {
		return e
	}
	if isErrorType(target) && boxedErrType(tv.Type) {
		return m.boxErr(e)
	}
	pos := e.Pos()
	te, ok := m.typeExpr(target, pos)
	if !ok {
		return e
	}
	te2, _ := m.typeExpr(target, pos)
	c, r := m.fresh("c"), m.fresh("r")
	if it, ok := target.Underlying().(*types.Interface); ok && it.Empty() {
		if _, ptr := tv.Type.(*types.Pointer); !ptr {
			// yaegi copies a value that becomes an any, and a copy
			// returned as an any would lose what yaegi knows of its type
			// (assertions to interfaces fail).
			return e
		}
	}
	// var r I = c; return r: a pointer returned as an any itself loses
	// what yaegi knows of its type (x.(I) of the result fails), as yaegi
	// holds it after var x any = p.
	return &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: te}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: c}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{e}},
			&ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{
				Names: []*ast.Ident{{NamePos: pos, Name: r}}, Type: te2, Values: []ast.Expr{&ast.Ident{NamePos: pos, Name: c}}}}}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: r}}},
		}, Rbrace: pos},
	}, Lparen: pos, Rparen: e.End()}
}

// sessionFunc reports whether the call c calls a function, method or
// function value of the session (not a compiled package's).
func (m *modernizer) sessionFunc(c *ast.CallExpr) bool {
	var id *ast.Ident
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	case *ast.FuncLit:
		return true
	default:
		return false
	}
	obj := m.info.Uses[id]
	if obj == nil {
		return false
	}
	if fn, ok := obj.(*types.Func); ok {
		if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil {
			if declaredInCell(sig.Recv().Type()) {
				return true
			}
			if n, ok := types.Unalias(sig.Recv().Type()).(*types.Named); ok {
				return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
			}
		}
	}
	return obj.Pkg() != nil && obj.Pkg().Path() == "main"
}

func (m *modernizer) freshArgs(c *ast.CallExpr, wrap func(ast.Expr, types.Type) ast.Expr) {
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && id.Name == "append" && m.isBuiltin(id) {
		if len(c.Args) < 2 || c.Ellipsis.IsValid() {
			return
		}
		st := m.info.TypeOf(c.Args[0])
		if st == nil {
			return
		}
		sl, ok := st.Underlying().(*types.Slice)
		if !ok {
			return
		}
		for i := 1; i < len(c.Args); i++ {
			c.Args[i] = wrap(c.Args[i], sl.Elem())
		}
		return
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || tv.IsType() || tv.Type == nil || !m.sessionFunc(c) {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	params := sig.Params()
	for i := range c.Args {
		var t types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if c.Ellipsis.IsValid() {
				return
			}
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				t = s.Elem()
			}
		case i < params.Len():
			t = params.At(i).Type()
		}
		c.Args[i] = wrap(c.Args[i], t)
	}
}

func (m *modernizer) freshElems(cl *ast.CompositeLit, wrap func(ast.Expr, types.Type) ast.Expr) {
	t := m.info.TypeOf(cl)
	if t == nil {
		return
	}
	switch u := t.Underlying().(type) {
	case *types.Pointer:
		return
	case *types.Slice:
		m.freshElemList(cl, u.Elem(), nil, wrap)
	case *types.Array:
		m.freshElemList(cl, u.Elem(), nil, wrap)
	case *types.Map:
		m.freshElemList(cl, u.Elem(), u.Key(), wrap)
	case *types.Struct:
		for i, el := range cl.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok {
					for j := range u.NumFields() {
						if u.Field(j).Name() == id.Name {
							kv.Value = wrap(kv.Value, u.Field(j).Type())
						}
					}
				}
			} else if i < u.NumFields() {
				cl.Elts[i] = wrap(el, u.Field(i).Type())
			}
		}
	}
}

func (m *modernizer) freshElemList(cl *ast.CompositeLit, elem, key types.Type, wrap func(ast.Expr, types.Type) ast.Expr) {
	for i, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if key != nil {
				kv.Key = wrap(kv.Key, key)
			}
			kv.Value = wrap(kv.Value, elem)
		} else {
			cl.Elts[i] = wrap(el, elem)
		}
	}
}
