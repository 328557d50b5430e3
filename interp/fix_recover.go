package interp

import (
	"go/ast"
	"reflect"
	"regexp"
	"runtime"
	"strings"

	"github.com/gograd/gograd/interp/symbols"
)

// extraRuntime holds gg__ helpers that fix_*.go files add to the compiled
// runtime package (see Session.runtimeSymbols).
var extraRuntime = map[string]reflect.Value{}

// recovered is the value a panic of interpreted code was called with.
// yaegi's panic builtin panics with the reflect.Value of its argument, and
// its recover hands that reflect.Value back as the recovered value, so
// that r.(string), r.(error) and type switches on r all fail (%T of r
// is reflect.Value); panics of compiled code (runtime errors) recover
// as they are.
func recovered(v any) any { return recoveredNamed(v, nil) }

// recoveredNamed is recovered with yaegi's failed assertions named by
// the session's table (see fix_assertnames.go).
func recoveredNamed(v any, names *assertTable) any {
	rename := func(x any) any {
		if names == nil {
			return x
		}
		return names.rename(x)
	}
	if rv, ok := v.(reflect.Value); ok {
		// yaegi panics with a reflect.Value: an invalid or nil one is
		// panic(nil), a *runtime.PanicNilError since Go 1.21.
		if !rv.IsValid() {
			return new(runtime.PanicNilError)
		}
		if rv.Kind() == reflect.Interface {
			if rv.IsNil() {
				return new(runtime.PanicNilError)
			}
			rv = rv.Elem()
		}
		if rv.CanInterface() {
			return goPanicValue(rename(rv.Interface()))
		}
	}
	return goPanicValue(rename(v))
}

// cfgPos is the position yaegi puts before the message of the errors it
// panics with.
var cfgPos = regexp.MustCompile(`^\S+:\d+:\d+: `)

// goPanicValue is the value Go would have panicked with where yaegi
// panics with one of its own: the runtime error of a nil pointer
// dereference for reflect's "call of reflect.Value.Field on zero Value",
// or of a call of a nil func (reflect.Value.Call: call of nil function),
// and the message of a failed type assertion without yaegi's position.
func goPanicValue(v any) any {
	switch x := v.(type) {
	case symbols.Exit:
		// os.Exit unwinds the interpreted stack as a panic: no recover
		// may stop it.
		panic(x)
	case *reflect.ValueError:
		if x.Kind == reflect.Invalid {
			return nilDerefError()
		}
	case string:
		if x == "reflect.Value.Call: call of nil function" {
			return nilDerefError()
		}
		// yaegi indexes with reflect, which does not tell the index or
		// the length Go's message has.
		switch x {
		case "reflect: slice index out of range", "reflect: array index out of range", "reflect: string index out of range":
			return &runtimeError{"runtime error: index out of range"}
		case "reflect: slice index out of bounds", "reflect.Value.Slice: slice index out of bounds", "reflect.Value.Slice3: slice index out of bounds":
			return &runtimeError{"runtime error: slice bounds out of range"}
		}
	case error:
		msg := x.Error()
		if loc := cfgPos.FindStringIndex(msg); loc != nil && strings.HasPrefix(msg[loc[1]:], "interface conversion: ") {
			return &typeAssertionError{msg[loc[1]:]}
		}
	}
	return asRuntimeBoundsError(v)
}

// nilDerefError is the runtime.Error of a nil pointer dereference.
func nilDerefError() (e any) {
	defer func() { e = recover() }()
	var p *int
	_ = *p
	return nil
}

// recoverCall turns a call of the recover builtin into
// gg__.Recovered(recover()): recover is still called by the deferred
// function itself, and the value it returns is the panic's argument
// again (see recovered).
func (m *modernizer) recoverCall(c *ast.CallExpr) ast.Expr {
	id, ok := c.Fun.(*ast.Ident)
	if !ok || id.Name != "recover" || len(c.Args) != 0 || !m.isBuiltin(id) {
		return nil
	}
	pos := c.Pos()
	out := &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Recovered"}},
		Lparen: pos, Args: []ast.Expr{c}, Rparen: c.End(),
	}
	if tv, ok := m.info.Types[c]; ok {
		m.info.Types[out] = tv // for the rewrite of an enclosing recover().(error)
	}
	return out
}

// runtimeError is a runtime.Error with a message of its own.
type runtimeError struct{ msg string }

func (e *runtimeError) Error() string { return e.msg }
func (e *runtimeError) RuntimeError() {}
