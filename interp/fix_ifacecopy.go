package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// ifaceCopies converts, inside loops, a value of a session type that is
// not a plain variable (a call result, &T{...}, an element or field) to
// an interface in a function of its own where the interface value is kept
// (an assignment to an I, a var of type I, an append to a []I, an element
// of a composite literal, a send, an argument of a function of the
// session):
//
//	for i := range 3 { shapes = append(shapes, &Circle{i}) }
//	=>
//	for i := range 3 { shapes = append(shapes, func() Shape { return &Circle{i} }()) }
//
// yaegi's interface value keeps the storage of the converted operand, not
// a copy: in a loop every &Circle{i} (or call result) converted this way
// is the same frame slot, so all the shapes end up equal to the last one.
// The function's frame is new at each call. Outside loops, and for plain
// variables, the conversion is left as it is: yaegi asserts the values
// it converts itself to compiled interfaces (s.(fmt.Stringer)) more
// reliably than ones a function returns.
//
// A value of a session struct type with value receivers that becomes an
// error is boxed (see boxErr), in and out of loops.
func (m *modernizer) ifaceCopies(pc *parsedCell) {
	if m.info == nil {
		return
	}
	var walk func(n ast.Node, inLoop bool)
	walk = func(n ast.Node, inLoop bool) {
		wrap := func(e ast.Expr, target types.Type) ast.Expr {
			return m.ifaceCopy(e, target, inLoop)
		}
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				if n != x {
					walk(x.Body, false)
					return false
				}
			case *ast.ForStmt:
				if !inLoop {
					if x.Init != nil {
						walk(x.Init, false)
					}
					if x.Cond != nil {
						walk(x.Cond, false)
					}
					if x.Post != nil {
						walk(x.Post, true)
					}
					walk(x.Body, true)
					return false
				}
			case *ast.RangeStmt:
				if !inLoop {
					walk(x.X, false)
					walk(x.Body, true)
					return false
				}
			case *ast.CallExpr:
				m.freshConversion(x, wrap)
				m.freshArgs(x, func(e ast.Expr, target types.Type) ast.Expr {
					if !isAppendCall(m, x) {
						return m.ifaceCopyOf(e, target, inLoop, false) // see varIfaceCopy
					}
					return wrap(e, target)
				})
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
		walk(d, false)
	}
	for _, st := range pc.stmts {
		walk(st, false)
	}
}

// ifaceCopy is e converted to target in a function of its own (see
// ifaceCopies), or e itself where that is not needed.
func (m *modernizer) ifaceCopy(e ast.Expr, target types.Type, inLoop bool) ast.Expr {
	return m.ifaceCopyOf(e, target, inLoop, true)
}

// ifaceCopyOf is ifaceCopy; variables are copied only with copyVars.
func (m *modernizer) ifaceCopyOf(e ast.Expr, target types.Type, inLoop, copyVars bool) ast.Expr {
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
	if w := m.typedNilErr(e, tv.Type, target); w != nil {
		return w // see fix_typednil.go
	}
	if copyVars { // not for arguments of the session's functions: see varIfaceCopy
		if c := m.varIfaceCopy(e, tv.Type, target); c != nil {
			return c
		}
	}
	if !inLoop {
		return e
	}
	if _, plain := ast.Unparen(e).(*ast.Ident); plain {
		return e
	}
	if tv.Value != nil {
		return e
	}
	if _, lit := ast.Unparen(e).(*ast.CompositeLit); lit {
		return e // a struct literal's value is copied
	}
	te, ok := m.typeExpr(target, e.Pos())
	if !ok {
		return e
	}
	if emptyIface(target) && namedScalar(tv.Type) {
		// Returned as an any, such a value would be plain (see
		// fix_namedident.go): func(gg__c T) any { return []any{gg__c}[0] }(e)
		if st, ok := m.typeExpr(tv.Type, e.Pos()); ok {
			pos := e.Pos()
			c := &ast.Ident{NamePos: pos, Name: "gg__c"}
			box := &ast.IndexExpr{X: &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: &ast.Ident{NamePos: pos, Name: "any"}}, Lbrace: pos, Elts: []ast.Expr{c}, Rbrace: pos},
				Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: pos}
			return &ast.CallExpr{Fun: &ast.FuncLit{
				Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{{NamePos: pos, Name: "gg__c"}}, Type: st}}, Closing: pos},
					Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: te}}}},
				Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{box}}}, Rbrace: pos},
			}, Lparen: pos, Args: []ast.Expr{e}, Rparen: e.End()}
		}
	}
	return returnAs(te, e)
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
