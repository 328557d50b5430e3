package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// varIfaceCopy converts e, a variable (or a field, an element, *p) of a
// session type with methods, to the interface target through a parameter
// of a function of its own, so that the interface value holds a copy:
//
//	g := Getter(v)  =>  g := Getter(func(gg__c1 Val) Getter { return gg__c1 }(v))
//
// yaegi's interface value of such a variable keeps the variable's storage
// (v.v = 9 afterwards changed g.Get()); a parameter's is new at each call
// and no one else's. nil: e is not such a variable.
//
// An argument of a function of the session (area(sq)) is not copied: the
// call the copy costs doubled the time of a loop calling such a function,
// and the value differs only where the function keeps the interface value
// and the caller then changes the variable.
func (m *modernizer) varIfaceCopy(e ast.Expr, src, target types.Type) ast.Expr {
	if !m.isVariable(e) {
		return nil
	}
	if _, ptr := types.Unalias(src).Underlying().(*types.Pointer); ptr {
		return nil
	}
	if types.NewMethodSet(src).Len() == 0 && types.NewMethodSet(types.NewPointer(src)).Len() == 0 {
		return nil // converted as a plain value
	}
	return m.convWrapper(e, src, target, convAssign)
}

// convWrapper is e, of the type src, converted to the interface target by
// a function of its own, as a parameter: with convAssign assigned to a
// variable of the interface type, with convReturn returned:
//
//	func(gg__c1 T) I { var gg__r2 I = gg__c1; return gg__r2 }(e)
//	func(gg__c1 T) I { return gg__c1 }(e)
//
// yaegi's values of the conversions differ, and each passes assertions
// the others fail: the value of an assignment is the one an assertion of
// an any to a session interface (x.(Getter)) and that of a pointer
// (any(&Box{}).(Setter)) accept, but with it a value of a type whose
// methods have pointer receivers passes an assertion to fmt.Stringer and
// values compare unequal; fmt.Stringer(c) of a parameter panics in
// reflect.Set, and the value of Named(c) failed assertions to other
// session interfaces. So assignments are copied by assignment, explicit
// conversions by returning; pointers converted explicitly are assigned
// (see freshConversion). nil: a type cannot be written.
func (m *modernizer) convWrapper(e ast.Expr, src, target types.Type, mode convMode) ast.Expr {
	pos := e.Pos()
	st, ok := m.typeExpr(src, pos)
	if !ok {
		return nil
	}
	it, ok := m.typeExpr(target, pos)
	if !ok {
		return nil
	}
	it2, _ := m.typeExpr(target, pos)
	name, res := m.fresh("c"), m.fresh("r")
	id := func(n string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: n} }
	decl := &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
		&ast.ValueSpec{Names: []*ast.Ident{id(res)}, Type: it2, Values: []ast.Expr{id(name)}}}}}
	body := []ast.Stmt{decl, &ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(res)}}}
	if mode == convReturn {
		body = []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{id(name)}}}
	}
	return &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Names: []*ast.Ident{id(name)}, Type: st}}},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: it}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}, Lparen: pos, Args: []ast.Expr{e}, Rparen: e.End()}
}

// isVariable reports whether e denotes storage of a variable: a variable,
// a field of one, an element of an array or a slice, or *p.
func (m *modernizer) isVariable(e ast.Expr) bool {
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := m.info.Uses[x].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		s, ok := m.info.Selections[x]
		return ok && s.Kind() == types.FieldVal
	case *ast.IndexExpr:
		t := m.info.TypeOf(x.X)
		if t == nil {
			return false
		}
		switch u := t.Underlying().(type) {
		case *types.Slice, *types.Array:
			return true
		case *types.Pointer:
			_, ok := u.Elem().Underlying().(*types.Array)
			return ok
		}
	case *ast.StarExpr:
		return true
	}
	return false
}

// freshConversion copies a variable converted to an interface type
// explicitly (Getter(v), any(v)): see varIfaceCopy; other pointers to the
// session's types (any(&Box{})) are converted by assignment (see
// convWrapper).
func (m *modernizer) freshConversion(c *ast.CallExpr, wrap func(ast.Expr, types.Type) ast.Expr) {
	if len(c.Args) != 1 {
		return
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || !tv.IsType() {
		return
	}
	arg := c.Args[0]
	if types.IsInterface(tv.Type) && !hasTypeParam(tv.Type) && !isErrorType(tv.Type) && m.isVariable(arg) {
		if at := m.info.TypeOf(arg); at != nil && !types.IsInterface(at) && declaredInCell(at) && !hasTypeParam(at) {
			if _, ptr := types.Unalias(at).Underlying().(*types.Pointer); !ptr {
				if w := m.convWrapper(arg, at, tv.Type, convReturn); w != nil {
					c.Args[0] = w
					return
				}
			}
		}
	}
	c.Args[0] = wrap(arg, tv.Type)
	if c.Args[0] != arg || !types.IsInterface(tv.Type) || hasTypeParam(tv.Type) {
		return
	}
	at, ok := m.info.Types[arg]
	if !ok || at.Type == nil || !at.IsValue() || at.Value != nil || types.IsInterface(at.Type) || !declaredInCell(at.Type) || hasTypeParam(at.Type) {
		return
	}
	if _, ptr := types.Unalias(at.Type).Underlying().(*types.Pointer); !ptr {
		return
	}
	if w := m.convWrapper(arg, at.Type, tv.Type, convAssign); w != nil {
		c.Args[0] = w
	}
}

// emptyIface reports whether t is an interface without methods (any).
// yaegi's assertion of such a value to a session interface, with a result,
// panicked in reflect.Set (value of type interface {} is not assignable to
// type interp.valueInterface) where the value held is of a session type
// implementing it: ifaceAssertion tries the session's types one by one
// instead.
func emptyIface(t types.Type) bool {
	it, ok := types.Unalias(t).Underlying().(*types.Interface)
	return ok && it.NumMethods() == 0
}

// markBlankAsserts records the positions of the assertions whose value is
// discarded (_, ok := x.(I)): yaegi's own assertion of an any to a session
// interface works there, and faster than ifaceAssertion's function.
func (m *modernizer) markBlankAsserts(pc *parsedCell) {
	m.blankAsserts = map[token.Pos]bool{}
	mark := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			var lhs ast.Expr
			var rhs ast.Expr
			switch x := n.(type) {
			case *ast.AssignStmt:
				if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
					lhs, rhs = x.Lhs[0], x.Rhs[0]
				}
			case *ast.ValueSpec:
				if len(x.Names) == 2 && len(x.Values) == 1 {
					lhs, rhs = x.Names[0], x.Values[0]
				}
			}
			if id, ok := lhs.(*ast.Ident); ok && id.Name == "_" {
				if ta, ok := ast.Unparen(rhs).(*ast.TypeAssertExpr); ok {
					m.blankAsserts[ta.Pos()] = true
				}
			}
			return true
		})
	}
	for _, d := range pc.decls {
		mark(d)
	}
	for _, st := range pc.stmts {
		mark(st)
	}
}

// isAppendCall reports whether c calls the append builtin.
func isAppendCall(m *modernizer, c *ast.CallExpr) bool {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	return ok && id.Name == "append" && m.isBuiltin(id)
}

// convMode is the conversion a convWrapper makes.
type convMode int

const (
	convAssign convMode = iota // var r I = c
	convReturn                 // return c, as I
)
