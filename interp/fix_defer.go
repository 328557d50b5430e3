package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// deferStacks gives a function whose deferred calls yaegi would evaluate
// too late a stack of its own: each defer statement appends a closure over
// the values it must capture, and one deferred call runs the stack in
// reverse when the function returns:
//
//	for _, n := range names { r := open(n); defer r.Close() }
//	=>
//	var gg__ds1 []func()
//	defer func() { for k := len(gg__ds1) - 1; k >= 0; k-- { gg__ds1[k]() } }()
//	for _, n := range names {
//		r := open(n)
//		gg__ds1 = append(gg__ds1, func(gg__r *res) func() { return func() { gg__r.Close() } }(r))
//	}
//
// yaegi records a deferred call as references to the frame slots holding
// its function, receiver and arguments, so it sees the values they hold
// when the function returns: defer fmt.Println(x) prints x's last value,
// and defers in a loop all use the last iteration's. A function with a
// deferred recover is left alone (recover must stay in a deferred call of
// its own), as are functions whose defers are not in a loop and use no
// variable assigned after them.
func (m *modernizer) deferStacks(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				if f.Body != nil {
					m.deferStack(f.Type, f.Body)
				}
			case *ast.FuncLit:
				m.deferStack(f.Type, f.Body)
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

// deferSite is a defer statement of a function body and whether it is in
// a loop of that function.
type deferSite struct {
	d      *ast.DeferStmt
	inLoop bool
	loops  []ast.Node // the loops of the function around d, outermost first
}

// deferStackApplies reports whether deferStack rewrites body's defers.
func (m *modernizer) deferStackApplies(body *ast.BlockStmt) bool {
	sites, usesRecover := m.deferSites(body)
	if len(sites) == 0 || usesRecover {
		return false
	}
	for _, s := range sites {
		if s.inLoop || m.assignedAfter(body, s.d) {
			return true
		}
	}
	return false
}

// deferSites are the defer statements of body (not of function literals
// in it), and whether one calls recover.
func (m *modernizer) deferSites(body *ast.BlockStmt) ([]deferSite, bool) {
	var sites []deferSite
	usesRecover := false
	var walk func(n ast.Node, loops []ast.Node)
	walk = func(n ast.Node, loops []ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				if x.Init != nil {
					walk(x.Init, loops)
				}
				walk(x.Body, append(loops[:len(loops):len(loops)], x))
				return false
			case *ast.RangeStmt:
				walk(x.Body, append(loops[:len(loops):len(loops)], x))
				return false
			case *ast.DeferStmt:
				sites = append(sites, deferSite{x, len(loops) > 0, loops})
				ast.Inspect(x.Call, func(n ast.Node) bool {
					if id, ok := n.(*ast.Ident); ok && id.Name == "recover" && m.isBuiltin(id) {
						usesRecover = true
					}
					return true
				})
				return false
			}
			return true
		})
	}
	walk(body, nil)
	return sites, usesRecover
}

func (m *modernizer) deferStack(ft *ast.FuncType, body *ast.BlockStmt) {
	sites, usesRecover := m.deferSites(body)
	if len(sites) == 0 || usesRecover {
		return
	}
	need := false
	for _, s := range sites {
		if s.inLoop || m.assignedAfter(body, s.d) {
			need = true
		}
	}
	if !need {
		return
	}
	pos := body.Lbrace
	ds := m.fresh("ds")
	repl := map[*ast.DeferStmt]ast.Stmt{}
	for _, s := range sites {
		push := m.deferPush(s, ds)
		if push == nil {
			return
		}
		repl[s.d] = push
	}
	// Replace the defer statements where they stand.
	var replace func(list []ast.Stmt)
	replace = func(list []ast.Stmt) {
		for i, st := range list {
			if d, ok := st.(*ast.DeferStmt); ok {
				if r, ok := repl[d]; ok {
					list[i] = r
				}
			}
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			replace(x.List)
		case *ast.CaseClause:
			replace(x.Body)
		case *ast.CommClause:
			replace(x.Body)
		case *ast.LabeledStmt:
			if d, ok := x.Stmt.(*ast.DeferStmt); ok {
				if r, ok := repl[d]; ok {
					x.Stmt = r
				}
			}
		}
		return true
	})
	runner := parseStmts("var "+ds+" []func()\ndefer func() {\n\tfor gg__k := len("+ds+") - 1; gg__k >= 0; gg__k-- {\n\t\t"+ds+"[gg__k]()\n\t}\n}()", pos)
	body.List = append(runner, body.List...)
}

