package interp

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/printer"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// modernizer translates Go 1.21+ constructs yaegi v0.16 does not run into
// equivalent older Go, using the cell's type information:
//
//   - range over an integer becomes a counted for loop;
//   - range over a function (iterators) becomes a call with a yield
//     closure; break, continue, return and labelled branches are carried
//     out of the closure with flags;
//   - loop variables captured by closures get a per-iteration copy;
//   - min and max become calls of interpreted generic helpers (or
//     constants), clear a call of a compiled helper;
//   - iter.Seq[T] and iter.Seq2[K,V] become the function types they name;
//   - every declared function counts its calls' nesting, so that runaway
//     recursion ends the cell instead of the process.
type modernizer struct {
	info    *types.Info
	qual    types.Qualifier
	renames map[string]string // session declarations yaegi knows by another name
	top     bool              // rewriting the cell's own statements (see topDefer)
	// topRecovers: the cell's statements defer a recover (see loopStmts)
	topRecovers bool
	n           int
	// funcNames receives the names of declared functions ("T.m") by the
	// position of their body.
	funcNames map[token.Pos]string
	// mono maps instantiations of the session's generics to their
	// monomorphized copies (see generics.go).
	mono *monoCell
	// blankAsserts are the assertions whose value is discarded
	// (_, ok := x.(I)): see markBlankAsserts.
	blankAsserts map[token.Pos]bool
	// hasMethods caches sessionHasMethods (the cell's scope is fixed).
	hasMethods *bool
	// siblings caches siblingTypes (see fix_namedident.go).
	siblings map[*types.Named]bool
	// asserts receives the names of the cell's one-result type
	// assertions (see fix_assertnames.go).
	asserts map[token.Pos]assertNames
}

func (m *modernizer) fresh(base string) string {
	m.n++
	return fmt.Sprintf("gg__%s%d", base, m.n)
}

// typeExpr renders t as an expression at pos; ok is false when t cannot
// be written in the cell (invalid, or unexported from another package).
func (m *modernizer) typeExpr(t types.Type, pos token.Pos) (ast.Expr, bool) {
	if t == nil {
		return nil, false
	}
	t = unboxedSource(m.mono.mapType(t)) // see fix_recfunc.go
	if b, ok := t.(*types.Basic); ok {
		if b.Kind() == types.Invalid {
			return nil, false
		}
		t = types.Default(t)
	}
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		q := m.qual(p)
		if q == "" {
			ok = false
		}
		return q
	})
	if !ok || strings.Contains(s, "invalid type") {
		return nil, false
	}
	e, err := parser.ParseExprFrom(token.NewFileSet(), "", s, parser.SkipObjectResolution)
	if err != nil {
		return nil, false
	}
	hideUnexported(e) // struct type literals as the cell's (see rewriteCell)
	if len(m.renames) > 0 {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				return false // pkg.Name: not ours
			case *ast.Ident:
				if r, ok := m.renames[x.Name]; ok {
					x.Name = r
				}
			}
			return true
		})
	}
	setPos(e, pos)
	return e, true
}

// setPos gives every position in a generated subtree the value pos: yaegi
// resolves package names through the file a node's position is in.
func setPos(n ast.Node, pos token.Pos) {
	posType := reflect.TypeFor[token.Pos]()
	var walk func(v reflect.Value)
	seen := map[uintptr]bool{}
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.Pointer()] {
				return
			}
			seen[v.Pointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				f := v.Field(i)
				if f.Type() == posType {
					if f.CanSet() && f.Int() != 0 { // zero means absent (CallExpr.Ellipsis)
						f.SetInt(int64(pos))
					}
					continue
				}
				if f.CanSet() || f.Kind() == reflect.Pointer || f.Kind() == reflect.Slice || f.Kind() == reflect.Interface {
					walk(f)
				}
			}
		}
	}
	walk(reflect.ValueOf(n))
}

// sessionTypes are the named types declared in sc (the session's scope:
// see mainScope) that values can have: not aliases, not generic, not
// interfaces, in the scope's (sorted) order.
func sessionTypes(sc *types.Scope) []*types.Named {
	var out []*types.Named
	for _, name := range sc.Names() {
		tn, ok := sc.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		n, ok := tn.Type().(*types.Named)
		if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
			continue
		}
		out = append(out, n)
	}
	return out
}

// eachStmtList calls fix on every statement list of the cell: its own
// statements, and the bodies of the blocks, case clauses and comm clauses
// of its declarations and statements (function literals included), each
// list before the statements in it. fix may replace a list's elements.
func eachStmtList(pc *parsedCell, fix func([]ast.Stmt)) {
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				fix(x.List)
			case *ast.CaseClause:
				fix(x.Body)
			case *ast.CommClause:
				fix(x.Body)
			}
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	fix(pc.stmts)
	for _, st := range pc.stmts {
		visit(st)
	}
}

// parseStmts parses generated statements and positions them at pos.
func parseStmts(src string, pos token.Pos) []ast.Stmt {
	f, err := parser.ParseFile(token.NewFileSet(), "", "package p; func _() {\n"+src+"\n}", parser.SkipObjectResolution)
	if err != nil {
		panic("interp: bad generated code: " + err.Error() + "\n" + src)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	setPos(body, pos)
	return body.List
}

// funcBody is a function body to process with its signature (nil for the
// top level of a cell).
type funcBody struct {
	body     *ast.BlockStmt
	sig      *types.Signature
	decl     bool // guarded against runaway recursion
	name     string
	declared bool // a declared function or method (not a closure)
}

// apply rewrites the cell's declarations and statements in place.
func (m *modernizer) apply(pc *parsedCell) {
	m.fixCell(pc)
	var bodies []funcBody
	recursive := map[*ast.FuncLit]string{}
	collect := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				if f.Body != nil {
					var sig *types.Signature
					if obj := m.info.Defs[f.Name]; obj != nil {
						sig, _ = obj.Type().(*types.Signature)
					}
					name := f.Name.Name
					if f.Recv != nil && len(f.Recv.List) > 0 {
						name = recvTypeName(f.Recv.List[0].Type) + "." + name
					}
					bodies = append(bodies, funcBody{f.Body, sig, true, name, true})
				}
			case *ast.FuncLit:
				sig, _ := m.info.Types[f].Type.(*types.Signature)
				name := ""
				if recursive[f] != "" {
					name = recursive[f]
				}
				bodies = append(bodies, funcBody{f.Body, sig, name != "", name, false})
			case *ast.AssignStmt:
				// f = func(...) { ... f(...) ... }: a recursive closure,
				// guarded like a declared function.
				for i, r := range f.Rhs {
					lit, ok := r.(*ast.FuncLit)
					if !ok || i >= len(f.Lhs) {
						continue
					}
					if id, ok := f.Lhs[i].(*ast.Ident); ok && usesAny(lit.Body, map[string]bool{id.Name: true}) {
						recursive[lit] = id.Name
					}
				}
			}
			return true
		})
	}
	for _, d := range pc.decls {
		collect(d)
	}
	top := &ast.BlockStmt{List: pc.stmts}
	collect(top)
	bodies = append(bodies, funcBody{body: top})

	for _, b := range bodies {
		m.top = b.body == top
		b.body.List = m.stmtList(b.body.List, b.sig)
	}
	m.top = false
	pc.stmts = top.List
	for _, b := range bodies {
		switch {
		case b.declared:
			// gg__at is the position of the statement running, which
			// LeaveAt records as the function returns or a panic unwinds
			// it: the positions of a panic's stack (see Session.frames).
			m.markStmts(b.body, func(pos token.Pos) ast.Expr { return &ast.Ident{NamePos: pos, Name: "gg__at"} })
			pos := b.body.Lbrace
			b.body.List = append(parseStmts(fmt.Sprintf("var gg__at int; gg__.Enter(%q); defer gg__.LeaveAt(&gg__at)", b.name), pos), b.body.List...)
			if m.funcNames != nil {
				m.funcNames[pos] = b.name
			}
		case b.decl:
			pos := b.body.Lbrace
			b.body.List = append(parseStmts(fmt.Sprintf("gg__.Enter(%q); defer gg__.Leave()", b.name), pos), b.body.List...)
		case b.body == top:
			m.topRecovers = deferredRecover(top)
			// Statements nested in the cell's own compound statements set
			// gg__top (the cell's statements themselves: see rewriteCell).
			for _, st := range top.List {
				m.markStmts(st, topMarker)
			}
			m.topRecovers = false
		default:
			m.varBoundsBody(b.body)
		}
	}
	for _, d := range pc.decls {
		m.exprs(d)
	}
	for _, st := range pc.stmts {
		m.exprs(st)
	}
	m.parenReceives(pc)
}

// stmtList rewrites a statement list, innermost statements first.
func (m *modernizer) stmtList(list []ast.Stmt, sig *types.Signature) []ast.Stmt {
	for i, st := range list {
		list[i] = m.stmt(st, sig)
	}
	return list
}

func (m *modernizer) stmt(st ast.Stmt, sig *types.Signature) ast.Stmt {
	switch s := st.(type) {
	case *ast.BlockStmt:
		s.List = m.stmtList(s.List, sig)
	case *ast.IfStmt:
		s.Body.List = m.stmtList(s.Body.List, sig)
		if s.Else != nil {
			s.Else = m.stmt(s.Else, sig)
		}
	case *ast.ForStmt:
		s.Body.List = m.stmtList(s.Body.List, sig)
		m.perIteration3(s)
	case *ast.SwitchStmt:
		s.Body.List = m.stmtList(s.Body.List, sig)
	case *ast.TypeSwitchStmt:
		s.Body.List = m.stmtList(s.Body.List, sig)
		if r := m.typeSwitch(s); r != nil {
			return r
		}
	case *ast.SelectStmt:
		s.Body.List = m.stmtList(s.Body.List, sig)
		r := m.hoistedSelect(s)
		if b := m.selectBreaks(s, r); b != nil {
			return b
		}
		return r
	case *ast.CaseClause:
		s.Body = m.stmtList(s.Body, sig)
	case *ast.CommClause:
		s.Body = m.stmtList(s.Body, sig)
	case *ast.LabeledStmt:
		if r, ok := s.Stmt.(*ast.RangeStmt); ok {
			s.Stmt = m.rangeStmt(r, sig, s.Label.Name)
		} else {
			orig := s.Stmt
			if sel, ok := orig.(*ast.SelectStmt); ok {
				selectLabels.Store(sel, s.Label.Name)
			}
			s.Stmt = m.stmt(s.Stmt, sig)
			if b := labelInside(s, orig); b != nil {
				return b
			}
		}
	case *ast.RangeStmt:
		return m.rangeStmt(s, sig, "")
	case *ast.GoStmt:
		return m.goStmt(s)
	case *ast.DeferStmt:
		if m.top {
			if r := m.topDefer(s); r != nil {
				return r
			}
		} else {
			m.survivalCall(s.Call) // defer mu.Unlock() (survive_rewrite.go)
		}
	}
	return st
}

