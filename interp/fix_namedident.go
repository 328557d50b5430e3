package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// viTypeName is the name of the type of yaegi's valueInterface vi as
// yaegi knows it: "T" for a defined type, "*T" for a pointer to one; ""
// when vi holds something else. It reads yaegi's node and itype, which
// know the session's defined types where reflect only sees their
// underlying types (Celsius float64 and Fahrenheit float64 are both
// float64 to reflect).
func viTypeName(vi reflect.Value) string {
	if !vi.IsValid() || !isValueIface(vi.Type()) {
		return ""
	}
	node := vi.FieldByName("node")
	if !node.IsValid() || node.Kind() != reflect.Pointer || node.IsNil() {
		return ""
	}
	typ := node.Elem().FieldByName("typ")
	if !typ.IsValid() || typ.Kind() != reflect.Pointer || typ.IsNil() {
		return ""
	}
	return itypeName(typ.Elem(), 0)
}

// itypeName is the name of the yaegi itype t (a struct value).
func itypeName(t reflect.Value, depth int) string {
	if depth > 4 {
		return ""
	}
	if n := t.FieldByName("name"); n.IsValid() && n.Kind() == reflect.String && n.String() != "" {
		return n.String()
	}
	// A pointer type: cat ptrT with its element in val.
	if s := t.FieldByName("str"); s.IsValid() && s.Kind() == reflect.String && len(s.String()) > 0 && s.String()[0] == '*' {
		if v := t.FieldByName("val"); v.IsValid() && v.Kind() == reflect.Pointer && !v.IsNil() {
			if n := itypeName(v.Elem(), depth+1); n != "" {
				return "*" + n
			}
		}
	}
	return ""
}

func init() {
	fmtExtra["VIType"] = reflect.ValueOf(func(one []any) string {
		if len(one) != 1 || one[0] == nil {
			return ""
		}
		return viTypeName(reflect.ValueOf(one[0]))
	})
}

// Values of the session's defined non-struct types in interfaces.
//
// To reflect, and so to yaegi, type Celsius float64 is float64, type Path
// []int is []int: in an any, yaegi keeps a value of such a type as its
// plain underlying value, unless the type has methods and the conversion
// site wraps it in yaegi's valueInterface (which records the type). So
// switch v.(type) { case Celsius: ...; case float64: ... } took a plain
// 1.5 for a Celsius, any(Celsius(2)).(float64) held, and a Fahrenheit
// passed an assertion to Celsius. The rewrite makes the type travel with
// the value:
//
//   - a type without methods gets a hidden one (func (T) gg__mk() {}), so
//     that its values in interfaces are valueInterfaces like those of
//     types with methods;
//   - the conversion sites where yaegi keeps plain values (any(x), a
//     composite literal or a value returned as or assigned to an any, ==
//     against an any) convert through a one-element []any, where yaegi
//     always wraps: x => []any{x}[0];
//   - assertions to such a type check the valueInterface's type name
//     (gg__.VIType, read from yaegi's node); a plain value (one that went
//     through a compiled API) still passes, except in a type switch that
//     also lists its underlying type.

// namedScalar reports whether t is a defined type the session declared at
// the package level whose values reflect cannot tell from those of its
// underlying type: not a struct (yaegi gives the session's struct types
// reflect types of their own), an interface or a pointer, and not
// generic.
func namedScalar(t types.Type) bool {
	if t == nil {
		return false
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" || n.TypeParams().Len() > 0 || n.TypeArgs().Len() > 0 {
		return false
	}
	if n.Obj().Parent() != n.Obj().Pkg().Scope() || strings.HasPrefix(n.Obj().Name(), "gg__") {
		return false
	}
	switch n.Underlying().(type) {
	case *types.Struct, *types.Interface, *types.Pointer:
		return false
	}
	return true
}

// yaegiName is the name yaegi knows the session's type n by (see
// newRenames).
func (m *modernizer) yaegiName(n *types.Named) string {
	if r, ok := m.renames[n.Obj().Name()]; ok {
		return r
	}
	return n.Obj().Name()
}