// assignedAfter reports whether a variable the defer statement d evaluates
// (in its arguments or receiver, not inside a function literal) is
// assigned after it in body.
func (m *modernizer) assignedAfter(body *ast.BlockStmt, d *ast.DeferStmt) bool {
	vars := map[types.Object]bool{}
	var exprs []ast.Expr
	exprs = append(exprs, d.Call.Args...)
	if sel, ok := d.Call.Fun.(*ast.SelectorExpr); ok {
		exprs = append(exprs, sel.X)
	}
	for _, e := range exprs {
		ast.Inspect(e, func(n ast.Node) bool {
			if _, ok := n.(*ast.FuncLit); ok {
				return false
			}
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := m.info.Uses[id].(*types.Var); ok {
					vars[v] = true
				}
			}
			return true
		})
	}
	if len(vars) == 0 {
		return false
	}
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		if n.Pos() < d.End() && n.End() <= d.End() {
			return n.End() > d.Pos() // only nodes overlapping or after d
		}
		mark := func(e ast.Expr) {
			for {
				switch x := e.(type) {
				case *ast.Ident:
					if v, ok := m.info.Uses[x].(*types.Var); ok && vars[v] && x.Pos() > d.End() {
						found = true
					}
					return
				case *ast.SelectorExpr:
					// c.n++ with c a pointer changes *c, not c.
					if t := m.info.TypeOf(x.X); t == nil || isRefType(t) {
						return
					}
					e = x.X
				case *ast.IndexExpr:
					if t := m.info.TypeOf(x.X); t == nil || isRefType(t) {
						return
					}
					e = x.X
				case *ast.StarExpr:
					return
				case *ast.ParenExpr:
					e = x.X
				default:
					return
				}
			}
		}
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(x.X)
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				mark(x.X)
			}
		case *ast.CallExpr:
			// append(s, ...) assigned elsewhere, or a method with a
			// pointer receiver changing the value.
			if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
				if s, ok := m.info.Selections[sel]; ok && s.Kind() == types.MethodVal {
					if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil {
						if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
							mark(sel.X)
						}
					}
				}
			}
		}
		return true
	})
	return found
}

