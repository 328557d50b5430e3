package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
)

// Methods of session types in text/template and html/template. A template
// reaches the fields and methods of its data through reflect, where
// yaegi's types have no methods, so {{.Total}} with
//
//	func (i Item) Total() float64
//
// failed with "can't evaluate field Total in type main.Item". For the
// data operand of (*Template).Execute and ExecuteTemplate whose static
// type involves a session struct type with methods a template can call,
// the rewrite builds a mirror, as for fmt and json (fmtmirror.go,
// jsonmirror.go): each such struct value becomes a twin struct (built by
// gg__.TmplStruct, see tmplmirror_rt.go) holding its fields, mirrored
// recursively through fields, slices, arrays, maps and pointers, plus one
// field per method, named like it, holding its result. The call
//
//	t.Execute(w, data)
//
// becomes
//
//	gg__.TmplExecute(t, w, []string{"Total", ...}, func(gg__names map[string]bool) {
//		gg__d := data
//		...gg__.TmplData(gg__names, the mirror of gg__d)...
//	})
//
// The compiled half collects the identifiers the template's parse trees
// use as fields ({{.Total}}, {{$it.Total}}, {{(f).Total}}) and the mirror
// calls only the methods named there: a method the template never uses is
// not called, and a call whose template names none of them runs on the
// data as before (no mirror; no mirror code either where the static type
// holds no session type with methods). Only methods without parameters
// returning one result, or a result and an error, are computed, before
// the execution, once per value (pointer-receiver ones only where Go's
// template could call them: behind a pointer, in a slice, in an
// addressable array or struct; they run on a copy of the value). A method
// whose error is not nil makes Execute fail where the template reaches it,
// with "error calling Total: ..." as in Go (see tmplRun.fix; where several
// values failed, the first error met is the one reported). A method with
// parameters ({{.Discount 10}}) cannot be called this way: Execute fails
// with an error saying so. A method that panics fails Execute before it
// starts. Since the results are computed first, a method the template
// calls twice runs once, and output a method writes comes before the
// template's. A FuncMap function given a mirrored struct ({{desc .}} with
// func(Item) string) gets the twin and fails ("wrong type for value").
//
// Printing: a twin prints (and encodes as JSON, in html/template scripts)
// as the value it mirrors, with its String method and those of its fields
// (fmtmirror.go). A value of a session type that is not a struct but has
// a String or Error method (type Money float64) is mirrored only where the
// template only prints it ({{.Price}}, {{printf "%s" .Price}}), since the
// mirror is no number for eq, lt or a function's argument; elsewhere (and
// for elements of a range: {{range .Prices}}{{.}}{{end}}) it prints as
// its underlying value. A struct with a String method is mirrored for
// printing even where the template names no method, unless the template
// calls functions of its own (a FuncMap function taking the struct would
// get the twin: "wrong type for value"). The twins' type names differ from
// Go's in error messages (struct {...} for main.Item).
//
// A data operand of an empty interface type (a map[string]any, a
// parameter of type any) is mirrored by its dynamic type, tried among the
// session's struct types with methods (see dynCands).

// tmplMethod is a method of a session type that a template may call.
type tmplMethod struct {
	name    string
	results int        // 1, or 2 (the second an error)
	result  types.Type // the first result
	bad     string     // why a template cannot call it here, or ""
}

// tmplMethods returns the exported methods declared on t (a session
// struct type), with those of *t when addr is set; promoted methods come
// with the embedded field's own mirror.
func tmplMethods(t types.Type, addr bool) []tmplMethod {
	n, ok := sessionNamed(t)
	if !ok {
		return nil
	}
	if _, st := n.Underlying().(*types.Struct); !st {
		return nil
	}
	var ms *types.MethodSet
	if addr {
		ms = types.NewMethodSet(types.NewPointer(n))
	} else {
		ms = types.NewMethodSet(n)
	}
	errType := types.Universe.Lookup("error").Type()
	var out []tmplMethod
	for i := range ms.Len() {
		sel := ms.At(i)
		f, ok := sel.Obj().(*types.Func)
		if !ok || !f.Exported() || len(sel.Index()) != 1 {
			continue
		}
		sig := f.Type().(*types.Signature)
		tm := tmplMethod{name: f.Name(), results: sig.Results().Len()}
		switch {
		case sig.Params().Len() > 0:
			tm.bad = "methods with parameters cannot be called from a template in a session"
		case tm.results == 1:
			tm.result = sig.Results().At(0).Type()
		case tm.results == 2 && types.Identical(sig.Results().At(1).Type(), errType):
			tm.result = sig.Results().At(0).Type()
		default:
			tm.bad = fmt.Sprintf("can't call method/function %q with %d results", f.Name(), tm.results)
		}
		out = append(out, tm)
	}
	return out
}

