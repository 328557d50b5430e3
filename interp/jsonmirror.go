package interp

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unsafe"
)

// MarshalJSON and MarshalText methods of session types. encoding/json
// reaches a value through reflect, where yaegi's types have no methods, so
// json.Marshal(Temp(21.5)) gave 21.5 instead of Temp's MarshalJSON. For
// the operand of json.Marshal, MarshalIndent and Encoder.Encode whose
// static type involves a session type with one of these methods, the
// rewrite builds a mirror (like the fmt mirrors of fmtmirror.go): each
// such value is replaced by the result of its method, and the structs,
// slices, maps and pointers holding them by compiled values json encodes
// the same way.

// jsonMethod returns the marshaling method in t's method set:
// "MarshalJSON", "MarshalText" or "".
func jsonMethod(t types.Type) string {
	ms := types.NewMethodSet(t)
	for _, name := range []string{"MarshalJSON", "MarshalText"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		sig, ok := sel.Type().(*types.Signature)
		if ok && sig.Params().Len() == 0 && sig.Results().Len() == 2 {
			return name
		}
	}
	return ""
}

// sessionJSONMethod is jsonMethod for session types (and pointers to them).
func sessionJSONMethod(t types.Type) string {
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, ok := sessionNamed(base); !ok {
		return ""
	}
	return jsonMethod(t)
}

type jsonGen struct {
	m     *modernizer
	pos   token.Pos
	index map[string]int
	decls []string
	defs  []string
	fail  bool
	dyn   bool // interfaces may hold session values with marshaling methods (see fix_jsondyn.go)
}

// needs reports whether values of type t hold a session value with a
// marshaling method where json would call it.
func (g *jsonGen) needs(t types.Type, seen map[string]bool) bool {
	t = types.Unalias(t)
	if types.IsInterface(t) {
		return g.dyn
	}
	if sessionJSONMethod(t) != "" {
		return true
	}
	key := t.String()
	if seen[key] {
		return false
	}
	seen[key] = true
	switch u := t.Underlying().(type) {
	case *types.Struct:
		if !mirrorable(t) {
			return false
		}
		for i := range u.NumFields() {
			f := u.Field(i)
			if (f.Exported() || f.Embedded()) && g.needs(f.Type(), seen) {
				return true
			}
		}
	case *types.Slice:
		return g.needs(u.Elem(), seen)
	case *types.Array:
		return g.needs(u.Elem(), seen)
	case *types.Pointer:
		return g.needs(u.Elem(), seen)
	case *types.Map:
		return g.needs(u.Key(), seen) || g.needs(u.Elem(), seen)
	}
	return false
}

func (g *jsonGen) typeSrc(t types.Type) (string, bool) {
	return (&mirrorGen{m: g.m, pos: g.pos}).typeSrc(t)
}

// fn returns the name of the function mirroring values of type t.
func (g *jsonGen) fn(t types.Type) string {
	t = types.Unalias(t)
	key := types.TypeString(t, nil)
	if i, ok := g.index[key]; ok {
		return fmt.Sprintf("gg__jm%d", i)
	}
	i := len(g.index)
	g.index[key] = i
	name := fmt.Sprintf("gg__jm%d", i)
	ts, ok := g.typeSrc(t)
	if !ok {
		g.fail = true
		return name
	}
	g.decls = append(g.decls, fmt.Sprintf("var %s func(%s) any", name, ts))
	g.defs = append(g.defs, fmt.Sprintf("%s = func(x %s) any {\n%s\n}", name, ts, g.body(t)))
	return name
}

func (g *jsonGen) elem(v string, t types.Type) string {
	if g.dyn && types.IsInterface(t) {
		return "gg__.JSONInS([]any{" + v + "})" // see fix_jsondyn.go
	}
	if g.needs(t, map[string]bool{}) {
		return g.fn(t) + "(" + v + ")"
	}
	return "gg__.JSONIn(" + v + ")"
}

