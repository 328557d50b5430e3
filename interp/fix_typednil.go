package interp

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// A nil pointer of a session type converted to error. In Go the error
// holds the typed nil: err != nil, and fmt prints what the method returns
// for the nil receiver ("<nil>" when it panics). yaegi's wrapper for a
// compiled interface (genInterfaceWrapper) turns a nil pointer into a nil
// interface, so the classic
//
//	func check() error { var p *MyErr; return p }
//	if err := check(); err != nil { ... }
//
// took the nil branch. Where a value of a pointer to a session type
// becomes an error (a return, an assignment, a var, a conversion, an
// argument, an element), a nil pointer becomes a compiled *typedNilError
// holding the type's name and a closure calling its Error method: the
// error is not nil and prints as Go prints it. (Asserting it back to the
// pointer type is not supported: yaegi's assertion sees the compiled type.)

// typedNilError is the non-nil error made of a nil pointer of a session
// type.
type typedNilError struct {
	name string // *main.T
	errf func() string
}

func (e *typedNilError) Error() string { return e.errf() }

// Format prints as fmt prints an error holding a nil pointer: the Error
// method's result, "<nil>" (unpadded) when it panics, (*main.T)(nil) for %#v.
func (e *typedNilError) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		fmt.Fprintf(f, "(%s)(nil)", e.name)
		return
	}
	var spec strings.Builder
	spec.WriteByte('%')
	for _, c := range "+-# 0" {
		if f.Flag(int(c)) {
			spec.WriteRune(c)
		}
	}
	if w, ok := f.Width(); ok {
		spec.WriteString(strconv.Itoa(w))
	}
	if p, ok := f.Precision(); ok {
		spec.WriteString("." + strconv.Itoa(p))
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
	default:
		fmt.Fprintf(f, "%%!%c(%s=<nil>)", verb, e.name)
		return
	}
	s, ok := func() (s string, ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return e.errf(), true
	}()
	if !ok {
		f.Write([]byte("<nil>")) // (fmt's catchPanic: no padding)
		return
	}
	spec.WriteRune(verb)
	fmt.Fprintf(f, spec.String(), s)
}

func init() {
	fmtExtra["TypedNilErr"] = reflect.ValueOf(func(name string, errf func() string) error {
		return &typedNilError{name, errf}
	})
}

// typedNilErr is e, of type t, converted to the error target so that a nil
// pointer stays a non-nil error:
//
//	func(gg__p *T) error { if gg__p == nil { return gg__.TypedNilErr("*main.T", func() string { return gg__p.Error() }) }; return gg__p }(e)
//
// or nil when e is not such a value or cannot be nil.
func (m *modernizer) typedNilErr(e ast.Expr, t, target types.Type) ast.Expr {
	if !isErrorType(target) || t == nil || hasTypeParam(t) {
		return nil
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok || !declaredInCell(t) {
		return nil
	}
	if _, ok := types.Unalias(p.Elem()).(*types.Named); !ok {
		return nil
	}
	switch x := ast.Unparen(e).(type) {
	case *ast.UnaryExpr, *ast.CompositeLit:
		return nil // &T{...}
	case *ast.Ident:
		if strings.HasPrefix(x.Name, "gg__") {
			return nil // the rewrite's own (this function's result)
		}
	case *ast.CallExpr:
		if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "new" && m.isBuiltin(id) {
			return nil
		}
		if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok && id.Name == "gg__" {
				return nil
			}
		}
	}
	if tv, ok := m.info.Types[e]; ok && tv.Value != nil {
		return nil
	}
	pos := e.Pos()
	te, ok := m.typeExpr(t, pos)
	if !ok {
		return nil
	}
	var ts strings.Builder
	if err := printer.Fprint(&ts, token.NewFileSet(), te); err != nil {
		return nil
	}
	src := fmt.Sprintf("func(gg__p %s) error {\nif gg__p == nil {\nreturn gg__.TypedNilErr(%q, func() string { return gg__p.Error() })\n}\nreturn gg__p\n}(gg__x)", ts.String(), reflectName(t))
	fe, err := parseExprSafe(src, pos)
	if err != nil {
		return nil
	}
	c, ok := fe.(*ast.CallExpr)
	if !ok {
		return nil
	}
	c.Args[0] = e
	return c
}
