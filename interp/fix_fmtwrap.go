package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"

	"github.com/gograd/gograd/interp/symbols"
)

// Printing methods yaegi gets wrong at the top level of a printing call.
// yaegi wraps an operand of a session type for fmt.Println & co (see
// symbols.MapTypes) in the wrapper of the first of fmt.Formatter,
// fmt.Stringer and error whose method NAMES the type has: signatures are
// not compared (itype.implements, methodSet.contains). So a type with a
// Format(layout string) string method, or a struct embedding time.Time
// (whose Format is promoted), became a fmt.Formatter wrapper and the
// session panicked "reflect.Set: value of type func(string) string is not
// assignable to type func(fmt.State, int32)"; a type with both Error and
// String printed String where fmt prefers Error. And the methods of
// *log.Logger (l.Println(p)) have no MapTypes entry: yaegi wrapped
// nothing and the value printed as a plain struct.
//
// fmtWrap passes such an operand through a compiled identity function
// whose only MapTypes entry is the interface fmt would use (or none), so
// that yaegi wraps it in that interface's wrapper, or not at all.

// fmtWrapFuncs are the identity functions, by the interface they keep.
var fmtWrapFuncs = map[string]struct {
	name string
	t    reflect.Type
}{
	"Format": {"FmtAsFormatter", reflect.TypeFor[fmt.Formatter]()},
	"Error":  {"FmtAsError", reflect.TypeFor[error]()},
	"String": {"FmtAsStringer", reflect.TypeFor[fmt.Stringer]()},
	"":       {"FmtAsPlain", nil},
}

func init() {
	// Distinct functions: MapTypes is keyed by the function value.
	fs := map[string]reflect.Value{
		"FmtAsFormatter": reflect.ValueOf(func(v any) any { return v }),
		"FmtAsError":     reflect.ValueOf(func(v any) any { return v }),
		"FmtAsStringer":  reflect.ValueOf(func(v any) any { return v }),
		"FmtAsPlain":     reflect.ValueOf(func(v any) any { return v }),
	}
	for _, w := range fmtWrapFuncs {
		fmtExtra[w.name] = fs[w.name]
		if w.t != nil {
			symbols.MapTypes[fs[w.name]] = []reflect.Type{w.t}
		}
	}
}

// fmtWrap returns the operand a (of the non-interface type t) of the
// printing function fn passed through the FmtAs function of the method
// fmt calls, when yaegi would wrap it otherwise; nil when yaegi gets it
// right.
func (m *modernizer) fmtWrap(fn *types.Func, a ast.Expr, t types.Type) ast.Expr {
	base := types.Unalias(t)
	if p, ok := base.(*types.Pointer); ok {
		base = p.Elem()
	}
	if _, ok := sessionNamed(base); !ok || ptrOnlyPrintMethods(t) {
		return nil
	}
	// The method yaegi wraps for: by name, Format first.
	names := map[string]bool{}
	ms := types.NewMethodSet(t)
	for i := range ms.Len() {
		names[ms.At(i).Obj().Name()] = true
	}
	yaegi := ""
	if fn.Pkg() != nil && fn.Pkg().Path() == "fmt" || fn.Type().(*types.Signature).Recv() == nil {
		for _, n := range []string{"Format", "String", "Error"} {
			if names[n] {
				yaegi = n
				break
			}
		}
	}
	// The method fmt calls (%v and the verbs of strings).
	str, _, format := printMethods(t)
	goes := format
	if goes == "" {
		goes = str
	}
	if yaegi == goes {
		return nil
	}
	w := fmtWrapFuncs[goes]
	pos := a.Pos()
	return &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: w.name}},
		Lparen: pos, Args: []ast.Expr{a}, Rparen: a.End(),
	}
}
