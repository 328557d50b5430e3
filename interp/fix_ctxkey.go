package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

// Keys of context values. yaegi represents a value of a session type by
// its underlying type (a named string type by string, an empty struct
// type by struct{}), so
//
//	type ctxKey string
//	ctx = context.WithValue(ctx, ctxKey("user"), "ann")
//
// stored the value under the plain string "user": ctx.Value("user") found
// it, and two packages' key types (type keyA struct{}, type keyB
// struct{}) collided. The rewrite hands the context package a key of a
// session type as a compiled value that names the type (sessionKey), at
// both ends: WithValue and Context.Value.

// sessionKey is a context key of a session type: the type's identity and
// the key's value.
type sessionKey struct {
	typ string
	v   any
}

// String is what a context's String shows for the key: its type's name
// (without the "@pos" of a local type), as Go shows keys without a String
// method.
func (k sessionKey) String() string {
	name, _, _ := strings.Cut(k.typ, "@")
	return name
}

// ctxKeyArgs are the functions and methods whose argument at the index is
// a context key.
var ctxKeyArgs = map[string]int{
	"context.WithValue":       1,
	"(context.Context).Value": 0,
}

// contextKeyArgs wraps a context key of a session type in gg__.CtxKey.
func (m *modernizer) contextKeyArgs(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil || c.Ellipsis.IsValid() {
		return
	}
	i, ok := ctxKeyArgs[fn.FullName()]
	if sel, isSel := ast.Unparen(c.Fun).(*ast.SelectorExpr); !ok && isSel && fn.Name() == "Value" {
		// The methods of compiled interfaces, as the session's importer
		// gives them, have the receiver "(interface)".
		if xt := m.info.TypeOf(sel.X); xt != nil && types.TypeString(xt, nil) == "context.Context" {
			i, ok = 0, true
		}
	}
	if !ok || i >= len(c.Args) {
		return
	}
	a := c.Args[i]
	t := m.info.TypeOf(a)
	if t == nil || types.IsInterface(t) {
		return
	}
	n, ok := sessionNamed(t)
	if !ok {
		return
	}
	id := types.TypeString(n, nil)
	if n.Obj().Parent() != nil && n.Obj().Parent() != n.Obj().Pkg().Scope() {
		id += fmt.Sprintf("@%d", n.Obj().Pos()) // a local type
	}
	pos := a.Pos()
	c.Args[i] = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "CtxKey"}},
		Lparen: pos, Args: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: fmt.Sprintf("%q", id)}, a}, Rparen: a.End(),
	}
}

func init() {
	extraRuntime["CtxKey"] = reflect.ValueOf(func(typ string, v any) any { return sessionKey{typ, v} })
}
