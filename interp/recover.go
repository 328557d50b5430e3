package interp

import (
	"go/ast"
	"reflect"
)

// recoverCall rewrites recover() into
//
//	func(r any) any {
//		if gg__.IsReflectValue(r) {
//			return gg__.ReflectValue(r)
//		}
//		return r
//	}(recover())
//
// yaegi v0.16.1 panics with the reflect.Value of panic's argument, and
// recover returned that reflect.Value: r.(string), r.(error) and
// r == "boom" all failed on it (only fmt, which unwraps a reflect.Value,
// printed it right). The call of recover stays in the deferred function,
// so it still stops the panic.
func (m *modernizer) recoverCall(c *ast.CallExpr) ast.Expr {
	pos := c.Pos()
	fe, err := parseExprSafe("func(gg__r any) any {\nif gg__.IsReflectValue(gg__r) {\nreturn gg__.ReflectValue(gg__r)\n}\nreturn gg__r\n}", pos)
	if err != nil {
		return c
	}
	out := &ast.CallExpr{Fun: fe, Lparen: pos, Args: []ast.Expr{c}, Rparen: c.End()}
	if tv, ok := m.info.Types[c]; ok {
		m.info.Types[out] = tv // for the rewrites of an enclosing assertion
	}
	return out
}

// recoverSymbols are the helpers of recoverCall.
func recoverSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"IsReflectValue": reflect.ValueOf(func(v any) bool {
			_, ok := v.(reflect.Value)
			return ok
		}),
		"ReflectValue": reflect.ValueOf(func(v any) any {
			rv, _ := v.(reflect.Value)
			for rv.IsValid() && rv.Kind() == reflect.Interface {
				rv = rv.Elem()
			}
			if !rv.IsValid() || !rv.CanInterface() {
				return nil
			}
			return rv.Interface()
		}),
	}
}
