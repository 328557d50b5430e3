package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unsafe"
)

// yaegi's interface values inside containers. A value of a session type
// with methods stored in an interpreted any is yaegi's valueInterface
// (the type's node and the value). Handed to a compiled function as an
// operand, yaegi converts it; inside a container ([]any{Celsius(2)},
// map[string]any, a struct field of type any) it stays what it is, so
// fmt printed {0xc000123 {0x128a8a0 0xc000456 142}} and encoding/json
// wrote {}. The operands of fmt's and json's functions that can hold such
// values are rebuilt (only when one is found) with each valueInterface
// replaced by what the session's dispatcher makes of it (the fmt mirror
// of its dynamic type: String, Error and Format called), or by its plain
// value.

const yaegiPkg = "github.com/traefik/yaegi/interp"

// isValueIface reports whether t is yaegi's valueInterface.
func isValueIface(t reflect.Type) bool {
	return t.Kind() == reflect.Struct && t.Name() == "valueInterface" && t.PkgPath() == yaegiPkg
}

// valueIfaceValue is the value a valueInterface holds.
func valueIfaceValue(v reflect.Value) reflect.Value {
	f, ok := v.Type().FieldByName("value")
	if !ok || f.Type != reflect.TypeFor[reflect.Value]() {
		return reflect.Value{}
	}
	c := reflect.New(v.Type()).Elem()
	c.Set(v)
	return *(*reflect.Value)(unsafe.Pointer(c.FieldByIndex(f.Index).UnsafeAddr()))
}

var (
	ifaceInsideMu sync.Mutex
	ifaceInside   = map[reflect.Type]bool{}
)

// holdsIface reports whether values of t can hold interface values (in
// elements, fields or map entries; pointers are not followed).
func holdsIface(t reflect.Type) bool {
	ifaceInsideMu.Lock()
	defer ifaceInsideMu.Unlock()
	return holdsIfaceLocked(t, map[reflect.Type]bool{})
}

func holdsIfaceLocked(t reflect.Type, busy map[reflect.Type]bool) (r bool) {
	if v, ok := ifaceInside[t]; ok {
		return v
	}
	if busy[t] {
		return false
	}
	busy[t] = true
	defer func() { ifaceInside[t] = r }()
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Slice, reflect.Array:
		return holdsIfaceLocked(t.Elem(), busy)
	case reflect.Map:
		return holdsIfaceLocked(t.Key(), busy) || holdsIfaceLocked(t.Elem(), busy)
	case reflect.Struct:
		if isValueIface(t) {
			return true
		}
		for i := range t.NumField() {
			if holdsIfaceLocked(t.Field(i).Type, busy) {
				return true
			}
		}
	}
	return false
}

// unwrapIfaces returns v with the valueInterfaces inside it replaced (see
// above), and whether anything was; disp may be nil.
func unwrapIfaces(v any, disp func(any) any) (any, bool) {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v, false
	}
	if isValueIface(rv.Type()) {
		return unwrapOne(rv, disp), true
	}
	top := rv
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem() // fmt prints &{...} for a pointer to a struct
	}
	if !holdsIface(rv.Type()) {
		return v, false
	}
	out, changed := unwrapValue(rv, disp, 0)
	if !changed {
		return v, false
	}
	if top.Kind() == reflect.Pointer {
		p := reflect.New(out.Type())
		p.Elem().Set(out)
		return p.Interface(), true
	}
	return out.Interface(), true
}

// unwrapOne is the replacement of the valueInterface vi.
func unwrapOne(vi reflect.Value, disp func(any) any) any {
	if inner := valueIfaceValue(vi); !inner.IsValid() {
		return nil // a nil interface value
	}
	if node := vi.FieldByName("node"); disp != nil && node.IsValid() && node.Kind() == reflect.Pointer && !node.IsNil() {
		if r := disp(vi.Interface()); r != nil {
			if !isValueIface(reflect.TypeOf(r)) {
				return r
			}
		}
	}
	inner := valueIfaceValue(vi)
	if !inner.IsValid() || !inner.CanInterface() {
		return nil
	}
	r, _ := unwrapIfaces(inner.Interface(), disp)
	return r
}