type tmplGen struct {
	m     *modernizer
	pos   token.Pos
	index map[string]int
	decls []string
	defs  []string
	names map[string]bool // the methods the mirrors may call
	fm    *mirrorGen      // fmt mirrors for printing the twins
	fail  bool

	consts int // the static slices declared (gg__tmsN, gg__tfiN)

	dyn     []types.Type // the dynamic types tried for an any (see dynCands)
	dynDone bool
	dynBusy bool
}

// dynCands are the types tried, in this order, for a value of an empty
// interface type (map[string]any{"Items": items}, a data parameter of
// type any): the session's struct types needing a mirror (T), with *T,
// []T, []*T, map[string]T and map[string]*T, then []any and
// map[string]any. yaegi's type assertions compare the structure of
// struct types: of two session types with the same fields, the first
// declared wins.
func (g *tmplGen) dynCands() []types.Type {
	if g.dynDone || g.dynBusy {
		return g.dyn
	}
	g.dynBusy = true
	defer func() { g.dynBusy, g.dynDone = false, true }()
	sc := g.m.mainScope()
	if sc == nil {
		return nil
	}
	var out []types.Type
	for _, n := range sessionTypes(sc) {
		if _, st := n.Underlying().(*types.Struct); !st || !mirrorable(n) {
			continue
		}
		if !g.needs(n, false, map[string]bool{}) && !g.needs(n, true, map[string]bool{}) {
			continue
		}
		p := types.NewPointer(n)
		str := types.Typ[types.String]
		out = append(out, n, p, types.NewSlice(n), types.NewSlice(p), types.NewMap(str, n), types.NewMap(str, p))
	}
	if len(out) == 0 || len(out) > 96 {
		return nil
	}
	anyT := types.Universe.Lookup("any").Type()
	g.dyn = append(out, types.NewSlice(anyT), types.NewMap(types.Typ[types.String], anyT))
	return g.dyn
}

// needs reports whether values of type t (addressable or not) hold a
// session struct value with methods a template may call, or one fmt
// prints differently from yaegi's value (String methods, fields of such
// types), or fields of printed types (see printType).
func (g *tmplGen) needs(t types.Type, addr bool, seen map[string]bool) bool {
	t = types.Unalias(t)
	if types.IsInterface(t) {
		return emptyIface(t) && len(g.dynCands()) > 0
	}
	key := fmt.Sprintf("%s|%v", t, addr)
	if seen[key] {
		return false
	}
	seen[key] = true
	if _, ok := sessionNamed(t); ok && mirrorable(t) {
		if _, st := t.Underlying().(*types.Struct); st && (len(tmplMethods(t, addr)) > 0 || g.fm.needs(t, false, false, map[string]bool{})) {
			return true
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if !mirrorable(t) {
			return false
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			if (f.Exported() || f.Embedded()) && (g.needs(f.Type(), addr, seen) || printType(f.Type())) {
				return true
			}
		}
	case *types.Slice:
		return g.needs(u.Elem(), true, seen)
	case *types.Array:
		return g.needs(u.Elem(), addr, seen)
	case *types.Pointer:
		return g.needs(u.Elem(), true, seen)
	case *types.Map:
		return g.needs(u.Elem(), false, seen) || printType(u.Elem()) && stringKey(u)
	}
	return false
}

// printType reports whether t is a session type, not a struct, with a
// String or Error method: text/template prints its values through it
// ({{.Price}} with type Money float64). Its values are mirrored only where
// the template prints them and nothing else (see tmplUsed): the mirror
// prints right but is no number for eq, lt or a function's argument.
func printType(t types.Type) bool {
	n, ok := sessionNamed(t)
	if !ok {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface:
		return false
	}
	str, _, _ := printMethods(n)
	return str != ""
}

func stringKey(m *types.Map) bool {
	b, ok := m.Key().Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// printed is the source of the fmt mirror of v, of a printType.
func (g *tmplGen) printed(v string, t types.Type) string {
	f := g.fm.fn(t, false, false, true)
	if f == "" {
		g.fail = true
		return v
	}
	return f + "(" + v + ")"
}

func (g *tmplGen) typeSrc(t types.Type) (string, bool) {
	return (&mirrorGen{m: g.m, pos: g.pos}).typeSrc(t)
}

// raw is the source of v, of type t, as compiled code should get it: a
// value of a session type with methods as its underlying type (yaegi
// could otherwise hand over a wrapper).
func (g *tmplGen) raw(v string, t types.Type) string {
	base, ptr := t, false
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base, ptr = p.Elem(), true
	}
	n, ok := sessionNamed(base)
	if !ok {
		return v
	}
	if types.NewMethodSet(n).Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
		return v
	}
	us, ok := g.typeSrc(n.Underlying())
	if !ok {
		return v
	}
	if ptr {
		us = "*" + us
	}
	return "(" + us + ")(" + v + ")"
}

