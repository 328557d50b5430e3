package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Deferred calls of func values. yaegi runs a frame's deferred calls with
// reflect from the deferred function of its own runner; a nil func value
// deferred (var f func(); defer f()) made reflect panic there, "call of
// nil function", past every recover of the program, and in a goroutine
// the panic ended the process: the kernel with its session. The rewrite
// defers a function literal instead, given the func value and the
// arguments (evaluated by the defer statement, as Go does):
//
//	defer f(a, b)  =>  defer func(f, a, b) { f(a, b) }, evaluated now
//
// (written { gg__d1, gg__d2, gg__d3 := f, a, b; defer func() { gg__d1(gg__d2, gg__d3) }() })
// so that the nil call panics inside interpreted code, where Go's recover
// and the goroutine guard see it. Calls of declared functions, methods and
// function literals (never nil) are left as they are.

// nilSafeDefers rewrites the deferred calls of func values of the cell.
func (m *modernizer) nilSafeDefers(pc *parsedCell) {
	if m.info == nil {
		return
	}
	// Functions whose defers deferStacks rewrites (defers in loops, or
	// reading variables assigned later) are left to it, and so are defers
	// in loops: yaegi hangs on a deferred literal there. The goroutine's
	// compiled recover (Session.goRun) still keeps the process alive.
	var body func(b *ast.BlockStmt)
	body = func(b *ast.BlockStmt) {
		skip := m.deferStackApplies(b)
		fix := func(list []ast.Stmt) {
			if skip {
				return
			}
			for i, st := range list {
				if d, ok := st.(*ast.DeferStmt); ok {
					if r := m.nilSafeDefer(d); r != nil {
						list[i] = r
					}
				}
			}
		}
		var walk func(n ast.Node, inLoop bool)
		walk = func(n ast.Node, inLoop bool) {
			ast.Inspect(n, func(n ast.Node) bool {
				switch x := n.(type) {
				case *ast.FuncLit:
					body(x.Body)
					return false
				case *ast.ForStmt:
					walk(x.Body, true)
					return false
				case *ast.RangeStmt:
					walk(x.Body, true)
					return false
				case *ast.BlockStmt:
					if !inLoop {
						fix(x.List)
					}
				case *ast.CaseClause:
					if !inLoop {
						fix(x.Body)
					}
				case *ast.CommClause:
					if !inLoop {
						fix(x.Body)
					}
				}
				return true
			})
		}
		walk(b, false)
	}
	for _, d := range pc.decls {
		if f, ok := d.(*ast.FuncDecl); ok && f.Body != nil {
			body(f.Body)
			continue
		}
		ast.Inspect(d, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				body(lit.Body)
				return false
			}
			return true
		})
	}
	// The cell's own defers are topDefer's; literals in its statements
	// are functions of their own.
	for _, st := range pc.stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				body(lit.Body)
				return false
			}
			return true
		})
	}
}

// funcValueCall reports whether c calls a value of func type that may be
// nil: not a declared function, a method, a builtin, a conversion or a
// function literal.
func (m *modernizer) funcValueCall(c *ast.CallExpr) bool {
	switch f := ast.Unparen(c.Fun).(type) {
	case *ast.FuncLit:
		return false
	case *ast.Ident:
		switch m.info.Uses[f].(type) {
		case *types.Var:
		default:
			return false // a function, a builtin, a type
		}
	case *ast.SelectorExpr:
		if sel, ok := m.info.Selections[f]; ok {
			if sel.Kind() != types.FieldVal {
				return false // a method value or expression
			}
		} else if _, isVar := m.info.Uses[f.Sel].(*types.Var); !isVar {
			return false // a package's function
		}
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || tv.Type == nil || tv.IsType() {
		return false
	}
	_, isSig := tv.Type.Underlying().(*types.Signature)
	return isSig
}

// nilSafeDefer rewrites d (see above) into the statements that replace
// it, or nil:
//
//	{ gg__d1, gg__d2 := f, a; defer func() { gg__d1(gg__d2) }() }
//
// (a literal without arguments, so that deferChains carries a panic of it
// to the function's recover).
func (m *modernizer) nilSafeDefer(d *ast.DeferStmt) ast.Stmt {
	c := d.Call
	if !m.funcValueCall(c) {
		return nil
	}
	pos := d.Defer
	sig, _ := m.info.TypeOf(c.Fun).Underlying().(*types.Signature)
	call := &ast.CallExpr{Lparen: pos, Rparen: pos}
	if c.Ellipsis.IsValid() {
		call.Ellipsis = pos
	}
	var names []string
	var decls []ast.Stmt
	for i, a := range append([]ast.Expr{c.Fun}, c.Args...) {
		tv, ok := m.info.Types[a]
		if !ok || tv.Type == nil {
			return nil
		}
		t := tv.Type
		if tv.IsNil() || isUntypedConst(tv) {
			pt := goParamType(sig, i-1)
			if i == 0 || pt == nil {
				return nil
			}
			if c.Ellipsis.IsValid() && i == len(c.Args) {
				return nil
			}
			t = pt
		}
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return nil
		}
		name := m.fresh("d")
		names = append(names, name)
		// var gg__dN T = a
		decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te, Values: []ast.Expr{a}}}}})
		if i == 0 {
			call.Fun = &ast.Ident{NamePos: pos, Name: name}
		} else {
			call.Args = append(call.Args, &ast.Ident{NamePos: pos, Name: name})
		}
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ExprStmt{X: call}}, Rbrace: pos},
	}
	d.Call = &ast.CallExpr{Fun: lit, Lparen: pos, Rparen: c.Rparen}
	return &ast.BlockStmt{Lbrace: pos, List: append(decls, d), Rbrace: pos}
}

// isUntypedConst reports whether tv is an untyped constant (its type is
// the parameter's, not its default).
func isUntypedConst(tv types.TypeAndValue) bool {
	b, ok := tv.Type.(*types.Basic)
	return ok && tv.Value != nil && b.Info()&types.IsUntyped != 0
}
