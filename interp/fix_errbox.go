package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// Errors of the session's struct types with value receivers are boxed:
// where such a value T becomes an error, the error holds a pointer to a
// copy of it (*T has T's methods), and the assertions err.(T) and errors.As
// with a T target look for that pointer too. yaegi's error wrapper of a
// struct value keeps only the struct's last field (getConcreteValue), so
// neither the struct nor its Is and Unwrap methods could be had again.

// isErrorType reports whether t is the predeclared error type.
func isErrorType(t types.Type) bool {
	return t != nil && types.Identical(t, types.Universe.Lookup("error").Type())
}

// boxedErrType reports whether a value of type t converted to error is
// boxed: a struct type declared by the session.
func boxedErrType(t types.Type) bool {
	if t == nil || types.IsInterface(t) || !declaredInCell(t) {
		return false
	}
	if _, ptr := t.(*types.Pointer); ptr {
		return false
	}
	_, st := t.Underlying().(*types.Struct)
	return st
}

// boxErr is e converted to error through a pointer to a copy:
// func() error { gg__c := e; return &gg__c }().
func (m *modernizer) boxErr(e ast.Expr) ast.Expr {
	pos := e.Pos()
	c := m.fresh("c")
	return &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: "error"}}}}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: c}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{e}},
			// gg__.MarkBox(&c): see fix_boxmark.go
			&ast.ExprStmt{X: &ast.CallExpr{
				Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "MarkBox"}},
				Lparen: pos, Args: []ast.Expr{&ast.UnaryExpr{OpPos: pos, Op: token.AND, X: &ast.Ident{NamePos: pos, Name: c}}}, Rparen: pos}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.UnaryExpr{OpPos: pos, Op: token.AND, X: &ast.Ident{NamePos: pos, Name: c}}}},
		}, Rbrace: pos},
	}, Lparen: pos, Rparen: e.End()}
}

// boxedReturns boxes the results of return statements that turn a value of
// a boxed type into an error result.
func (m *modernizer) boxedReturns(pc *parsedCell) {
	if m.info == nil {
		return
	}
	var walk func(body *ast.BlockStmt, sig *types.Signature)
	walk = func(body *ast.BlockStmt, sig *types.Signature) {
		if body == nil {
			return
		}
		ast.Inspect(body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				s, _ := m.info.TypeOf(x).(*types.Signature)
				walk(x.Body, s)
				return false
			case *ast.ReturnStmt:
				if sig == nil || sig.Results().Len() != len(x.Results) {
					return true
				}
				for i, r := range x.Results {
					if isErrorType(sig.Results().At(i).Type()) && boxedErrType(m.info.TypeOf(r)) {
						x.Results[i] = m.boxErr(r)
					} else if w := m.typedNilErr(r, m.info.TypeOf(r), sig.Results().At(i).Type()); w != nil {
						x.Results[i] = w // see fix_typednil.go
					}
				}
			}
			return true
		})
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				var sig *types.Signature
				if obj := m.info.Defs[f.Name]; obj != nil {
					sig, _ = obj.Type().(*types.Signature)
				}
				walk(f.Body, sig)
				return false
			case *ast.FuncLit:
				s, _ := m.info.TypeOf(f).(*types.Signature)
				walk(f.Body, s)
				return false
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

// boxedAssertions rewrites v, ok := err.(T) (and =), err of type error and
// T a boxed type, into a call that also accepts the box:
//
//	func(gg__v error) (T, bool) {
//		if gg__p, gg__ok := gg__.ErrConcrete(gg__v).(*T); gg__ok { return *gg__p, true }
//		gg__x, gg__ok := gg__v.(T)
//		return gg__x, gg__ok
//	}(err)
func (m *modernizer) boxedAssertions(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
					if e := m.boxedAssert(x.Rhs[0], true); e != nil {
						x.Rhs[0] = e
					}
				}
			case *ast.ValueSpec:
				if len(x.Names) == 2 && len(x.Values) == 1 {
					if e := m.boxedAssert(x.Values[0], true); e != nil {
						x.Values[0] = e
					}
				}
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

