package interp

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/printer"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// fmtCalls are the printing functions whose operands get fmt mirrors:
// the index of the format argument (-1: none, every operand prints as %v)
// and of the first operand.
var fmtCalls = map[string]struct{ format, first int }{
	"fmt.Print": {-1, 0}, "fmt.Println": {-1, 0}, "fmt.Sprint": {-1, 0}, "fmt.Sprintln": {-1, 0},
	"fmt.Fprint": {-1, 1}, "fmt.Fprintln": {-1, 1}, "fmt.Append": {-1, 1}, "fmt.Appendln": {-1, 1},
	"fmt.Printf": {0, 1}, "fmt.Sprintf": {0, 1}, "fmt.Errorf": {0, 1},
	"fmt.Fprintf": {1, 2}, "fmt.Appendf": {1, 2},
	"log.Print": {-1, 0}, "log.Println": {-1, 0}, "log.Fatal": {-1, 0}, "log.Fatalln": {-1, 0},
	"log.Panic": {-1, 0}, "log.Panicln": {-1, 0},
	"log.Printf": {0, 1}, "log.Fatalf": {0, 1}, "log.Panicf": {0, 1},
	"(*log.Logger).Print": {-1, 0}, "(*log.Logger).Println": {-1, 0}, "(*log.Logger).Fatal": {-1, 0},
	"(*log.Logger).Fatalln": {-1, 0}, "(*log.Logger).Panic": {-1, 0}, "(*log.Logger).Panicln": {-1, 0},
	"(*log.Logger).Printf": {0, 1}, "(*log.Logger).Fatalf": {0, 1}, "(*log.Logger).Panicf": {0, 1},
}

// fmtArgs replaces the operands of a printing call (fmt.Println,
// fmt.Printf, log.Printf, ...) that fmt would print wrongly from yaegi's
// representation of session types by mirrors (see fmtmirror_rt.go):
// values of session types with String or Error methods inside structs,
// slices, arrays and maps, fields of such types, and the type names %#v
// prints. Operands of %T, %p and %w, interfaces (their dynamic type is
// not known here) and values a mirror would not change are left alone.
func (m *modernizer) fmtArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil {
		return
	}
	fc, ok := fmtCalls[fn.FullName()]
	if !ok {
		return
	}
	if c.Ellipsis.IsValid() {
		// fmt.Println(xs...): the elements are the operands.
		m.fmtSpread(c)
		return
	}
	type verbInfo struct {
		verb        byte
		sharp, plus bool
	}
	var verbs map[int]verbInfo
	if fc.format >= 0 {
		if fc.format >= len(c.Args) {
			return
		}
		tv := m.info.Types[c.Args[fc.format]]
		if tv.Value != nil && tv.Value.Kind() == constant.String {
			format := constant.StringVal(tv.Value)
			if vs, ok := formatVerbs(format); ok {
				verbs = map[int]verbInfo{}
				for _, v := range vs {
					start := strings.LastIndexByte(format[:v.at], '%')
					flags := format[start:v.at]
					verbs[v.arg] = verbInfo{v.verb, strings.IndexByte(flags, '#') >= 0, strings.IndexByte(flags, '+') >= 0}
				}
			}
		}
	}
	for i := fc.first; i < len(c.Args); i++ {
		vi := verbInfo{verb: 'v'}
		if fc.format >= 0 {
			if verbs == nil {
				vi.verb = '?' // unknown format
			} else if v, ok := verbs[i-fc.first]; ok {
				vi = v
			} else {
				continue // an extra operand: fmt prints %!(EXTRA ...)
			}
		}
		switch vi.verb {
		case 'T', 'p', 'w':
			continue
		}
		a := c.Args[i]
		t := m.info.TypeOf(a)
		if t == nil {
			continue
		}
		if isReflectType(t) && (vi.verb == 'v' || vi.verb == 's') {
			c.Args[i] = gg("RTString", a.Pos(), a) // see fix_reflectnames.go
			continue
		}
		if types.IsInterface(t) {
			if emptyIface(t) {
				if e := m.viWrap(a, t, vi.sharp, vi.plus && vi.verb == 'v', false, methodVerb(vi.verb)); e != nil {
					c.Args[i] = e
					continue
				}
			}
			if e := m.ifaceFieldsWrap(a, t, vi.sharp, vi.plus && vi.verb == 'v', methodVerb(vi.verb)); e != nil {
				c.Args[i] = e // see fix_ifacefields.go
				continue
			}
			if e := m.dynamicMirror(a, t, vi.sharp, vi.plus && vi.verb == 'v'); e != nil {
				c.Args[i] = e
				continue
			}
			if vi.verb == 'v' && (vi.sharp || vi.plus) {
				// Field names of the dynamic value (see fmtDyn).
				pos := a.Pos()
				c.Args[i] = &ast.CallExpr{
					Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "FmtDyn"}},
					Lparen: pos, Args: []ast.Expr{a}, Rparen: a.End(),
				}
			}
			continue
		}
		g := &mirrorGen{m: m, sharp: vi.sharp, plus: vi.plus && vi.verb == 'v', pos: a.Pos(), index: map[string]int{}}
		if !g.needs(t, true, false, map[string]bool{}) {
			if e := m.fmtWrap(fn, a, t); e != nil {
				c.Args[i] = e
			} else if e := m.nilStringer(a, t, vi.verb, vi.sharp); e != nil {
				c.Args[i] = e
			} else if holdsIfaceType(t, map[types.Type]bool{}) {
				if e := m.viWrap(a, t, vi.sharp, vi.plus && vi.verb == 'v', false, methodVerb(vi.verb)); e != nil {
					c.Args[i] = e
				}
			}
			continue
		}
		if e := g.expr(a, t); e != nil {
			c.Args[i] = e
		}
	}
}