// deferPush is the statement that takes the place of d: the append of a
// closure over d's function, receiver and arguments, evaluated now.
func (m *modernizer) deferPush(site deferSite, ds string) ast.Stmt {
	d := site.d
	pos := d.Defer
	c := d.Call
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	push := func(fn ast.Expr) ast.Stmt {
		return &ast.AssignStmt{Lhs: []ast.Expr{id(ds)}, TokPos: pos, Tok: token.ASSIGN,
			Rhs: []ast.Expr{&ast.CallExpr{Fun: id("append"), Lparen: pos, Args: []ast.Expr{id(ds), fn}, Rparen: pos}}}
	}
	if lit, ok := c.Fun.(*ast.FuncLit); ok && len(c.Args) == 0 {
		// The closure is made in a function of its own: one made in the
		// function's frame deadlocks yaegi when called as it returns
		// (see closuresForDefer). The variables of the loops around it
		// are passed, so that it keeps this iteration's.
		e := m.bindLoopVars(lit, site.loops, true)
		if e == nil {
			return nil
		}
		return push(e)
	}
	var params []*ast.Field
	var vals []ast.Expr
	param := func(e ast.Expr, t types.Type) ast.Expr {
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			if b.Kind() == types.UntypedNil {
				return e // nil stays a literal in the call
			}
			t = types.Default(t)
		}
		te, ok := m.typeExpr(t, pos)
		if !ok || hasTypeParam(t) {
			return nil
		}
		name := m.fresh("p")
		params = append(params, &ast.Field{Names: []*ast.Ident{id(name)}, Type: te})
		vals = append(vals, e)
		return id(name)
	}
	call := &ast.CallExpr{Lparen: pos, Rparen: pos, Ellipsis: c.Ellipsis}
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.Ident:
		switch obj := m.info.Uses[f].(type) {
		case *types.Builtin, *types.Func:
			call.Fun = f
		case *types.Var:
			p := param(f, obj.Type())
			if p == nil {
				return nil
			}
			call.Fun = p
		default:
			return nil
		}
	case *ast.SelectorExpr:
		if s, ok := m.info.Selections[f]; ok {
			if s.Kind() != types.MethodVal {
				p := param(f, m.info.TypeOf(f))
				if p == nil {
					return nil
				}
				call.Fun = p
				break
			}
			recv := f.X
			rt := m.info.TypeOf(f.X)
			if rt == nil {
				return nil
			}
			if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil && !promotedViaPointer(rt, s.Index()) {
				if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
					if _, isPtr := rt.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(rt) {
						recv = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: f.X}
						rt = types.NewPointer(rt)
					}
				}
			}
			p := param(recv, rt)
			if p == nil {
				return nil
			}
			call.Fun = &ast.SelectorExpr{X: p, Sel: id(f.Sel.Name)}
		} else if _, ok := m.info.Uses[f.Sel].(*types.Func); ok {
			call.Fun = f // a package's function
		} else {
			p := param(f, m.info.TypeOf(f))
			if p == nil {
				return nil
			}
			call.Fun = p
		}
	default:
		t := m.info.TypeOf(c.Fun)
		if t == nil {
			return nil
		}
		fn := c.Fun
		if lit, ok := ast.Unparen(c.Fun).(*ast.FuncLit); ok {
			// defer func(v int) { ... }(i): the literal is made in a
			// function of its own too (see the case without arguments
			// above); made in the function's frame, the second deferred
			// call of it never ended.
			if fn = m.bindLoopVars(lit, site.loops, true); fn == nil {
				return nil
			}
		}
		p := param(fn, t)
		if p == nil {
			return nil
		}
		call.Fun = p
	}
	for _, a := range c.Args {
		t := m.info.TypeOf(a)
		if t == nil {
			return nil
		}
		p := param(a, t)
		if p == nil {
			return nil
		}
		call.Args = append(call.Args, p)
	}
	inner := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos}}
	outer := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
			Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}}}}, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{inner}}}, Rbrace: pos},
	}
	return push(&ast.CallExpr{Fun: outer, Lparen: pos, Args: vals, Rparen: pos})
}

func id2(name string, pos token.Pos) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }

