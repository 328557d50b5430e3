package interp

import (
	"go/ast"
	"go/types"
)

// goCallbacks are the compiled functions that run a func() given to them
// on a goroutine of their own: the argument's index. A panic there went
// through no interpreted frame of the cell, so nothing recovered it and
// it ended the process (the kernel, with every variable of the session).
var goCallbacks = map[string]int{
	"time.AfterFunc":       1,
	"(*sync.WaitGroup).Go": 0,
	"context.AfterFunc":    1,
}

// guardCallbacks wraps the func() argument of such a call as the go
// statement's rewrite guards a goroutine (see goStmt):
//
//	time.AfterFunc(d, f)  =>  time.AfterFunc(d, func(f func()) func() {
//		return func() { defer func() { if r := recover(); r != nil { gg__.GoPanic(r) } }(); f() }
//	}(f))
func (m *modernizer) guardCallbacks(c *ast.CallExpr) {
	fn := m.calledFunc(c)
	if fn == nil {
		return
	}
	i, ok := goCallbacks[fn.FullName()]
	if !ok || i < 0 || i >= len(c.Args) {
		return
	}
	a := c.Args[i]
	sig, ok := m.info.TypeOf(a).(*types.Signature)
	if !ok || sig.Params().Len() != 0 || sig.Results().Len() != 0 {
		return
	}
	pos := a.Pos()
	e, err := parseExprSafe("func(gg__f func()) func() {\nreturn func() {\ndefer func() {\nif r := recover(); r != nil {\ngg__.GoPanic(r)\n}\n}()\ngg__f()\n}\n}", pos)
	if err != nil {
		return
	}
	// gg__.GoGuard(...): a compiled recover around it too (see goRun).
	c.Args[i] = &ast.CallExpr{
		Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "GoGuard"}},
		Lparen: pos, Args: []ast.Expr{&ast.CallExpr{Fun: e, Lparen: pos, Args: []ast.Expr{a}, Rparen: a.End()}}, Rparen: a.End(),
	}
}