// topDefer rewrites a defer statement of the cell's top level (outside any
// function) so that its call runs when the cell ends, as a script's
// goParamType is the type of the i-th parameter of sig (the element type
// for the variadic part), or nil.
func goParamType(sig *types.Signature, i int) types.Type {
	if sig == nil || i < 0 {
		return nil
	}
	n := sig.Params().Len()
	if sig.Variadic() && i >= n-1 {
		if sl, ok := sig.Params().At(n - 1).Type().(*types.Slice); ok {
			return sl.Elem()
		}
		return nil
	}
	if i >= n {
		return nil
	}
	return sig.Params().At(i).Type()
}

// deferred calls run when its main returns:
//
//	defer f(a, 1)  =>  gg__.Defer(func(gg__d1f F, gg__d1a0 A) func() { return func() { gg__d1f(gg__d1a0, 1) } }(f, a))
//
// The function value and the non-constant arguments are evaluated at the
// defer statement. A deferred function literal calling recover, and calls
// of builtins other than close, print and println, stay as they are.
func (m *modernizer) topDefer(d *ast.DeferStmt) ast.Stmt {
	c := d.Call
	pos := d.Defer
	usesRecover := false
	ast.Inspect(c, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "recover" && m.isBuiltin(id) {
			usesRecover = true
		}
		return !usesRecover
	})
	if usesRecover && !m.topRecoverLit(c) {
		return nil
	}
	base := m.fresh("d")
	var params []*ast.Field
	var vals []ast.Expr
	param := func(e ast.Expr, t types.Type, name string) bool {
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return false
		}
		params = append(params, &ast.Field{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te})
		vals = append(vals, e)
		return true
	}
	call := &ast.CallExpr{Fun: c.Fun, Lparen: c.Lparen, Ellipsis: c.Ellipsis, Rparen: c.Rparen}
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && m.isBuiltin(id) {
		switch id.Name {
		case "close", "print", "println":
		default:
			return nil
		}
	} else if sel, x, t, ok := m.deferRecv(c.Fun); ok {
		if !param(x, t, base+"r") {
			return nil
		}
		call.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: base + "r"}, Sel: sel.Sel}
	} else if _, ok := c.Fun.(*ast.FuncLit); !ok {
		tv, ok := m.info.Types[c.Fun]
		if !ok || !tv.IsValue() || !param(c.Fun, tv.Type, base+"f") {
			return nil // a conversion, or a type the cell cannot name
		}
		call.Fun = &ast.Ident{NamePos: pos, Name: base + "f"}
	}
	for i, a := range c.Args {
		tv, ok := m.info.Types[a]
		if !ok {
			return nil
		}
		if tv.Value != nil || tv.IsNil() {
			call.Args = append(call.Args, a)
			continue
		}
		name := fmt.Sprintf("%sa%d", base, i)
		if !param(a, types.Default(tv.Type), name) {
			return nil
		}
		call.Args = append(call.Args, &ast.Ident{NamePos: pos, Name: name})
	}
	// func(params) func() { return func() { call } }(vals): parameters,
	// unlike a block's variables, are new for each run of a loop body.
	inner := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{m.topDirectStmt(call, c)}, Rbrace: pos}}
	outer := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
		Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}}, Rbrace: pos}}
	reg := parseStmts("gg__.Defer(nil)", pos)[0]
	reg.(*ast.ExprStmt).X.(*ast.CallExpr).Args[0] = &ast.CallExpr{Fun: outer, Lparen: pos, Args: vals, Rparen: pos}
	return reg
}

// goStmt makes a goroutine recover its panics: an unrecovered panic in a
// goroutine would end the whole process (the kernel, the REPL). The panic
// is reported on stderr and as the error of the running cell.
//
//	go f(a, b)  =>  gg__.GoStart(func(p0 F, p1 A, p2 B) func() { return func() { guard; p0(p1, p2) } }(f, a, b))
//
// so that the function and its arguments are still evaluated where the go
// statement stands, and the goroutine is started by compiled code
// (Session.goRun) with a closure made in a frame of its own: a go
// statement of a func literal read the literal's slot in the frame that
// runs it, which yaegi writes back when an earlier goroutine of the same
// literal returns (see fix_closurerace.go), and started a nil func now and
// then ("reflect.Value.Call: call of nil function", outside any guard:
// the process ended).
func (m *modernizer) goStmt(g *ast.GoStmt) ast.Stmt {
	pos := g.Go
	guard := parseStmts("defer func() { if r := recover(); r != nil { gg__.GoPanic(r) } }()", pos)[0]
	if lit, ok := g.Call.Fun.(*ast.FuncLit); ok && (lit.Type.Results == nil || len(lit.Type.Results.List) == 0) {
		// go func(params) { body }(args) => gg__.GoStart(func(params)
		// func() { return func() { guard; body } }(args)): the inner
		// literal keeps the body's block, which the rewrite of function
		// bodies may still have to process.
		body := lit.Body
		body.List = append([]ast.Stmt{guard}, body.List...)
		return goStartStmt(pos, lit.Type.Params, body, g.Call)
	}
	if lit, ok := g.Call.Fun.(*ast.FuncLit); ok {
		// A literal with results (discarded): go func(...) {
		// gg__.GoRun(func() { guard; ... }) }(...).
		body := lit.Body
		body.List = append([]ast.Stmt{guard}, body.List...)
		inner := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}, Body: body}
		lit.Body = &ast.BlockStmt{Lbrace: body.Lbrace, List: []ast.Stmt{goRunCall(pos, inner)}, Rbrace: body.Rbrace}
		return g
	}
	fnType, ok := m.info.Types[g.Call.Fun]
	if !ok || fnType.Type == nil {
		return g
	}
	if _, isSig := fnType.Type.Underlying().(*types.Signature); !isSig {
		return g // a conversion or builtin
	}
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var args []ast.Expr
	call := &ast.CallExpr{Lparen: pos, Rparen: pos}
	if g.Call.Ellipsis.IsValid() {
		call.Ellipsis = pos // go f(xs...): the slice is passed on as it is
	}
	// The function value itself is evaluated by the go statement too.
	all := append([]ast.Expr{g.Call.Fun}, g.Call.Args...)
	sig, _ := fnType.Type.Underlying().(*types.Signature)
	for i, a := range all {
		tv, ok := m.info.Types[a]
		if !ok || tv.Type == nil {
			return g
		}
		t := tv.Type
		if tv.IsNil() {
			// go f(nil): the parameter's type (a go statement left as it
			// is runs without the guard, and its panic ends the process).
			pt := goParamType(sig, i-1)
			if i == 0 || pt == nil {
				return g
			}
			t = pt
		}
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return g
		}
		name := m.fresh("a")
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te})
		args = append(args, a)
		if i == 0 {
			call.Fun = &ast.Ident{NamePos: pos, Name: name}
		} else {
			call.Args = append(call.Args, &ast.Ident{NamePos: pos, Name: name})
		}
	}
	body := &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{guard, &ast.ExprStmt{X: call}}, Rbrace: pos}
	return goStartStmt(pos, params, body, &ast.CallExpr{Lparen: pos, Args: args, Rparen: pos})
}

// goStartStmt is gg__.GoStart(func(params) func() { return func() body
// }(c.Args...)) (see goStmt); c's ellipsis is kept.
func goStartStmt(pos token.Pos, params *ast.FieldList, body *ast.BlockStmt, c *ast.CallExpr) ast.Stmt {
	funcType := func() *ast.FuncType {
		return &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}
	}
	inner := &ast.FuncLit{Type: funcType(), Body: body}
	outer := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: params, Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: funcType()}}, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}}, Rbrace: body.Rbrace},
	}
	made := &ast.CallExpr{Fun: outer, Lparen: c.Lparen, Args: c.Args, Ellipsis: c.Ellipsis, Rparen: c.Rparen}
	return &ast.ExprStmt{X: &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "GoStart"}},
		Lparen: pos, Args: []ast.Expr{made}, Rparen: c.Rparen,
	}}
}

// goRunCall is the statement gg__.GoRun(f).
func goRunCall(pos token.Pos, f ast.Expr) ast.Stmt {
	return &ast.ExprStmt{X: &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "GoRun"}},
		Lparen: pos, Args: []ast.Expr{f}, Rparen: pos,
	}}
}

func (m *modernizer) rangeStmt(r *ast.RangeStmt, sig *types.Signature, label string) ast.Stmt {
	r.Body.List = m.stmtList(r.Body.List, sig)
	tv, ok := m.info.Types[r.X]
	if !ok || tv.Type == nil {
		return r
	}
	if st := m.rangeChanSlice(r, tv.Type); st != nil {
		return st
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Basic:
		if u.Info()&types.IsInteger != 0 {
			return m.rangeInt(r, tv)
		}
		if u.Info()&types.IsString != 0 {
			if st := m.rangeString(r); st != nil {
				return st
			}
		}
	case *types.Signature:
		if st := m.rangeFunc(r, u, sig, label); st != nil {
			return st
		}
		return r
	}
	if st := m.rangeChanElems(r); st != nil {
		r, ok = st.(*ast.RangeStmt)
		if !ok {
			return st
		}
	}
	m.perIterationRange(r)
	return r
}

// isBlank reports whether e is absent or the blank identifier.
func isBlank(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return e == nil || ok && id.Name == "_"
}