// unwrapValue rebuilds rv (a value that can hold interfaces) with its
// valueInterfaces replaced; rv itself when there are none. A replaced
// valueInterface is an any; a container whose elements (or keys, or
// fields) were yaegi's valueInterface type itself (a []Shape of a session
// interface Shape is a []valueInterface) becomes one of any.
func unwrapValue(rv reflect.Value, disp func(any) any, depth int) (reflect.Value, bool) {
	if depth > 16 || !rv.IsValid() {
		return rv, false
	}
	switch rv.Kind() {
	case reflect.Interface:
		if rv.IsNil() {
			return rv, false
		}
		e := rv.Elem()
		if !holdsIface(e.Type()) {
			return rv, false
		}
		ne, changed := unwrapValue(e, disp, depth+1)
		if !changed {
			return rv, false
		}
		out := reflect.New(anyType).Elem()
		out.Set(ne)
		return out, true
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() || !holdsIface(rv.Type().Elem()) {
			return rv, false
		}
		elems := make([]reflect.Value, rv.Len())
		et := rv.Type().Elem()
		changed := false
		for i := range elems {
			var c bool
			elems[i], c = unwrapValue(rv.Index(i), disp, depth+1)
			changed = changed || c
			if !elems[i].Type().AssignableTo(et) {
				et = anyType // a []valueInterface (a []Shape): a []any
			}
		}
		if !changed {
			return rv, false
		}
		var out reflect.Value
		if rv.Kind() == reflect.Slice {
			out = reflect.MakeSlice(reflect.SliceOf(et), len(elems), len(elems))
		} else {
			out = reflect.New(reflect.ArrayOf(len(elems), et)).Elem()
		}
		for i, e := range elems {
			out.Index(i).Set(e)
		}
		return out, true
	case reflect.Map:
		if rv.IsNil() {
			return rv, false
		}
		kt, et := rv.Type().Key(), rv.Type().Elem()
		if !holdsIface(kt) && !holdsIface(et) {
			return rv, false
		}
		changed := false
		type kv struct{ k, v, orig reflect.Value }
		var pairs []kv
		it := rv.MapRange()
		for it.Next() {
			nk, ck := unwrapValue(it.Key(), disp, depth+1)
			nv, cv := unwrapValue(it.Value(), disp, depth+1)
			changed = changed || ck || cv
			pairs = append(pairs, kv{nk, nv, it.Key()})
		}
		if !changed {
			return rv, false
		}
		for _, p := range pairs {
			if !p.k.Comparable() {
				// A key printed through its methods (a mirror holding
				// funcs): a map fmt prints, sorted by the plain keys.
				fm := fmtMap{name: rv.Type().String()}
				for _, p := range pairs {
					k := p.orig
					if k.Kind() == reflect.Interface && !k.IsNil() {
						k = k.Elem()
					}
					if isValueIface(k.Type()) {
						k = valueIfaceValue(k)
					}
					var raw any
					if k.IsValid() && k.CanInterface() {
						raw = k.Interface()
					}
					fm.raw = append(fm.raw, raw)
					fm.keys = append(fm.keys, p.k.Interface())
					fm.values = append(fm.values, p.v.Interface())
				}
				return reflect.ValueOf(fm), true
			}
		}
		for _, p := range pairs {
			if !p.k.Type().AssignableTo(kt) {
				kt = anyType
			}
			if !p.v.Type().AssignableTo(et) {
				et = anyType
			}
		}
		out := reflect.MakeMapWithSize(reflect.MapOf(kt, et), len(pairs))
		for _, p := range pairs {
			if !p.k.Type().Comparable() {
				return rv, false
			}
			out.SetMapIndex(p.k, p.v)
		}
		return out, true
	case reflect.Struct:
		if isValueIface(rv.Type()) {
			r := unwrapOne(rv, disp)
			out := reflect.New(anyType).Elem()
			if r != nil {
				out.Set(reflect.ValueOf(r))
			}
			return out, true
		}
		t := rv.Type()
		vals := make([]reflect.Value, t.NumField())
		changed, retype := false, false
		for i := range t.NumField() {
			vals[i] = rv.Field(i)
			if !t.Field(i).IsExported() {
				continue // a compiled type's own field
			}
			ne, c := unwrapValue(rv.Field(i), disp, depth+1)
			if c {
				vals[i], changed = ne, true
				retype = retype || !ne.Type().AssignableTo(t.Field(i).Type)
			}
		}
		if !changed {
			return rv, false
		}
		nt := t
		if retype {
			fields := make([]reflect.StructField, t.NumField())
			for i := range fields {
				f := t.Field(i)
				if f.PkgPath != "" {
					return rv, false
				}
				if !vals[i].Type().AssignableTo(f.Type) {
					f.Type = anyType
				}
				f.Index, f.Offset = nil, 0
				fields[i] = f
			}
			ok := true
			func() {
				defer func() {
					if recover() != nil {
						ok = false
					}
				}()
				nt = reflect.StructOf(fields)
			}()
			if !ok {
				return rv, false
			}
		}
		out := reflect.New(nt).Elem()
		if nt == t {
			out.Set(rv)
		}
		for i := range t.NumField() {
			if nt == t && vals[i] == rv.Field(i) {
				continue
			}
			f := out.Field(i)
			v := vals[i]
			if !v.CanInterface() {
				v = reflect.NewAt(v.Type(), unsafe.Pointer(rv.Field(i).UnsafeAddr())).Elem()
			}
			reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(v)
		}
		return out, true
	}
	return rv, false
}

