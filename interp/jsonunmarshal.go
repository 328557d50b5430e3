package interp

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
	"unsafe"
)

// UnmarshalJSON and UnmarshalText methods of session types. json.Unmarshal
// cannot call them (see jsonmirror.go), so for a call whose target's type
// involves a session type with one of them, the rewrite decodes in two
// steps: compiled code decodes the document with the parts that belong to
// such types kept raw (json.RawMessage), and generated interpreted code
// hands each raw part to the method (or to the decoding of the type that
// holds one). json.Unmarshal(data, &r) becomes
//
//	func(data []byte, p *Reading) error {
//		if err := gg__.JSONSyntax(data); err != nil {
//			return err
//		}
//		return gg__ju0(p, data)
//	}(data, &r)

// unmarshalMethod returns the decoding method of *t: "UnmarshalJSON",
// "UnmarshalText" or "", for session types.
func unmarshalMethod(t types.Type) string {
	if _, ok := sessionNamed(t); !ok {
		return ""
	}
	ms := types.NewMethodSet(types.NewPointer(t))
	for _, name := range []string{"UnmarshalJSON", "UnmarshalText"} {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			continue
		}
		if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 1 && sig.Results().Len() == 1 {
			return name
		}
	}
	return ""
}

type unmarshalGen struct {
	m     *modernizer
	pos   token.Pos
	index map[string]int
	decls []string
	defs  []string
	fail  bool
}