// rangeInt: for k := range n { body }  =>
//
//	for gg__i, gg__n := T(0), T(n); gg__i < gg__n; gg__i++ { k := gg__i; body }
func (m *modernizer) rangeInt(r *ast.RangeStmt, tv types.TypeAndValue) ast.Stmt {
	pos := r.For
	t := tv.Type
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		t = types.Typ[types.Int]
		if !isBlank(r.Key) && r.Tok == token.ASSIGN {
			if kt, ok := m.info.Types[r.Key]; ok {
				t = kt.Type
			}
		}
	}
	te, ok := m.typeExpr(t, pos)
	if !ok {
		return r
	}
	i, n := m.fresh("i"), m.fresh("n")
	loop := parseStmts(fmt.Sprintf("for %s, %s := T(0), T(0); %s < %s; %s++ {}", i, n, i, n, i), pos)[0].(*ast.ForStmt)
	init := loop.Init.(*ast.AssignStmt)
	init.Rhs[0].(*ast.CallExpr).Fun = te
	init.Rhs[1] = &ast.CallExpr{Fun: te, Args: []ast.Expr{r.X}, Lparen: pos, Rparen: pos}
	loop.For = r.For
	loop.Body = r.Body
	if !isBlank(r.Key) {
		tok := token.DEFINE
		if r.Tok == token.ASSIGN {
			tok = token.ASSIGN
		}
		as := &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, TokPos: pos, Tok: tok, Rhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: i}}}
		loop.Body.List = append([]ast.Stmt{as}, loop.Body.List...)
	}
	return loop
}

// rangeFunc rewrites range over an iterator function into a call of the
// function with a yield closure holding the loop body.
func (m *modernizer) rangeFunc(r *ast.RangeStmt, seq *types.Signature, encl *types.Signature, label string) ast.Stmt {
	if seq.Params().Len() != 1 || seq.Results().Len() != 0 {
		return nil
	}
	yield, ok := seq.Params().At(0).Type().Underlying().(*types.Signature)
	if !ok || yield.Results().Len() != 1 || yield.Params().Len() > 2 {
		return nil
	}
	pos := r.For
	// Parameters of the yield closure.
	vars := []ast.Expr{r.Key, r.Value}
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var assign *ast.AssignStmt
	for i := 0; i < yield.Params().Len(); i++ {
		te, ok := m.typeExpr(yield.Params().At(i).Type(), pos)
		if !ok {
			return nil
		}
		name := "_"
		if i < len(vars) && !isBlank(vars[i]) {
			if r.Tok == token.DEFINE {
				name = vars[i].(*ast.Ident).Name
			} else {
				name = m.fresh("v")
				if assign == nil {
					assign = &ast.AssignStmt{TokPos: pos, Tok: token.ASSIGN}
				}
				assign.Lhs = append(assign.Lhs, vars[i])
				assign.Rhs = append(assign.Rhs, &ast.Ident{NamePos: pos, Name: name})
			}
		}
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te})
	}

	// Carry branches and returns out of the closure.
	ctl := m.fresh("ctl")
	var after []ast.Stmt
	var pre []ast.Stmt
	codes := map[string]int{} // "break L" -> code
	needCtl := false
	var retVars []string
	hasReturn := false
	var fail bool
	var rewriteBranches func(list []ast.Stmt, inLoop, inSwitch bool) []ast.Stmt
	var visit func(st ast.Stmt, inLoop, inSwitch bool) ast.Stmt
	visit = func(st ast.Stmt, inLoop, inSwitch bool) ast.Stmt {
		switch s := st.(type) {
		case *ast.BranchStmt:
			switch {
			case s.Tok == token.GOTO:
				fail = true
			case s.Label == nil && s.Tok == token.CONTINUE && !inLoop,
				s.Label != nil && s.Label.Name == label && s.Tok == token.CONTINUE:
				return parseStmts("return true", s.Pos())[0]
			case s.Label == nil && s.Tok == token.BREAK && !inLoop && !inSwitch,
				s.Label != nil && s.Label.Name == label && s.Tok == token.BREAK:
				return parseStmts("return false", s.Pos())[0]
			case s.Label != nil && !declaresLabel(r.Body, s.Label.Name):
				key := s.Tok.String() + " " + s.Label.Name
				code, ok := codes[key]
				if !ok {
					code = len(codes) + 1
					codes[key] = code
					after = append(after, parseStmts(fmt.Sprintf("if %s == %d { %s }", ctl, code, key), s.Pos())...)
				}
				needCtl = true
				return &ast.BlockStmt{Lbrace: s.Pos(), List: parseStmts(fmt.Sprintf("%s = %d; return false", ctl, code), s.Pos()), Rbrace: s.End()}
			}
		case *ast.ReturnStmt:
			if encl == nil {
				fail = true
				return st
			}
			if !hasReturn {
				hasReturn = true
				for i := 0; i < encl.Results().Len(); i++ {
					te, ok := m.typeExpr(encl.Results().At(i).Type(), pos)
					if !ok {
						fail = true
						return st
					}
					v := m.fresh("r")
					retVars = append(retVars, v)
					pre = append(pre, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{Names: []*ast.Ident{{NamePos: pos, Name: v}}, Type: te}}}})
				}
			}
			block := &ast.BlockStmt{Lbrace: s.Pos(), Rbrace: s.End()}
			if len(s.Results) > 0 {
				if len(s.Results) != len(retVars) {
					// return f() with a multi-valued f: keep it simple.
					fail = true
					return st
				}
				// One assignment per result (the variables are fresh): yaegi's
				// parallel assignment panics on a nil operand and drops the
				// others beside a call (see fix_parassign.go).
				for i, v := range retVars {
					block.List = append(block.List, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: s.Pos(), Name: v}}, TokPos: s.Pos(), Tok: token.ASSIGN, Rhs: []ast.Expr{s.Results[i]}})
				}
			}
			needCtl = true
			block.List = append(block.List, parseStmts(ctl+" = -1; return false", s.Pos())...)
			return block
		case *ast.BlockStmt:
			s.List = rewriteBranches(s.List, inLoop, inSwitch)
		case *ast.IfStmt:
			s.Body.List = rewriteBranches(s.Body.List, inLoop, inSwitch)
			if s.Else != nil {
				s.Else = visit(s.Else, inLoop, inSwitch)
			}
		case *ast.ForStmt:
			s.Body.List = rewriteBranches(s.Body.List, true, inSwitch)
		case *ast.RangeStmt:
			s.Body.List = rewriteBranches(s.Body.List, true, inSwitch)
		case *ast.SwitchStmt:
			s.Body.List = rewriteBranches(s.Body.List, inLoop, true)
		case *ast.TypeSwitchStmt:
			s.Body.List = rewriteBranches(s.Body.List, inLoop, true)
		case *ast.SelectStmt:
			s.Body.List = rewriteBranches(s.Body.List, inLoop, true)
		case *ast.CaseClause:
			s.Body = rewriteBranches(s.Body, inLoop, inSwitch)
		case *ast.CommClause:
			s.Body = rewriteBranches(s.Body, inLoop, inSwitch)
		case *ast.LabeledStmt:
			s.Stmt = visit(s.Stmt, inLoop, inSwitch)
		}
		return st
	}
	rewriteBranches = func(list []ast.Stmt, inLoop, inSwitch bool) []ast.Stmt {
		for i, st := range list {
			list[i] = visit(st, inLoop, inSwitch)
		}
		return list
	}
	body := rewriteBranches(r.Body.List, false, false)
	if fail {
		return nil
	}
	if assign != nil {
		body = append([]ast.Stmt{assign}, body...)
	}
	body = append(body, parseStmts("return true", r.Body.Rbrace)...)
	boolType := &ast.Ident{NamePos: pos, Name: "bool"}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: params, Results: &ast.FieldList{List: []*ast.Field{{Type: boolType}}}},
		Body: &ast.BlockStmt{Lbrace: r.Body.Lbrace, List: body, Rbrace: r.Body.Rbrace},
	}
	call := &ast.ExprStmt{X: &ast.CallExpr{Fun: r.X, Lparen: pos, Args: []ast.Expr{lit}, Rparen: r.Body.Rbrace}}
	out := &ast.BlockStmt{Lbrace: pos, Rbrace: r.Body.Rbrace}
	if needCtl {
		out.List = append(out.List, parseStmts("var "+ctl+" int", pos)...)
	}
	out.List = append(out.List, pre...)
	out.List = append(out.List, call)
	out.List = append(out.List, after...)
	if hasReturn {
		ret := &ast.ReturnStmt{Return: pos}
		for _, v := range retVars {
			ret.Results = append(ret.Results, &ast.Ident{NamePos: pos, Name: v})
		}
		out.List = append(out.List, &ast.IfStmt{If: pos, Cond: parseExprAt(ctl+" == -1", pos), Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{ret}, Rbrace: pos}})
	}
	return out
}

func parseExprAt(src string, pos token.Pos) ast.Expr {
	e, err := parser.ParseExprFrom(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		panic(err)
	}
	setPos(e, pos)
	return e
}

// declaresLabel reports whether a label is declared inside n.
func declaresLabel(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok && l.Label.Name == name {
			found = true
		}
		_, lit := n.(*ast.FuncLit)
		return !found && !lit
	})
	return found
}

// capturesVars reports whether body has a closure or go/defer statement
// that mentions one of the names.
func capturesVars(body ast.Node, names map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found {
			return false
		}
		switch x := n.(type) {
		case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
			if usesAny(x, names) {
				found = true
			}
			return false
		case *ast.UnaryExpr:
			if x.Op == token.AND && usesAny(x.X, names) {
				found = true
			}
		}
		return true
	})
	return found
}

// perIterationRange gives closures in a range body their own copy of the
// loop variables (Go 1.22 semantics).
func (m *modernizer) perIterationRange(r *ast.RangeStmt) {
	if r.Tok != token.DEFINE {
		return
	}
	names := map[string]bool{}
	var ids []ast.Expr
	for _, e := range []ast.Expr{r.Key, r.Value} {
		if !isBlank(e) {
			names[e.(*ast.Ident).Name] = true
			ids = append(ids, e)
		}
	}
	if len(ids) == 0 || !capturesVars(r.Body, names) {
		return
	}
	m.shadowCopy(r.Body, ids, r.Body.Lbrace)
}