// closuresForDefer makes the closures a function calls while it returns
// (defer cleanup(), or cleanup() inside a deferred function literal) in a
// function of their own:
//
//	cleanup := func() { ... }  =>  cleanup := func() func() { return func() { ... } }()
//
// A closure made in a function's frame locks that frame when a call of it
// ends, and yaegi holds the lock while it runs the frame's deferred calls:
// such a call never ends.
func (m *modernizer) closuresForDefer(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				if f.Body != nil {
					m.closuresForDeferIn(f.Body)
				}
			case *ast.FuncLit:
				m.closuresForDeferIn(f.Body)
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

func (m *modernizer) closuresForDeferIn(body *ast.BlockStmt) {
	called := map[types.Object]bool{}
	// fields: a deferred call of a func value held in a field or an
	// element (defer s.cb("x")): every literal the body stores there is
	// made in a function of its own.
	fields := false
	mark := func(c *ast.CallExpr) {
		if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok {
			if v, ok := m.info.Uses[id].(*types.Var); ok && v.Parent() != nil && v.Parent() != v.Pkg().Scope() {
				called[v] = true
			}
			return
		}
		if m.funcValueCall(c) {
			fields = true
		}
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			mark(x.Call)
			ast.Inspect(x.Call, func(n ast.Node) bool {
				if c, ok := n.(*ast.CallExpr); ok {
					mark(c)
				}
				return true
			})
			return false
		}
		return true
	})
	if len(called) == 0 && !fields {
		return
	}
	wrapAs := func(e ast.Expr, t types.Type) ast.Expr {
		lit, ok := e.(*ast.FuncLit)
		if !ok || t == nil {
			return e
		}
		te, ok := m.typeExpr(t, lit.Pos())
		if !ok || hasTypeParam(t) {
			return e
		}
		pos := lit.Pos()
		return &ast.CallExpr{Fun: &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
				Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: te}}, Closing: pos}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{lit}}}, Rbrace: pos},
		}, Lparen: pos, Rparen: pos}
	}
	wrap := func(e ast.Expr, v types.Object) ast.Expr {
		if !called[v] {
			return e
		}
		return wrapAs(e, v.Type())
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CompositeLit:
			if fields {
				for i, el := range x.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						kv.Value = wrapAs(kv.Value, m.info.TypeOf(kv.Value))
					} else {
						x.Elts[i] = wrapAs(el, m.info.TypeOf(el))
					}
				}
			}
		case *ast.AssignStmt:
			if len(x.Lhs) != len(x.Rhs) {
				return true
			}
			for i, l := range x.Lhs {
				id, ok := l.(*ast.Ident)
				if !ok {
					if fields {
						x.Rhs[i] = wrapAs(x.Rhs[i], m.info.TypeOf(x.Rhs[i]))
					}
					continue
				}
				obj := m.info.Defs[id]
				if obj == nil {
					obj = m.info.Uses[id]
				}
				if obj != nil {
					x.Rhs[i] = wrap(x.Rhs[i], obj)
				}
			}
		case *ast.ValueSpec:
			for i, n := range x.Names {
				if i < len(x.Values) {
					if obj := m.info.Defs[n]; obj != nil {
						x.Values[i] = wrap(x.Values[i], obj)
					}
				}
			}
		}
		return true
	})
}

// bindLoopVars is func(v1 T1, ...) F { return lit }(v1, ...), v1... the
// variables lit reads that are declared in the loops around it (not the
// ones it assigns): the closure made in that function's frame keeps this
// iteration's values. Without such variables it is lit itself, or, with
// always, the call of a function returning lit. nil: a type cannot be
// written.
func (m *modernizer) bindLoopVars(lit *ast.FuncLit, loops []ast.Node, always bool) ast.Expr {
	pos := lit.Pos()
	assigned := map[types.Object]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		mark := func(e ast.Expr) {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				if v := m.info.Uses[id]; v != nil {
					assigned[v] = true
				}
			}
		}
		switch x := n.(type) {
		case *ast.AssignStmt:
			for _, l := range x.Lhs {
				mark(l)
			}
		case *ast.IncDecStmt:
			mark(x.X)
		case *ast.UnaryExpr:
			if x.Op == token.AND {
				mark(x.X)
			}
		}
		return true
	})
	var params []*ast.Field
	var vals []ast.Expr
	seen := map[types.Object]bool{}
	ok := true
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		id, isID := n.(*ast.Ident)
		if !isID || !ok {
			return ok
		}
		v, isVar := m.info.Uses[id].(*types.Var)
		// A field (s[i].n) of a type declared in the loop is no variable.
		if !isVar || v.IsField() || seen[v] || assigned[v] || len(loops) == 0 {
			return true
		}
		outer := loops[0]
		if v.Pos() < outer.Pos() || v.Pos() >= outer.End() || (v.Pos() >= lit.Pos() && v.Pos() < lit.End()) {
			return true
		}
		seen[v] = true
		te, tok := m.typeExpr(v.Type(), pos)
		if !tok || hasTypeParam(v.Type()) {
			ok = false
			return false
		}
		params = append(params, &ast.Field{Names: []*ast.Ident{id2(v.Name(), pos)}, Type: te})
		vals = append(vals, id2(v.Name(), pos))
		return true
	})
	if !ok {
		return nil
	}
	if len(params) == 0 && !always {
		return lit
	}
	lt := m.info.TypeOf(lit)
	if lt == nil || hasTypeParam(lt) {
		return nil
	}
	te, tok := m.typeExpr(lt, pos)
	if !tok {
		return nil
	}
	outer := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
			Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: te}}, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{lit}}}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: outer, Lparen: pos, Args: vals, Rparen: pos}
}