// identMarkers are the hidden methods of the cell's types that need one
// (see above).
func (m *modernizer) identMarkers(pc *parsedCell) []ast.Decl {
	var out []ast.Decl
	for _, d := range pc.decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, sp := range g.Specs {
			ts, ok := sp.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
				continue
			}
			tn, ok := m.info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				continue
			}
			n, ok := tn.Type().(*types.Named)
			if !ok || !namedScalar(n) || types.NewMethodSet(n).Len() > 0 || types.NewMethodSet(types.NewPointer(n)).Len() > 0 {
				continue
			}
			pos := ts.Pos()
			out = append(out, &ast.FuncDecl{
				Recv: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: &ast.Ident{NamePos: pos, Name: m.yaegiName(n)}}}, Closing: pos},
				Name: &ast.Ident{NamePos: pos, Name: "gg__mk"},
				Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
				Body: &ast.BlockStmt{Lbrace: pos, Rbrace: pos},
			})
		}
	}
	return out
}

// viBox is x converted to an any where yaegi always makes its
// valueInterface: []any{x}[0]. Its nodes are typed in m.info, for the
// passes after this one.
func (m *modernizer) viBox(x ast.Expr) ast.Expr {
	pos, end := x.Pos(), x.End()
	anyT := types.Universe.Lookup("any").Type()
	lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: &ast.Ident{NamePos: pos, Name: "any"}}, Lbrace: pos, Elts: []ast.Expr{x}, Rbrace: end}
	idx := &ast.IndexExpr{X: lit, Lbrack: end, Index: &ast.BasicLit{ValuePos: end, Kind: token.INT, Value: "0"}, Rbrack: end}
	m.info.Types[lit] = types.TypeAndValue{Type: types.NewSlice(anyT)}
	m.info.Types[idx] = types.TypeAndValue{Type: anyT}
	return idx
}

// identConversions boxes (viBox) the values of namedScalar types at the
// conversion sites to an empty interface where yaegi keeps them plain.
func (m *modernizer) identConversions(pc *parsedCell) {
	if m.info == nil {
		return
	}
	box := func(e ast.Expr, target types.Type) ast.Expr {
		if target == nil || !emptyIface(target) || !namedScalar(m.info.TypeOf(e)) {
			return e
		}
		return m.viBox(e)
	}
	var sigs []*types.Signature
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncDecl:
			var sig *types.Signature
			if obj := m.info.Defs[x.Name]; obj != nil {
				sig, _ = obj.Type().(*types.Signature)
			}
			if x.Body != nil {
				sigs = append(sigs, sig)
				ast.Inspect(x.Body, visit)
				sigs = sigs[:len(sigs)-1]
			}
			return false
		case *ast.FuncLit:
			sig, _ := m.info.TypeOf(x).(*types.Signature)
			sigs = append(sigs, sig)
			ast.Inspect(x.Body, visit)
			sigs = sigs[:len(sigs)-1]
			return false
		case *ast.CallExpr:
			if len(x.Args) == 1 && !x.Ellipsis.IsValid() {
				if tv, ok := m.info.Types[x.Fun]; ok && tv.IsType() {
					x.Args[0] = box(x.Args[0], tv.Type)
				}
			}
		case *ast.ReturnStmt:
			if len(sigs) > 0 && sigs[len(sigs)-1] != nil {
				res := sigs[len(sigs)-1].Results()
				if res.Len() == len(x.Results) {
					for i := range x.Results {
						x.Results[i] = box(x.Results[i], res.At(i).Type())
					}
				}
			}
		case *ast.AssignStmt:
			if x.Tok == token.ASSIGN && len(x.Lhs) == len(x.Rhs) {
				for i := range x.Rhs {
					x.Rhs[i] = box(x.Rhs[i], m.info.TypeOf(x.Lhs[i]))
				}
			}
		case *ast.ValueSpec:
			if x.Type != nil && len(x.Names) == len(x.Values) {
				t := m.info.TypeOf(x.Type)
				for i := range x.Values {
					x.Values[i] = box(x.Values[i], t)
				}
			}
		case *ast.BinaryExpr:
			if x.Op == token.EQL || x.Op == token.NEQ {
				x.X = box(x.X, m.info.TypeOf(x.Y))
				x.Y = box(x.Y, m.info.TypeOf(x.X))
			}
		}
		return true
	}
	for _, d := range pc.decls {
		ast.Inspect(d, visit)
	}
	for _, st := range pc.stmts {
		ast.Inspect(st, visit)
	}
}

