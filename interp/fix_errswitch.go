package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// An expression switch on an interface value (an error, an any) with a
// case of a session type's value:
//
//	switch err {
//	case ErrNotFound: ...
//	case CodeErr{404}: ...
//	}
//
// yaegi converted the tag to the case's type to compare them and
// panicked "reflect.Value.Convert: value of type error cannot be converted
// to type struct { Code int }" (or never matched a pointer case). Such a
// switch becomes a tagless one comparing with ==, which the rewrite of
// error comparisons (see errorEquality) then makes exact:
//
//	switch gg__t := err; { case gg__t == ErrNotFound: ...; case gg__t == CodeErr{404}: ... }
//
// A tag that is a plain variable is compared as it is (an init statement
// may be there already: see switchInits).
func (m *modernizer) ifaceTagSwitches(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if sw, ok := n.(*ast.SwitchStmt); ok {
				m.ifaceTagSwitch(sw)
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

func (m *modernizer) ifaceTagSwitch(sw *ast.SwitchStmt) {
	if sw.Tag == nil {
		return
	}
	tt := m.info.TypeOf(sw.Tag)
	if tt == nil || !types.IsInterface(tt) || hasTypeParam(tt) {
		return
	}
	need := false
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok {
			continue
		}
		for _, e := range cc.List {
			if t := m.info.TypeOf(e); t != nil && !types.IsInterface(t) && declaredInCell(t) && !hasTypeParam(t) {
				need = true
			}
		}
	}
	if !need {
		return
	}
	tag := ast.Unparen(sw.Tag)
	var use func() ast.Expr
	if id, ok := tag.(*ast.Ident); ok && m.staticCase(id) {
		use = func() ast.Expr { return m.cloneNode(reflect.ValueOf(ast.Expr(id))).Interface().(ast.Expr) }
	} else {
		if sw.Init != nil {
			return // (switchInits moved the init statement of such tags out)
		}
		tv := m.info.Types[sw.Tag]
		pos := sw.Tag.Pos()
		name := m.fresh("t")
		obj := types.NewVar(pos, nil, name, tt)
		def := &ast.Ident{NamePos: pos, Name: name}
		m.info.Defs[def] = obj
		sw.Init = &ast.AssignStmt{Lhs: []ast.Expr{def}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{sw.Tag}}
		use = func() ast.Expr {
			id := &ast.Ident{NamePos: pos, Name: name}
			m.info.Uses[id] = obj
			m.info.Types[id] = tv
			return id
		}
	}
	sw.Tag = nil
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok || cc.List == nil {
			continue
		}
		var cond ast.Expr
		for _, e := range cc.List {
			var c ast.Expr = &ast.BinaryExpr{X: use(), OpPos: e.Pos(), Op: token.EQL, Y: e}
			if cond == nil {
				cond = c
			} else {
				cond = &ast.BinaryExpr{X: cond, OpPos: e.Pos(), Op: token.LOR, Y: c}
			}
		}
		cc.List = []ast.Expr{cond}
	}
}