// mirrorGen generates the interpreted functions that build the mirror of
// one operand: one function per (type, level, methods) met in its type,
// so that recursive types are handled.
type mirrorGen struct {
	m     *modernizer
	sharp bool // the verb is %#v: type names matter
	plus  bool // the verb is %+v: field names matter (yaegi renames unexported ones)
	pos   token.Pos
	index map[string]int
	decls []string // "var fN func(T) any"
	defs  []string // "fN = func(x T) any { ... }"
	fail  bool
}

// sessionNamed reports whether t is a named type the session declared
// (generic instances included).
func sessionNamed(t types.Type) (*types.Named, bool) {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || hasTypeParam(n) {
		return nil, false
	}
	if n.TypeParams().Len() > 0 && n.TypeArgs().Len() == 0 {
		return nil, false
	}
	return n, true
}

// printMethods returns which of fmt's methods are in t's method set.
func printMethods(t types.Type) (str, gostr, format string) {
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		f, ok := ms.At(i).Obj().(*types.Func)
		if !ok {
			continue
		}
		sig := f.Type().(*types.Signature)
		switch f.Name() {
		case "Error", "String":
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
				if str != "Error" {
					str = f.Name()
				}
			}
		case "GoString":
			if sig.Params().Len() == 0 && sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
				gostr = f.Name()
			}
		case "Format":
			if sig.Params().Len() == 2 && sig.Results().Len() == 0 {
				format = f.Name()
			}
		}
	}
	return
}

// sessionMethods reports whether t, a session type or a pointer to one,
// has printing methods.
func sessionMethods(t types.Type) bool {
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, ok := sessionNamed(base); !ok {
		return false
	}
	s, g, f := printMethods(t)
	return s != "" || g != "" || f != ""
}

