package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"sync"
)

// Embedded fields and encoding/json. yaegi marks a field of a session
// struct embedded (reflect's Anonymous) only when it is the struct's only
// field, so json.Marshal of
//
//	type User struct { Base; Name string }
//
// gave {"Base":{"id":1},"name":"ann"} instead of {"id":1,"name":"ann"},
// and json.Unmarshal did not fill the promoted fields. The rewrite tags
// every embedded field of the session's struct types gg:"embed" (tags
// survive into yaegi's reflect types; json ignores the key), and the
// values handed to the json functions are viewed, in place, as values of
// a twin type whose tagged fields are embedded: the same memory layout,
// so the view needs no copy and Unmarshal writes into the session's value.

// embedTag is the struct tag key marking embedded fields.
const embedTag = "gg"

// tagEmbedded tags an embedded field of a session struct type (see above).
func tagEmbedded(f *ast.Field) {
	tag := ""
	if f.Tag != nil {
		t, err := strconv.Unquote(f.Tag.Value)
		if err != nil {
			return
		}
		if _, has := reflect.StructTag(t).Lookup(embedTag); has {
			return
		}
		tag = t + " "
	}
	pos := f.Type.End()
	if f.Tag != nil {
		pos = f.Tag.ValuePos
	}
	f.Tag = &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(tag + embedTag + `:"embed"`)}
}

var (
	jsonTwinMu sync.Mutex
	jsonTwins  = map[reflect.Type]reflect.Type{}
)

// jsonTwin is t with the fields tagged gg:"embed" embedded (recursively
// through fields, elements and pointers), or t itself when nothing in it
// is tagged or the twin cannot be made.
func jsonTwin(t reflect.Type) reflect.Type {
	jsonTwinMu.Lock()
	defer jsonTwinMu.Unlock()
	return twinLocked(t, map[reflect.Type]bool{})
}

func twinLocked(t reflect.Type, busy map[reflect.Type]bool) (out reflect.Type) {
	if tw, ok := jsonTwins[t]; ok {
		return tw
	}
	if busy[t] || t.Name() != "" {
		return t // recursive, or a compiled named type: left as it is
	}
	busy[t] = true
	defer func() {
		delete(busy, t)
		if r := recover(); r != nil {
			out = t // reflect refused the twin (embedded type with methods)
		}
		jsonTwins[t] = out
	}()
	switch t.Kind() {
	case reflect.Pointer:
		if e := twinLocked(t.Elem(), busy); e != t.Elem() {
			return reflect.PointerTo(e)
		}
	case reflect.Slice:
		if e := twinLocked(t.Elem(), busy); e != t.Elem() {
			return reflect.SliceOf(e)
		}
	case reflect.Array:
		if e := twinLocked(t.Elem(), busy); e != t.Elem() {
			return reflect.ArrayOf(t.Len(), e)
		}
	case reflect.Map:
		k, e := twinLocked(t.Key(), busy), twinLocked(t.Elem(), busy)
		if k != t.Key() || e != t.Elem() {
			return reflect.MapOf(k, e)
		}
	case reflect.Struct:
		fields := make([]reflect.StructField, t.NumField())
		changed := false
		for i := range fields {
			f := t.Field(i)
			if f.PkgPath != "" {
				return t // unexported fields: not a session type
			}
			ft := twinLocked(f.Type, busy)
			if ft != f.Type {
				changed = true
			}
			f.Type = ft
			if f.Tag.Get(embedTag) == "embed" && !f.Anonymous && embeddable(ft) {
				f.Anonymous = true
				changed = true
			}
			f.Index, f.Offset = nil, 0
			fields[i] = f
		}
		if changed {
			tw := reflect.StructOf(fields)
			if tw.Size() != t.Size() {
				return t
			}
			return tw
		}
	}
	return t
}

// twinStruct is the struct type t viewed for encoding/json (see
// jsonTwin), with the fields at the indexes replaced given the type rt
// (not embedded); nil when t has unexported fields (a compiled type) or
// reflect refuses the twin.
func twinStruct(t reflect.Type, replaced func(i int) bool, rt reflect.Type) (tw reflect.Type) {
	fields := make([]reflect.StructField, t.NumField())
	for i := range fields {
		f := t.Field(i)
		if f.PkgPath != "" {
			return nil
		}
		if replaced(i) {
			f.Type = rt
			f.Anonymous = false
		} else {
			f.Type = jsonTwin(f.Type)
			if f.Tag.Get(embedTag) == "embed" && embeddable(f.Type) {
				f.Anonymous = true
			}
		}
		f.Index, f.Offset = nil, 0
		fields[i] = f
	}
	defer func() {
		if recover() != nil {
			tw = nil
		}
	}()
	return reflect.StructOf(fields)
}

