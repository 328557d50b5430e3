package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
	"sync"
)

// MarshalJSON and MarshalText of session values held in interfaces.
// json.Marshal(map[string]any{"t": Temp(2)}), json.Marshal([]any{Key{3,
// 4}}) and json.Marshal(v) with v an any holding a Temp wrote the plain
// values (2, {"A":3,"B":4}): the json mirrors (jsonmirror.go) follow
// static types only, and a session value with methods inside an any is
// yaegi's valueInterface, which jsonIn turned into its plain value. The
// operand of such a call goes to gg__.JSONInS([]any{x}) (the one-element
// slice keeps yaegi's interface value of x itself, see viWrap), which
// replaces each valueInterface of a type with a marshaling method by the
// method's result, through the session's JSON dispatcher: an interpreted
// function asserting each such type of the session, set by the cells that
// declare types (gg__.SetJSONDisp, next to the fmt dispatchers).

// jsonDispState is a session's JSON dispatcher.
type jsonDispState struct {
	mu   sync.Mutex
	disp func(any) any
}

// jsonDispRuntime is the session's gg__ symbols of the JSON dispatcher.
func jsonDispRuntime() map[string]reflect.Value {
	d := &jsonDispState{}
	return map[string]reflect.Value{
		"SetJSONDisp": reflect.ValueOf(func(f func(any) any) {
			d.mu.Lock()
			d.disp = f
			d.mu.Unlock()
		}),
		"JSONInS": reflect.ValueOf(func(one []any) any {
			if len(one) != 1 {
				return nil
			}
			d.mu.Lock()
			disp := d.disp
			d.mu.Unlock()
			v := one[0]
			rv := reflect.ValueOf(v)
			if !rv.IsValid() {
				return v
			}
			if isValueIface(rv.Type()) {
				v = unwrapOne(rv, disp)
			} else if r, changed := unwrapIfaces(v, disp); changed {
				v = r
			}
			return jsonIn(v)
		}),
	}
}

// jsonMethodTypes are the session's named types (and pointers to them)
// with a MarshalJSON or MarshalText method, as the cell spells them, with
// the method and the name reflect gives them.
func (m *modernizer) jsonMethodTypes() (ts []struct{ src, method, name string }) {
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	g := &mirrorGen{m: m}
	for _, n := range sessionTypes(sc) {
		if strings.HasPrefix(n.Obj().Name(), "gg__") {
			continue
		}
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			meth := jsonMethod(t)
			if meth == "" {
				continue
			}
			if src, ok := g.typeSrc(t); ok {
				ts = append(ts, struct{ src, method, name string }{src, meth, reflectName(t)})
			}
		}
	}
	if len(ts) > 64 {
		return nil
	}
	return ts
}

// withJSONDisp adds to disp (the cell's statement setting the fmt
// dispatchers, or nil) the one setting the JSON dispatcher, when the cell
// declares types or methods and the session has types with marshaling
// methods.
func (m *modernizer) withJSONDisp(pc *parsedCell, disp ast.Stmt, pos token.Pos) ast.Stmt {
	declares := false
	for _, d := range pc.decls {
		switch d := d.(type) {
		case *ast.GenDecl:
			declares = declares || d.Tok == token.TYPE
		case *ast.FuncDecl:
			declares = declares || d.Recv != nil
		}
	}
	if !declares {
		return disp
	}
	ts := m.jsonMethodTypes()
	if len(ts) == 0 {
		return disp
	}
	var b strings.Builder
	b.WriteString("gg__.SetJSONDisp(func(gg__v any) any {\n")
	for _, t := range ts {
		ctor := "JSONRaw"
		if t.method == "MarshalText" {
			ctor = "JSONText"
		}
		nilCheck := ""
		if strings.HasPrefix(t.src, "*") {
			nilCheck = "if gg__x == nil {\nreturn nil\n}\n"
		}
		fmt.Fprintf(&b, "if gg__x, gg__ok := gg__v.(%s); gg__ok {\n%sgg__b, gg__err := gg__x.%s()\nreturn gg__.%s(%q, gg__b, gg__err)\n}\n",
			t.src, nilCheck, t.method, ctor, t.name)
	}
	b.WriteString("return nil\n})")
	set := parseStmts(b.String(), pos)
	if len(set) != 1 {
		return disp
	}
	hideUnexported(set[0])
	if disp == nil {
		return set[0]
	}
	return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{disp, set[0]}, Rbrace: pos}
}

// jsonDynIn is gg__.JSONInS([]any{a}) for the operand a, of type t, of a
// json function (see above), or nil when the session has no type with a
// marshaling method or t holds no interface.
func (m *modernizer) jsonDynIn(a ast.Expr, t types.Type) ast.Expr {
	if !types.IsInterface(t) && !holdsIfaceType(t, map[types.Type]bool{}) {
		return nil
	}
	if len(m.jsonMethodTypes()) == 0 {
		return nil
	}
	pos := a.Pos()
	one := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: &ast.Ident{NamePos: pos, Name: "any"}}, Lbrace: pos, Elts: []ast.Expr{a}, Rbrace: a.End()}
	return &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "JSONInS"}},
		Lparen: pos, Args: []ast.Expr{one}, Rparen: a.End(),
	}
}