func (g *unmarshalGen) needs(t types.Type, seen map[string]bool) bool {
	t = types.Unalias(t)
	if types.IsInterface(t) {
		return false
	}
	if unmarshalMethod(t) != "" {
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
			if f.Exported() && g.needs(f.Type(), seen) {
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

func (g *unmarshalGen) typeSrc(t types.Type) string {
	s, ok := (&mirrorGen{m: g.m, pos: g.pos}).typeSrc(t)
	if !ok {
		g.fail = true
	}
	return s
}

// fn returns the name of the function decoding data into *p, p a *t.
func (g *unmarshalGen) fn(t types.Type) string {
	t = types.Unalias(t)
	key := types.TypeString(t, nil)
	if i, ok := g.index[key]; ok {
		return fmt.Sprintf("gg__ju%d", i)
	}
	i := len(g.index)
	g.index[key] = i
	name := fmt.Sprintf("gg__ju%d", i)
	ts := g.typeSrc(t)
	g.decls = append(g.decls, fmt.Sprintf("var %s func(*%s, []byte) error", name, ts))
	g.defs = append(g.defs, fmt.Sprintf("%s = func(p *%s, data []byte) error {\n%s\n}", name, ts, g.body(t)))
	return name
}

// sub decodes data into the variable at pointer expression p of type t.
func (g *unmarshalGen) sub(p, data string, t types.Type) string {
	if g.needs(t, map[string]bool{}) {
		return g.fn(t) + "(" + p + ", " + data + ")"
	}
	return "gg__.JSONUnmarshal(" + data + ", " + p + ")"
}

func (g *unmarshalGen) body(t types.Type) string {
	switch unmarshalMethod(t) {
	case "UnmarshalJSON":
		return "return p.UnmarshalJSON(data)"
	case "UnmarshalText":
		return "gg__s, gg__null, gg__err := gg__.JSONString(data)\nif gg__err != nil || gg__null {\nreturn gg__err\n}\nreturn p.UnmarshalText([]byte(gg__s))"
	}
	switch u := t.Underlying().(type) {
	case *types.Struct:
		var idx []string
		var steps []string
		for i := range u.NumFields() {
			f := u.Field(i)
			if f.Exported() && g.needs(f.Type(), map[string]bool{}) {
				k := len(idx)
				idx = append(idx, strconv.Itoa(i))
				steps = append(steps, fmt.Sprintf("if gg__raws[%d] != nil {\nif err := %s; err != nil {\nreturn err\n}\n}", k, g.sub("&p."+f.Name(), fmt.Sprintf("gg__raws[%d]", k), f.Type())))
			}
		}
		return fmt.Sprintf("gg__raws, gg__err := gg__.JSONStructRaw(data, p, []int{%s})\nif gg__err != nil {\nreturn gg__err\n}\n%s\nreturn nil",
			strings.Join(idx, ", "), strings.Join(steps, "\n"))
	case *types.Slice:
		ts := g.typeSrc(t)
		return fmt.Sprintf("gg__raws, gg__null, gg__err := gg__.JSONArrayRaw(data)\nif gg__err != nil {\nreturn gg__err\n}\nif gg__null {\n*p = nil\nreturn nil\n}\n"+
			"gg__s := make(%s, len(gg__raws))\nfor gg__i := range gg__raws {\nif err := %s; err != nil {\nreturn err\n}\n}\n*p = gg__s\nreturn nil",
			ts, g.sub("&gg__s[gg__i]", "gg__raws[gg__i]", u.Elem()))
	case *types.Array:
		return fmt.Sprintf("gg__raws, gg__null, gg__err := gg__.JSONArrayRaw(data)\nif gg__err != nil || gg__null {\nreturn gg__err\n}\n"+
			"for gg__i := range p {\nif gg__i < len(gg__raws) {\nif err := %s; err != nil {\nreturn err\n}\n}\n}\nreturn nil",
			g.sub("&p[gg__i]", "gg__raws[gg__i]", u.Elem()))
	case *types.Map:
		ts := g.typeSrc(t)
		ks := g.typeSrc(u.Key())
		vs := g.typeSrc(u.Elem())
		var key string
		switch {
		case unmarshalMethod(u.Key()) == "UnmarshalText":
			key = fmt.Sprintf("var gg__k %s\nif err := gg__k.UnmarshalText([]byte(gg__key)); err != nil {\nreturn err\n}", ks)
		default:
			if b, ok := u.Key().Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
				key = fmt.Sprintf("gg__k := %s(gg__key)", ks)
			} else if ok && b.Info()&types.IsInteger != 0 {
				key = fmt.Sprintf("gg__n, err := strconv.ParseInt(gg__key, 10, 64)\nif err != nil {\nreturn err\n}\ngg__k := %s(gg__n)", ks)
				key = strings.Replace(key, "strconv.ParseInt", "gg__.JSONParseInt", 1)
			} else {
				g.fail = true
				return "return nil"
			}
		}
		return fmt.Sprintf("gg__keys, gg__raws, gg__null, gg__err := gg__.JSONObjectRaw(data)\nif gg__err != nil {\nreturn gg__err\n}\nif gg__null {\n*p = nil\nreturn nil\n}\n"+
			"if *p == nil {\n*p = make(%s)\n}\nfor gg__i, gg__key := range gg__keys {\n%s\nvar gg__v %s\nif err := %s; err != nil {\nreturn err\n}\n(*p)[gg__k] = gg__v\n}\nreturn nil",
			ts, key, vs, g.sub("&gg__v", "gg__raws[gg__i]", u.Elem()))
	case *types.Pointer:
		es := g.typeSrc(u.Elem())
		return fmt.Sprintf("if gg__.JSONIsNull(data) {\n*p = nil\nreturn nil\n}\nif *p == nil {\n*p = new(%s)\n}\nreturn %s", es, g.sub("*p", "data", u.Elem()))
	}
	return "return gg__.JSONUnmarshal(data, p)"
}

// jsonUnmarshal rewrites json.Unmarshal(data, p) and dec.Decode(p) (see
// the top of the file); nil when the target needs nothing.
func (m *modernizer) jsonUnmarshal(c *ast.CallExpr) ast.Expr {
	fn := m.calledFunc(c)
	sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr)
	if fn == nil || !isSel || c.Ellipsis.IsValid() {
		return nil
	}
	var dataSrc, target ast.Expr
	switch fn.FullName() {
	case "encoding/json.Unmarshal":
		if len(c.Args) != 2 {
			return nil
		}
		dataSrc, target = c.Args[0], c.Args[1]
	case "(*encoding/json.Decoder).Decode":
		if len(c.Args) != 1 {
			return nil
		}
		target = c.Args[0]
	default:
		return nil
	}
	pt, ok := types.Unalias(m.info.TypeOf(target)).(*types.Pointer)
	if !ok {
		return nil
	}
	g := &unmarshalGen{m: m, pos: c.Pos(), index: map[string]int{}}
	if !g.needs(pt.Elem(), map[string]bool{}) {
		return nil
	}
	f := g.fn(pt.Elem())
	ts := g.typeSrc(pt.Elem())
	if g.fail {
		return nil
	}
	ret := fmt.Sprintf("func(data []byte, p *%s) error {\nif err := gg__.JSONSyntax(data); err != nil {\nreturn err\n}\nreturn %s(p, data)\n}", ts, f)
	fe, ok := closureSet("func([]byte, *"+ts+") error", g.decls, g.defs, ret, c.Pos())
	if !ok {
		return nil
	}
	if dataSrc == nil {
		// dec.Decode(p): the next value of the stream, raw.
		dataSrc = &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: c.Pos(), Name: "gg__"}, Sel: &ast.Ident{NamePos: c.Pos(), Name: "JSONNext"}},
			Lparen: c.Pos(), Args: []ast.Expr{sel.X}, Rparen: c.Pos()}
		// A failed read is the error of the call.
		inner := &ast.CallExpr{Fun: fe, Lparen: c.Pos(), Args: []ast.Expr{&ast.Ident{NamePos: c.Pos(), Name: "gg__data"}, target}, Rparen: c.End()}
		src := "func(gg__data []byte, gg__err error) error {\nif gg__err != nil {\nreturn gg__err\n}\nreturn nil\n}"
		wrap, err := parseExprSafe(src, c.Pos())
		if err != nil {
			return nil
		}
		ret := wrap.(*ast.FuncLit).Body.List[1].(*ast.ReturnStmt)
		ret.Results = []ast.Expr{inner}
		return &ast.CallExpr{Fun: wrap, Lparen: c.Pos(), Args: []ast.Expr{dataSrc}, Rparen: c.End()}
	}
	return &ast.CallExpr{Fun: fe, Lparen: c.Pos(), Args: []ast.Expr{dataSrc, target}, Rparen: c.End()}
}

