package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// anySwitchOnSessionTypes reports whether the type switch s on ta.X, of an
// empty interface type, has a case of a type the session declared with
// methods: yaegi's type switch on an any never takes such a case (its
// comma-ok assertions do see the type), so typeSwitch rewrites the switch
// into assertions.
func (m *modernizer) anySwitchOnSessionTypes(ta *ast.TypeAssertExpr, s *ast.TypeSwitchStmt) bool {
	xt := m.info.TypeOf(ta.X)
	if xt == nil {
		return false
	}
	it, ok := xt.Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return false
	}
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			return false
		}
		for _, e := range cc.List {
			t := m.info.TypeOf(e)
			if t == nil || types.IsInterface(t) || !declaredInCell(t) {
				continue
			}
			if namedScalar(t) || types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
				return true
			}
		}
	}
	return false
}

// errorTypeSwitches rewrites a type switch on an error with a case of a
// session type into a switch on assertions of its concrete value:
//
//	switch e := err.(type) { case nil: A; case *NotFound: B; case Invalid: C; default: D }
//	=>
//	switch gg__e := err; {
//	case gg__e == nil: e := gg__e; A
//	case func() bool { _, ok := gg__.ErrConcrete(gg__e).(*NotFound); return ok }(): e := gg__.ErrConcrete(gg__e).(*NotFound); B
//	case func() bool { _, ok := gg__.ErrConcrete(gg__e).(*Invalid); return ok }(): e := *gg__.ErrConcrete(gg__e).(*Invalid); C
//	default: e := gg__e; D
//	}
//
// yaegi's type switch on an error never takes a case of a session type
// (the error is its wrapper), and a value of a boxed type (see boxErr) is
// held as a pointer. Cases of other types assert the error itself.
func (m *modernizer) errorTypeSwitches(pc *parsedCell) {
	if m.info == nil {
		return
	}
	fix := func(list []ast.Stmt) {
		for i, st := range list {
			ts, ok := st.(*ast.TypeSwitchStmt)
			var label *ast.LabeledStmt
			if !ok {
				if l, isL := st.(*ast.LabeledStmt); isL {
					if t, isT := l.Stmt.(*ast.TypeSwitchStmt); isT {
						ts, label = t, l
					}
				}
			}
			if ts == nil {
				continue
			}
			if r := m.errorTypeSwitch(ts); r != nil {
				if label != nil {
					label.Stmt = r
				} else {
					list[i] = r
				}
			}
		}
	}
	eachStmtList(pc, fix)
}

func (m *modernizer) errorTypeSwitch(s *ast.TypeSwitchStmt) ast.Stmt {
	if s.Init != nil {
		return nil
	}
	var bind *ast.Ident
	var ta *ast.TypeAssertExpr
	switch a := s.Assign.(type) {
	case *ast.AssignStmt:
		if len(a.Lhs) != 1 || len(a.Rhs) != 1 {
			return nil
		}
		bind, _ = a.Lhs[0].(*ast.Ident)
		ta, _ = a.Rhs[0].(*ast.TypeAssertExpr)
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta == nil || !isErrorType(m.info.TypeOf(ta.X)) {
		return nil
	}
	session := false
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		for _, e := range cc.List {
			t := m.info.TypeOf(e)
			if t != nil && !types.IsInterface(t) && declaredInCell(t) {
				session = true
			}
			if t != nil && hasTypeParam(t) {
				return nil
			}
		}
	}
	if !session {
		return nil
	}
	pos := s.Switch
	ev := m.fresh("e")
	cv := "gg__.ErrConcrete(" + ev + ")"
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	out := &ast.SwitchStmt{Switch: pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(ev)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta.X}},
		Body: &ast.BlockStmt{Lbrace: s.Body.Lbrace, Rbrace: s.Body.Rbrace}}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		var cond ast.Expr
		var val ast.Expr
		for _, e := range cc.List {
			t := m.info.TypeOf(e)
			var test ast.Expr
			var get ast.Expr
			if tv, ok := m.info.Types[e]; ok && tv.IsNil() {
				test = parseExprAt(ev+" == nil", pos)
				get = id(ev)
			} else {
				if t == nil {
					return nil
				}
				src, target := ev, t
				deref := false
				box := "ok" // see fix_boxmark.go
				if !types.IsInterface(t) && declaredInCell(t) {
					src = cv
					if boxedErrType(t) {
						target, deref = types.NewPointer(t), true
						box = "ok && gg__.IsBox(x)"
					} else if p, isPtr := t.(*types.Pointer); isPtr && boxedErrType(p.Elem()) {
						box = "ok && !gg__.IsBox(x)"
					}
				}
				te, ok := m.typeExpr(target, pos)
				if !ok {
					return nil
				}
				test = parseExprAt("func() bool { x, ok := "+src+".(int); return "+box+" }()", pos)
				test.(*ast.CallExpr).Fun.(*ast.FuncLit).Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.TypeAssertExpr).Type = te
				te2, _ := m.typeExpr(target, pos)
				get = &ast.TypeAssertExpr{X: parseExprAt(src, pos), Lparen: pos, Type: te2, Rparen: pos}
				if types.IsInterface(t) {
					// Compiled errors and the session's interfaces (see
					// fix_compiledifaces.go).
					errT := types.Universe.Lookup("error").Type()
					if ca := m.compiledIfaceAssertion(id(ev), errT, t, cc, true, false); ca != nil {
						test.(*ast.CallExpr).Fun.(*ast.FuncLit).Body.List[0].(*ast.AssignStmt).Rhs[0] = ca
						get = m.compiledIfaceAssertion(id(ev), errT, t, cc, false, false)
					}
				}
				if deref {
					get = &ast.StarExpr{Star: pos, X: get}
				}
			}
			if cond == nil {
				cond = test
			} else {
				cond = &ast.BinaryExpr{X: cond, OpPos: pos, Op: token.LOR, Y: test}
			}
			val = get
		}
		var body []ast.Stmt
		if bind != nil && bind.Name != "_" {
			if len(cc.List) != 1 {
				val = id(ev)
			}
			body = append(body,
				&ast.AssignStmt{Lhs: []ast.Expr{id(bind.Name)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{val}},
				&ast.AssignStmt{Lhs: []ast.Expr{id("_")}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(bind.Name)}})
		}
		nc := &ast.CaseClause{Case: cc.Case, Colon: cc.Colon, Body: append(body, cc.Body...)}
		if cond != nil {
			nc.List = []ast.Expr{cond}
		}
		out.Body.List = append(out.Body.List, nc)
	}
	return out
}
