package interp

import (
	"bytes"
	"go/ast"
	"go/printer"
	"go/token"
)

// A data race of yaegi's closures. yaegi keeps the value of a function
// literal in a slot of the frame that evaluates it, and a call of the
// closure, when it returns, writes back into that slot the value the slot
// held when the closure was made (run.go, getFunc). When the closure runs
// on another goroutine while the frame goes on making closures (a loop
// passing func literals to a function that starts goroutines: an
// errgroup's Go, a worker pool's Submit), that write lands between the
// frame's making of the next closure and its use: the frame passed an
// earlier closure, or a nil func, and one call was lost or ran twice, or
// panicked with a nil dereference (one run in twenty of a loop of 20).
//
// isolateClosures makes each function literal that is not called where it
// stands in a frame of its own, which nothing reads after it returns:
//
//	run(func() { ... })  =>  run(func() func() { return func() { ... } }())
//
// Literals called in place (func() { ... }(), the rewrite's own helpers,
// deferred ones, those already made this way) are left alone, as are
// literals that call recover (yaegi gives a closure the panic state of
// the frame that makes it). Go statements are started by compiled code
// with a closure made the same way (see goStmt).
func isolateClosures(pc *parsedCell) {
	inPlace := map[*ast.FuncLit]bool{}
	lits := 0
	mark := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CallExpr:
				if lit, ok := x.Fun.(*ast.FuncLit); ok {
					inPlace[lit] = true
					// func() func() { return func() { ... } }(): made
					// in a frame of its own already.
					if len(lit.Body.List) == 1 {
						if r, ok := lit.Body.List[0].(*ast.ReturnStmt); ok && len(r.Results) == 1 {
							if in, ok := r.Results[0].(*ast.FuncLit); ok {
								inPlace[in] = true
							}
						}
					}
				}
			case *ast.FuncLit:
				lits++
			}
			return true
		})
	}
	fix := func(e ast.Expr) ast.Expr {
		lit, ok := e.(*ast.FuncLit)
		if !ok || inPlace[lit] || callsRecover(lit) {
			return e
		}
		return isolated(lit)
	}
	for _, d := range pc.decls {
		mark(d)
	}
	for _, st := range pc.stmts {
		mark(st)
	}
	if lits == len(inPlace) {
		return // every literal is called where it stands (or there are none)
	}
	for _, d := range pc.decls {
		replaceExprs(d, fix)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, fix)
	}
}

// isolated is lit made in a frame of its own (see isolateClosures).
func isolated(lit *ast.FuncLit) ast.Expr {
	var b bytes.Buffer
	if printer.Fprint(&b, token.NewFileSet(), lit.Type) != nil {
		return lit
	}
	rt, err := parseExprSafe(b.String(), lit.Pos())
	if err != nil {
		return lit
	}
	ft, ok := rt.(*ast.FuncType)
	if !ok {
		return lit
	}
	return returnAs(ft, lit)
}

// callsRecover reports whether the body of lit (not of literals inside it)
// calls recover.
func callsRecover(lit *ast.FuncLit) bool {
	found := false
	ast.Inspect(lit.Body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "recover" && len(x.Args) == 0 {
				found = true
			}
		}
		return !found
	})
	return found
}