// holdsIfaceType reports whether values of t can hold interface values in
// elements, fields or map entries (a pointer is followed at the top only,
// as fmt prints &{...} there).
func holdsIfaceType(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return false
	}
	top := len(seen) == 0
	seen[t] = true
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return !top
	case *types.Slice:
		return holdsIfaceType(u.Elem(), seen)
	case *types.Array:
		return holdsIfaceType(u.Elem(), seen)
	case *types.Map:
		return holdsIfaceType(u.Key(), seen) || holdsIfaceType(u.Elem(), seen)
	case *types.Struct:
		if n, ok := t.(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
			return false // a compiled type: its own fields
		}
		for i := range u.NumFields() {
			if holdsIfaceType(u.Field(i).Type(), seen) {
				return true
			}
		}
	case *types.Pointer:
		if top {
			return holdsIfaceType(u.Elem(), seen)
		}
	}
	return false
}

// sessionHasMethods reports whether a type the session declared has
// methods (only values of such types are yaegi's interface values).
func (m *modernizer) sessionHasMethods() bool {
	if m.hasMethods == nil {
		has := false
		if sc := m.mainScope(); sc != nil {
			for _, n := range sessionTypes(sc) {
				has = has || n.NumMethods() > 0 || namedScalar(n)
			}
		}
		m.hasMethods = &has
	}
	return *m.hasMethods
}

