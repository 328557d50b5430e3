package interp

import (
	"go/ast"
	"go/token"
	"reflect"

	"github.com/gograd/gograd/interp/symbols"
)

func init() {
	extraRuntime["NewChain"] = reflect.ValueOf(newPanicChain)
	extraRuntime["ChainRun"] = reflect.ValueOf(chainRun)
	extraRuntime["ChainRecover"] = reflect.ValueOf(chainRecover)
	extraRuntime["ChainRethrow"] = reflect.ValueOf(chainRethrow)
}

// panicChain carries a panic raised by a deferred function to the
// functions deferred before it in the same function (see deferChains).
type panicChain struct {
	pending bool
	value   any
}

func newPanicChain() *panicChain { return &panicChain{} }

// chainRun calls the deferred function f; a panic it raises is kept in c
// for the deferred functions that run after it.
func chainRun(c *panicChain, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if x, ok := r.(symbols.Exit); ok {
				panic(x)
			}
			c.pending, c.value = true, r
		}
	}()
	f()
}

// chainRecover is recover() in a deferred function literal of a function
// with a panic chain: v is the value of recover() itself (which the
// literal still calls, so that yaegi's pending panic is recovered too);
// a panic a later deferred function raised takes its place, as it does
// in Go.
func chainRecover(c *panicChain, v any) any {
	if c.pending {
		r := c.value
		c.pending, c.value = false, nil
		return recovered(r)
	}
	return v
}

// chainRethrow, deferred first, raises again the panic of a deferred
// function that no deferred function recovered.
func chainRethrow(c *panicChain) {
	if c.pending {
		r := c.value
		c.pending, c.value = false, nil
		panic(r)
	}
}

// deferChains lets a function deferred before another recover the panic
// that other one raises:
//
//	defer func() { r := recover(); ... }()
//	defer func() { ... panic(x) ... }()
//	=>
//	gg__pc1 := gg__.NewChain()
//	defer gg__.ChainRethrow(gg__pc1)
//	defer func() { r := gg__.ChainRecover(gg__pc1, recover()); ... }()
//	defer gg__.ChainRun(gg__pc1, func() { ... panic(x) ... })
//
// yaegi runs a frame's deferred calls in one loop inside a single Go
// deferred function: a panic raised by one of them leaves the loop, so
// the deferred calls after it never run and the recover of the function
// deferred first never sees the panic. Only function literals without
// arguments deferred after a literal that calls recover are run through
// the chain. (A deferred literal in a loop of such a function still sees
// the loop variables' last values: yaegi's deferred call refers to the
// frame slot of its function value, see deferStacks, which leaves
// functions that recover alone.)
func (m *modernizer) deferChains(pc *parsedCell) {
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch f := n.(type) {
			case *ast.FuncDecl:
				if f.Body != nil {
					m.deferChain(f.Body)
				}
			case *ast.FuncLit:
				m.deferChain(f.Body)
			}
			return true
		})
	}
	for _, d := range pc.decls {
		visit(d)
	}
	for _, st := range pc.stmts {
		visit(st)
	}
}

// ownRecovers are the recover() calls of a function literal's own body
// (not of literals inside it).
func (m *modernizer) ownRecovers(lit *ast.FuncLit) map[*ast.CallExpr]bool {
	calls := map[*ast.CallExpr]bool{}
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "recover" && len(x.Args) == 0 && m.isBuiltin(id) {
				calls[x] = true
			}
		}
		return true
	})
	return calls
}

func (m *modernizer) deferChain(body *ast.BlockStmt) {
	var defers []*ast.DeferStmt
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.DeferStmt:
			defers = append(defers, x)
			return false
		}
		return true
	})
	if len(defers) < 2 {
		return
	}
	stacked := m.info != nil && m.deferStackApplies(body)
	// The literals that recover, and the ones deferred after the first.
	first := -1
	type recovering struct {
		lit   *ast.FuncLit
		calls map[*ast.CallExpr]bool
	}
	var recovers []recovering
	var chained []*ast.DeferStmt
	for i, d := range defers {
		lit, ok := d.Call.Fun.(*ast.FuncLit)
		if !ok {
			continue
		}
		// After any deferred call (close(done), wg.Done()): a panic of
		// this literal must not skip it (unless deferStack runs them).
		if (first >= 0 || i > 0 && !stacked) && len(d.Call.Args) == 0 && !d.Call.Ellipsis.IsValid() {
			chained = append(chained, d)
		}
		if r := m.ownRecovers(lit); len(r) > 0 {
			recovers = append(recovers, recovering{lit, r})
			if first < 0 {
				first = i
			}
		}
	}
	if len(chained) == 0 {
		return
	}
	pos := body.Lbrace
	name := m.fresh("pc")
	chainArg := func() ast.Expr { return &ast.Ident{NamePos: pos, Name: name} }
	rt := func(fn string, args ...ast.Expr) *ast.CallExpr {
		return &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: fn}},
			Lparen: pos, Args: args, Rparen: pos}
	}
	for _, r := range recovers {
		replaceExprs(r.lit.Body, func(e ast.Expr) ast.Expr {
			c, ok := e.(*ast.CallExpr)
			if !ok || !r.calls[c] {
				return e
			}
			out := rt("ChainRecover", chainArg(), c)
			if tv, ok := m.info.Types[c]; ok {
				m.info.Types[out] = tv
			}
			return out
		})
	}
	for _, d := range chained {
		lit := d.Call.Fun.(*ast.FuncLit)
		d.Call = rt("ChainRun", chainArg(), lit)
	}
	head := []ast.Stmt{
		&ast.AssignStmt{Lhs: []ast.Expr{chainArg()}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{rt("NewChain")}},
		&ast.DeferStmt{Defer: pos, Call: rt("ChainRethrow", chainArg())},
	}
	body.List = append(head, body.List...)
}