// namedAssertion rewrites x.(T), with x of an empty interface type and T
// a namedScalar type, so that a valueInterface of another type with the
// same underlying type fails it:
//
//	func(gg__v any) (T, bool) {
//		if gg__n := gg__.VIType([]any{gg__v}); gg__n != "" && gg__n != "T" {
//			var gg__z T
//			return gg__z, false // with one result: gg__.VIAssertPanic
//		}
//		gg__r, gg__ok := gg__v.(T)
//		return gg__r, gg__ok
//	}(x)
func (m *modernizer) namedAssertion(ta *ast.TypeAssertExpr, xt types.Type, commaOk bool) ast.Expr {
	if xt == nil || !emptyIface(xt) {
		return nil
	}
	t := m.info.TypeOf(ta.Type)
	if !namedScalar(t) || !m.hasSibling(t) {
		return nil // yaegi's assertion tells t's values from all others
	}
	pos := ta.Pos()
	ts, ok := (&mirrorGen{m: m, pos: pos}).typeSrc(t)
	if !ok {
		return nil
	}
	name := strconv.Quote(m.yaegiName(types.Unalias(t).(*types.Named)))
	check := "if gg__n := gg__.VIType([]any{gg__v}); gg__n != \"\" && gg__n != " + name + " {\n"
	var src string
	if commaOk {
		src = "func(gg__v any) (" + ts + ", bool) {\n" + check + "var gg__z " + ts + "\nreturn gg__z, false\n}\ngg__r, gg__ok := gg__v.(" + ts + ")\nreturn gg__r, gg__ok\n}"
	} else {
		src = "func(gg__v any) " + ts + " {\n" + check + "gg__.VIAssertPanic([]any{gg__v}, " + strconv.Quote(goTypeString(t)) + ")\n}\nreturn gg__v.(" + ts + ")\n}"
	}
	fe, err := parseExprSafe(src, pos)
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}

// namedCaseTest is the condition, after the assertion's ok, of the case
// of type t in a type switch whose cases are the types cases: a
// valueInterface of another type fails it, and a plain value passes only
// when the switch does not list t's underlying type itself ("" when t is
// not namedScalar).
func (m *modernizer) namedCaseTest(t types.Type, tv string, cases []types.Type) string {
	if !namedScalar(t) {
		return ""
	}
	plain := "true"
	for _, c := range cases {
		if c != nil && !types.Identical(c, t) && !namedScalar(c) && types.Identical(c.Underlying(), t.Underlying()) {
			plain = "false"
		}
	}
	if plain == "true" && !m.hasSibling(t) {
		return ""
	}
	return m.viMatch(t, tv, plain)
}

func init() {
	fmtExtra["VIMatch"] = reflect.ValueOf(func(one []any, name string, plain bool) bool {
		if len(one) != 1 || one[0] == nil {
			return plain
		}
		rv := reflect.ValueOf(one[0])
		if !isValueIface(rv.Type()) {
			return plain
		}
		n := viTypeName(rv)
		return n == "" || n == name
	})
}

// namedCheck is the condition, after an assertion's ok, that the
// valueInterface v is of the namedScalar type t and not of another with
// its underlying type ("" for other types).
func (m *modernizer) namedCheck(t types.Type, v string) string {
	if !namedScalar(t) || !m.hasSibling(t) {
		return ""
	}
	return m.viMatch(t, v, "true")
}