// viWrap is the mirror of the fmt operand a, of type t, that replaces
// yaegi's interface values (see above), or nil when the session has no
// type with methods:
//
//	gg__.FmtAnyS([]any{a}, mode)     // mode: 0 plain, 1 %+v, 2 %#v
//	gg__.FmtVIsS(xs, mode)           // the spread slice of fmt.Println(xs...)
//
// The one-element slice keeps yaegi's interface value as it is (handed
// over alone, yaegi converts it to its plain value, without its type), so
// a value of a session type with methods is told apart from a plain value
// of the same kind (Celsius(2) from 2.0) and given to the session's exact
// dispatcher; other values of an any go to the dispatcher over its struct
// types (see dynamicMirror). The dispatchers are the session's latest
// (see viDispatchers).
func (m *modernizer) viWrap(a ast.Expr, t types.Type, sharp, plus, spread, methods bool) ast.Expr {
	if m.top && !m.sessionHasMethods() {
		return nil // (a function may run once a later cell declared some)
	}
	pos := a.Pos()
	mode := "0"
	switch {
	case !methods:
		mode = "3" // %d and the like: fmt calls no String or Error
	case sharp:
		mode = "2"
	case plus:
		mode = "1"
	}
	if spread {
		return &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "FmtVIsS"}},
			Lparen: pos, Args: []ast.Expr{a, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: mode}}, Rparen: a.End(),
		}
	}
	one := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: &ast.Ident{NamePos: pos, Name: "any"}}, Lbrace: pos, Elts: []ast.Expr{a}, Rbrace: a.End()}
	return &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "FmtAnyS"}},
		Lparen: pos, Args: []ast.Expr{one, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: mode}}, Rparen: a.End(),
	}
}

// viDispatchers is the statement that gives the session its dispatchers
// for the types declared so far, run first in a cell that declares a
// type, or nil:
//
//	gg__.SetVIDisp(names, exact0, exact1, exact2, structs0, structs1, structs2)
//
// names gives the name of a value's type (for %T); exactN (for mode N) tries every type with methods (the values it gets
// are yaegi's interface values, whose assertions are exact); structsN
// tries the struct types, for the plain values of an any.
func (m *modernizer) viDispatchers(pc *parsedCell, pos token.Pos) ast.Stmt {
	if !m.declaresTypes(pc) || !m.sessionHasMethods() {
		return nil
	}
	anyT := types.Universe.Lookup("any").Type()
	iface := anyT.Underlying().(*types.Interface)
	var args []ast.Expr
	var names strings.Builder
	names.WriteString("func(gg__v any) string {\n")
	g := &mirrorGen{m: m, pos: pos}
	if sc := m.mainScope(); sc != nil {
		for _, n := range sessionTypes(sc) {
			if strings.HasPrefix(n.Obj().Name(), "gg__") {
				continue
			}
			for _, t := range []types.Type{n, types.NewPointer(n)} {
				if types.NewMethodSet(t).Len() == 0 && !namedScalar(t) {
					continue
				}
				if ts, ok := g.typeSrc(t); ok {
					fmt.Fprintf(&names, "if _, ok := gg__v.(%s); ok%s {\nreturn %q\n}\n", ts, m.namedCheck(t, "gg__v"), m.sessionTypeName(t))
				}
			}
		}
	}
	names.WriteString("return \"\"\n}")
	nf, err := parseExprSafe(names.String(), pos)
	if err != nil {
		return nil
	}
	hideUnexported(nf)
	args = append(args, nf)
	for _, exact := range []bool{true, false} {
		for mode := range 3 {
			d := m.dispatcher(anyT, iface, exact, mode == 2, mode == 1, pos)
			if d == nil {
				d = &ast.Ident{NamePos: pos, Name: "nil"}
			}
			args = append(args, d)
		}
	}
	return &ast.ExprStmt{X: &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "SetVIDisp"}},
		Lparen: pos, Args: args, Rparen: pos,
	}}
}

// declaresTypes reports whether the cell declares a type or a method
// (maybe of an earlier type).
func (m *modernizer) declaresTypes(pc *parsedCell) bool {
	for _, d := range pc.decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Tok == token.TYPE {
				return true
			}
		case *ast.FuncDecl:
			if d.Recv != nil {
				return true
			}
		}
	}
	return false
}

