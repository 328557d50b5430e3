package interp

import "go/ast"

// forInitConds gives a condition (true) to the for loops with an init
// statement and neither condition nor post statement:
//
//	for i := 0; ; { ...; i = m }  =>  for i := 0; true; { ...; i = m }
//
// yaegi ran such a loop's init statement again at each iteration, so i
// was 0 in every one of them and the loop never ended (a heap's sift-down
// loop, for i := 0; ; { ... i = m }).
func (m *modernizer) forInitConds(pc *parsedCell) {
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if f, ok := n.(*ast.ForStmt); ok && f.Init != nil && f.Cond == nil && f.Post == nil {
				f.Cond = &ast.Ident{NamePos: f.Init.End(), Name: "true"}
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