func (g *jsonGen) body(t types.Type) string {
	_, isPtr := t.Underlying().(*types.Pointer)
	nilCheck := ""
	if isPtr {
		nilCheck = "if x == nil { return nil }\n"
	}
	switch sessionJSONMethod(t) {
	case "MarshalJSON":
		return nilCheck + fmt.Sprintf("gg__b, gg__err := x.MarshalJSON()\nreturn gg__.JSONRaw(%q, gg__b, gg__err)", reflectName(t))
	case "MarshalText":
		return nilCheck + fmt.Sprintf("gg__b, gg__err := x.MarshalText()\nreturn gg__.JSONText(%q, gg__b, gg__err)", reflectName(t))
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		us, ok := g.typeSrc(u)
		if !ok {
			g.fail = true
			return "return nil"
		}
		var idx, vals []string
		for i := range u.NumFields() {
			f := u.Field(i)
			if (f.Exported() || f.Embedded()) && g.needs(f.Type(), map[string]bool{}) {
				idx = append(idx, strconv.Itoa(i))
				vals = append(vals, g.elem("x."+f.Name(), f.Type()))
			}
		}
		return fmt.Sprintf("return gg__.JSONStruct((%s)(x), []int{%s}, []any{%s})", us, strings.Join(idx, ", "), strings.Join(vals, ", "))
	case *types.Slice, *types.Array:
		var et types.Type
		check := ""
		if s, ok := u.(*types.Slice); ok {
			et = s.Elem()
			check = "if x == nil { return nil }\n"
		} else {
			et = u.(*types.Array).Elem()
		}
		return check + fmt.Sprintf("gg__es := make([]any, len(x))\nfor gg__i := range x {\ngg__es[gg__i] = %s\n}\nreturn gg__es", g.elem("x[gg__i]", et))
	case *types.Map:
		key := "gg__k"
		if m := sessionJSONMethod(u.Key()); m == "MarshalText" {
			key = "func() any { gg__b, gg__err := gg__k.MarshalText(); return gg__.JSONText(\"\", gg__b, gg__err) }()"
		} else if _, ok := sessionNamed(u.Key()); ok {
			if us, ok := g.typeSrc(u.Key().Underlying()); ok {
				key = "(" + us + ")(gg__k)"
			}
		}
		return fmt.Sprintf("if x == nil { return nil }\ngg__ks, gg__vs := make([]any, 0, len(x)), make([]any, 0, len(x))\n"+
			"for gg__k, gg__v := range x {\ngg__ks = append(gg__ks, %s)\ngg__vs = append(gg__vs, %s)\n}\nreturn gg__.JSONMap(gg__ks, gg__vs)",
			key, g.elem("gg__v", u.Elem()))
	case *types.Pointer:
		return nilCheck + "return " + g.elem("*x", u.Elem())
	}
	return "return x"
}

// jsonMirror is the mirror of a (of type t) for json, or nil.
func (m *modernizer) jsonMirror(a ast.Expr, t types.Type) ast.Expr {
	if types.IsInterface(t) {
		return nil // see jsonDynIn
	}
	g := &jsonGen{m: m, pos: a.Pos(), index: map[string]int{}, dyn: len(m.jsonMethodTypes()) > 0}
	if !g.needs(t, map[string]bool{}) {
		return nil
	}
	f := g.fn(t)
	ts, ok := g.typeSrc(t)
	if g.fail || !ok {
		return nil
	}
	fe, ok := closureSet("func("+ts+") any", g.decls, g.defs, f, a.Pos())
	if !ok {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: a.Pos(), Args: []ast.Expr{a}, Rparen: a.End()}
}

// jsonRaw is the result of a session value's MarshalJSON.
type jsonRaw struct {
	typ string
	b   []byte
	err error
}

func (r jsonRaw) MarshalJSON() ([]byte, error) {
	if r.err != nil {
		return nil, r.err
	}
	return r.b, nil
}

// jsonText is the result of a session value's MarshalText.
type jsonText struct {
	typ string
	b   string
	err error
}