// viUnderlying reports whether t, a type that is not the session's, is
// the underlying type of a session type with methods (whose values in an
// interface are yaegi's valueInterface, taken for values of t by yaegi's
// assertions).
func (m *modernizer) viUnderlying(t types.Type) bool {
	if t == nil || types.IsInterface(t) {
		return false
	}
	if _, ok := sessionNamed(t); ok {
		return false
	}
	sc := m.mainScope()
	if sc == nil {
		return false
	}
	for _, n := range sessionTypes(sc) {
		if !namedScalar(n) && types.NewMethodSet(n).Len() == 0 && types.NewMethodSet(types.NewPointer(n)).Len() == 0 {
			continue
		}
		if types.Identical(n.Underlying(), t.Underlying()) {
			return true
		}
	}
	return false
}

// viUnderlyingAssertion rewrites x.(U), with x of an empty interface type
// and U the underlying type of a session type with methods (see
// viUnderlying), so that a value of that session type fails it:
//
//	func(gg__v any) (U, bool) {
//		if gg__.IsVI([]any{gg__v}) {
//			var gg__z U
//			return gg__z, false // with one result: gg__.VIAssertPanic
//		}
//		gg__r, gg__ok := gg__v.(U)
//		return gg__r, gg__ok
//	}(x)
//
// It returns nil when x.(U) needs nothing.
func (m *modernizer) viUnderlyingAssertion(ta *ast.TypeAssertExpr, xt types.Type, commaOk bool) ast.Expr {
	if xt == nil || !emptyIface(xt) {
		return nil
	}
	ut := m.info.TypeOf(ta.Type)
	if !m.viUnderlying(ut) {
		return nil
	}
	pos := ta.Pos()
	g := &mirrorGen{m: m, pos: pos}
	us, ok := g.typeSrc(ut)
	if !ok {
		return nil
	}
	var src string
	if commaOk {
		src = "func(gg__v any) (" + us + ", bool) {\nif gg__.IsVI([]any{gg__v}) {\nvar gg__z " + us + "\nreturn gg__z, false\n}\ngg__r, gg__ok := gg__v.(" + us + ")\nreturn gg__r, gg__ok\n}"
	} else {
		src = "func(gg__v any) " + us + " {\nif gg__.IsVI([]any{gg__v}) {\ngg__.VIAssertPanic([]any{gg__v}, " + strconv.Quote(goTypeString(ut)) + ")\n}\nreturn gg__v.(" + us + ")\n}"
	}
	fe, err := parseExprSafe(src, pos)
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{ta.X}, Rparen: ta.End()}
}

// viDisp are a session's dispatchers (see viDispatchers).
type viDisp struct {
	mu      sync.Mutex
	keys    interned // see fix_mapkeys.go
	names   func(any) string
	exact   [3]func(any) any
	structs [3]func(any) any
}

func (d *viDisp) get(mode int) (exact, structs func(any) any) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if mode == 3 {
		return nil, nil // plain values (see viWrap)
	}
	if mode < 0 || mode > 2 {
		mode = 0
	}
	return d.exact[mode], d.structs[mode]
}

// symbols are the gg__ functions of viWrap and viDispatchers.
func (d *viDisp) symbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"SetVIDisp": reflect.ValueOf(func(names func(any) string, e0, e1, e2, s0, s1, s2 func(any) any) {
			d.mu.Lock()
			defer d.mu.Unlock()
			d.names = names
			d.exact = [3]func(any) any{e0, e1, e2}
			d.structs = [3]func(any) any{s0, s1, s2}
		}),
		"FmtAnyS": reflect.ValueOf(func(one []any, mode int) any {
			exact, structs := d.get(mode)
			if len(one) != 1 {
				return nil
			}
			v := one[0]
			rv := reflect.ValueOf(v)
			if !rv.IsValid() {
				return nil
			}
			if isValueIface(rv.Type()) {
				return unwrapOne(rv, exact)
			}
			if r, changed := unwrapIfaces(v, exact); changed {
				return r
			}
			if structs != nil {
				k := rv.Kind()
				if k == reflect.Pointer {
					k = rv.Type().Elem().Kind()
				}
				if k == reflect.Struct {
					return structs(v)
				}
			}
			if mode > 0 {
				return fmtDyn(v)
			}
			return v
		}),
		"Intern": reflect.ValueOf(func(s any) any {
			d.mu.Lock()
			defer d.mu.Unlock()
			return d.keys.intern(s, d.names)
		}),
		"VIAssertPanic": reflect.ValueOf(func(one []any, target string) {
			d.mu.Lock()
			names := d.names
			d.mu.Unlock()
			dyn := "?"
			if names != nil && viKind(one) == 1 {
				dyn = names(one[0])
			}
			panic(&typeAssertionError{"interface conversion: interface {} is " + dyn + ", not " + target})
		}),
		"VIName": reflect.ValueOf(func(one []any) string {
			d.mu.Lock()
			names := d.names
			d.mu.Unlock()
			if names == nil || viKind(one) != 1 {
				return ""
			}
			return names(one[0])
		}),
		"FmtVIsS": reflect.ValueOf(func(vs []any, mode int) []any {
			exact, _ := d.get(mode)
			if r, changed := unwrapIfaces(vs, exact); changed {
				if out, ok := r.([]any); ok {
					return out
				}
			}
			return vs
		}),
	}
}