// containsSession reports whether a session type appears in t (not
// behind pointers): %#v prints its name.
func containsSession(t types.Type, seen map[string]bool) bool {
	t = types.Unalias(t)
	if _, ok := sessionNamed(t); ok {
		return true
	}
	key := t.String()
	if seen[key] {
		return false
	}
	seen[key] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		for i := range u.NumFields() {
			if containsSession(u.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Slice:
		return containsSession(u.Elem(), seen)
	case *types.Array:
		return containsSession(u.Elem(), seen)
	case *types.Map:
		return containsSession(u.Key(), seen) || containsSession(u.Elem(), seen)
	}
	return false
}

// needs reports whether a value of type t, printed at the top level or
// below it, and with its methods reachable by fmt or not (unexported
// fields), prints differently from Go unless mirrored.
func (g *mirrorGen) needs(t types.Type, top, noMeth bool, seen map[string]bool) bool {
	t = types.Unalias(t)
	if types.IsInterface(t) {
		return false // (yaegi's values inside: see viWrap)
	}
	if ptrOnlyPrintMethods(t) {
		return mirrorable(t)
	}
	if noMeth && !top && compiledPrintMethods(t) {
		return true // see fix_rawfields.go
	}
	if sessionMethods(t) {
		if !top {
			return true
		}
		if !g.sharp {
			return false // yaegi's interface wrapper calls them (see stringer.go)
		}
	}
	key := fmt.Sprintf("%s|%v|%v", t, top, noMeth)
	if seen[key] {
		return false
	}
	seen[key] = true
	if g.sharp {
		if _, ptr := t.Underlying().(*types.Pointer); !ptr && containsSession(t, map[string]bool{}) {
			switch t.Underlying().(type) {
			case *types.Struct, *types.Slice, *types.Array, *types.Map:
				return mirrorable(t)
			}
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if !mirrorable(t) || compiledNamed(t) {
			return false // (a compiled struct's own fields are not the session's to read)
		}
		if hasBoxedField(u) {
			return true // an interface{} to yaegi (see fix_recfunc.go)
		}
		if g.sharp || g.plus {
			for i := range u.NumFields() {
				if !u.Field(i).Exported() {
					return true
				}
			}
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			if g.needs(f.Type(), false, noMeth || !f.Exported(), seen) {
				return true
			}
		}
	case *types.Slice:
		return g.needs(u.Elem(), false, noMeth, seen)
	case *types.Array:
		return g.needs(u.Elem(), false, noMeth, seen)
	case *types.Map:
		return g.needs(u.Key(), false, noMeth, seen) || g.needs(u.Elem(), false, noMeth, seen)
	case *types.Pointer:
		if !top {
			return false
		}
		switch u.Elem().Underlying().(type) {
		case *types.Struct, *types.Slice, *types.Array, *types.Map:
			return g.needs(u.Elem(), false, noMeth, seen)
		}
	}
	return false
}

// mirrorable reports whether the rewrite can read every field of a struct
// type t (blank fields it cannot).
func mirrorable(t types.Type) bool {
	st, ok := t.Underlying().(*types.Struct)
	if !ok {
		return true
	}
	for i := range st.NumFields() {
		if st.Field(i).Name() == "_" {
			return false
		}
	}
	return true
}

// expr is the mirror of a, of type t, or nil when it cannot be written.
func (g *mirrorGen) expr(a ast.Expr, t types.Type) ast.Expr {
	f := g.fn(t, true, false, true)
	if g.fail || f == "" {
		return nil
	}
	te, ok := g.typeSrc(t)
	if !ok {
		return nil
	}
	fe, ok := closureSet("func("+te+") any", g.decls, g.defs, f, g.pos)
	if !ok {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: a.Pos(), Args: []ast.Expr{a}, Rparen: a.End()}
}

// closureSet parses, at pos, func() ft { decls; defs; return ret }(): the
// functions generated for one operand (declared first, as they may call
// each other) and the one of them, or a literal using them, it returns.
// Its struct type literals get the session's tags (see hideUnexported), so
// that they are the cell's types.
func closureSet(ft string, decls, defs []string, ret string, pos token.Pos) (ast.Expr, bool) {
	var b strings.Builder
	fmt.Fprintf(&b, "func() %s {\n", ft)
	for _, d := range decls {
		b.WriteString(d + "\n")
	}
	for _, d := range defs {
		b.WriteString(d + "\n")
	}
	fmt.Fprintf(&b, "return %s\n}()", ret)
	fe, err := parseExprSafe(b.String(), pos)
	if err != nil {
		return nil, false
	}
	hideUnexported(fe)
	return fe, true
}

func parseExprSafe(src string, pos token.Pos) (e ast.Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return parseExprAt(src, pos), nil
}

// typeSrc is t as source in the cell.
func (g *mirrorGen) typeSrc(t types.Type) (string, bool) {
	te, ok := g.m.typeExpr(t, g.pos)
	if !ok {
		return "", false
	}
	var b strings.Builder
	if err := printer.Fprint(&b, token.NewFileSet(), te); err != nil {
		return "", false
	}
	return b.String(), true
}

// fn returns the name of the function mirroring values of type t (top:
// printed at the top level; noMeth: fmt cannot call their methods;
// self: t's own printing methods apply), generating it when new.
func (g *mirrorGen) fn(t types.Type, top, noMeth, self bool) string {
	t = types.Unalias(t)
	key := fmt.Sprintf("%s|%v|%v|%v", types.TypeString(t, nil), top, noMeth, self)
	if i, ok := g.index[key]; ok {
		return fmt.Sprintf("gg__fm%d", i)
	}
	i := len(g.index)
	g.index[key] = i
	name := fmt.Sprintf("gg__fm%d", i)
	ts, ok := g.typeSrc(t)
	if !ok {
		g.fail = true
		return ""
	}
	g.decls = append(g.decls, fmt.Sprintf("var %s func(%s) any", name, ts))
	body := g.body(t, top, noMeth, self)
	g.defs = append(g.defs, fmt.Sprintf("%s = func(x %s) any {\n%s\n}", name, ts, body))
	return name
}

// elem is the source of the value v, of type t, as an element of a
// mirror.
func (g *mirrorGen) elem(v string, t types.Type, noMeth bool) string {
	if e := g.viElem(v, t, noMeth); e != "" {
		return e // see fix_mirrorvi.go
	}
	if types.IsInterface(t) && (g.plus || g.sharp) {
		// Field names inside the dynamic value (see fmtDyn).
		if noMeth {
			return "gg__.FmtDynRaw(" + v + ")"
		}
		return "gg__.FmtDyn(" + v + ")"
	}
	if noMeth && compiledPrintMethods(t) {
		return "gg__.FmtRaw(" + v + ")" // see fix_rawfields.go
	}
	if g.needs(t, false, noMeth, map[string]bool{}) {
		return g.fn(t, false, noMeth, true) + "(" + v + ")"
	}
	if noMeth && !types.IsInterface(t) {
		return "gg__.FmtRaw(" + v + ")"
	}
	return v
}

// reflectName is the name reflect (and so %#v) gives t.
func reflectName(t types.Type) string {
	t = types.Unalias(t)
	switch x := t.(type) {
	case *types.Basic:
		switch x.Kind() {
		case types.Byte:
			return "uint8"
		case types.Rune:
			return "int32"
		}
		return x.Name()
	case *types.Named:
		name := x.Obj().Name()
		if p := x.Obj().Pkg(); p != nil {
			name = p.Name() + "." + name
		}
		if x.TypeArgs().Len() > 0 {
			var args []string
			for i := range x.TypeArgs().Len() {
				args = append(args, reflectName(x.TypeArgs().At(i)))
			}
			name += "[" + strings.Join(args, ",") + "]"
		}
		return name
	case *types.Pointer:
		return "*" + reflectName(x.Elem())
	case *types.Slice:
		return "[]" + reflectName(x.Elem())
	case *types.Array:
		return fmt.Sprintf("[%d]%s", x.Len(), reflectName(x.Elem()))
	case *types.Map:
		return "map[" + reflectName(x.Key()) + "]" + reflectName(x.Elem())
	case *types.Struct:
		if x.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range x.NumFields() {
			f := x.Field(i)
			s := reflectName(f.Type())
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := x.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			fs = append(fs, s)
		}
		return "struct { " + strings.Join(fs, "; ") + " }"
	case *types.Interface:
		if x.Empty() {
			return "interface {}"
		}
	}
	return types.TypeString(t, func(p *types.Package) string { return p.Name() })
}

// body is the source of the body of the mirror function of t.
func (g *mirrorGen) body(t types.Type, top, noMeth, self bool) string {
	name := strconv.Quote(reflectName(t))
	if self && !noMeth && sessionMethods(t) {
		str, gostr, format := printMethods(t)
		fn := func(m string) string {
			if m == "" {
				return "nil"
			}
			return "func() string { return x." + m + "() }"
		}
		ff := "nil"
		if format != "" {
			ff = "func(f fmt.State, verb rune) { x.Format(f, verb) }"
		}
		var b strings.Builder
		raw := "nil"
		if _, ptr := t.Underlying().(*types.Pointer); ptr {
			b.WriteString("if x == nil { return gg__.FmtPtr(" + name + ", nil, true) }\n")
		} else {
			raw = g.fn(t, top, noMeth, false) + "(x)"
		}
		fmt.Fprintf(&b, "return gg__.FmtMethods(%s, %s, %s, %s)", raw, fn(str), fn(gostr), ff)
		return b.String()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		var names, vals []string
		for i := range u.NumFields() {
			f := u.Field(i)
			names = append(names, strconv.Quote(f.Name()))
			vals = append(vals, g.elem(unboxedFieldSrc(u, i, "x."+f.Name(), g.typeSrc), f.Type(), noMeth || !f.Exported()))
		}
		return fmt.Sprintf("return gg__.FmtStruct(%s, []string{%s}, []any{%s})", name, strings.Join(names, ", "), strings.Join(vals, ", "))
	case *types.Slice, *types.Array:
		var et types.Type
		isNil := "false"
		if s, ok := u.(*types.Slice); ok {
			et = s.Elem()
			isNil = "x == nil"
		} else {
			et = u.(*types.Array).Elem()
		}
		return fmt.Sprintf("gg__es := make([]any, len(x))\nfor gg__i := range x {\ngg__es[gg__i] = %s\n}\nreturn gg__.FmtSeq(%s, %s, gg__es)",
			g.elem("x[gg__i]", et, noMeth), name, isNil)
	case *types.Map:
		rawKey := "gg__k"
		if _, ok := sessionNamed(u.Key()); ok && !types.IsInterface(u.Key()) {
			if us, ok := g.typeSrc(u.Key().Underlying()); ok {
				rawKey = "(" + us + ")(gg__k)"
			}
		}
		return fmt.Sprintf("gg__raw, gg__ks, gg__vs := make([]any, 0, len(x)), make([]any, 0, len(x)), make([]any, 0, len(x))\n"+
			"for gg__k, gg__v := range x {\ngg__raw = append(gg__raw, %s)\ngg__ks = append(gg__ks, %s)\ngg__vs = append(gg__vs, %s)\n}\n"+
			"return gg__.FmtMap(%s, x == nil, gg__raw, gg__ks, gg__vs)",
			rawKey, g.elem("gg__k", u.Key(), noMeth), g.elem("gg__v", u.Elem(), noMeth), name)
	case *types.Pointer:
		return fmt.Sprintf("if x == nil { return gg__.FmtPtr(%s, nil, true) }\nreturn gg__.FmtPtr(%s, %s, false)",
			name, name, g.elem("*x", u.Elem(), noMeth))
	}
	// A basic kind: its underlying value.
	if us, ok := g.typeSrc(t.Underlying()); ok {
		return "return " + us + "(x)"
	}
	return "return x"
}

// anyTypeName is, for the operand e of a %T whose static type is an empty
// interface, an expression giving the name of its dynamic type when that
// is one of the session's struct types (or a pointer to one). yaegi's
// type switch on an any misses interpreted types and its type assertions
// compare only the underlying structure, so each struct type is tried and
// the name is used only when exactly one matches:
//
//	func(v any) string {
//		n, s := 0, ""
//		if _, ok := v.(Inner); ok { n++; s = "main.Inner" }
//		...
//		if n == 1 { return s }
//		return gg__.TypeOf(v)
//	}(e)
func (m *modernizer) anyTypeName(e ast.Expr) ast.Expr {
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	var b strings.Builder
	b.WriteString("func(gg__v any) string {\n")
	// Values of types with methods are yaegi's interface values, named
	// exactly by the session's dispatcher (see fix_valueiface.go).
	viNames := m.sessionHasMethods() || !m.top
	if viNames {
		b.WriteString("if gg__n := gg__.VIName([]any{gg__v}); gg__n != \"\" {\nreturn gg__n\n}\n")
	}
	b.WriteString("gg__n, gg__s := 0, \"\"\n")
	count := 0
	for _, n := range sessionTypes(sc) {
		if _, st := n.Underlying().(*types.Struct); !st {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			te, ok := m.typeExpr(t, e.Pos())
			if !ok {
				continue
			}
			var ts strings.Builder
			if printer.Fprint(&ts, token.NewFileSet(), te) != nil {
				continue
			}
			fmt.Fprintf(&b, "if _, ok := gg__v.(%s); ok { gg__n++; gg__s = %q }\n", ts.String(), m.sessionTypeName(t))
			count++
		}
	}
	if count == 0 && !viNames || count > 128 {
		return nil
	}
	b.WriteString("if gg__n == 1 { return gg__s }\nreturn gg__.TypeOf(gg__v)\n}")
	fe, err := parseExprSafe(b.String(), e.Pos())
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: e.Pos(), Args: []ast.Expr{e}, Rparen: e.End()}
}

// finalExpr is the cell's final expression statement's value and its
// type, taken before the rewrite changes the expression.
func (m *modernizer) finalExpr(pc *parsedCell) types.Type {
	if len(pc.stmts) == 0 {
		return nil
	}
	es, ok := pc.stmts[len(pc.stmts)-1].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	tv, ok := m.info.Types[es.X]
	if !ok || !tv.IsValue() || tv.Type == nil {
		return nil
	}
	if _, tuple := tv.Type.(*types.Tuple); tuple {
		return nil
	}
	return tv.Type
}

// finalText is the source of a function giving the fmt mirror of a value
// of type t, the type of the cell's final expression, when its text/plain
// display (fmt's %v) needs one; "" when not.
func (m *modernizer) finalText(t types.Type) string {
	if t == nil {
		return ""
	}
	if types.IsInterface(t) {
		// The dynamic value's String (see dynamicMirror).
		e, ok := m.dynamicMirror(&ast.Ident{Name: "gg__v"}, t, false, false).(*ast.CallExpr)
		if !ok || e == nil {
			return ""
		}
		var out strings.Builder
		if printer.Fprint(&out, token.NewFileSet(), e.Fun) != nil {
			return ""
		}
		return out.String()
	}
	g := &mirrorGen{m: m, index: map[string]int{}}
	if !g.needs(t, true, false, map[string]bool{}) {
		return ""
	}
	e, ok := g.expr(&ast.Ident{Name: "gg__v"}, t).(*ast.CallExpr)
	if !ok || e == nil {
		return ""
	}
	var out strings.Builder
	if printer.Fprint(&out, token.NewFileSet(), e.Fun) != nil {
		return ""
	}
	return out.String()
}

// dynamicMirror is the mirror of a, an operand of an empty interface type
// (a value that came back from compiled code: a container/list element, a
// sync.Map value, an element of []any), whose dynamic value may be of one
// of the session's struct types that print through methods or need a
// mirror. yaegi hands such values over without their methods, so each of
// these types (and pointers to them) is tried with a type assertion, in
// declaration order; basic kinds are not tried (a session type Color int
// cannot be told from an int here). It returns nil when the session has
// no such type.
func (m *modernizer) dynamicMirror(a ast.Expr, t types.Type, sharp, plus bool) ast.Expr {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	// An interface the session declared: yaegi keeps the dynamic type of
	// its values, so assertions are exact and every kind can be tried.
	sessionIface := false
	if n, ok := types.Unalias(t).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" && !iface.Empty() {
		sessionIface = true
	}
	if _, named := types.Unalias(t).(*types.Named); !named && !iface.Empty() {
		sessionIface = true // an interface literal (case interface{ Area() float64 }:) is the session's too
	}
	if !iface.Empty() && !sessionIface {
		return nil // compiled interfaces (error, fmt.Stringer): yaegi's wrappers print them
	}
	fe := m.dispatcher(t, iface, sessionIface, sharp, plus, a.Pos())
	if fe == nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: a.Pos(), Args: []ast.Expr{a}, Rparen: a.End()}
}