// boxedAssert is the rewrite of the assertion e (see boxedAssertions), or
// nil; commaOk selects the two-result form.
func (m *modernizer) boxedAssert(e ast.Expr, commaOk bool) ast.Expr {
	ta, ok := ast.Unparen(e).(*ast.TypeAssertExpr)
	if !ok || ta.Type == nil {
		return nil
	}
	xt := m.info.TypeOf(ta.X)
	anyX := xt != nil && emptyIface(xt) && !hasTypeParam(xt) // see fix_errequal.go
	if !isErrorType(xt) && !anyX {
		return nil
	}
	t := m.info.TypeOf(ta.Type)
	if p, ok := t.(*types.Pointer); ok && boxedErrType(p.Elem()) {
		return m.boxedPtrAssert(ta, xt, p, commaOk)
	}
	if !boxedErrType(t) {
		return nil
	}
	if anyX && !types.Implements(t, types.Universe.Lookup("error").Type().Underlying().(*types.Interface)) {
		return nil // only errors are boxed: other struct types assert as they are
	}
	pos := ta.Pos()
	if _, ok := m.typeExpr(t, pos); !ok {
		return nil
	}
	var src string
	if commaOk {
		src = `func(gg__v error) (T, bool) {
	if gg__p, gg__ok := gg__.ErrConcrete(gg__v).(*T); gg__ok && gg__.IsBox(gg__p) {
		return *gg__p, true
	}
	gg__x, gg__ok := gg__v.(T)
	return gg__x, gg__ok
}`
	} else {
		src = `func(gg__v error) T {
	if gg__p, gg__ok := gg__.ErrConcrete(gg__v).(*T); gg__ok && gg__.IsBox(gg__p) {
		return *gg__p
	}
	return gg__v.(T)
}`
	}
	if anyX {
		src = strings.NewReplacer("gg__v error", "gg__v any", "gg__.ErrConcrete(", "gg__.ErrConcreteAny(").Replace(src)
	}
	lit := parseExprAt(src, pos)
	if lit == nil {
		return nil
	}
	next := func() ast.Expr {
		te, _ := m.typeExpr(t, pos)
		return te
	}
	ast.Inspect(lit, func(n ast.Node) bool {
		switch y := n.(type) {
		case *ast.StarExpr:
			if id, ok := y.X.(*ast.Ident); ok && id.Name == "T" {
				y.X = next()
			}
		case *ast.TypeAssertExpr:
			if id, ok := y.Type.(*ast.Ident); ok && id.Name == "T" {
				y.Type = next()
			}
		case *ast.FieldList:
			for _, f := range y.List {
				if id, ok := f.Type.(*ast.Ident); ok && id.Name == "T" {
					f.Type = next()
				}
			}
		}
		return true
	})
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}

// boxedSingleAssertions rewrites the remaining err.(T) of a boxed T (see
// boxedAssertions) into the one-result form.
func (m *modernizer) boxedSingleAssertions(pc *parsedCell) {
	if m.info == nil {
		return
	}
	f := func(e ast.Expr) ast.Expr {
		if r := m.boxedAssert(e, false); r != nil {
			return r
		}
		return e
	}
	for _, d := range pc.decls {
		replaceExprs(d, f)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, f)
	}
}