// methodVerb reports whether fmt calls String and Error methods for the
// verb ('?': a format not known here).
func methodVerb(verb byte) bool {
	switch verb {
	case 'v', 's', 'x', 'X', 'q', '?':
		return true
	}
	return false
}

// viKind is gg__.VIKind: 1 when the one value is yaegi's interface value,
// 2 when it holds some inside, 0 otherwise.
func viKind(one []any) int {
	if len(one) != 1 || one[0] == nil {
		return 0
	}
	rv := reflect.ValueOf(one[0])
	if isValueIface(rv.Type()) {
		return 1
	}
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if holdsIface(rv.Type()) && hasValueIface(rv, 0) {
		return 2
	}
	return 0
}

// hasValueIface reports whether rv holds one of yaegi's interface values
// (where unwrapValue looks).
func hasValueIface(rv reflect.Value, depth int) bool {
	if depth > 16 || !rv.IsValid() {
		return false
	}
	switch rv.Kind() {
	case reflect.Interface:
		if rv.IsNil() {
			return false
		}
		e := rv.Elem()
		return isValueIface(e.Type()) || holdsIface(e.Type()) && hasValueIface(e, depth+1)
	case reflect.Slice, reflect.Array:
		if !holdsIface(rv.Type().Elem()) {
			return false
		}
		for i := range rv.Len() {
			if hasValueIface(rv.Index(i), depth+1) {
				return true
			}
		}
	case reflect.Map:
		if !holdsIface(rv.Type().Key()) && !holdsIface(rv.Type().Elem()) {
			return false
		}
		it := rv.MapRange()
		for it.Next() {
			if hasValueIface(it.Key(), depth+1) || hasValueIface(it.Value(), depth+1) {
				return true
			}
		}
	case reflect.Struct:
		if isValueIface(rv.Type()) {
			return true
		}
		for i := range rv.NumField() {
			if rv.Type().Field(i).IsExported() && hasValueIface(rv.Field(i), depth+1) {
				return true
			}
		}
	}
	return false
}

// fmtSpread replaces yaegi's interface values in the spread slice of
// fmt.Println(xs...) (a []any).
func (m *modernizer) fmtSpread(c *ast.CallExpr) {
	if len(c.Args) == 0 {
		return
	}
	last := c.Args[len(c.Args)-1]
	t := m.info.TypeOf(last)
	if t == nil {
		return
	}
	if s, ok := t.Underlying().(*types.Slice); !ok || !emptyIface(s.Elem()) {
		return
	}
	if w := m.viWrap(last, t, false, false, true, true); w != nil {
		c.Args[len(c.Args)-1] = w
	}
}

func init() {
	fmtExtra["VIKind"] = reflect.ValueOf(viKind)
	fmtExtra["IsVI"] = reflect.ValueOf(func(one []any) bool { return viKind(one) == 1 })
}