// fn returns the name of the function mirroring values of type t:
// func(x T) (any, bool), giving the mirror and true, or the value as
// compiled code should get it and false when nothing in it changed.
func (g *tmplGen) fn(t types.Type, addr bool) string {
	t = types.Unalias(t)
	key := fmt.Sprintf("%s|%v", types.TypeString(t, nil), addr)
	if i, ok := g.index[key]; ok {
		return fmt.Sprintf("gg__tm%d", i)
	}
	i := len(g.index)
	g.index[key] = i
	name := fmt.Sprintf("gg__tm%d", i)
	ts, ok := g.typeSrc(t)
	if !ok {
		g.fail = true
		return name
	}
	g.decls = append(g.decls, fmt.Sprintf("var %s func(%s) (any, bool)", name, ts))
	g.defs = append(g.defs, fmt.Sprintf("%s = func(x %s) (any, bool) {\n%s\n}", name, ts, g.body(t, addr)))
	return name
}

// elem is the source of a statement setting dst (an any) to the mirror
// of v, of type t, and or-ing ch with whether it changed.
func (g *tmplGen) elem(dst, ch, v string, t types.Type, addr bool) string {
	if g.needs(t, addr, map[string]bool{}) {
		return fmt.Sprintf("{\ngg__ev, gg__eok := %s(%s)\n%s = gg__ev\n%s = %s || gg__eok\n}", g.fn(t, addr), v, dst, ch, ch)
	}
	return fmt.Sprintf("%s = %s", dst, g.raw(v, t))
}

func (g *tmplGen) body(t types.Type, addr bool) string {
	if types.IsInterface(t) {
		var b strings.Builder
		b.WriteString("if x == nil { return x, false }\n")
		for _, c := range g.dynCands() {
			cs, ok := g.typeSrc(c)
			if !ok {
				continue
			}
			fmt.Fprintf(&b, "if gg__v, gg__ok := x.(%s); gg__ok { return %s(gg__v) }\n", cs, g.fn(c, false))
		}
		b.WriteString("return x, false")
		return b.String()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		return g.structBody(t, u, addr)
	case *types.Slice, *types.Array:
		var et types.Type
		check, eaddr := "", addr
		if s, ok := u.(*types.Slice); ok {
			et, eaddr = s.Elem(), true
			check = fmt.Sprintf("if x == nil { return %s, false }\n", g.raw("x", t))
		} else {
			et = u.(*types.Array).Elem()
		}
		return check + fmt.Sprintf("gg__es := make([]any, len(x))\ngg__ch := false\nfor gg__i := range x {\n%s\n}\n"+
			"if !gg__ch { return %s, false }\nreturn gg__.TmplSeq(gg__es), true",
			g.elem("gg__es[gg__i]", "gg__ch", "x[gg__i]", et, eaddr), g.raw("x", t))
	case *types.Map:
		set := g.elem("gg__mv", "gg__ch", "gg__v", u.Elem(), false)
		if !g.needs(u.Elem(), false, map[string]bool{}) && printType(u.Elem()) {
			// {{.Prices.pen}}: printed where the key is a printed name.
			g.names["\x00*"] = true
			set = fmt.Sprintf("if gg__n[\"\\x00\"+string(gg__k)] {\ngg__mv = %s\ngg__ch = true\n} else {\ngg__mv = %s\n}",
				g.printed("gg__v", u.Elem()), g.raw("gg__v", u.Elem()))
		}
		return fmt.Sprintf("if x == nil { return %s, false }\n"+
			"gg__ks, gg__vs := make([]any, 0, len(x)), make([]any, 0, len(x))\ngg__ch := false\n"+
			"for gg__k, gg__v := range x {\nvar gg__mv any\n%s\ngg__ks = append(gg__ks, %s)\ngg__vs = append(gg__vs, gg__mv)\n}\n"+
			"if !gg__ch { return %s, false }\nreturn gg__.TmplMap(gg__ks, gg__vs), true",
			g.raw("x", t), set, g.raw("gg__k", u.Key()), g.raw("x", t))
	case *types.Pointer:
		return fmt.Sprintf("if x == nil { return %s, false }\n"+
			"if gg__v, gg__ok := %s(*x); gg__ok { return gg__v, true }\nreturn %s, false",
			g.raw("x", t), g.fn(u.Elem(), true), g.raw("x", t))
	}
	return "return " + g.raw("x", t) + ", false"
}

