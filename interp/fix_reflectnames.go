package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

// reflect and the session's types. yaegi builds the session's struct types
// with reflect.StructOf: unnamed (TypeOf(u).Name() was "", String() the
// struct literal), with each unexported field exported as X<name> and
// tagged json:"-" (see hideUnexported) and embedded fields tagged
// gg:"embed" (see tagEmbedded). The rewrite routes what users read of
// them through the session: Name and String of a reflect.Type (and a
// reflect.Type printed by fmt) give the session's name of a struct type
// when one type has that reflect type; Field(i) and reflect.VisibleFields
// give the fields their source names, tags and export status.

// reflectTypeCall wraps t.Name(), t.String() and t.Field(i) on a
// reflect.Type t, and reflect.VisibleFields(t); it returns nil for other
// calls.
func (m *modernizer) reflectTypeCall(c *ast.CallExpr) ast.Expr {
	fn := m.calledFunc(c)
	if fn == nil {
		return nil
	}
	// (The methods of compiled interfaces, as the session's importer gives
	// them, have no package: the receiver's type is what tells.)
	var helper string
	switch fn.Name() {
	case "Name", "String":
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || len(c.Args) != 0 || !isReflectType(m.info.TypeOf(sel.X)) {
			return nil
		}
		helper = "RT" + fn.Name()
		return gg(helper, c.Pos(), sel.X)
	case "Field":
		sel, ok := ast.Unparen(c.Fun).(*ast.SelectorExpr)
		if !ok || len(c.Args) != 1 || !isReflectType(m.info.TypeOf(sel.X)) {
			return nil
		}
		return gg("RTField", c.Pos(), c)
	case "VisibleFields":
		if fn.Pkg() == nil || fn.Pkg().Path() != "reflect" || fn.Signature().Recv() != nil || len(c.Args) != 1 {
			return nil
		}
		return gg("RTVisibleFields", c.Pos(), c.Args[0])
	}
	return nil
}

// isReflectType reports whether t is reflect.Type.
func isReflectType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "reflect" && n.Obj().Name() == "Type"
}

// gg is the call gg__.name(args...) at pos.
func gg(name string, _ token.Pos, args ...ast.Expr) ast.Expr {
	p := args[0].Pos()
	return &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: p, Name: "gg__"}, Sel: &ast.Ident{NamePos: p, Name: name}},
		Lparen: p, Args: args, Rparen: args[len(args)-1].End(),
	}
}

// sourceField is f as the session's source declares it (see above).
func sourceField(f reflect.StructField) reflect.StructField {
	f.Tag = stripIdentTag(f.Tag)
	if name, hidden := hiddenField(f); hidden {
		f.Name = name
		f.PkgPath = "main"
		f.Tag = reflect.StructTag(strings.TrimSpace(strings.TrimSuffix(string(f.Tag), `json:"-"`)))
	}
	if strings.Contains(string(f.Tag), embedTag+`:"embed"`) {
		f.Tag = reflect.StructTag(strings.TrimSpace(strings.Replace(string(f.Tag), embedTag+`:"embed"`, "", 1)))
		f.Anonymous = true
	}
	return f
}

// reflectSymbols are the gg__ helpers of reflectTypeCall, with the
// session's struct type names.
func (a *assertTable) reflectSymbols() map[string]reflect.Value {
	name := func(t reflect.Type) string {
		if t == nil {
			return ""
		}
		a.mu.Lock()
		defer a.mu.Unlock()
		return a.structs[t.String()]
	}
	var str func(t reflect.Type) string
	str = func(t reflect.Type) string {
		if t == nil {
			return "<nil>"
		}
		if n := name(t); n != "" {
			return n
		}
		switch t.Kind() {
		case reflect.Pointer:
			return "*" + str(t.Elem())
		case reflect.Slice:
			return "[]" + str(t.Elem())
		}
		return t.String()
	}
	return map[string]reflect.Value{
		"RTName": reflect.ValueOf(func(t reflect.Type) string {
			if n := name(t); n != "" {
				return n[strings.LastIndexByte(n, '.')+1:]
			}
			return t.Name()
		}),
		"RTString": reflect.ValueOf(str),
		"RTField":  reflect.ValueOf(sourceField),
		// RTVisibleFields is reflect.VisibleFields of t viewed with its
		// embedded fields embedded (see jsonTwin), so that the fields
		// they promote are there.
		"RTVisibleFields": reflect.ValueOf(func(t reflect.Type) []reflect.StructField {
			fs := reflect.VisibleFields(jsonTwin(t))
			out := make([]reflect.StructField, len(fs))
			for i, f := range fs {
				out[i] = sourceField(f)
			}
			return out
		}),
	}
}
