package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"unsafe"
)

// Keys of maps whose key type is an interface. A value of a session type
// with methods, or any value of a session interface type, is yaegi's
// valueInterface: the node of the expression that converted it and a
// reflect.Value pointing at a copy. Two conversions of equal values are
// different structs, so as map keys they never met: m[Rect{1, 1}]++ twice
// made two entries, and a concrete key of a map[Shape]V panicked
// ("reflect.Value.MapIndex: value of type struct {...} is not assignable
// to type interp.valueInterface"). The rewrite hands every key of such a
// map (index, delete, composite literal) to gg__.Intern, which replaces it
// by the session's one valueInterface for that dynamic type and value:
//
//	m[k] => m[gg__.Intern([]Shape{k}).([]Shape)[0]]
//
// (the one-element slice makes yaegi convert k as it does for elements,
// and keeps its valueInterface as it is).

// internKey is the key k of a map with key type kt, interned; nil when kt
// needs nothing.
func (m *modernizer) internKey(k ast.Expr, kt types.Type) ast.Expr {
	if kt == nil || k == nil || hasTypeParam(kt) {
		return nil
	}
	iface, ok := kt.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	if iface.Empty() {
		if m.top && !m.sessionHasMethods() {
			return nil // no value of the session can be a valueInterface yet
		}
	} else if n, ok := types.Unalias(kt).(*types.Named); !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return nil // compiled interfaces: yaegi's wrappers
	}
	tv, ok := m.info.Types[k]
	if !ok || tv.IsNil() || tv.Type == nil {
		return nil
	}
	if !types.IsInterface(tv.Type) && !viType(tv.Type) {
		return nil // a string, an int, a struct without methods: a plain key
	}
	ts, ok := (&mirrorGen{m: m, pos: k.Pos()}).typeSrc(types.NewSlice(kt))
	if !ok {
		return nil
	}
	pos := k.Pos()
	sliceT, err := parseExprSafe(ts, pos)
	if err != nil {
		return nil
	}
	sliceT2, _ := parseExprSafe(ts, pos)
	hideUnexported(sliceT)
	hideUnexported(sliceT2)
	call := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Intern"}},
		Lparen: pos, Args: []ast.Expr{&ast.CompositeLit{Type: sliceT, Lbrace: pos, Elts: []ast.Expr{k}, Rbrace: k.End()}}, Rparen: k.End(),
	}
	return &ast.IndexExpr{
		X:      &ast.TypeAssertExpr{X: call, Lparen: pos, Type: sliceT2, Rparen: pos},
		Lbrack: pos, Index: &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, Rbrack: k.End(),
	}
}

// viType reports whether values of t (not an interface) become yaegi's
// valueInterface in an interface: values of the session's types with
// methods.
func viType(t types.Type) bool {
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, ok := sessionNamed(base); !ok {
		return false
	}
	return namedScalar(t) || types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(base)).Len() > 0
}

// mapKeyType is the key type of the map x (a map or a pointer to one), or
// nil.
func (m *modernizer) mapKeyType(x ast.Expr) types.Type {
	t := m.info.TypeOf(x)
	if t == nil {
		return nil
	}
	if mt, ok := t.Underlying().(*types.Map); ok {
		return mt.Key()
	}
	return nil
}

// internIndex interns the key of m[k].
func (m *modernizer) internIndex(x *ast.IndexExpr) {
	if e := m.internKey(x.Index, m.mapKeyType(x.X)); e != nil {
		x.Index = e
	}
}

// internDelete interns the key of delete(m, k).
func (m *modernizer) internDelete(c *ast.CallExpr) {
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || id.Name != "delete" || len(c.Args) != 2 || !m.isBuiltin(id) {
		return
	}
	if e := m.internKey(c.Args[1], m.mapKeyType(c.Args[0])); e != nil {
		c.Args[1] = e
	}
}

// internLiteral interns the keys of a map composite literal.
func (m *modernizer) internLiteral(cl *ast.CompositeLit) {
	t := m.info.TypeOf(cl)
	if t == nil {
		return
	}
	mt, ok := t.Underlying().(*types.Map)
	if !ok {
		return
	}
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			if e := m.internKey(kv.Key, mt.Key()); e != nil {
				kv.Key = e
			}
		}
	}
}

// interned is a session's table of interned keys (see above).
type interned struct {
	keys map[sessionKey]reflect.Value
}

// intern replaces the one element of the slice s, when it is a
// valueInterface, by the session's one for its type and value; names
// gives the type's name.
func (in *interned) intern(s any, names func(any) string) any {
	rv := reflect.ValueOf(s)
	if !rv.IsValid() || rv.Kind() != reflect.Slice || rv.Len() != 1 {
		return s
	}
	e := rv.Index(0)
	vi := e
	if e.Kind() == reflect.Interface {
		if e.IsNil() {
			return s
		}
		vi = e.Elem()
	}
	if !isValueIface(vi.Type()) {
		return s
	}
	inner := valueIfaceValue(vi)
	if !inner.IsValid() || !inner.CanInterface() {
		return s
	}
	typ := ""
	if names != nil {
		if node := vi.FieldByName("node"); node.IsValid() && node.Kind() == reflect.Pointer && !node.IsNil() {
			typ = names(vi.Interface())
		}
	}
	if typ == "" {
		typ = inner.Type().String()
	}
	if !inner.Type().Comparable() {
		panic(unhashableError{typ})
	}
	if e.Kind() == reflect.Interface && inner.Kind() == reflect.Struct {
		// A key of a map[any]: the plain struct, as any(v) gives it (yaegi
		// tells its struct types apart by their reflect types).
		e.Set(inner)
		return s
	}
	key := sessionKey{typ, inner.Interface()}
	if in.keys == nil {
		in.keys = map[sessionKey]reflect.Value{}
	}
	canon, ok := in.keys[key]
	if !ok {
		// A copy whose value is its own: yaegi's may share the storage
		// of the converted variable, which a later assignment changes.
		c := reflect.New(vi.Type()).Elem()
		c.Set(vi)
		own := reflect.New(inner.Type()).Elem()
		own.Set(inner)
		if f, found := vi.Type().FieldByName("value"); found && f.Type == reflect.TypeFor[reflect.Value]() {
			*(*reflect.Value)(unsafe.Pointer(c.FieldByIndex(f.Index).UnsafeAddr())) = own
		}
		in.keys[key] = c
		canon = c
	}
	e.Set(canon)
	return s
}

// unhashableError is Go's panic for a map key of a type without ==.
type unhashableError struct{ typ string }

func (e unhashableError) Error() string {
	return fmt.Sprintf("runtime error: hash of unhashable type %s", e.typ)
}
func (unhashableError) RuntimeError() {}