func (m *modernizer) shadowCopy(body *ast.BlockStmt, ids []ast.Expr, pos token.Pos) {
	as := &ast.AssignStmt{TokPos: pos, Tok: token.DEFINE}
	for _, id := range ids {
		name := id.(*ast.Ident).Name
		as.Lhs = append(as.Lhs, &ast.Ident{NamePos: pos, Name: name})
		as.Rhs = append(as.Rhs, &ast.Ident{NamePos: pos, Name: name})
	}
	body.List = append([]ast.Stmt{as}, body.List...)
}

// perIteration3 does the same for three-clause loops whose body does not
// assign the loop variable itself.
func (m *modernizer) perIteration3(f *ast.ForStmt) {
	init, ok := f.Init.(*ast.AssignStmt)
	if !ok || init.Tok != token.DEFINE {
		return
	}
	names := map[string]bool{}
	var ids []ast.Expr
	for _, e := range init.Lhs {
		if !isBlank(e) {
			names[e.(*ast.Ident).Name] = true
			ids = append(ids, e)
		}
	}
	if len(ids) == 0 || !capturesVars(f.Body, names) || assigns(f.Body, names) {
		return
	}
	m.shadowCopy(f.Body, ids, f.Body.Lbrace)
}

// assigns reports whether body assigns or increments one of the names.
func assigns(body ast.Node, names map[string]bool) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.AssignStmt:
			if x.Tok != token.DEFINE {
				for _, l := range x.Lhs {
					if id, ok := l.(*ast.Ident); ok && names[id.Name] {
						found = true
					}
				}
			}
		case *ast.IncDecStmt:
			if id, ok := x.X.(*ast.Ident); ok && names[id.Name] {
				found = true
			}
		}
		return !found
	})
	return found
}

// exprs rewrites builtin calls and iterator types within n.
func (m *modernizer) exprs(n ast.Node) {
	called := map[*ast.SelectorExpr]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
				called[sel] = true
			}
		}
		return true
	})
	commaOk := commaOkAsserts(n)
	if m.asserts != nil {
		m.recordAsserts(n, commaOk, m.asserts)
	}
	operands := m.assertOperandTypes(n)
	replaceExprs(n, m.keepTypes(func(e ast.Expr) ast.Expr {
		switch x := e.(type) {
		case *ast.TypeAssertExpr:
			if e := m.typeAssert(x, operands[x], commaOk[x]); e != nil {
				return e
			}
		case *ast.CallExpr:
			if e := m.fixCall(x); e != nil {
				return e
			}
			if e := m.jsonUnmarshal(x); e != nil {
				return e
			}
			if e := m.errorsAs(x); e != nil {
				return e
			}
			if e := m.viDeepEqual(x); e != nil {
				return e
			}
			if e := m.ifaceConversion(x); e != nil {
				return e
			}
			m.contextKeyArgs(x)
			m.internDelete(x)
			m.ifaceArgs(x)
			m.instantiate(x)
			m.displayUpdate(x)
			m.guardCallbacks(x)
			m.survivalCall(x)     // survive_rewrite.go
			m.splitSharedVerbs(x) // fix_sharedverbs.go
			m.fmtArgs(x)
			m.tmplCall(x)
			m.jsonArgs(x)
			if e := m.jsonErrNames(x); e != nil {
				return e
			}
			m.typeVerbs(x)
			m.typedResults(x)
			if e := m.reflectTypeCall(x); e != nil {
				return e
			}
			return m.builtinCall(x)
		case *ast.SelectorExpr:
			m.explicitPromotion(x)
			if !called[x] {
				if e := m.methodValue(x); e != nil {
					return e
				}
			}
			return m.methodExpr(x)
		case *ast.IndexExpr:
			m.internIndex(x)
			return m.iterType(x, []ast.Expr{x.Index})
		case *ast.CompositeLit:
			m.internLiteral(x)
		case *ast.IndexListExpr:
			return m.iterType(x, x.Indices)
		case *ast.BinaryExpr:
			if e := m.ifaceEqual(x); e != nil {
				return e
			}
			if e := m.viEqual(x); e != nil {
				return e
			}
			m.typedShift(x)
		}
		return e
	}))
}

// typedShift converts the untyped constant left operand of a non-constant
// shift to the type Go gives it from the context: in f&(1<<i) with f of a
// type F uint, 1 is an F, where yaegi made it an int (and reflect panicked
// mixing the two: "call of reflect.Value.Uint on int Value").
func (m *modernizer) typedShift(b *ast.BinaryExpr) {
	if b.Op != token.SHL && b.Op != token.SHR {
		return
	}
	if tv, ok := m.info.Types[b]; !ok || tv.Value != nil {
		return // constant shifts are exact
	}
	x, ok := m.info.Types[b.X]
	if !ok || x.Value == nil || x.Type == nil {
		return
	}
	if basic, ok := x.Type.(*types.Basic); ok && (basic.Info()&types.IsUntyped != 0 || basic.Kind() == types.Int) {
		return // untyped still, or int: what yaegi assumes anyway
	}
	if _, lit := ast.Unparen(b.X).(*ast.BasicLit); !lit {
		return // a typed constant or an expression: already typed
	}
	te, ok := m.typeExpr(x.Type, b.X.Pos())
	if !ok {
		return
	}
	b.X = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: b.X.Pos(), X: te, Rparen: b.X.Pos()}, Lparen: b.X.Pos(), Args: []ast.Expr{b.X}, Rparen: b.X.End()}
}

func (m *modernizer) isBuiltin(id *ast.Ident) bool {
	obj, ok := m.info.Uses[id]
	if !ok {
		// Unknown to the checker: a builtin unless the cell shadows it,
		// which the checker would have seen.
		return true
	}
	_, b := obj.(*types.Builtin)
	return b
}

func (m *modernizer) builtinCall(c *ast.CallExpr) ast.Expr {
	id, ok := c.Fun.(*ast.Ident)
	if !ok || (id.Name != "min" && id.Name != "max" && id.Name != "clear") || !m.isBuiltin(id) {
		return c
	}
	pos := c.Pos()
	if id.Name == "clear" {
		c.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Clear"}}
		return c
	}
	tv := m.info.Types[c]
	if tv.Value != nil {
		// A constant min/max: its value, converted to its final type.
		lit := constLit(tv.Value, pos)
		if lit != nil {
			if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
				return lit
			}
			if te, ok := m.typeExpr(tv.Type, pos); ok {
				return &ast.CallExpr{Fun: te, Lparen: pos, Args: []ast.Expr{lit}, Rparen: pos}
			}
		}
	}
	fn := &ast.Ident{NamePos: pos, Name: "gg__" + id.Name}
	if te, ok := m.typeExpr(tv.Type, pos); ok {
		if _, named := types.Unalias(tv.Type).(*types.Named); named {
			// yaegi's constraint check of gg__min[T] fails on defined
			// types of compiled packages (min of two time.Duration was an
			// interpreter failure): a function for the type does it.
			if lit := minMaxLit(id.Name, te, tv.Type, pos); lit != nil {
				c.Fun = lit
				return c
			}
		}
		c.Fun = &ast.IndexExpr{X: fn, Lbrack: pos, Index: te, Rbrack: pos}
	} else {
		c.Fun = fn
	}
	return c
}

// minMaxLit is the function literal that computes min or max of values of
// the type te (t), NaNs winning as in Go:
//
//	func(gg__x T, gg__ys ...T) T { for _, gg__y := range gg__ys { if gg__y != gg__y || gg__x == gg__x && gg__y < gg__x { gg__x = gg__y } }; return gg__x }
func minMaxLit(name string, te ast.Expr, t types.Type, pos token.Pos) ast.Expr {
	var b bytes.Buffer
	if printer.Fprint(&b, token.NewFileSet(), te) != nil {
		return nil
	}
	ts := b.String()
	op := "<"
	if name == "max" {
		op = ">"
	}
	cond := "gg__y " + op + " gg__x"
	if bt, ok := t.Underlying().(*types.Basic); ok && bt.Info()&types.IsFloat != 0 {
		cond = "gg__y != gg__y || gg__x == gg__x && " + cond
	}
	lit, err := parseExprSafe("func(gg__x "+ts+", gg__ys ..."+ts+") "+ts+" {\nfor _, gg__y := range gg__ys {\nif "+cond+" {\ngg__x = gg__y\n}\n}\nreturn gg__x\n}", pos)
	if err != nil {
		return nil
	}
	return lit
}

func constLit(v constant.Value, pos token.Pos) ast.Expr {
	switch v.Kind() {
	case constant.Int:
		return &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: v.ExactString()}
	case constant.Float:
		f, _ := constant.Float64Val(v)
		s := fmt.Sprintf("%v", f)
		if !strings.ContainsAny(s, ".eEn") {
			s += ".0"
		}
		return &ast.BasicLit{ValuePos: pos, Kind: token.FLOAT, Value: s}
	case constant.String:
		return &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: v.ExactString()}
	}
	return nil
}

// iterType turns iter.Seq[V] / iter.Seq2[K, V] into their function types.
func (m *modernizer) iterType(e ast.Expr, idx []ast.Expr) ast.Expr {
	var x ast.Expr
	switch t := e.(type) {
	case *ast.IndexExpr:
		x = t.X
	case *ast.IndexListExpr:
		x = t.X
	}
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return e
	}
	pk, ok := sel.X.(*ast.Ident)
	if !ok {
		return e
	}
	if obj, ok := m.info.Uses[pk].(*types.PkgName); !ok || obj.Imported().Path() != "iter" {
		return e
	}
	pos := e.Pos()
	var params []*ast.Field
	switch {
	case sel.Sel.Name == "Seq" && len(idx) == 1, sel.Sel.Name == "Seq2" && len(idx) == 2:
		for _, t := range idx {
			params = append(params, &ast.Field{Type: t})
		}
	default:
		return e
	}
	yield := &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
		Results: &ast.FieldList{List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "bool"}}}}}
	return &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: []*ast.Field{{
		Names: []*ast.Ident{{NamePos: pos, Name: "yield"}}, Type: yield}}, Closing: pos}}
}

