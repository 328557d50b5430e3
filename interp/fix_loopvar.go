package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// loopVarPointers gives a three-clause loop whose body both captures its
// variables (a closure, a go or defer statement, &i) and assigns them a
// variable per iteration through pointers, as Go 1.22 does:
//
//	for i := 0; i < n; i++ { body }
//	=>
//	for gg__p1 := func() *int { v := 0; return &v }(); *gg__p1 < n; gg__p1 = func() *int { v := *gg__p1; v++; return &v }() {
//		gg__q2 := gg__p1
//		body, with i spelled (*gg__q2)
//	}
//
// The per-iteration copy (i := i) the rewrite makes for other loops would
// lose the body's assignments; without it all iterations share one
// variable.
func (m *modernizer) loopVarPointers(pc *parsedCell) {
	if m.info == nil {
		return
	}
	fix := func(list []ast.Stmt) {
		for i, st := range list {
			if f, ok := st.(*ast.ForStmt); ok {
				if r := m.loopVarPointer(f); r != nil {
					list[i] = r
				}
			} else if l, ok := st.(*ast.LabeledStmt); ok {
				if f, ok := l.Stmt.(*ast.ForStmt); ok {
					if r := m.loopVarPointer(f); r != nil {
						l.Stmt = r
					}
				}
			}
		}
	}
	eachStmtList(pc, fix)
}

func (m *modernizer) loopVarPointer(f *ast.ForStmt) ast.Stmt {
	init, ok := f.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE || len(init.Lhs) != len(init.Rhs) {
		return nil
	}
	names := map[string]bool{}
	var objs []types.Object
	for _, l := range init.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			return nil
		}
		obj := m.info.Defs[id]
		if obj == nil || hasTypeParam(obj.Type()) {
			return nil
		}
		names[id.Name] = true
		objs = append(objs, obj)
	}
	if !capturesVars(f.Body, names) || !assigns(f.Body, names) {
		return nil
	}
	pos := f.For
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	var ps, qs, vs []string
	var ptrTypes []ast.Expr
	for _, o := range objs {
		te, ok := m.typeExpr(types.NewPointer(o.Type()), pos)
		if !ok {
			return nil
		}
		ptrTypes = append(ptrTypes, te)
		ps = append(ps, m.fresh("p"))
		qs = append(qs, m.fresh("q"))
		vs = append(vs, m.fresh("v"))
	}
	index := map[types.Object]int{}
	for i, o := range objs {
		index[o] = i
	}
	// rename replaces the uses of the loop variables in n by *ptr[i].
	rename := func(n ast.Node, ptr []string, deref bool) {
		replaceExprs(n, func(e ast.Expr) ast.Expr {
			x, ok := e.(*ast.Ident)
			if !ok {
				return e
			}
			i, ok := index[m.info.Uses[x]]
			if !ok {
				return e
			}
			if !deref {
				return id(ptr[i])
			}
			return &ast.ParenExpr{Lparen: x.Pos(), X: &ast.StarExpr{Star: x.Pos(), X: &ast.Ident{NamePos: x.Pos(), Name: ptr[i]}}, Rparen: x.End()}
		})
	}
	results := func() *ast.FieldList {
		fl := &ast.FieldList{Opening: pos, Closing: pos}
		for i := range objs {
			te, _ := m.typeExpr(types.NewPointer(objs[i].Type()), pos)
			fl.List = append(fl.List, &ast.Field{Type: te})
		}
		return fl
	}
	addrs := func() []ast.Expr {
		var out []ast.Expr
		for _, v := range vs {
			out = append(out, &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: id(v)})
		}
		return out
	}
	idents := func(names []string) []ast.Expr {
		var out []ast.Expr
		for _, n := range names {
			out = append(out, id(n))
		}
		return out
	}
	// Init: p1, p2 := func() (*T1, *T2) { v1, v2 := INIT; return &v1, &v2 }()
	initBody := []ast.Stmt{
		&ast.AssignStmt{Lhs: idents(vs), TokPos: pos, Tok: token.DEFINE, Rhs: init.Rhs},
		&ast.ReturnStmt{Return: pos, Results: addrs()},
	}
	newInit := &ast.AssignStmt{Lhs: idents(ps), TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{&ast.CallExpr{
		Fun: &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: results()},
			Body: &ast.BlockStmt{Lbrace: pos, List: initBody, Rbrace: pos}}, Lparen: pos, Rparen: pos}}}
	// Cond: with *p.
	var cond ast.Expr
	if f.Cond != nil {
		cond = f.Cond
		wrap := &ast.ExprStmt{X: cond}
		rename(wrap, ps, true)
		cond = wrap.X
	}
	// Post: p1, p2 = func() (*T1, *T2) { v1, v2 := *p1, *p2; POST(v); return &v1, &v2 }()
	var derefs []ast.Expr
	for _, p := range ps {
		derefs = append(derefs, &ast.StarExpr{Star: pos, X: id(p)})
	}
	postBody := []ast.Stmt{&ast.AssignStmt{Lhs: idents(vs), TokPos: pos, Tok: token.DEFINE, Rhs: derefs}}
	if f.Post != nil {
		rename(f.Post, vs, false)
		postBody = append(postBody, f.Post)
	}
	postBody = append(postBody, &ast.ReturnStmt{Return: pos, Results: addrs()})
	newPost := &ast.AssignStmt{Lhs: idents(ps), TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{&ast.CallExpr{
		Fun: &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}, Results: results()},
			Body: &ast.BlockStmt{Lbrace: pos, List: postBody, Rbrace: pos}}, Lparen: pos, Rparen: pos}}}
	// Body: q := p; BODY with *q.
	rename(f.Body, qs, true)
	m.bindPointers(f.Body, qs, objs)
	pro := &ast.AssignStmt{Lhs: idents(qs), TokPos: pos, Tok: token.DEFINE, Rhs: idents(ps)}
	body := &ast.BlockStmt{Lbrace: f.Body.Lbrace, List: []ast.Stmt{pro, f.Body}, Rbrace: f.Body.Rbrace}
	_ = ptrTypes
	return &ast.ForStmt{For: pos, Init: newInit, Cond: cond, Post: newPost, Body: body}
}