// embeddable reports whether reflect.StructOf can embed a field of type t
// among others: types without methods (the session's structs, as yaegi
// builds them), or pointers to them.
func embeddable(t reflect.Type) bool {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	return t.Kind() == reflect.Struct && t.NumMethod() == 0 && reflect.PointerTo(t).NumMethod() == 0
}

// jsonIn is the value json.Marshal (and Encoder.Encode) should see for v:
// a pointer to v viewed as its twin type, or v when it has none.
func jsonIn(v any) any {
	if r, changed := unwrapIfaces(v, nil); changed {
		v = r // yaegi's interface values inside (see fix_valueiface.go)
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return v
	}
	t := rv.Type()
	tw := jsonTwin(t)
	if tw == t {
		return v
	}
	if t.Kind() == reflect.Pointer {
		if rv.IsNil() {
			return v
		}
		return reflect.NewAt(tw.Elem(), rv.UnsafePointer()).Interface()
	}
	p := reflect.New(t)
	p.Elem().Set(rv)
	return reflect.NewAt(tw, p.UnsafePointer()).Interface()
}

// jsonOut is the pointer json.Unmarshal (and Decoder.Decode) should fill
// for p: p viewed as a pointer to its target's twin type.
func jsonOut(p any) any {
	rv := reflect.ValueOf(p)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return p
	}
	tw := jsonTwin(rv.Type())
	if tw == rv.Type() {
		return p
	}
	return reflect.NewAt(tw.Elem(), rv.UnsafePointer()).Interface()
}

// jsonCalls are the json functions and methods whose operand is viewed:
// the index of the operand and whether it is filled (Unmarshal) or read.
var jsonCalls = map[string]struct {
	arg int
	out bool
}{
	"encoding/json.Marshal":                     {0, false},
	"encoding/json.MarshalIndent":               {0, false},
	"encoding/json.Unmarshal":                   {1, true},
	"(*encoding/json.Encoder).Encode":           {0, false},
	"(*encoding/json.Decoder).Decode":           {0, true},
	"encoding/xml.Marshal":                      {0, false},
	"encoding/xml.MarshalIndent":                {0, false},
	"encoding/xml.Unmarshal":                    {1, true},
	"(*encoding/xml.Encoder).Encode":            {0, false},
	"(*encoding/xml.Decoder).Decode":            {0, true},
	"(*text/template.Template).Execute":         {1, false},
	"(*html/template.Template).Execute":         {1, false},
	"(*text/template.Template).ExecuteTemplate": {2, false},
	"(*html/template.Template).ExecuteTemplate": {2, false},
}

// jsonArgs wraps the operand of a json (xml, template) call whose static
// type involves a session struct type in gg__.JSONIn or gg__.JSONOut.
func (m *modernizer) jsonArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || c.Ellipsis.IsValid() {
		return
	}
	jc, ok := jsonCalls[fn.FullName()]
	if !ok || jc.arg >= len(c.Args) {
		return
	}
	a := c.Args[jc.arg]
	t := m.info.TypeOf(a)
	if t == nil {
		return
	}
	if !jc.out && strings.Contains(fn.FullName(), "json") {
		if e := m.jsonMirror(a, t); e != nil {
			c.Args[jc.arg] = e
			return
		}
		if e := m.jsonDynIn(a, t); e != nil {
			c.Args[jc.arg] = e // see fix_jsondyn.go
			return
		}
	}
	if !types.IsInterface(t) && !containsSessionStruct(t, map[types.Type]bool{}) && (jc.out || !holdsIfaceType(t, map[types.Type]bool{})) {
		return
	}
	name := "JSONIn"
	if jc.out {
		name = "JSONOut"
	}
	pos := a.Pos()
	c.Args[jc.arg] = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: name}},
		Lparen: pos, Args: []ast.Expr{a}, Rparen: a.End(),
	}
}

// containsSessionStruct reports whether a struct type of the session (or
// a struct literal type) appears in t.
func containsSessionStruct(t types.Type, seen map[types.Type]bool) bool {
	t = types.Unalias(t)
	if seen[t] {
		return false
	}
	seen[t] = true
	if n, ok := t.(*types.Named); ok && (n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main") {
		return false // compiled types have their own reflect types
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		return true
	case *types.Pointer:
		return containsSessionStruct(u.Elem(), seen)
	case *types.Slice:
		return containsSessionStruct(u.Elem(), seen)
	case *types.Array:
		return containsSessionStruct(u.Elem(), seen)
	case *types.Map:
		return containsSessionStruct(u.Key(), seen) || containsSessionStruct(u.Elem(), seen)
	}
	return false
}

func init() {
	extraRuntime["JSONIn"] = reflect.ValueOf(jsonIn)
	extraRuntime["JSONOut"] = reflect.ValueOf(jsonOut)
}
