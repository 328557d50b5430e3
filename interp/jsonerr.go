package interp

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"strings"
	"sync"
)

// json's type errors name the struct type holding the field ("Go struct
// field User.id of type int") and the field's type; yaegi's struct types
// are unnamed reflect.StructOf types, so the session printed "Go struct
// field .id" and "of type struct { City string ... }". The rewrite wraps
// json.Unmarshal and Decoder.Decode calls whose target involves session
// struct types in gg__.JSONErr(call, types, names), which puts Go's names
// back into such an error (still a *json.UnmarshalTypeError for
// errors.As).

var (
	jsonNamesMu sync.Mutex
	jsonNames   = map[reflect.Type]string{}
)

// jsonTypeError is a *json.UnmarshalTypeError with Go's type names.
type jsonTypeError struct {
	*json.UnmarshalTypeError
	msg string
}

func (e *jsonTypeError) Error() string { return e.msg }
func (e *jsonTypeError) Unwrap() error { return e.UnmarshalTypeError }

// jsonErr names the types of err (see above). ptrs are nil pointers to
// the session's struct types (the first one to the call's target type),
// names their Go names.
func jsonErr(err error, ptrs []any, names []string) error {
	var te *json.UnmarshalTypeError
	if err == nil || !errors.As(err, &te) || te != err {
		return err
	}
	jsonNamesMu.Lock()
	for i, p := range ptrs {
		if i < len(names) && names[i] != "" {
			if t := reflect.TypeOf(p); t != nil && t.Kind() == reflect.Pointer {
				jsonNames[t.Elem()] = names[i]
				jsonNames[jsonTwin(t.Elem())] = names[i]
			}
		}
	}
	name := func(t reflect.Type) string {
		if t == nil {
			return ""
		}
		if n, ok := jsonNames[t]; ok {
			return n
		}
		return t.String()
	}
	var root reflect.Type
	if len(ptrs) > 0 {
		if t := reflect.TypeOf(ptrs[0]); t != nil && t.Kind() == reflect.Pointer {
			root = t.Elem()
		}
	}
	structName := te.Struct
	if structName == "" && te.Field != "" && root != nil {
		if inner := innerStruct(root, te.Field); inner != nil {
			if n, ok := jsonNames[inner]; ok {
				structName = strings.TrimPrefix(n, "main.")
			}
		}
	}
	typ := name(te.Type)
	jsonNamesMu.Unlock()
	var msg string
	if structName != "" || te.Field != "" {
		msg = "json: cannot unmarshal " + te.Value + " into Go struct field " + structName + "." + te.Field + " of type " + typ
	} else {
		msg = "json: cannot unmarshal " + te.Value + " into Go value of type " + typ
	}
	if msg == te.Error() {
		return err
	}
	return &jsonTypeError{te, msg}
}

// innerStruct is the struct type holding the last field of the dotted
// json path, starting from t.
func innerStruct(t reflect.Type, path string) reflect.Type {
	var inner reflect.Type
	for _, seg := range strings.Split(path, ".") {
		for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array || t.Kind() == reflect.Map {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct {
			return inner
		}
		inner = t
		f, ok := jsonField(t, seg)
		if !ok {
			return inner
		}
		t = f.Type
	}
	return inner
}

// jsonField finds the field json decodes the key name into (its tag name
// or its name, case-insensitively; through embedded structs).
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		key := f.Name
		if tag := f.Tag.Get("json"); tag != "" {
			if n, _, _ := strings.Cut(tag, ","); n != "" {
				key = n
			}
		}
		if strings.EqualFold(key, name) {
			return f, true
		}
	}
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Anonymous || f.Tag.Get(embedTag) == "embed" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				if sf, ok := jsonField(ft, name); ok {
					return sf, true
				}
			}
		}
	}
	return reflect.StructField{}, false
}