// replaceExprs walks n and replaces each expression e by f(e), children
// first.
func replaceExprs(n ast.Node, f func(ast.Expr) ast.Expr) {
	exprType := reflect.TypeFor[ast.Expr]()
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			if v.Type() == reflect.TypeFor[ast.Object]() || v.Type() == reflect.TypeFor[ast.Scope]() {
				return
			}
			for i := range v.NumField() {
				fv := v.Field(i)
				if !fv.CanSet() {
					continue
				}
				switch {
				case fv.Type() == exprType:
					if !fv.IsNil() {
						walk(fv.Elem())
						fv.Set(reflect.ValueOf(f(fv.Interface().(ast.Expr))))
					}
				case fv.Kind() == reflect.Slice && fv.Type().Elem() == exprType:
					for j := range fv.Len() {
						el := fv.Index(j)
						if !el.IsNil() {
							walk(el.Elem())
							el.Set(reflect.ValueOf(f(el.Interface().(ast.Expr))))
						}
					}
				case fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Slice || fv.Kind() == reflect.Interface:
					walk(fv)
				}
			}
		}
	}
	walk(reflect.ValueOf(n))
}

// instantiate makes the type arguments of a call of a generic function
// explicit: yaegi cannot infer a type parameter that only appears in
// another's constraint (E in slices.Max[S ~[]E, E cmp.Ordered](x S)).
func (m *modernizer) instantiate(c *ast.CallExpr) {
	var id *ast.Ident
	switch f := c.Fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return
	}
	inst, ok := m.info.Instances[id]
	if !ok || inst.TypeArgs.Len() == 0 {
		return
	}
	sig, isFunc := inst.Type.(*types.Signature)
	if !isFunc || sig.Results().Len() > 1 {
		// yaegi rejects explicit instantiation of multi-result functions.
		return
	}
	pos := c.Pos()
	var args []ast.Expr
	for i := 0; i < inst.TypeArgs.Len(); i++ {
		te, ok := m.typeExpr(inst.TypeArgs.At(i), pos)
		if !ok {
			return
		}
		args = append(args, te)
	}
	if len(args) == 1 {
		c.Fun = &ast.IndexExpr{X: c.Fun, Lbrack: pos, Index: args[0], Rbrack: pos}
	} else {
		c.Fun = &ast.IndexListExpr{X: c.Fun, Lbrack: pos, Indices: args, Rbrack: pos}
	}
}

// methodExpr turns a method expression T.M (which yaegi types wrongly)
// into the function literal it denotes:
//
//	func(r T, a A) R { return r.M(a) }
func (m *modernizer) methodExpr(sel *ast.SelectorExpr) ast.Expr {
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.MethodExpr {
		return sel
	}
	sig, ok := m.info.Types[sel].Type.(*types.Signature)
	if !ok || sig.Params().Len() == 0 {
		return sel
	}
	pos := sel.Pos()
	params := &ast.FieldList{Opening: pos, Closing: pos}
	var args []ast.Expr
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		variadic := sig.Variadic() && i == sig.Params().Len()-1
		if variadic {
			t = t.(*types.Slice).Elem()
		}
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return sel
		}
		if variadic {
			te = &ast.Ellipsis{Ellipsis: pos, Elt: te}
		}
		name := m.fresh("p")
		params.List = append(params.List, &ast.Field{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te})
		args = append(args, &ast.Ident{NamePos: pos, Name: name})
	}
	var results *ast.FieldList
	if sig.Results().Len() > 0 {
		results = &ast.FieldList{Opening: pos, Closing: pos}
		for i := 0; i < sig.Results().Len(); i++ {
			te, ok := m.typeExpr(sig.Results().At(i).Type(), pos)
			if !ok {
				return sel
			}
			results.List = append(results.List, &ast.Field{Type: te})
		}
	}
	call := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: args[0], Sel: &ast.Ident{NamePos: pos, Name: sel.Sel.Name}},
		Lparen: pos, Args: args[1:], Rparen: pos,
	}
	if sig.Variadic() {
		call.Ellipsis = pos
	}
	var body ast.Stmt = &ast.ExprStmt{X: call}
	if results != nil {
		body = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}
	}
	return &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: params, Results: results},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{body}, Rbrace: pos},
	}
}

// errorsAs rewrites errors.As(err, &target) when target's type is declared
// by the session: compiled errors.As cannot see the methods of an
// interpreted type. The replacement walks the chain with type assertions:
//
//	func() bool {
//		for e := err; e != nil; e = errors.Unwrap(e) {
//			if x, ok := e.(T); ok { *(&target) = x; return true }
//		}
//		return false
//	}()
func (m *modernizer) errorsAs(c *ast.CallExpr) ast.Expr {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "As" || len(c.Args) != 2 {
		return nil
	}
	pk, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if obj, ok := m.info.Uses[pk].(*types.PkgName); !ok || obj.Imported().Path() != "errors" {
		return nil
	}
	tv, ok := m.info.Types[c.Args[1]]
	if !ok || tv.Type == nil {
		return nil
	}
	ptr, ok := tv.Type.(*types.Pointer)
	if !ok {
		return nil
	}
	target := ptr.Elem()
	base := target
	if p, ok := base.(*types.Pointer); ok {
		base = p.Elem()
	}
	n, ok := base.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || types.IsInterface(n) {
		return nil
	}
	pos := c.Pos()
	te, ok := m.typeExpr(target, pos)
	if !ok {
		return nil
	}
	e, x, okv, tgt := m.fresh("e"), m.fresh("x"), m.fresh("ok"), m.fresh("t")
	src := fmt.Sprintf(`func(%s error, %s *T) bool {
	for %s := %s; %s != nil; %s = %s.Unwrap(%s) {
		if %s, %s := %s.(T); %s {
			*%s = %s
			return true
		}
	}
	return false
}`, e+"0", tgt, e, e+"0", e, e, pk.Name, e, x, okv, e, okv, tgt, x)
	lit, err := parser.ParseExprFrom(token.NewFileSet(), "", src, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	setPos(lit, pos)
	// Put the real type where T stands.
	ast.Inspect(lit, func(n ast.Node) bool {
		switch y := n.(type) {
		case *ast.StarExpr:
			if id, ok := y.X.(*ast.Ident); ok && id.Name == "T" {
				y.X = te
			}
		case *ast.TypeAssertExpr:
			if id, ok := y.Type.(*ast.Ident); ok && id.Name == "T" {
				y.Type = te
			}
		}
		return true
	})
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: c.Args, Rparen: c.End()}
}

// displayPath is the import path of the display package.
const displayPath = "github.com/gograd/gograd/interp/display"

// displayUpdate turns h.Update(v), h a *display.Handle, into
// h.UpdateBundle(gg__.Render(v)). yaegi wraps an interpreted value passed
// as any so that its Display* methods are seen only for calls of package
// functions it knows by value (display.Show, New, Render), never for a
// method called on a value; going through Render gives Update the same
// rendering as Show and New.
func (m *modernizer) displayUpdate(c *ast.CallExpr) {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "Update" || len(c.Args) != 1 || c.Ellipsis.IsValid() {
		return
	}
	s := m.info.Selections[sel]
	if s == nil || s.Kind() != types.MethodVal {
		return
	}
	fn, ok := s.Obj().(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() != displayPath {
		return
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return
	}
	p, ok := recv.Type().(*types.Pointer)
	if !ok {
		return
	}
	if n, ok := p.Elem().(*types.Named); !ok || n.Obj().Name() != "Handle" {
		return
	}
	pos := c.Args[0].Pos()
	sel.Sel = &ast.Ident{NamePos: sel.Sel.NamePos, Name: "UpdateBundle"}
	c.Args[0] = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Render"}},
		Lparen: pos, Args: []ast.Expr{c.Args[0]}, Rparen: c.Args[0].End(),
	}
}

// topMarker is what statements at the top level of a cell set to their
// position.
func topMarker(pos token.Pos) ast.Expr { return &ast.Ident{NamePos: pos, Name: "gg__top"} }

// marker is the statement "target = pos".
func marker(target func(token.Pos) ast.Expr, pos token.Pos) ast.Stmt {
	return &ast.AssignStmt{Lhs: []ast.Expr{target(pos)}, TokPos: pos, Tok: token.ASSIGN,
		Rhs: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.Itoa(int(pos))}}}
}

// markStmts puts a marker before every statement of the statement lists
// in n, so that a panic can be placed at its statement. Function literals
// of the cell are left alone (they run later, or elsewhere); the ones the
// rewrite made (loop bodies of range-over-func) are marked.
func (m *modernizer) markStmts(n ast.Node, target func(token.Pos) ast.Expr) {
	clauses := map[*ast.BlockStmt]bool{} // bodies of switch and select: clauses, not statements
	loops := m.loopStmts(n)
	mark := func(list []ast.Stmt) []ast.Stmt {
		out := make([]ast.Stmt, 0, 2*len(list))
		for _, st := range list {
			if br, ok := st.(*ast.BranchStmt); ok && br.Tok == token.FALLTHROUGH {
				out = append(out, st)
				continue
			}
			if _, empty := st.(*ast.EmptyStmt); empty || !st.Pos().IsValid() {
				out = append(out, st)
				continue
			}
			// A loop whose header cannot panic and whose body is one
			// simple statement is marked once, before it: a marker per
			// iteration would cost more than the statement.
			var body *ast.BlockStmt
			switch l := st.(type) {
			case *ast.ForStmt:
				body = l.Body
			case *ast.RangeStmt:
				body = l.Body
			}
			if body != nil && len(body.List) == 1 && simpleStmt(body.List[0]) && safeHeader(st) && m.boundsCheck(body.List[0]) == nil &&
				(loops[body.List[0]] || len(m.varBoundsChecks(body.List[0])) == 0) {
				if !safeHeader(body.List[0]) {
					out = append(out, marker(target, body.List[0].Pos()))
				}
				clauses[body] = true // not marked
				out = append(out, st)
				continue
			}
			check := m.boundsCheck(st)
			var checks []ast.Stmt
			if check == nil && !loops[st] {
				checks = m.varBoundsChecks(st)
			}
			if !safeHeader(st) || check != nil || len(checks) > 0 {
				out = append(out, marker(target, st.Pos()))
			}
			if check != nil {
				out = append(out, check)
			}
			out = append(out, checks...)
			out = append(out, st)
		}
		return out
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			_, user := m.info.Types[x]
			return !user
		case *ast.BlockStmt:
			if !clauses[x] {
				x.List = mark(x.List)
			}
		case *ast.SwitchStmt:
			clauses[x.Body] = true
		case *ast.TypeSwitchStmt:
			clauses[x.Body] = true
		case *ast.SelectStmt:
			clauses[x.Body] = true
		case *ast.CaseClause:
			x.Body = mark(x.Body)
		case *ast.CommClause:
			x.Body = mark(x.Body)
		case *ast.AssignStmt:
			if len(x.Lhs) == 1 && len(x.Rhs) == 1 {
				if lit, ok := x.Rhs[0].(*ast.BasicLit); ok && lit.Kind == token.INT {
					if id, ok := x.Lhs[0].(*ast.Ident); ok && id.Name == "gg__at" {
						return false // a marker
					}
				}
			}
		}
		return true
	})
}