// The compiled half.

func jsonIsNull(data []byte) bool { return string(bytes.TrimSpace(data)) == "null" }

// jsonSyntax is json.Unmarshal's error for a malformed document.
func jsonSyntax(data []byte) error {
	if json.Valid(data) {
		return nil
	}
	var v any
	return json.Unmarshal(data, &v)
}

func jsonString(data []byte) (string, bool, error) {
	if jsonIsNull(data) {
		return "", true, nil
	}
	var s string
	if err := json.Unmarshal(data, &s); err != nil {
		return "", false, err
	}
	return s, false, nil
}

func jsonArrayRaw(data []byte) ([][]byte, bool, error) {
	if jsonIsNull(data) {
		return nil, true, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, false, err
	}
	out := make([][]byte, len(raws))
	for i, r := range raws {
		out[i] = r
	}
	return out, false, nil
}

func jsonObjectRaw(data []byte) ([]string, [][]byte, bool, error) {
	if jsonIsNull(data) {
		return nil, nil, true, nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return nil, nil, false, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		var m map[string]json.RawMessage
		return nil, nil, false, json.Unmarshal(data, &m) // json's type error
	}
	var keys []string
	var raws [][]byte
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, nil, false, err
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, nil, false, err
		}
		keys = append(keys, kt.(string))
		raws = append(raws, raw)
	}
	return keys, raws, false, nil
}

// jsonStructRaw decodes data into the struct *p (yaegi's representation
// of a session struct), except the fields at idx, whose raw values it
// returns (nil for absent ones).
func jsonStructRaw(data []byte, p any, idx []int) ([][]byte, error) {
	out := make([][]byte, len(idx))
	if jsonIsNull(data) {
		return out, nil
	}
	rp := reflect.ValueOf(p)
	if rp.Kind() != reflect.Pointer || rp.IsNil() || rp.Elem().Kind() != reflect.Struct {
		return out, json.Unmarshal(data, jsonOut(p))
	}
	t := rp.Elem().Type()
	rawType := reflect.TypeFor[json.RawMessage]()
	pos := map[int]int{}
	for k, i := range idx {
		pos[i] = k
	}
	tw := twinStruct(t, func(i int) bool { _, ok := pos[i]; return ok }, rawType)
	if tw == nil {
		return out, json.Unmarshal(data, jsonOut(p))
	}
	// Start from the current values, as json.Unmarshal does.
	tv := reflect.New(tw).Elem()
	orig := rp.Elem()
	for i := range tw.NumField() {
		if _, ok := pos[i]; ok {
			continue
		}
		tv.Field(i).Set(reflect.NewAt(tw.Field(i).Type, unsafe.Pointer(orig.Field(i).UnsafeAddr())).Elem())
	}
	err := json.Unmarshal(data, tv.Addr().Interface())
	for i := range tw.NumField() {
		if k, ok := pos[i]; ok {
			if r := tv.Field(i).Bytes(); r != nil {
				out[k] = r
			}
			continue
		}
		reflect.NewAt(tw.Field(i).Type, unsafe.Pointer(orig.Field(i).UnsafeAddr())).Elem().Set(tv.Field(i))
	}
	return out, err
}

// jsonNext reads the next value of a decoder's stream, raw.
func jsonNext(dec *json.Decoder) ([]byte, error) {
	var raw json.RawMessage
	if err := dec.Decode(&raw); err != nil {
		return nil, err
	}
	return raw, nil
}

func init() {
	extraRuntime["JSONIsNull"] = reflect.ValueOf(jsonIsNull)
	extraRuntime["JSONSyntax"] = reflect.ValueOf(jsonSyntax)
	extraRuntime["JSONString"] = reflect.ValueOf(jsonString)
	extraRuntime["JSONArrayRaw"] = reflect.ValueOf(jsonArrayRaw)
	extraRuntime["JSONObjectRaw"] = reflect.ValueOf(jsonObjectRaw)
	extraRuntime["JSONStructRaw"] = reflect.ValueOf(jsonStructRaw)
	extraRuntime["JSONNext"] = reflect.ValueOf(jsonNext)
	extraRuntime["JSONParseInt"] = reflect.ValueOf(func(s string) (int64, error) { return strconv.ParseInt(s, 10, 64) })
	extraRuntime["JSONUnmarshal"] = reflect.ValueOf(func(data []byte, p any) error { return json.Unmarshal(data, jsonOut(p)) })
}
