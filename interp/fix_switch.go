package interp

import (
	"go/ast"
	"go/token"
	"reflect"
)

// switchClauses rewrites the clauses of expression switches that yaegi
// runs differently from Go:
//
//   - A case with several expressions (case f(x), g(x):) evaluates only
//     its first one: yaegi chains the first expression's code into the
//     switch and not the others', whose values stay what they were (zero),
//     so case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r)
//     never matched a Hiragana rune. Such a case becomes one case per
//     expression, each falling through to the next, the last one with the
//     body; the expressions are evaluated in Go's order, and only until
//     one matches:
//
//     case f(x):
//     fallthrough
//     case g(x):
//     body
//
//     Cases of constants and plain variables are left as they are (yaegi
//     needs no code to evaluate them).
//
//   - A default clause that is not the last one is swapped by yaegi with
//     the last clause, so a fallthrough into it (or out of it) went to
//     another clause. The default clause is moved to the end, the
//     fallthrough into it replaced by a copy of its body, and its own
//     fallthrough by a copy of the body of the clause after it.
func (m *modernizer) switchClauses(pc *parsedCell) {
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				m.switchInits(x.List)
			case *ast.CaseClause:
				m.switchInits(x.Body)
			case *ast.CommClause:
				m.switchInits(x.Body)
			}
			if sw, ok := n.(*ast.SwitchStmt); ok {
				m.splitCaseLists(sw)
				m.defaultLast(sw)
			}
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	m.switchInits(pc.stmts)
	for _, st := range pc.stmts {
		visit(st)
	}
}

// switchInits rewrites, in the statement list, the switches with an init
// statement and a tag that is not a plain variable or constant:
//
//	switch x := f(); x * 2 { ... }  =>  { x := f(); switch x * 2 { ... } }
//
// yaegi chains the init statement straight to the clauses, so the tag
// expression was never evaluated (its value stayed zero) and no case
// matched.
func (m *modernizer) switchInits(list []ast.Stmt) {
	for i, s := range list {
		sw, _ := s.(*ast.SwitchStmt)
		if ls, ok := s.(*ast.LabeledStmt); ok {
			sw, _ = ls.Stmt.(*ast.SwitchStmt)
		}
		if sw == nil || sw.Init == nil || sw.Tag == nil || m.staticCase(sw.Tag) {
			continue
		}
		init := sw.Init
		sw.Init = nil
		list[i] = &ast.BlockStmt{Lbrace: s.Pos(), List: []ast.Stmt{init, s}, Rbrace: s.End()}
	}
}

// staticCase reports whether yaegi evaluates e, an expression of a case
// list, without code of its own: a constant or a plain identifier.
func (m *modernizer) staticCase(e ast.Expr) bool {
	if m.info != nil {
		if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
			return true
		}
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.BasicLit:
		return true
	case *ast.SelectorExpr:
		// A constant of a package (math.MaxInt8) is a constant.
		_, pkg := x.X.(*ast.Ident)
		return pkg && m.info != nil && m.info.Types[e].Value != nil
	}
	return false
}

func (m *modernizer) splitCaseLists(sw *ast.SwitchStmt) {
	var out []ast.Stmt
	changed := false
	for _, s := range sw.Body.List {
		cc, ok := s.(*ast.CaseClause)
		if !ok || len(cc.List) < 2 {
			out = append(out, s)
			continue
		}
		static := true
		for _, e := range cc.List[1:] {
			if !m.staticCase(e) {
				static = false
			}
		}
		if static {
			out = append(out, s)
			continue
		}
		changed = true
		for i, e := range cc.List {
			if i == len(cc.List)-1 {
				out = append(out, &ast.CaseClause{Case: cc.Case, List: []ast.Expr{e}, Colon: cc.Colon, Body: cc.Body})
				break
			}
			out = append(out, &ast.CaseClause{Case: cc.Case, List: []ast.Expr{e}, Colon: cc.Colon,
				Body: []ast.Stmt{&ast.BranchStmt{TokPos: cc.Colon, Tok: token.FALLTHROUGH}}})
		}
	}
	if changed {
		sw.Body.List = out
	}
}