// simpleStmt tells statements without statements inside.
func simpleStmt(st ast.Stmt) bool {
	switch st.(type) {
	case *ast.AssignStmt, *ast.IncDecStmt, *ast.ExprStmt, *ast.ReturnStmt, *ast.SendStmt, *ast.BranchStmt, *ast.DeclStmt:
		return true
	}
	return false
}

// safeHeader tells statements that cannot panic or call a function by
// their own expressions (those of the statements nested in them aside):
// they need no marker.
func safeHeader(st ast.Stmt) bool {
	switch x := st.(type) {
	case nil:
		return true
	case *ast.AssignStmt:
		if x.Tok == token.QUO_ASSIGN || x.Tok == token.REM_ASSIGN || x.Tok == token.SHL_ASSIGN || x.Tok == token.SHR_ASSIGN {
			return false
		}
		for _, l := range x.Lhs {
			if _, ok := l.(*ast.Ident); !ok {
				return false
			}
		}
		return safeExprs(x.Rhs...)
	case *ast.IncDecStmt:
		_, ok := x.X.(*ast.Ident)
		return ok
	case *ast.ReturnStmt:
		return safeExprs(x.Results...)
	case *ast.IfStmt:
		return safeHeader(x.Init) && safeExprs(x.Cond)
	case *ast.ForStmt:
		return safeHeader(x.Init) && safeHeader(x.Post) && (x.Cond == nil || safeExprs(x.Cond))
	case *ast.RangeStmt:
		for _, e := range []ast.Expr{x.Key, x.Value} {
			if _, ok := e.(*ast.Ident); e != nil && !ok {
				return false
			}
		}
		return safeExprs(x.X)
	case *ast.BlockStmt, *ast.LabeledStmt:
		return true
	case *ast.BranchStmt:
		return x.Tok != token.GOTO // a goto may leave the marked statement for one that is not
	case *ast.SwitchStmt:
		if !safeHeader(x.Init) || (x.Tag != nil && !safeExprs(x.Tag)) {
			return false
		}
		for _, c := range x.Body.List {
			if cc, ok := c.(*ast.CaseClause); !ok || !safeExprs(cc.List...) {
				return false
			}
		}
		return true
	}
	return false
}

// safeExprs tells expressions that cannot panic or call a function.
func safeExprs(es ...ast.Expr) bool {
	for _, e := range es {
		switch x := e.(type) {
		case *ast.Ident, *ast.BasicLit:
		case *ast.ParenExpr:
			if !safeExprs(x.X) {
				return false
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.QUO, token.REM, token.SHL, token.SHR, token.EQL, token.NEQ:
				// division by zero, negative shifts, comparisons of
				// interfaces holding uncomparable values
				return false
			}
			if !safeExprs(x.X, x.Y) {
				return false
			}
		case *ast.UnaryExpr:
			if x.Op == token.ARROW || !safeExprs(x.X) {
				return false
			}
		case *ast.CallExpr:
			// len and cap (the cell's own len aside: this only places
			// panics).
			if id, ok := x.Fun.(*ast.Ident); !ok || (id.Name != "len" && id.Name != "cap") || !safeExprs(x.Args...) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// explicitPromotion spells out the embedded fields a method is promoted
// through when one of them is an interface: x.Log becomes x.Logger.Log.
// yaegi fails ("invalid interface value") calling a method promoted from
// an embedded interface that holds an interpreted type.
func (m *modernizer) explicitPromotion(sel *ast.SelectorExpr) {
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal || len(selection.Index()) < 2 {
		return
	}
	path := selection.Index()
	t := selection.Recv()
	var names []string
	viaInterface := false
	for _, i := range path[:len(path)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		names = append(names, f.Name())
		t = f.Type()
		if types.IsInterface(t) {
			viaInterface = true
		}
	}
	if !viaInterface {
		return
	}
	pos := sel.X.Pos()
	x := sel.X
	for _, n := range names {
		x = &ast.SelectorExpr{X: x, Sel: &ast.Ident{NamePos: pos, Name: n}}
	}
	sel.X = x
}

// typeVerbs makes %T print a cell's named types as Go does. yaegi
// represents a value of an interpreted named type by its underlying type
// (reflect cannot make named types), so fmt prints "int8" for main.ID and
// "struct { A int }" for main.S. In calls of the Printf family with a
// constant format, a %T whose argument has a static, non-interface type
// involving the cell's types is given that type's name instead:
// fmt.Printf("%T", id) becomes fmt.Printf("%s", gg__.TypeName("main.ID", id)).
func (m *modernizer) typeVerbs(c *ast.CallExpr) {
	fi, format, ok := m.printfFormat(c)
	if !ok {
		return
	}
	verbs, ok := formatVerbs(format)
	if !ok {
		return
	}
	changed := false
	out := []byte(format)
	for i := len(verbs) - 1; i >= 0; i-- {
		v := verbs[i]
		ai := fi + 1 + v.arg
		if ai >= len(c.Args) {
			continue
		}
		if v.verb == 'v' && v.at >= 2 && format[v.at-2:v.at] == "%#" {
			if name, ok := m.cellTypeName(c.Args[ai]); ok {
				pos := c.Args[ai].Pos()
				c.Args[ai] = &ast.CallExpr{
					Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "GoSyntax"}},
					Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}, c.Args[ai]}, Rparen: c.Args[ai].End(),
				}
				out = append(out[:v.at-1], out[v.at:]...)
				out[v.at-1] = 's'
				changed = true
			}
			continue
		}
		if v.verb == 'w' {
			if e := m.asError(c.Args[ai]); e != nil {
				c.Args[ai] = e
			}
			continue
		}
		if strings.IndexByte("vsqxXT", v.verb) < 0 {
			if e := m.plainStruct(c.Args[ai]); e != nil {
				c.Args[ai] = e
			}
			continue
		}
		if v.verb != 'T' {
			continue
		}
		t := m.info.TypeOf(c.Args[ai])
		if t == nil {
			continue
		}
		if types.IsInterface(t) {
			if e := m.dynamicTypeName(c.Args[ai], t); e != nil {
				out[v.at] = 's'
				c.Args[ai] = e
				changed = true
			}
			continue
		}
		name := m.mono.goTypeName(t)
		if !strings.Contains(name, "main.") {
			continue
		}
		out[v.at] = 's'
		pos := c.Args[ai].Pos()
		c.Args[ai] = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "TypeName"}},
			Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(name)}, c.Args[ai]}, Rparen: c.Args[ai].End(),
		}
		changed = true
	}
	if changed {
		pos := c.Args[fi].Pos()
		c.Args[fi] = &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(string(out))}
	}
}

// printfFormat is, for a call of the Printf family with a constant
// format, the index of the format among the call's arguments and the
// format.
func (m *modernizer) printfFormat(c *ast.CallExpr) (fi int, format string, ok bool) {
	var fn *types.Func
	if f, isSel := c.Fun.(*ast.SelectorExpr); isSel {
		fn, _ = m.info.Uses[f.Sel].(*types.Func)
	}
	if fn == nil || fn.Pkg() == nil || fn.Signature().Recv() != nil {
		return 0, "", false
	}
	switch fn.Pkg().Path() + "." + fn.Name() {
	case "fmt.Printf", "fmt.Sprintf", "fmt.Errorf", "log.Printf", "log.Fatalf", "log.Panicf":
		fi = 0
	case "fmt.Fprintf", "fmt.Appendf":
		fi = 1
	default:
		return 0, "", false
	}
	if fi >= len(c.Args) || c.Ellipsis.IsValid() {
		return 0, "", false
	}
	tv := m.info.Types[c.Args[fi]]
	if tv.Value == nil || tv.Value.Kind() != constant.String {
		return 0, "", false
	}
	return fi, constant.StringVal(tv.Value), true
}

// plainStruct converts e, of a cell's struct type with a String or Error
// method, to its underlying struct type, for the verbs (%d, %f, ...) that
// fmt applies to the fields rather than to the method: yaegi hands fmt a
// wrapper whose copy of the value holds only the struct's last field, so
// fmt.Printf("%d", Point{10, 20}) printed 20 instead of {10 20}. It
// returns nil when e needs no conversion.
func (m *modernizer) plainStruct(e ast.Expr) ast.Expr {
	t := m.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !declaredInCell(t) {
		return nil
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return nil
	}
	if _, ok := t.Underlying().(*types.Struct); !ok {
		return nil
	}
	hasMethod := false
	for _, name := range []string{"String", "Error"} {
		if obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name); obj != nil {
			if _, ok := obj.(*types.Func); ok {
				hasMethod = true
			}
		}
	}
	if !hasMethod {
		return nil
	}
	te, ok := m.typeExpr(t.Underlying(), e.Pos())
	if !ok {
		return nil
	}
	return &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: e.Pos(), X: te, Rparen: e.Pos()}, Lparen: e.Pos(), Args: []ast.Expr{e}, Rparen: e.End()}
}

// formatVerb is one verb of a format: its byte offset and the index of the
// argument it formats.
type formatVerb struct {
	at, arg int
	verb    byte
}

// formatVerbs lists the verbs of a Printf format (see fmt_verbs.go).
func formatVerbs(f string) (verbs []formatVerb, ok bool) {
	return parseFormatVerbs(f)
}

