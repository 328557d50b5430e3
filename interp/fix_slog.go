package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"log/slog"
	"reflect"
	"strings"

	"github.com/gograd/gograd/interp/symbols"
)

// log/slog and the session's types. yaegi wraps a session value passed as
// an any to slog.Info & co in the wrapper of slog.LogValuer, fmt.Stringer
// or error (see symbols.MapTypes), so the handlers resolve its LogValue
// and print it through String; for the methods of *slog.Logger
// (logger.Info, logger.With) yaegi looks up no such table and the value
// went over plain (level=3 for a Level with String). slogArgs passes such
// operands through gg__.SlogWrap, an identity function with the slog
// entry in that table.

// slogMethods are the methods of *slog.Logger whose variadic attributes
// start at the given argument.
var slogMethods = map[string]int{
	"Debug": 1, "Info": 1, "Warn": 1, "Error": 1, "Log": 3,
	"DebugContext": 2, "InfoContext": 2, "WarnContext": 2, "ErrorContext": 2, "With": 0,
}

func init() {
	f := reflect.ValueOf(func(v any) any { return v })
	fmtExtra["SlogWrap"] = f
	symbols.MapTypes[f] = []reflect.Type{reflect.TypeFor[slog.LogValuer](), reflect.TypeFor[fmt.Stringer](), reflect.TypeFor[error]()}
}

// slogArgs wraps the attribute operands of a *slog.Logger method call
// that are values of session types with LogValue, String or Error.
func (m *modernizer) slogArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || fn.Pkg() == nil || fn.Pkg().Path() != "log/slog" || c.Ellipsis.IsValid() {
		return
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok || sig.Recv() == nil || !strings.HasSuffix(types.TypeString(sig.Recv().Type(), nil), "log/slog.Logger") {
		return
	}
	first, ok := slogMethods[fn.Name()]
	if !ok {
		return
	}
	for i := first; i < len(c.Args); i++ {
		t := m.info.TypeOf(c.Args[i])
		if t == nil || types.IsInterface(t) {
			continue
		}
		base := types.Unalias(t)
		if p, ok := base.(*types.Pointer); ok {
			base = p.Elem()
		}
		if _, ok := sessionNamed(base); !ok {
			continue
		}
		ms := types.NewMethodSet(t)
		if ms.Lookup(nil, "LogValue") == nil && ms.Lookup(nil, "String") == nil && ms.Lookup(nil, "Error") == nil {
			continue
		}
		c.Args[i] = gg("SlogWrap", c.Args[i].Pos(), c.Args[i])
	}
}