func (g *tmplGen) structBody(t types.Type, u *types.Struct, addr bool) string {
	us, ok := g.typeSrc(u)
	if !ok {
		g.fail = true
		return "return nil, false"
	}
	var b strings.Builder
	ms := tmplMethods(t, addr)
	fmt.Fprintf(&b, "var gg__on [%d]bool\nvar gg__mv [%d]any\nvar gg__me [%d]error\n", len(ms), len(ms), len(ms))
	var names []string
	for j, tm := range ms {
		g.names[tm.name] = true
		names = append(names, strconv.Quote(tm.name))
		fmt.Fprintf(&b, "if gg__n[%q] {\ngg__on[%d] = true\n", tm.name, j)
		switch {
		case tm.bad != "":
			fmt.Fprintf(&b, "gg__me[%d] = gg__.TmplUnsupported(%q, %q)\n", j, reflectName(t)+"."+tm.name, tm.bad)
		default:
			if tm.results == 2 {
				fmt.Fprintf(&b, "gg__r, gg__err := x.%s()\ngg__me[%d] = gg__err\n", tm.name, j)
			} else {
				fmt.Fprintf(&b, "gg__r := x.%s()\n", tm.name)
			}
			dst := fmt.Sprintf("gg__mv[%d]", j)
			set := g.elem(dst, "gg__c", "gg__r", tm.result, false)
			if !g.needs(tm.result, false, map[string]bool{}) && printType(tm.result) {
				g.names["\x00"+tm.name] = true
				set = fmt.Sprintf("if gg__n[%q] {\n%s = %s\n} else {\n%s\n}", "\x00"+tm.name, dst, g.printed("gg__r", tm.result), set)
			}
			fmt.Fprintf(&b, "gg__c := false\n%s\n_ = gg__c\n", set)
		}
		b.WriteString("}\n")
	}
	var fis []string
	var fb strings.Builder
	for i := range u.NumFields() {
		f := u.Field(i)
		if !(f.Exported() || f.Embedded()) {
			continue
		}
		j := len(fis)
		if !g.needs(f.Type(), addr, map[string]bool{}) {
			if printType(f.Type()) {
				g.names["\x00"+f.Name()] = true
				fis = append(fis, strconv.Itoa(i))
				fmt.Fprintf(&fb, "if gg__n[%q] {\ngg__fo[%d] = true\ngg__fv[%d] = %s\n}\n",
					"\x00"+f.Name(), j, j, g.printed(unboxedFieldSrc(u, i, "x."+f.Name(), g.typeSrc), f.Type()))
			}
			continue
		}
		fis = append(fis, strconv.Itoa(i))
		fmt.Fprintf(&fb, "gg__fv[%d], gg__fo[%d] = %s(%s)\n", j, j, g.fn(f.Type(), addr), unboxedFieldSrc(u, i, "x."+f.Name(), g.typeSrc))
	}
	fmt.Fprintf(&b, "var gg__fo [%d]bool\nvar gg__fv [%d]any\n%s", len(fis), len(fis), fb.String())
	// The method names and the field indices, made once.
	g.consts++
	msVar, fiVar := fmt.Sprintf("gg__tms%d", g.consts), fmt.Sprintf("gg__tfi%d", g.consts)
	g.decls = append(g.decls, fmt.Sprintf("var %s = []string{%s}", msVar, strings.Join(names, ", ")),
		fmt.Sprintf("var %s = []int{%s}", fiVar, strings.Join(fis, ", ")))
	// What printing the twin shows: the value as fmt prints it.
	pf := "nil"
	if g.fm.needs(t, false, false, map[string]bool{}) {
		if f := g.fm.fn(t, false, false, true); f != "" && !g.fm.fail {
			pf = "func() any { return " + f + "(x) }"
			g.names["\x00"] = true // mirrored even where no method is used
		}
	}
	fmt.Fprintf(&b, "return gg__.TmplStruct(gg__n, (%s)(x), %s, %s, gg__on[:], gg__mv[:], gg__me[:], %s, gg__fo[:], gg__fv[:])",
		us, pf, msVar, fiVar)
	return b.String()
}