// bindPointers passes the per-iteration pointers qs to the function
// literals of body given to compiled functions (see compiledCallbacks):
// func(q *T) F { return lit }(q).
func (m *modernizer) bindPointers(body *ast.BlockStmt, qs []string, objs []types.Object) {
	ast.Inspect(body, func(n ast.Node) bool {
		c, ok := n.(*ast.CallExpr)
		if !ok || m.sessionFunc(c) {
			return true
		}
		if tv, ok := m.info.Types[c.Fun]; !ok || tv.IsType() {
			return true
		}
		for i, a := range c.Args {
			lit, ok := a.(*ast.FuncLit)
			if !ok {
				continue
			}
			uses := map[string]bool{}
			ast.Inspect(lit.Body, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					uses[id.Name] = true
				}
				return true
			})
			pos := lit.Pos()
			var params []*ast.Field
			var vals []ast.Expr
			for k, q := range qs {
				if !uses[q] {
					continue
				}
				te, ok := m.typeExpr(types.NewPointer(objs[k].Type()), pos)
				if !ok {
					return true
				}
				params = append(params, &ast.Field{Names: []*ast.Ident{id2(q, pos)}, Type: te})
				vals = append(vals, id2(q, pos))
			}
			lt := m.info.TypeOf(lit)
			if len(params) == 0 || lt == nil {
				continue
			}
			te, ok := m.typeExpr(lt, pos)
			if !ok {
				continue
			}
			c.Args[i] = &ast.CallExpr{Fun: &ast.FuncLit{
				Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
					Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: te}}, Closing: pos}},
				Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{lit}}}, Rbrace: pos},
			}, Lparen: pos, Args: vals, Rparen: pos}
		}
		return true
	})
}