// jsonErrNames wraps a json.Unmarshal or Decoder.Decode call whose target
// involves session struct types in gg__.JSONErr (see above).
func (m *modernizer) jsonErrNames(c *ast.CallExpr) ast.Expr {
	fn := m.calledFunc(c)
	if fn == nil {
		return nil
	}
	var target ast.Expr
	helper := "JSONErr"
	switch fn.FullName() {
	case "encoding/json.Unmarshal":
		if len(c.Args) == 2 {
			target = c.Args[1]
		}
	case "(*encoding/json.Decoder).Decode":
		if len(c.Args) == 1 {
			target = c.Args[0]
		}
	case "(*text/template.Template).Execute", "(*html/template.Template).Execute":
		if len(c.Args) == 2 {
			target, helper = c.Args[1], "NameErr"
		}
	case "(*text/template.Template).ExecuteTemplate", "(*html/template.Template).ExecuteTemplate":
		if len(c.Args) == 3 {
			target, helper = c.Args[2], "NameErr"
		}
	}
	if target == nil {
		return nil
	}
	if call, ok := target.(*ast.CallExpr); ok && len(call.Args) == 1 {
		if sel, ok := call.Fun.(*ast.SelectorExpr); ok && (sel.Sel.Name == "JSONOut" || sel.Sel.Name == "JSONIn") {
			target = call.Args[0] // wrapped by jsonArgs
		}
	}
	tt := m.info.TypeOf(target)
	if tt == nil {
		return nil
	}
	pt, ok := types.Unalias(tt).(*types.Pointer)
	if !ok {
		if helper == "JSONErr" {
			return nil
		}
		pt = types.NewPointer(tt) // template data: its type is the root
	}
	// The target type first, then the session's struct types in it.
	var ptrs, names []string
	g := &mirrorGen{m: m, pos: c.Pos()}
	add := func(t types.Type, name string) bool {
		ts, ok := g.typeSrc(types.NewPointer(t))
		if !ok {
			return false
		}
		ptrs = append(ptrs, "("+ts+")(nil)")
		names = append(names, fmt.Sprintf("%q", name))
		return true
	}
	if !add(pt.Elem(), sessionStructName(pt.Elem())) {
		return nil
	}
	seen := map[string]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		t = types.Unalias(t)
		if seen[t.String()] {
			return
		}
		seen[t.String()] = true
		if n := sessionStructName(t); n != "" {
			add(t, n)
		}
		switch u := t.Underlying().(type) {
		case *types.Struct:
			for i := range u.NumFields() {
				walk(u.Field(i).Type())
			}
		case *types.Pointer:
			walk(u.Elem())
		case *types.Slice:
			walk(u.Elem())
		case *types.Array:
			walk(u.Elem())
		case *types.Map:
			walk(u.Key())
			walk(u.Elem())
		}
	}
	walk(pt.Elem())
	if len(ptrs) < 2 && names[0] == `""` {
		return nil // no session struct type
	}
	src := fmt.Sprintf("gg__.%s(nil, []any{%s}, []string{%s})", helper, strings.Join(ptrs, ", "), strings.Join(names, ", "))
	e, err := parseExprSafe(src, c.Pos())
	if err != nil {
		return nil
	}
	hideUnexported(e)
	call := e.(*ast.CallExpr)
	call.Args[0] = c
	return call
}

// sessionStructName is Go's name of t ("main.User") when it is a session
// struct type, or "".
func sessionStructName(t types.Type) string {
	n, ok := sessionNamed(t)
	if !ok {
		return ""
	}
	if _, st := n.Underlying().(*types.Struct); !st {
		return ""
	}
	return reflectName(n)
}

// namedErr is an error whose message names the session's types as Go
// does (see nameErr).
type namedErr struct {
	err error
	msg string
}

func (e *namedErr) Error() string { return e.msg }
func (e *namedErr) Unwrap() error { return e.err }

// nameErr replaces, in err's message, the reflect names of the session's
// struct types (yaegi's "struct { ID int ... }") by their Go names
// ("main.User"): text/template's errors name the data's types.
func nameErr(err error, ptrs []any, names []string) error {
	if err == nil {
		return nil
	}
	type pair struct{ from, to string }
	var pairs []pair
	for i, p := range ptrs {
		if i >= len(names) || names[i] == "" {
			continue
		}
		t := reflect.TypeOf(p)
		if t == nil || t.Kind() != reflect.Pointer {
			continue
		}
		pairs = append(pairs, pair{t.Elem().String(), names[i]}, pair{jsonTwin(t.Elem()).String(), names[i]})
	}
	slices.SortFunc(pairs, func(a, b pair) int { return len(b.from) - len(a.from) })
	msg := err.Error()
	for _, p := range pairs {
		if strings.HasPrefix(p.from, "struct") {
			msg = strings.ReplaceAll(msg, p.from, p.to)
		}
	}
	if msg == err.Error() {
		return err
	}
	return &namedErr{err, msg}
}

func init() {
	extraRuntime["JSONErr"] = reflect.ValueOf(jsonErr)
	extraRuntime["NameErr"] = reflect.ValueOf(nameErr)
}