// tmplCalls are the template methods whose data operand gets a mirror:
// the index of the data operand.
var tmplCalls = map[string]int{
	"(*text/template.Template).Execute":         1,
	"(*html/template.Template).Execute":         1,
	"(*text/template.Template).ExecuteTemplate": 2,
	"(*html/template.Template).ExecuteTemplate": 2,
}

// tmplCall rewrites, in place, a call of a template's Execute or
// ExecuteTemplate whose data operand needs a mirror (see above).
func (m *modernizer) tmplCall(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || c.Ellipsis.IsValid() {
		return
	}
	arg, ok := tmplCalls[fn.FullName()]
	if !ok || arg >= len(c.Args) {
		return
	}
	sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	// The receiver must be the *Template itself (not a type embedding it).
	rt, ok := types.Unalias(m.info.TypeOf(sel.X)).(*types.Pointer)
	if !ok {
		return
	}
	if n, ok := types.Unalias(rt.Elem()).(*types.Named); !ok || n.Obj().Name() != "Template" || n.Obj().Pkg() == nil ||
		(n.Obj().Pkg().Path() != "text/template" && n.Obj().Pkg().Path() != "html/template") {
		return
	}
	a := c.Args[arg]
	t := m.info.TypeOf(a)
	if t == nil {
		return
	}
	g := &tmplGen{m: m, pos: a.Pos(), index: map[string]int{}, names: map[string]bool{},
		fm: &mirrorGen{m: m, pos: a.Pos(), index: map[string]int{}}}
	if !g.needs(t, false, map[string]bool{}) {
		return
	}
	f := g.fn(t, false)
	ts, ok := g.typeSrc(t)
	if g.fail || g.fm.fail || !ok || len(g.names) == 0 {
		return
	}
	decls := append([]string{"var gg__n map[string]bool"}, g.decls...)
	decls = append(decls, g.fm.decls...)
	defs := append(append([]string{}, g.defs...), g.fm.defs...)
	ret := fmt.Sprintf("func(gg__names map[string]bool, gg__x %s) (any, bool) {\ngg__n = gg__names\nreturn %s(gg__x)\n}", ts, f)
	var set strings.Builder
	fmt.Fprintf(&set, "func() func(map[string]bool, %s) (any, bool) {\n", ts)
	for _, d := range append(decls, defs...) {
		set.WriteString(d + "\n")
	}
	fmt.Fprintf(&set, "return %s\n}()", ret)
	names := make([]string, 0, len(g.names))
	for n := range g.names {
		names = append(names, strconv.Quote(n))
	}
	slices.Sort(names)
	// The value goes back through gg__.TmplData: an any returned by an
	// interpreted function to compiled code can reach it as yaegi's
	// valueInterface.
	src := fmt.Sprintf("func(gg__names map[string]bool) {\ngg__d := gg__tmplData\n"+
		"if !gg__names[\"\\x00off\"] {\nif gg__v, gg__ok := %s(gg__names, gg__d); gg__ok {\ngg__.TmplData(gg__names, gg__v)\nreturn\n}\n}\n"+
		"gg__.TmplData(gg__names, gg__.JSONIn(%s))\n}", set.String(), g.raw("gg__d", t))
	data, err := parseExprSafe(src, a.Pos())
	if err != nil {
		return
	}
	hideUnexported(data)
	placed := false
	ast.Inspect(data, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if ok && len(as.Rhs) == 1 {
			if id, ok := as.Rhs[0].(*ast.Ident); ok && id.Name == "gg__tmplData" {
				as.Rhs[0] = a
				placed = true
				return false
			}
		}
		return true
	})
	if !placed {
		return
	}
	nameList, err := parseExprSafe("[]string{"+strings.Join(names, ", ")+"}", a.Pos())
	if err != nil {
		return
	}
	helper := "TmplExecute"
	args := []ast.Expr{sel.X, c.Args[0]}
	if arg == 2 {
		helper = "TmplExecuteTemplate"
		args = append(args, c.Args[1])
	}
	pos := c.Pos()
	c.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: helper}}
	c.Args = append(args, nameList, data)
}