// boundsCheck returns, for a statement whose one index expression
// indexes a slice or string by a constant ("_ = a[5]") and that calls
// nothing before it, a check run before the statement that panics as Go
// does: "index out of range [5] with length 0". yaegi indexes with
// reflect, whose panic says neither. It returns nil for other statements
// (a check of every index would slow loops down).
func (m *modernizer) boundsCheck(st ast.Stmt) ast.Stmt {
	switch st.(type) {
	case *ast.AssignStmt, *ast.ExprStmt, *ast.ReturnStmt, *ast.IncDecStmt, *ast.SendStmt:
	default:
		return nil
	}
	var idx []*ast.IndexExpr
	var calls []*ast.CallExpr
	ast.Inspect(st, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			idx = append(idx, x)
		case *ast.IndexListExpr:
			idx = append(idx, nil)
		case *ast.CallExpr:
			if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() {
				return true // a conversion
			}
			if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "len" || id.Name == "cap") {
				return true
			}
			calls = append(calls, x)
		}
		return true
	})
	if len(idx) != 1 || idx[0] == nil {
		return nil
	}
	ix := idx[0]
	for _, c := range calls {
		if !(c.Pos() <= ix.Pos() && ix.End() <= c.End()) {
			return nil // a call that may run (and panic) first
		}
	}
	tv, ok := m.info.Types[ix.Index]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return nil
	}
	k, ok := constant.Int64Val(tv.Value)
	if !ok || k < 0 {
		return nil
	}
	xt := m.info.TypeOf(ix.X)
	if xt == nil {
		return nil
	}
	switch u := xt.Underlying().(type) {
	case *types.Slice:
	case *types.Basic:
		if u.Info()&types.IsString == 0 {
			return nil
		}
	default:
		return nil
	}
	for e := ix.X; ; {
		if sel, ok := e.(*ast.SelectorExpr); ok {
			e = sel.X
			continue
		}
		if _, ok := e.(*ast.Ident); !ok {
			return nil
		}
		break
	}
	// if gg__n := len(x); gg__n <= k { gg__.IndexPanic(k, gg__n) }, all
	// at the statement's position (the panic's).
	pos := st.Pos()
	ident := func(n string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: n} }
	lit := &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.FormatInt(k, 10)}
	return &ast.IfStmt{If: pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{ident("gg__n")}, TokPos: pos, Tok: token.DEFINE,
			Rhs: []ast.Expr{&ast.CallExpr{Fun: ident("len"), Lparen: pos, Args: []ast.Expr{ix.X}, Rparen: pos}}},
		Cond: &ast.BinaryExpr{X: ident("gg__n"), OpPos: pos, Op: token.LEQ, Y: lit},
		Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: ident("gg__"), Sel: ident("IndexPanic")},
			Lparen: pos, Args: []ast.Expr{lit, ident("gg__n")}, Rparen: pos}}}},
	}
}

// typeSwitch rewrites a type switch with an interface case (case error:,
// case fmt.Stringer:) into an expression-less switch of type assertions:
// yaegi v0.16.1's type switch misses compiled values that implement the
// interface (errors.New's *errors.errorString falls to default), while
// its type assertions get them right. break keeps its meaning (the
// statement is still a switch); type switches cannot fall through.
//
//	switch x := v.(type) { case T: A; case error, nil: B; default: C }
//	=>
//	switch gg__ts1 := v; {
//	case gg__ts1 != nil && func() bool { _, ok := gg__ts1.(T); return ok }(): x := gg__ts1.(T); _ = x; A
//	case gg__ts1 != nil && func() bool { ... }() || gg__ts1 == nil: x := gg__ts1; _ = x; B
//	default: x := gg__ts1; _ = x; C
//	}
//
// Switches with an init statement, a case of an interface the session
// declared, or cases involving type parameters or types the cell cannot
// name are left alone.
func (m *modernizer) typeSwitch(s *ast.TypeSwitchStmt) ast.Stmt {
	if s.Init != nil || m.info == nil {
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
		if bind == nil {
			return nil
		}
	case *ast.ExprStmt:
		ta, _ = a.X.(*ast.TypeAssertExpr)
	}
	if ta == nil {
		return nil
	}
	isNil := func(e ast.Expr) bool {
		id, ok := e.(*ast.Ident)
		if !ok || id.Name != "nil" {
			return false
		}
		_, ok = m.info.Uses[id].(*types.Nil)
		return ok
	}
	need := false
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			return nil
		}
		for _, e := range cc.List {
			if isNil(e) {
				continue
			}
			t := m.info.TypeOf(e)
			if t == nil || hasTypeParam(t) {
				return nil
			}
			if types.IsInterface(t) {
				if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && compiledTwin(t) == "" && !emptyIface(m.info.TypeOf(ta.X)) {
					// The session's own interfaces: yaegi's type switch
					// handles the session's types better than its
					// assertions do; leave the switch as it is (but see
					// switchCaseTest, and compiledIfaceAssertion for
					// compiled values with its methods).
					return nil
				}
				need = true
			}
		}
	}
	if !need && !m.anySwitchOnSessionTypes(ta, s) {
		if bind == nil {
			m.bindTypeSwitch(s, ta)
		}
		return nil
	}
	var caseTypes []types.Type
	for _, c := range s.Body.List {
		for _, e := range c.(*ast.CaseClause).List {
			caseTypes = append(caseTypes, m.info.TypeOf(e))
		}
	}
	pos := s.Switch
	tv := m.fresh("ts")
	out := &ast.SwitchStmt{Switch: pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: tv}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{ta.X}},
		Body: &ast.BlockStmt{Lbrace: s.Body.Lbrace, Rbrace: s.Body.Rbrace}}
	for _, c := range s.Body.List {
		cc := c.(*ast.CaseClause)
		var cond ast.Expr
		for _, e := range cc.List {
			var test ast.Expr
			if isNil(e) {
				test = parseExprAt(tv+" == nil", cc.Case)
			} else {
				te, ok := m.typeExpr(m.info.TypeOf(e), cc.Case)
				if !ok {
					return nil
				}
				ret := "ok"
				if m.viUnderlying(m.info.TypeOf(e)) {
					// A value of a session type with methods whose
					// underlying type this is (type Level int) is
					// yaegi's valueInterface, which the assertion to the
					// underlying type takes (see fix_valueiface.go).
					ret = "ok && !gg__.IsVI([]any{" + tv + "})"
				}
				ret += m.namedCaseTest(m.info.TypeOf(e), tv, caseTypes) // see fix_namedident.go
				test = parseExprAt(tv+" != nil && func() bool { _, ok := "+tv+".(int); return "+ret+" }()", cc.Case)
				lit := test.(*ast.BinaryExpr).Y.(*ast.CallExpr).Fun.(*ast.FuncLit)
				lit.Body.List[0].(*ast.AssignStmt).Rhs[0].(*ast.TypeAssertExpr).Type = te
				if ca := m.compiledIfaceAssertion(&ast.Ident{NamePos: cc.Case, Name: tv}, m.info.TypeOf(ta.X), m.info.TypeOf(e), cc, true, false); ca != nil {
					lit.Body.List[0].(*ast.AssignStmt).Rhs[0] = ca // see fix_compiledifaces.go
				} else {
					m.switchCaseTest(lit, tv, ta, m.info.TypeOf(e), cc.Case)
				}
			}
			if cond == nil {
				cond = test
			} else {
				cond = &ast.BinaryExpr{X: cond, OpPos: cc.Case, Op: token.LOR, Y: test}
			}
		}
		var body []ast.Stmt
		if bind != nil && bind.Name != "_" {
			var val ast.Expr = &ast.Ident{NamePos: cc.Case, Name: tv}
			if len(cc.List) == 1 && !isNil(cc.List[0]) {
				if e := m.compiledIfaceAssertion(val, m.info.TypeOf(ta.X), m.info.TypeOf(cc.List[0]), cc, false, false); e != nil {
					val = e
				} else if e := m.ifaceAssertion(val, m.info.TypeOf(ta.X), m.info.TypeOf(cc.List[0]), cc.Case, false); e != nil {
					val = e
				} else {
					val = &ast.TypeAssertExpr{X: val, Lparen: cc.Case, Type: cc.List[0], Rparen: cc.Case}
				}
			}
			body = append(body,
				&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: cc.Case, Name: bind.Name}}, TokPos: cc.Case, Tok: token.DEFINE, Rhs: []ast.Expr{val}},
				&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: cc.Case, Name: "_"}}, TokPos: cc.Case, Tok: token.ASSIGN, Rhs: []ast.Expr{&ast.Ident{NamePos: cc.Case, Name: bind.Name}}})
		}
		nc := &ast.CaseClause{Case: cc.Case, Colon: cc.Colon, Body: append(body, cc.Body...)}
		if cond != nil {
			nc.List = []ast.Expr{cond}
		}
		out.Body.List = append(out.Body.List, nc)
	}
	return out
}

// hasTypeParam reports whether t mentions a type parameter.
func hasTypeParam(t types.Type) bool {
	found := false
	eachTypeParam(t, func(*types.TypeParam) bool {
		found = true
		return false
	})
	return found
}

// eachTypeParam calls f with each type parameter t mentions, until f
// returns false.
func eachTypeParam(t types.Type, f func(*types.TypeParam) bool) {
	done := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if done || t == nil || depth > 20 {
			return
		}
		switch x := t.(type) {
		case *types.TypeParam:
			done = !f(x)
		case *types.Pointer:
			walk(x.Elem(), depth+1)
		case *types.Slice:
			walk(x.Elem(), depth+1)
		case *types.Array:
			walk(x.Elem(), depth+1)
		case *types.Map:
			walk(x.Key(), depth+1)
			walk(x.Elem(), depth+1)
		case *types.Chan:
			walk(x.Elem(), depth+1)
		case *types.Named:
			for i := range x.TypeArgs().Len() {
				walk(x.TypeArgs().At(i), depth+1)
			}
		case *types.Signature:
			for i := range x.Params().Len() {
				walk(x.Params().At(i).Type(), depth+1)
			}
			for i := range x.Results().Len() {
				walk(x.Results().At(i).Type(), depth+1)
			}
		case *types.Struct:
			for i := range x.NumFields() {
				walk(x.Field(i).Type(), depth+1)
			}
		case *types.Interface:
			for i := range x.NumMethods() {
				walk(x.Method(i).Type(), depth+1)
			}
		}
	}
	walk(t, 0)
}