// boxedArgs boxes the arguments of a boxed type a call of a compiled
// function passes for an error parameter (errors.Join), or to fmt.Errorf
// (whose %w wants an error).
func (m *modernizer) boxedArgs(c *ast.CallExpr) {
	if m.info == nil || m.sessionFunc(c) {
		return
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || tv.IsType() || tv.Type == nil {
		return
	}
	sig, ok := tv.Type.Underlying().(*types.Signature)
	if !ok {
		return
	}
	errorf := false
	if sel, ok := c.Fun.(*ast.SelectorExpr); ok && sel.Sel.Name == "Errorf" {
		if pk, ok := sel.X.(*ast.Ident); ok {
			if obj, ok := m.info.Uses[pk].(*types.PkgName); ok && obj.Imported().Path() == "fmt" {
				errorf = true
			}
		}
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	params := sig.Params()
	for i, a := range c.Args {
		at := m.info.TypeOf(a)
		if !boxedErrType(at) {
			continue
		}
		var pt types.Type
		switch {
		case sig.Variadic() && i >= params.Len()-1:
			if c.Ellipsis.IsValid() {
				return
			}
			if s, ok := params.At(params.Len() - 1).Type().(*types.Slice); ok {
				pt = s.Elem()
			}
		case i < params.Len():
			pt = params.At(i).Type()
		}
		if isErrorType(pt) || (errorf && i > 0 && types.Implements(at, errIface)) {
			c.Args[i] = m.boxErr(a)
		}
	}
}

// errorEquality rewrites a == b and a != b of two operands of type error
// into gg__.ErrSame(a, b) when the session declares error types: yaegi
// compares its wrappers of them, which panics ("comparing uncomparable type
// interp._error") or differs for the same value.
func (m *modernizer) errorEquality(pc *parsedCell) {
	if m.info == nil {
		return
	}
	var ets []sessionErrType
	checked := false
	f := func(e ast.Expr) ast.Expr {
		b, ok := e.(*ast.BinaryExpr)
		if !ok || (b.Op != token.EQL && b.Op != token.NEQ) {
			return e
		}
		args := []ast.Expr{b.X, b.Y}
		same := "ErrSame"
		for i, x := range args {
			tv, ok := m.info.Types[x]
			if ok && !tv.IsNil() && isErrorType(m.info.TypeOf(args[1-i])) {
				if boxedErrType(tv.Type) {
					args[i], same = m.boxErr(x), "ErrSameBoxed" // see fix_errequal.go
					continue
				}
				if c := m.errOperand(x, tv.Type); c != nil {
					args[i] = c // see fix_errequal.go
					continue
				}
			}
			if !ok || !isErrorType(tv.Type) || tv.IsNil() {
				return e
			}
		}
		if !checked {
			ets, checked = m.sessionErrTypes(), true
		}
		if len(ets) == 0 {
			return e
		}
		pos := b.Pos()
		var r ast.Expr = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: same}},
			Lparen: pos, Args: args, Rparen: b.End(),
		}
		if b.Op == token.NEQ {
			r = &ast.UnaryExpr{OpPos: pos, Op: token.NOT, X: r}
		}
		return r
	}
	for _, d := range pc.decls {
		replaceExprs(d, f)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, f)
	}
}

// boxedPtrAssert is x.(*T) for a boxed type T (see boxErr): a box is not a
// *T of the program's (see fix_boxmark.go):
//
//	func(gg__v X) (*T, bool) {
//		gg__p, gg__ok := gg__v.(*T)
//		if gg__ok && gg__.IsBox(gg__p) {
//			return nil, false // with one result: Go's panic
//		}
//		return gg__p, gg__ok
//	}(x)
func (m *modernizer) boxedPtrAssert(ta *ast.TypeAssertExpr, xt types.Type, pt *types.Pointer, commaOk bool) ast.Expr {
	pos := ta.Pos()
	g := &mirrorGen{m: m, pos: pos}
	xs, ok1 := g.typeSrc(xt)
	ps, ok2 := g.typeSrc(pt)
	if !ok1 || !ok2 {
		return nil
	}
	var src string
	if commaOk {
		src = "func(gg__v " + xs + ") (" + ps + ", bool) {\ngg__p, gg__ok := gg__v.(" + ps + ")\nif gg__ok && gg__.IsBox(gg__p) {\nreturn nil, false\n}\nreturn gg__p, gg__ok\n}"
	} else {
		msg := "interface conversion: " + goTypeString(xt) + " is " + goTypeString(pt.Elem()) + ", not " + goTypeString(pt)
		src = "func(gg__v " + xs + ") " + ps + " {\ngg__p, gg__ok := gg__v.(" + ps + ")\nif gg__ok && gg__.IsBox(gg__p) {\ngg__.AssertFailed(" + strconv.Quote(msg) + ")\n}\nreturn gg__v.(" + ps + ")\n}"
	}
	fe, err := parseExprSafe(src, pos)
	if err != nil {
		return nil
	}
	hideUnexported(fe)
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}