// endsInFallthrough reports whether the clause body ends with fallthrough.
func endsInFallthrough(body []ast.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	br, ok := body[len(body)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.FALLTHROUGH
}

func (m *modernizer) defaultLast(sw *ast.SwitchStmt) {
	list := sw.Body.List
	d := -1
	for i, s := range list {
		if cc, ok := s.(*ast.CaseClause); ok && cc.List == nil {
			d = i
		}
	}
	if d < 0 || d == len(list)-1 {
		return
	}
	for _, s := range list {
		if hasLabels(s) {
			return // a copy of a body would declare its labels twice
		}
	}
	// chain is a copy of the body of clause j with its fallthrough (if
	// any) replaced by a block of the copy of the next clause's.
	var chain func(j int) []ast.Stmt
	chain = func(j int) []ast.Stmt {
		body := list[j].(*ast.CaseClause).Body
		if !endsInFallthrough(body) {
			return m.cloneStmts(body)
		}
		pos := body[len(body)-1].Pos()
		out := m.cloneStmts(body[:len(body)-1])
		if j+1 < len(list) {
			out = append(out, &ast.BlockStmt{Lbrace: pos, List: chain(j + 1), Rbrace: pos})
		}
		return out
	}
	def := list[d].(*ast.CaseClause)
	if d > 0 {
		prev := list[d-1].(*ast.CaseClause)
		if endsInFallthrough(prev.Body) {
			pos := prev.Body[len(prev.Body)-1].Pos()
			prev.Body = append(prev.Body[:len(prev.Body)-1:len(prev.Body)-1], &ast.BlockStmt{Lbrace: pos, List: chain(d), Rbrace: pos})
		}
	}
	if endsInFallthrough(def.Body) {
		pos := def.Body[len(def.Body)-1].Pos()
		def.Body = append(def.Body[:len(def.Body)-1:len(def.Body)-1], &ast.BlockStmt{Lbrace: pos, List: chain(d + 1), Rbrace: pos})
	}
	out := append(append(list[:d:d], list[d+1:]...), def)
	sw.Body.List = out
}

// hasLabels reports whether n holds a labeled statement.
func hasLabels(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if _, ok := n.(*ast.LabeledStmt); ok {
			found = true
		}
		return !found
	})
	return found
}

// cloneStmts is a deep copy of stmts whose nodes keep the type
// information of the originals.
func (m *modernizer) cloneStmts(stmts []ast.Stmt) []ast.Stmt {
	out := make([]ast.Stmt, len(stmts))
	for i, s := range stmts {
		out[i] = m.cloneNode(reflect.ValueOf(s)).Interface().(ast.Stmt)
	}
	return out
}

// cloneNode deep-copies the AST value v (a pointer to a node, a slice, an
// interface holding a node), copying the entries of the cell's type
// information for each node it copies.
func (m *modernizer) cloneNode(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		c := m.cloneNode(v.Elem())
		out := reflect.New(v.Type()).Elem()
		out.Set(c)
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := range v.Len() {
			out.Index(i).Set(m.cloneNode(v.Index(i)))
		}
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		switch v.Interface().(type) {
		case *ast.Object, *ast.Scope, *ast.CommentGroup:
			return v
		}
		out := reflect.New(v.Type().Elem())
		e := v.Elem()
		oe := out.Elem()
		if e.Kind() == reflect.Struct {
			for i := range e.NumField() {
				if oe.Field(i).CanSet() {
					oe.Field(i).Set(m.cloneNode(e.Field(i)))
				}
			}
		} else {
			oe.Set(e)
		}
		if n, ok := v.Interface().(ast.Node); ok {
			m.copyInfo(n, out.Interface().(ast.Node))
		}
		return out
	}
	return v
}

// copyInfo gives the copy c of the node n n's type information.
func (m *modernizer) copyInfo(n, c ast.Node) {
	if m.info == nil {
		return
	}
	if e, ok := n.(ast.Expr); ok {
		if tv, ok := m.info.Types[e]; ok {
			m.info.Types[c.(ast.Expr)] = tv
		}
	}
	if id, ok := n.(*ast.Ident); ok {
		cid := c.(*ast.Ident)
		if obj := m.info.Uses[id]; obj != nil {
			m.info.Uses[cid] = obj
		}
		if obj, ok := m.info.Defs[id]; ok {
			m.info.Defs[cid] = obj
		}
		if inst, ok := m.info.Instances[id]; ok && m.info.Instances != nil {
			m.info.Instances[cid] = inst
		}
	}
	if sel, ok := n.(*ast.SelectorExpr); ok {
		if s, ok := m.info.Selections[sel]; ok {
			m.info.Selections[c.(*ast.SelectorExpr)] = s
		}
	}
	if obj, ok := m.info.Implicits[n]; ok && m.info.Implicits != nil {
		m.info.Implicits[c] = obj
	}
	if sc, ok := m.info.Scopes[n]; ok && m.info.Scopes != nil {
		m.info.Scopes[c] = sc
	}
}