// typedResults converts the result of a call, passed to an interface
// parameter of a compiled function, to its own type when that is a type
// of the session with methods: fmt.Println(p.Add(q)) lost Point's String
// method (yaegi hands the call's value over as its underlying struct),
// while fmt.Println(Point(p.Add(q))) keeps it.
func (m *modernizer) typedResults(c *ast.CallExpr) {
	var obj types.Object
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.SelectorExpr:
		obj = m.info.Uses[f.Sel]
	case *ast.Ident:
		obj = m.info.Uses[f]
	}
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil || fn.Pkg().Path() == "main" {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return
	}
	np := sig.Params().Len()
	for i, a := range c.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= np-1:
			if c.Ellipsis.IsValid() {
				return
			}
			sl, ok := sig.Params().At(np - 1).Type().(*types.Slice)
			if !ok {
				return
			}
			pt = sl.Elem()
		case i < np:
			pt = sig.Params().At(i).Type()
		default:
			return
		}
		if !types.IsInterface(pt) {
			continue
		}
		call, ok := ast.Unparen(a).(*ast.CallExpr)
		if !ok {
			continue
		}
		fun := call.Fun
		switch ix := fun.(type) { // made explicit by instantiate
		case *ast.IndexExpr:
			fun = ix.X
		case *ast.IndexListExpr:
			fun = ix.X
		}
		if tv, ok := m.info.Types[fun]; !ok || tv.IsType() || tv.IsBuiltin() {
			continue
		}
		rt := m.info.TypeOf(call) // T, or *T (fmt.Println(newM()) lost (*M).String too)
		named, ok := rt.(*types.Named)
		if p, isPtr := rt.(*types.Pointer); isPtr {
			named, ok = p.Elem().(*types.Named)
		}
		if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "main" || hasTypeParam(named) || types.IsInterface(named) {
			continue
		}
		if types.NewMethodSet(rt).Len() == 0 {
			continue
		}
		te, ok := m.typeExpr(rt, a.Pos())
		if !ok {
			continue
		}
		c.Args[i] = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: a.Pos(), X: te, Rparen: a.Pos()}, Lparen: a.Pos(), Args: []ast.Expr{a}, Rparen: a.End()}
	}
}

// declaredInCell reports whether t (or the type t points to) is a named
// type the session declared: compiled code sees such a type only as its
// underlying structure, without methods.
func declaredInCell(t types.Type) bool {
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || hasTypeParam(n) {
		return false
	}
	obj := n.Obj()
	return obj.Pkg() != nil && obj.Pkg().Path() == "main"
}

// methodValue makes a method value x.M of a session type's value-receiver
// method copy its receiver where it is evaluated, as Go does; yaegi reads
// x when the method value is called, so a later assignment to x changed
// the result. x.M (not called) becomes
//
//	func() func(...) ... { gg__r := x; return gg__r.M }()
//
// with *x copied when x is a pointer.
func (m *modernizer) methodValue(sel *ast.SelectorExpr) ast.Expr {
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal || len(selection.Index()) != 1 {
		return nil
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok {
		return nil
	}
	msig, ok := fn.Type().(*types.Signature)
	if !ok || msig.Recv() == nil {
		return nil
	}
	if _, ptr := msig.Recv().Type().(*types.Pointer); ptr {
		return nil
	}
	recv := selection.Recv()
	if types.IsInterface(recv) || !declaredInCell(recv) {
		return nil
	}
	pos := sel.Pos()
	ft, ok := m.typeExpr(m.info.Types[sel].Type, pos)
	if !ok {
		return nil
	}
	var x ast.Expr = sel.X
	if _, ptr := recv.Underlying().(*types.Pointer); ptr {
		x = &ast.StarExpr{Star: pos, X: x}
	}
	r := m.fresh("r")
	body := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: r}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}},
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: r}, Sel: &ast.Ident{NamePos: pos, Name: sel.Sel.Name}}}},
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: ft}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
}

// ifaceConversion rewrites the conversion I(x) of a value of a session
// type to an interface type into func() I { return x }(): yaegi converts
// with reflect, which panics because the interpreted type has no methods
// ("value of type struct { X int; Y int } is not assignable to type
// fmt.Stringer"), while a return statement goes through its interface
// wrapper.
func (m *modernizer) ifaceConversion(c *ast.CallExpr) ast.Expr {
	if len(c.Args) != 1 || c.Ellipsis.IsValid() {
		return nil
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || !tv.IsType() || !types.IsInterface(tv.Type) || hasTypeParam(tv.Type) {
		return nil
	}
	at, ok := m.info.Types[c.Args[0]]
	if !ok || at.Type == nil || types.IsInterface(at.Type) || !declaredInCell(at.Type) {
		return nil
	}
	if _, st := at.Type.Underlying().(*types.Struct); !st {
		return nil // pointers and other kinds convert as they are
	}
	pos := c.Pos()
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: c.Fun}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: c.Args}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: c.Rparen}
}

// ifaceArgs wraps the arguments of a session struct type that a call of a
// compiled function passes for a parameter of a non-empty interface type
// (errors.Join(CodeError{404}) for an error) in func() I { return x }():
// yaegi passes the bare struct to reflect, which panics ("cannot use
// struct { Code int } as type error in Call"), while a return statement
// goes through the interface wrapper.
func (m *modernizer) ifaceArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() == "main" {
		return
	}
	sig, ok := m.info.TypeOf(c.Fun).(*types.Signature)
	if !ok || c.Ellipsis.IsValid() {
		return
	}
	params := sig.Params()
	for i, a := range c.Args {
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			pt = params.At(params.Len() - 1).Type().(*types.Slice).Elem()
		case i < params.Len():
			pt = params.At(i).Type()
		default:
			return
		}
		iface, ok := pt.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || hasTypeParam(pt) {
			continue
		}
		at := m.info.TypeOf(a)
		if at == nil || types.IsInterface(at) || !declaredInCell(at) {
			continue
		}
		// Values of the variadic part go into a slice of the interface
		// type, where yaegi puts the bare value of any session type
		// (io.MultiWriter(&counter{}) panicked "cannot use *struct {...}
		// as type io.Writer").
		variadic := sig.Variadic() && i >= params.Len()-1 || mapTypedArg(fn, at)
		if _, ptr := at.(*types.Pointer); ptr && !variadic {
			continue
		}
		if _, st := at.Underlying().(*types.Struct); !st && !variadic {
			continue
		}
		if te, ok := m.typeExpr(pt, a.Pos()); ok {
			c.Args[i] = returnAs(te, a)
		}
	}
}

// calledFunc is the declared function or method c calls (f(x), pkg.F(x),
// v.M(x)), or nil for a function value, a conversion or a builtin.
func (m *modernizer) calledFunc(c *ast.CallExpr) *types.Func {
	var fn *types.Func
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.SelectorExpr:
		fn, _ = m.info.Uses[f.Sel].(*types.Func)
	case *ast.Ident:
		fn, _ = m.info.Uses[f].(*types.Func)
	}
	return fn
}

// returnAs is func() T { return x }(), with T the type expression te.
func returnAs(te, x ast.Expr) ast.Expr {
	pos := x.Pos()
	return &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: te}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{x}}}, Rbrace: pos},
	}, Lparen: pos, Rparen: x.End()}
}

// asError wraps e, a value of a cell's struct type with an Error method,
// as an error for a %w verb (see ifaceArgs): passed as an any, fmt saw a
// struct without methods and printed %!w(struct { Code int }={1}).
func (m *modernizer) asError(e ast.Expr) ast.Expr {
	t := m.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !declaredInCell(t) {
		return nil
	}
	if _, st := t.Underlying().(*types.Struct); !st {
		return nil
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	if !types.Implements(t, errType) {
		return nil
	}
	return returnAs(&ast.Ident{NamePos: e.Pos(), Name: "error"}, e)
}

// mainScope is the scope of the cell's package (it holds the session's
// earlier declarations too), or nil when the cell uses none.
func (m *modernizer) mainScope() *types.Scope {
	for _, obj := range m.info.Defs {
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "main" {
			return obj.Pkg().Scope()
		}
	}
	for _, obj := range m.info.Uses {
		if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == "main" {
			return obj.Pkg().Scope()
		}
	}
	return nil
}

// dynamicTypeName is, for the argument e of a %T whose static type is the
// interface it, an expression giving the name of its dynamic type: a type
// switch over the session's named types (T and *T) that implement it,
//
//	func(v I) string {
//		switch v.(type) {
//		case Rect:
//			return "main.Rect"
//		case *Circle:
//			return "*main.Circle"
//		}
//		return gg__.TypeOf(v)
//	}(e)
//
// It returns nil when the session declares no such type or too many.
func (m *modernizer) dynamicTypeName(e ast.Expr, it types.Type) ast.Expr {
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || hasTypeParam(it) {
		return nil
	}
	if iface.NumMethods() == 0 {
		return m.anyTypeName(e)
	}
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	pos := e.Pos()
	var clauses []ast.Stmt
	for _, n := range sessionTypes(sc) {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(t, iface) {
				continue
			}
			te, ok := m.typeExpr(t, pos)
			if !ok {
				continue
			}
			label := m.mono.goTypeName(t)
			clauses = append(clauses, &ast.CaseClause{Case: pos, List: []ast.Expr{te}, Colon: pos,
				Body: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(label)}}}}})
		}
	}
	if len(clauses) == 0 || len(clauses) > 64 {
		return nil
	}
	ite, ok := m.typeExpr(it, pos)
	if !ok {
		return nil
	}
	v := m.fresh("v")
	vid := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: v} }
	body := append(m.assertChain(v, clauses, pos, it), // see assertChain
		&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "TypeOf"}},
			Lparen: pos, Args: []ast.Expr{vid()}, Rparen: pos}}})
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{vid()}, Type: ite}}, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "string"}}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{e}, Rparen: e.End()}
}

// cellTypeName is the name fmt gives the static type of e ("main.Inner")
// when it is a non-generic struct type the session declared.
func (m *modernizer) cellTypeName(e ast.Expr) (string, bool) {
	t := m.info.TypeOf(e)
	if t == nil || types.IsInterface(t) || !declaredInCell(t) {
		return "", false
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return "", false
	}
	if _, st := t.Underlying().(*types.Struct); !st {
		return "", false
	}
	return m.mono.goTypeName(t), true
}
