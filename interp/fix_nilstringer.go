package interp

import (
	"fmt"
	"go/ast"
	"go/printer"
	"go/token"
	"go/types"
	"io"
	"reflect"
	"strings"

	"github.com/gograd/gograd/interp/symbols"
)

// nilStringer rewrites an operand of a printing call whose type is a
// pointer to a session type with a String or Error method: fmt calls the
// method of a nil pointer too (printing "<nil>" only when it panics),
// where yaegi hands fmt a nil interface for a nil pointer and fmt prints
// "<nil>" without calling it.
//
//	fmt.Println(n)  =>  fmt.Println(func(p *Node) any { return gg__.FmtNilOr(p == nil, func() string { return p.String() }, p) }(n))
//
// Only for the verbs that call String (%v without #, %s, %q, %x, %X).
func (m *modernizer) nilStringer(a ast.Expr, t types.Type, verb byte, sharp bool) ast.Expr {
	switch {
	case verb == 'v' && !sharp, verb == 's', verb == 'q', verb == 'x', verb == 'X':
	default:
		return nil
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return nil
	}
	if _, ok := sessionNamed(p.Elem()); !ok {
		return nil
	}
	str, _, format := printMethods(t)
	if str == "" || format != "" {
		return nil
	}
	te, ok := m.typeExpr(t, a.Pos())
	if !ok {
		return nil
	}
	src := "func(gg__p " + exprString(te) + ") any { return gg__.FmtNilOr(gg__p == nil, func() string { return gg__p." + str + "() }, gg__p) }"
	fn := parseExprAt(src, a.Pos())
	if fn == nil {
		return nil
	}
	return &ast.CallExpr{Fun: fn, Lparen: a.Pos(), Args: []ast.Expr{a}, Rparen: a.End()}
}

// fmtNilStr prints a nil pointer through its String or Error method, as
// fmt does: "<nil>" when the method panics.
type fmtNilStr struct{ str func() string }

func (n fmtNilStr) Format(f fmt.State, verb rune) {
	s, ok := func() (s string, ok bool) {
		defer func() {
			if recover() != nil {
				ok = false
			}
		}()
		return n.str(), true
	}()
	if !ok {
		io.WriteString(f, "<nil>")
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), s)
}

func init() {
	f := reflect.ValueOf(func(isNil bool, str func() string, v any) any {
		if isNil {
			return fmtNilStr{str}
		}
		return v
	})
	fmtExtra["FmtNilOr"] = f
	// v gets the String method's wrapper, as an operand of fmt.Println.
	symbols.MapTypes[f] = []reflect.Type{reflect.TypeFor[fmt.Formatter](), reflect.TypeFor[fmt.Stringer](), reflect.TypeFor[error]()}
}

func exprString(e ast.Expr) string {
	var b strings.Builder
	printer.Fprint(&b, token.NewFileSet(), e)
	return b.String()
}