// compiledCallbacks binds the loop variables of a function literal passed,
// inside a loop, to a compiled function (wg.Go(func() { ... i ... }),
// time.AfterFunc): see bindLoopVars. yaegi hands compiled code a function
// that runs in the frame current when it is called, so a callback run
// later sees the last iteration's variables.
func (m *modernizer) compiledCallbacks(pc *parsedCell) {
	if m.info == nil {
		return
	}
	var walk func(n ast.Node, loops []ast.Node)
	walk = func(n ast.Node, loops []ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				walk(x.Body, nil)
				return false
			case *ast.ForStmt:
				if x.Init != nil {
					walk(x.Init, loops)
				}
				walk(x.Body, append(loops[:len(loops):len(loops)], x))
				return false
			case *ast.RangeStmt:
				walk(x.X, loops)
				walk(x.Body, append(loops[:len(loops):len(loops)], x))
				return false
			case *ast.CallExpr:
				if len(loops) == 0 || m.sessionFunc(x) {
					return true
				}
				if tv, ok := m.info.Types[x.Fun]; !ok || tv.IsType() {
					return true
				}
				if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && m.isBuiltin(id) {
					return true
				}
				for i, a := range x.Args {
					lit, ok := a.(*ast.FuncLit)
					if !ok {
						walk(a, loops)
						continue
					}
					walk(lit.Body, nil)
					if e := m.bindLoopVars(lit, loops, false); e != nil {
						x.Args[i] = e
					}
				}
				walk(x.Fun, loops)
				return false
			}
			return true
		})
	}
	for _, d := range pc.decls {
		walk(d, nil)
	}
	for _, st := range pc.stmts {
		walk(st, nil)
	}
}

// goMethodCalls passes the receiver of a method called by a go statement
// as an argument:
//
//	go w.Run(out)  =>  go func(gg__r *Worker, gg__p0 chan<- string) { gg__r.Run(gg__p0) }(w, out)
//
// The go statement's rewrite (goStmt) evaluates the arguments as the
// statement runs, but the receiver only once the goroutine does: in a loop
// all goroutines would get the last receiver.
func (m *modernizer) goMethodCalls(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			g, ok := n.(*ast.GoStmt)
			if !ok {
				return true
			}
			sel, ok := ast.Unparen(g.Call.Fun).(*ast.SelectorExpr)
			if !ok {
				return true
			}
			s, ok := m.info.Selections[sel]
			if !ok || s.Kind() != types.MethodVal {
				return true
			}
			if e := m.goMethodCall(g.Call, sel, s); e != nil {
				g.Call = e
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

func (m *modernizer) goMethodCall(c *ast.CallExpr, sel *ast.SelectorExpr, s *types.Selection) *ast.CallExpr {
	pos := c.Pos()
	var params []*ast.Field
	var vals []ast.Expr
	param := func(e ast.Expr, t types.Type) ast.Expr {
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			if b.Kind() == types.UntypedNil {
				return e
			}
			t = types.Default(t)
		}
		te, ok := m.typeExpr(t, pos)
		if !ok || hasTypeParam(t) {
			return nil
		}
		name := m.fresh("p")
		params = append(params, &ast.Field{Names: []*ast.Ident{id2(name, pos)}, Type: te})
		vals = append(vals, e)
		return id2(name, pos)
	}
	recv, rt := sel.X, m.info.TypeOf(sel.X)
	if rt == nil {
		return nil
	}
	if sig, ok := s.Obj().Type().(*types.Signature); ok && sig.Recv() != nil && len(s.Index()) == 1 {
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
			if _, isPtr := rt.Underlying().(*types.Pointer); !isPtr && !types.IsInterface(rt) {
				recv = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: sel.X}
				rt = types.NewPointer(rt)
			}
		}
	}
	r := param(recv, rt)
	if r == nil {
		return nil
	}
	call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: r, Sel: id2(sel.Sel.Name, pos)}, Lparen: pos, Rparen: pos, Ellipsis: c.Ellipsis}
	for _, a := range c.Args {
		t := m.info.TypeOf(a)
		if t == nil {
			return nil
		}
		p := param(a, t)
		if p == nil {
			return nil
		}
		call.Args = append(call.Args, p)
	}
	lit := &ast.FuncLit{Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos}}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: vals, Rparen: pos}
}

