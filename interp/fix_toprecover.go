package interp

import (
	"context"
	"errors"
	"go/ast"
)

// topRecoverState is the panic a cell's top-level deferred calls may
// recover (see modernizer.topRecoverLit and Session.runTopDefers).
type topRecoverState struct {
	last    any   // the value of the last panic of a chunk (runtimeError)
	pending any   // the panic the deferred calls run for
	active  bool  // a panic is pending and not recovered yet
	direct  int64 // the depth of a function a top-level deferred call calls (see topDirect)
}

// topRecover is recover() in a function literal deferred at the top
// level of a cell: the value of the panic that ended the cell's chunks,
// once, or nil.
func (s *Session) topRecover() any {
	if !s.topRec.active {
		return nil
	}
	s.topRec.active = false
	return recovered(s.topRec.pending)
}

// runTopDefers runs the calls the cell's top-level defer statements
// registered (runDefers) as the cell ends with err. When err is a panic,
// a deferred function literal's recover() returns its value, and a
// recovered panic ends the cell without error, as a Go program whose main
// recovers returns normally: yaegi ran such a deferred literal at the end
// of its chunk, so the cell went on with its next statements, and ran it
// again after each of them.
func (s *Session) runTopDefers(ctx context.Context, err error) error {
	var pe *Error
	if errors.As(err, &pe) && pe.Name == "Exit" {
		// os.Exit runs no deferred calls.
		s.defers, s.topRec = nil, topRecoverState{}
		return err
	}
	s.topRec.active = false
	if errors.As(err, &pe) && pe.Name == "panic" && s.topRec.last != nil {
		s.topRec.pending, s.topRec.active = s.topRec.last, true
	}
	recoverable := s.topRec.active
	e := s.runDefers(ctx)
	if recoverable && !s.topRec.active {
		err = nil // recovered
	}
	s.topRec = topRecoverState{}
	if e != nil && err == nil {
		return e
	}
	return err
}

// topRecoverLit prepares "defer func() { ... recover() ... }(args)" at
// the top level of a cell for topDefer: the recover calls of the literal's
// own body (not of literals inside it) become gg__.TopRecover(). It
// reports whether the call can be registered so.
func (m *modernizer) topRecoverLit(c *ast.CallExpr) bool {
	lit, ok := c.Fun.(*ast.FuncLit)
	if !ok {
		return false
	}
	nested := false
	fix := func(n ast.Node) {
		replaceExprs(n, func(e ast.Expr) ast.Expr {
			call, ok := e.(*ast.CallExpr)
			if !ok || len(call.Args) != 0 {
				return e
			}
			id, ok := call.Fun.(*ast.Ident)
			if !ok || id.Name != "recover" || !m.isBuiltin(id) {
				return e
			}
			pos := call.Pos()
			return &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "TopRecover"}},
				Lparen: pos, Rparen: call.Rparen}
		})
	}
	// recover in a literal inside the deferred one is not called by the
	// deferred function: it returns nil, as yaegi's does.
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			nested = true
		}
		return !nested
	})
	if nested {
		return false
	}
	for _, a := range c.Args {
		found := false
		ast.Inspect(a, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && id.Name == "recover" {
				found = true
			}
			return !found
		})
		if found {
			return false
		}
	}
	fix(lit.Body)
	return true
}
