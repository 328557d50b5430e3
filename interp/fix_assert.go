package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

func init() {
	extraRuntime["AssertPanic"] = reflect.ValueOf(assertPanic)
}

// typeAssertionError is the panic of a failed x.(I): Go panics with a
// *runtime.TypeAssertionError, which cannot be made outside the runtime.
type typeAssertionError struct{ msg string }

func (e *typeAssertionError) Error() string { return e.msg }
func (e *typeAssertionError) RuntimeError() {}

// assertPanic panics as Go does when x.(I) fails: dyn is the dynamic type
// of x ("" for nil), missing the first method of I that it lacks.
func assertPanic(dyn, iface, missing string) {
	if dyn == "" {
		panic(&typeAssertionError{"interface conversion: interface is nil, not " + iface})
	}
	panic(&typeAssertionError{"interface conversion: " + dyn + " is not " + iface + ": missing method " + missing})
}

// ifaceAssertions rewrites the one-result assertion x.(I) to an interface
// type I into
//
//	func(v S) I {
//		r, ok := v.(I)
//		if !ok {
//			m := ""
//			if _, ok := v.(interface{ B() }); !ok { m = "B" }
//			if _, ok := v.(interface{ A() }); !ok { m = "A" }
//			gg__.AssertPanic(<dynamic type name of v>, "I", m)
//		}
//		return r
//	}(x)
//
// yaegi's one-result assertion to an interface does not panic when it
// fails: it gives nil, and the program goes on with it.
func (m *modernizer) ifaceAssertions(pc *parsedCell) {
	if m.info == nil {
		return
	}
	commaOk := map[*ast.TypeAssertExpr]bool{}
	mark := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if len(x.Lhs) == 2 && len(x.Rhs) == 1 {
					if ta, ok := ast.Unparen(x.Rhs[0]).(*ast.TypeAssertExpr); ok {
						commaOk[ta] = true
					}
				}
			case *ast.ValueSpec:
				if len(x.Names) == 2 && len(x.Values) == 1 {
					if ta, ok := ast.Unparen(x.Values[0]).(*ast.TypeAssertExpr); ok {
						commaOk[ta] = true
					}
				}
			}
			return true
		})
	}
	f := func(e ast.Expr) ast.Expr {
		ta, ok := e.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || commaOk[ta] {
			return e
		}
		if r := m.ifaceAssert(ta); r != nil {
			return r
		}
		return e
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

func (m *modernizer) ifaceAssert(ta *ast.TypeAssertExpr) ast.Expr {
	it := m.info.TypeOf(ta.Type)
	st := m.info.TypeOf(ta.X)
	if it == nil || st == nil || !types.IsInterface(it) || hasTypeParam(it) || hasTypeParam(st) {
		return nil
	}
	iface, ok := it.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return nil
	}
	pos := ta.Pos()
	ite, ok := m.typeExpr(it, pos)
	if !ok {
		return nil
	}
	ste, ok := m.typeExpr(st, pos)
	if !ok {
		return nil
	}
	var methods []*types.Func
	for i := range iface.NumMethods() {
		methods = append(methods, iface.Method(i))
	}
	sort.Slice(methods, func(i, j int) bool { return methods[i].Name() > methods[j].Name() })
	v, r, okv, miss := m.fresh("v"), m.fresh("r"), m.fresh("ok"), m.fresh("m")
	var body []ast.Stmt
	body = append(body, parseStmts(miss+` := ""`, pos)...)
	for _, fn := range methods {
		single := types.NewInterfaceType([]*types.Func{types.NewFunc(token.NoPos, fn.Pkg(), fn.Name(), fn.Type().(*types.Signature))}, nil).Complete()
		te, ok := m.typeExpr(single, pos)
		if !ok {
			body = append(body, parseStmts(miss+" = "+strconv.Quote(fn.Name()), pos)...)
			continue
		}
		check := parseStmts("if _, "+okv+" := "+v+".(int); !"+okv+" { "+miss+" = "+strconv.Quote(fn.Name())+" }", pos)[0].(*ast.IfStmt)
		check.Init.(*ast.AssignStmt).Rhs[0].(*ast.TypeAssertExpr).Type = te
		body = append(body, check)
	}
	var dyn ast.Expr
	if d := m.dynamicTypeName(&ast.Ident{NamePos: pos, Name: v}, st); d != nil {
		dyn = d
	} else {
		dyn = parseExprAt("gg__.TypeOf("+v+")", pos)
	}
	body = append(body, parseStmts("if "+v+" == nil { gg__.AssertPanic(\"\", "+strconv.Quote(ifaceString(it))+", \"\") }", pos)...)
	body = append(body, &ast.ExprStmt{X: &ast.CallExpr{Fun: parseExprAt("gg__.AssertPanic", pos), Lparen: pos,
		Args: []ast.Expr{dyn, &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(ifaceString(it))}, &ast.Ident{NamePos: pos, Name: miss}}, Rparen: pos}})
	first := parseStmts(r+", "+okv+" := "+v+".(int)", pos)[0].(*ast.AssignStmt)
	first.Rhs[0].(*ast.TypeAssertExpr).Type = ite
	if e := m.ifaceAssertion(&ast.Ident{NamePos: pos, Name: v}, st, it, pos, true); e != nil {
		first.Rhs[0] = e // a compiled interface the session's types implement
	}
	ite2, _ := m.typeExpr(it, pos)
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{{NamePos: pos, Name: v}}, Type: ste}}, Closing: pos},
			Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: ite2}}, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
			first,
			&ast.IfStmt{If: pos, Cond: parseExprAt("!"+okv, pos), Body: &ast.BlockStmt{Lbrace: pos, List: body, Rbrace: pos}},
			&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.Ident{NamePos: pos, Name: r}}},
		}, Rbrace: pos},
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}

// ifaceString is the runtime's name of an interface type: main.I,
// fmt.Stringer, or interface { M() int } for a literal.
func ifaceString(t types.Type) string {
	if _, ok := t.(*types.Named); ok {
		return types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	it, ok := t.Underlying().(*types.Interface)
	if !ok {
		return types.TypeString(t, func(p *types.Package) string { return p.Name() })
	}
	var ms []string
	for i := range it.NumMethods() {
		fn := it.Method(i)
		sig := types.TypeString(fn.Type(), func(p *types.Package) string { return p.Name() })
		ms = append(ms, fn.Name()+strings.TrimPrefix(sig, "func"))
	}
	sort.Strings(ms)
	return "interface { " + strings.Join(ms, "; ") + " }"
}