// isRefType reports whether changing what a value of type t refers to
// leaves the value itself unchanged (pointers, slices, maps).
func isRefType(t types.Type) bool {
	switch t.Underlying().(type) {
	case *types.Pointer, *types.Slice, *types.Map:
		return true
	}
	return false
}

// pointerMethodValues binds the receiver of a method value with a pointer
// receiver when it is evaluated:
//
//	adders = append(adders, a.Add)  =>  adders = append(adders, func() func(int) int { gg__r := a; return gg__r.Add }())
//
// (&x for an addressable x). yaegi's method value reads its receiver
// variable when called: in a loop all the method values used the last
// receiver. methodValue does the same, with a copy, for value receivers.
func (m *modernizer) pointerMethodValues(pc *parsedCell) {
	if m.info == nil {
		return
	}
	called := map[*ast.SelectorExpr]bool{}
	mark := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if c, ok := n.(*ast.CallExpr); ok {
				if sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr); ok {
					called[sel] = true
				}
			}
			return true
		})
	}
	f := func(e ast.Expr) ast.Expr {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || called[sel] {
			return e
		}
		s, ok := m.info.Selections[sel]
		if !ok || s.Kind() != types.MethodVal || len(s.Index()) != 1 {
			return e
		}
		fn, ok := s.Obj().(*types.Func)
		if !ok {
			return e
		}
		msig, ok := fn.Type().(*types.Signature)
		if !ok || msig.Recv() == nil {
			return e
		}
		if _, ptr := msig.Recv().Type().(*types.Pointer); !ptr {
			return e
		}
		recv := s.Recv()
		if types.IsInterface(recv) || !declaredInCell(recv) {
			return e
		}
		if _, ident := ast.Unparen(sel.X).(*ast.Ident); !ident {
			return e
		}
		pos := sel.Pos()
		ft, ok := m.typeExpr(m.info.TypeOf(sel), pos)
		if !ok {
			return e
		}
		var x ast.Expr = sel.X
		if _, ptr := recv.Underlying().(*types.Pointer); !ptr {
			x = &ast.UnaryExpr{OpPos: pos, Op: token.AND, X: x}
		}
		r := m.fresh("r")
		lit := &ast.FuncLit{
			Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
				Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: ft}}}},
			Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
				&ast.AssignStmt{Lhs: []ast.Expr{id2(r, pos)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{x}},
				&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.SelectorExpr{X: id2(r, pos), Sel: id2(sel.Sel.Name, pos)}}},
			}, Rbrace: pos},
		}
		return &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}
	}
	for _, d := range pc.decls {
		mark(d)
	}
	for _, st := range pc.stmts {
		mark(st)
	}
	for _, d := range pc.decls {
		replaceExprs(d, f)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, f)
	}
}
