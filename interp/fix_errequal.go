package interp

import (
	"go/ast"
	"go/types"
	"reflect"
	"sync"
)

// An error compared with a value of a session type implementing error
// (err == pe, with pe a *PErr): Go converts the value to error and
// compares the dynamic values; yaegi compared its wrapper of the error
// (from context.Cause, errors.Unwrap, a channel) with the bare pointer,
// never equal. errorEquality converts such an operand to error by
// returning it (which makes yaegi's wrapper) and compares through
// gg__.ErrSame. Values of boxed struct types (see boxedErrType) are left
// alone: their boxes are copies, which ErrSame would tell apart.

// errOperand is x, of the type t, converted to error, or nil when t is
// not a session type implementing error (or is boxed).
func (m *modernizer) errOperand(x ast.Expr, t types.Type) ast.Expr {
	if t == nil || types.IsInterface(t) || !declaredInCell(t) || boxedErrType(t) || hasTypeParam(t) {
		return nil
	}
	errT := types.Universe.Lookup("error").Type()
	if !types.Implements(t, errT.Underlying().(*types.Interface)) {
		return nil
	}
	return returnAs(&ast.Ident{NamePos: x.Pos(), Name: "error"}, x)
}

// An error of a boxed type stored in an any (sync.Map, atomic.Value,
// []any) and asserted back with v.(T): boxedAssert looks into yaegi's
// error wrapper as it does for an error operand, through ErrConcreteAny.
// errSameBoxed is errSame, comparing the struct values that boxes (or
// yaegi's wrappers) hold.
func errSameBoxed(a, b error) (same bool) {
	val := func(e error) reflect.Value {
		v := reflect.ValueOf(errConcrete(e))
		if v.Kind() == reflect.Pointer && !v.IsNil() && v.Type().Elem().Kind() == reflect.Struct {
			v = v.Elem()
		}
		return v
	}
	x, y := val(a), val(b)
	if x.IsValid() && y.IsValid() && x.Kind() == reflect.Struct && x.Type() == y.Type() && x.Type().Comparable() && x.CanInterface() && y.CanInterface() {
		defer func() {
			if recover() != nil {
				same = false
			}
		}()
		return x.Interface() == y.Interface()
	}
	return errSame(a, b)
}

func init() {
	extraRuntime["ErrSameBoxed"] = reflect.ValueOf(errSameBoxed)
	extraRuntime["ErrConcreteAny"] = reflect.ValueOf(func(v any) any {
		if e, ok := v.(error); ok {
			return errConcrete(e)
		}
		return v
	})
}

// boxedIsTargets are the calls errors.Is(err, T{...}) whose target is of a
// boxed type, noted before boxedArgs boxes it (and its type is no longer
// known), for errorsCall.
var boxedIsTargets sync.Map // *ast.CallExpr -> bool

func (m *modernizer) noteBoxedIsTarget(c *ast.CallExpr) {
	if len(c.Args) != 2 || m.info == nil {
		return
	}
	if fn := m.calledFunc(c); fn == nil || fn.FullName() != "errors.Is" {
		return
	}
	if boxedErrType(m.info.TypeOf(c.Args[1])) {
		boxedIsTargets.Store(c, true)
	}
}