// dispatcher is the function that mirrors a value of the interface type t
// by trying the session's types that print through methods or need a
// mirror (all kinds when exact: the values it gets keep their
// interpreted type), or nil when there is none. Values of no such type
// are returned as they are (or through gg__.FmtDyn for %#v and %+v).
func (m *modernizer) dispatcher(t types.Type, iface *types.Interface, exact, sharp, plus bool, pos token.Pos) ast.Expr {
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	g := &mirrorGen{m: m, sharp: sharp, plus: plus, pos: pos, index: map[string]int{}}
	type cand struct {
		src   string
		fn    string
		pos   token.Pos
		check string // see namedCheck
	}
	var cands []cand
	for _, n := range sessionTypes(sc) {
		if strings.HasPrefix(n.Obj().Name(), "gg__") {
			continue // (gg__ names: the rewrite's copies of generic types)
		}
		if _, st := n.Underlying().(*types.Struct); !exact && !st || !mirrorable(n) {
			continue
		}
		for _, ct := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(ct, iface) {
				continue
			}
			if !sessionMethods(ct) && !g.needs(ct, true, false, map[string]bool{}) {
				continue
			}
			src, ok := g.typeSrc(ct)
			if !ok {
				continue
			}
			f := g.fn(ct, true, false, true)
			if g.fail {
				return nil
			}
			cands = append(cands, cand{src, f, n.Obj().Pos(), m.namedCheck(ct, "gg__d")})
		}
	}
	if len(cands) == 0 || len(cands) > 64 {
		return nil
	}
	ts, ok := g.typeSrc(t)
	if !ok {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "func(gg__d %s) any {\n", ts)
	for _, c := range cands {
		fmt.Fprintf(&b, "if gg__x, gg__ok := gg__d.(%s); gg__ok%s {\nreturn %s(gg__x)\n}\n", c.src, c.check, c.fn)
	}
	if sharp || plus {
		b.WriteString("return gg__.FmtDyn(gg__d)\n}")
	} else {
		b.WriteString("return gg__d\n}")
	}
	fe, ok := closureSet("func("+ts+") any", g.decls, g.defs, b.String(), pos)
	if !ok {
		return nil
	}
	return fe
}
