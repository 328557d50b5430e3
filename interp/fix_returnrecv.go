package interp

import (
	"go/ast"
	"go/token"
)

// yaegi v0.16.1 panics on a return statement whose result is a bare
// receive: func f(c chan int) int { return <-c } failed with
// "reflect: reflect.Value.Set using unaddressable value" (whatever the
// element type), while return (<-c) works. parenReceives parenthesizes
// such results, in the cell's code and in what the rewrite made of it
// (a, b := <-c, <-c becomes a call of func() (T, T) { return <-c, <-c }).
func (m *modernizer) parenReceives(pc *parsedCell) {
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if r, ok := n.(*ast.ReturnStmt); ok {
				for i, e := range r.Results {
					if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.ARROW {
						r.Results[i] = &ast.ParenExpr{Lparen: u.Pos(), X: u, Rparen: u.End()}
					}
				}
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