// viMatch is the condition " && gg__.VIMatch([]any{v}, \"T\", plain)" for
// the namedScalar type t.
func (m *modernizer) viMatch(t types.Type, v, plain string) string {
	return " && gg__.VIMatch([]any{" + v + "}, " + strconv.Quote(m.yaegiName(types.Unalias(t).(*types.Named))) + ", " + plain + ")"
}

// scalarVIName is the type name of v when v is a valueInterface of a
// non-struct type (whose plain value does not say it), or "".
func scalarVIName(v any) string {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || !isValueIface(rv.Type()) {
		return ""
	}
	if in := valueIfaceValue(rv); !in.IsValid() || in.Kind() == reflect.Struct {
		return ""
	}
	return viTypeName(rv)
}

// hasSibling reports whether another namedScalar type of the session has
// the underlying type of t (the namedScalar type t): only then can a
// valueInterface of another type pass yaegi's assertion to t.
func (m *modernizer) hasSibling(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && m.siblingTypes()[n]
}

// siblingTypes are the session's namedScalar types that share their
// underlying type with another (computed once per cell: the cell's scope
// is fixed).
func (m *modernizer) siblingTypes() map[*types.Named]bool {
	if m.siblings != nil {
		return m.siblings
	}
	m.siblings = map[*types.Named]bool{}
	sc := m.mainScope()
	if sc == nil {
		return m.siblings
	}
	var scalars []*types.Named
	for _, n := range sessionTypes(sc) {
		if namedScalar(n) {
			scalars = append(scalars, n)
		}
	}
	for i, a := range scalars {
		for _, b := range scalars[i+1:] {
			if types.Identical(a.Underlying(), b.Underlying()) {
				m.siblings[a], m.siblings[b] = true, true
			}
		}
	}
	return m.siblings
}

// siblingGuards adds the check of namedCheck to the assertions the other
// rewrites generate in their dispatch chains,
//
//	if gg__x, gg__ok := gg__v.(T); gg__ok {  =>  ...; gg__ok && gg__.VIMatch([]any{gg__v}, "T", true) {
//
// (also when the condition is gg__ok && more),
//
// for the namedScalar types T that have a sibling (hasSibling): there a
// valueInterface of the sibling passes yaegi's assertion (a Weekday's
// String was looked up on Counter). It runs on the cell once its names
// are final (yaegi's).
func (m *modernizer) siblingGuards(nodes ...ast.Node) {
	names := map[string]bool{}
	for n := range m.siblingTypes() {
		names[m.yaegiName(n)] = true
	}
	if len(names) == 0 {
		return
	}
	for _, n := range nodes {
		if n == nil {
			continue
		}
		ast.Inspect(n, func(n ast.Node) bool {
			is, ok := n.(*ast.IfStmt)
			if !ok || is.Init == nil {
				return true
			}
			as, ok := is.Init.(*ast.AssignStmt)
			if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
				return true
			}
			ta, ok := as.Rhs[0].(*ast.TypeAssertExpr)
			if !ok {
				return true
			}
			tn, ok := ta.Type.(*ast.Ident)
			v, ok2 := ta.X.(*ast.Ident)
			okID, ok3 := as.Lhs[1].(*ast.Ident)
			if !ok || !ok2 || !ok3 || !names[tn.Name] {
				return true
			}
			// The condition is ok, or ok && more.
			left := is.Cond
			for {
				b, isAnd := left.(*ast.BinaryExpr)
				if !isAnd || b.Op != token.LAND {
					break
				}
				left = b.X
			}
			if id, ok := left.(*ast.Ident); !ok || id.Name != okID.Name {
				return true
			}
			pos := is.Cond.Pos()
			if e, err := parseExprSafe("gg__.VIMatch([]any{"+v.Name+"}, "+strconv.Quote(tn.Name)+", true)", pos); err == nil {
				is.Cond = &ast.BinaryExpr{X: is.Cond, OpPos: pos, Op: token.LAND, Y: e}
			}
			return true
		})
	}
}
