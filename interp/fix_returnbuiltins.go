package interp

import (
	"go/ast"
	"go/types"
)

// returnBuiltins parenthesizes the builtin calls among the results of a
// return statement with several results:
//
//	return len(m), len(m[0])  =>  return (len(m)), (len(m[0]))
//
// yaegi writes the result of a builtin call (len, cap, append, real,
// imag, ...) given straight to a return of several values into a slot
// the other results share: return len(a), len(b) returned len(b) twice,
// and return n, len(b) returned n twice (a matrix's Dims gave (3, 3) for
// a 2x3 matrix). A parenthesized call has a value of its own.
func (m *modernizer) returnBuiltins(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			ret, ok := n.(*ast.ReturnStmt)
			if !ok || len(ret.Results) < 2 {
				return true
			}
			for i, r := range ret.Results {
				c, ok := r.(*ast.CallExpr)
				if !ok {
					continue
				}
				id, ok := ast.Unparen(c.Fun).(*ast.Ident)
				if !ok {
					continue
				}
				if _, builtin := m.info.Uses[id].(*types.Builtin); !builtin {
					continue
				}
				p := &ast.ParenExpr{Lparen: c.Pos(), X: c, Rparen: c.End()}
				if tv, ok := m.info.Types[c]; ok {
					m.info.Types[p] = tv
				}
				ret.Results[i] = p
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