func (t jsonText) MarshalText() ([]byte, error) {
	if t.err != nil {
		return nil, t.err
	}
	return []byte(t.b), nil
}

var (
	_ json.Marshaler         = jsonRaw{}
	_ encoding.TextMarshaler = jsonText{}
)

// jsonMap encodes a map whose keys or values were mirrored: keys as json
// writes them (strings, integers, text marshalers), sorted.
type jsonMap struct {
	keys, vals []any
}

func (m jsonMap) MarshalJSON() ([]byte, error) {
	type kv struct {
		k string
		v any
	}
	pairs := make([]kv, 0, len(m.keys))
	for i, k := range m.keys {
		var s string
		switch x := k.(type) {
		case encoding.TextMarshaler:
			b, err := x.MarshalText()
			if err != nil {
				return nil, err
			}
			s = string(b)
		default:
			rv := reflect.ValueOf(k)
			switch rv.Kind() {
			case reflect.String:
				s = rv.String()
			case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
				s = strconv.FormatInt(rv.Int(), 10)
			case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
				s = strconv.FormatUint(rv.Uint(), 10)
			default:
				return nil, fmt.Errorf("json: unsupported type: map key %T", k)
			}
		}
		pairs = append(pairs, kv{s, m.vals[i]})
	}
	slices.SortFunc(pairs, func(a, b kv) int { return strings.Compare(a.k, b.k) })
	var buf bytes.Buffer
	buf.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			buf.WriteByte(',')
		}
		k, _ := json.Marshal(p.k)
		buf.Write(k)
		buf.WriteByte(':')
		v, err := json.Marshal(p.v)
		if err != nil {
			return nil, err
		}
		buf.Write(v)
	}
	buf.WriteByte('}')
	return buf.Bytes(), nil
}

// jsonStruct is a copy of the struct raw (yaegi's representation of a
// session struct) in a twin type where the fields at idx hold vals (their
// mirrors) and embedded fields are embedded (see jsonTwin); a field with
// omitempty whose original value is empty stays empty.
func jsonStruct(raw any, idx []int, vals []any) any {
	rv := reflect.ValueOf(raw)
	if !rv.IsValid() || rv.Kind() != reflect.Struct {
		return raw
	}
	t := rv.Type()
	orig := reflect.New(t).Elem()
	orig.Set(rv)
	replaced := map[int]any{}
	for i, ix := range idx {
		if ix < t.NumField() && i < len(vals) {
			replaced[ix] = vals[i]
		}
	}
	for i := range t.NumField() {
		if t.Field(i).PkgPath != "" {
			return jsonIn(raw)
		}
	}
	tw := twinStruct(t, func(i int) bool { _, ok := replaced[i]; return ok }, anyType)
	if tw == nil {
		return raw
	}
	out := reflect.New(tw).Elem()
	for i := range t.NumField() {
		of := orig.Field(i)
		if v, ok := replaced[i]; ok {
			if strings.Contains(t.Field(i).Tag.Get("json"), ",omitempty") && of.IsZero() && isEmptyJSON(of) {
				continue
			}
			if v != nil {
				out.Field(i).Set(reflect.ValueOf(v))
			}
			continue
		}
		out.Field(i).Set(reflect.NewAt(tw.Field(i).Type, unsafe.Pointer(of.UnsafeAddr())).Elem())
	}
	return out.Interface()
}

// isEmptyJSON is encoding/json's emptiness for omitempty.
func isEmptyJSON(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}

func init() {
	extraRuntime["JSONRaw"] = reflect.ValueOf(func(typ string, b []byte, err error) any { return jsonRaw{typ, b, err} })
	extraRuntime["JSONText"] = reflect.ValueOf(func(typ string, b []byte, err error) any { return jsonText{typ, string(b), err} })
	extraRuntime["JSONMap"] = reflect.ValueOf(func(keys, vals []any) any { return jsonMap{keys, vals} })
	extraRuntime["JSONStruct"] = reflect.ValueOf(jsonStruct)
}
