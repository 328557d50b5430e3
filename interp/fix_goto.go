package interp

import (
	"go/ast"
	"go/token"
)

// topGotos puts the top-level statements of a cell from the first to the
// last one that a goto between top-level statements involves (retry: ...;
// if again { goto retry }) in one block, which runs as one function
// literal (see wrapCompound): yaegi runs each top-level compound statement
// in a function literal of its own, where the goto's label is not defined,
// and it then ignored the goto. The variables the grouped statements
// define stay variables of the cell: their declarations go before the
// block, their := become assignments.
func (m *modernizer) topGotos(pc *parsedCell) {
	labels := map[string]int{}
	for i, st := range pc.stmts {
		if l, ok := st.(*ast.LabeledStmt); ok {
			labels[l.Label.Name] = i
		}
	}
	if len(labels) == 0 {
		return
	}
	lo, hi := -1, -1
	for i, st := range pc.stmts {
		ast.Inspect(st, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.BranchStmt:
				if j, ok := labels[labelName(x)]; ok && x.Tok == token.GOTO {
					for _, k := range []int{i, j} {
						if lo < 0 || k < lo {
							lo = k
						}
						if k > hi {
							hi = k
						}
					}
				}
			}
			return true
		})
	}
	if lo < 0 || lo == hi {
		return
	}
	var decls, body []ast.Stmt
	for _, st := range pc.stmts[lo : hi+1] {
		inner, label := st, (*ast.LabeledStmt)(nil)
		if l, ok := st.(*ast.LabeledStmt); ok {
			inner, label = l.Stmt, l
		}
		xs := m.declareTopLevel(inner)
		var rest []ast.Stmt
		for _, x := range xs {
			if ds, ok := x.(*ast.DeclStmt); ok && len(xs) > 1 {
				decls = append(decls, ds)
			} else {
				rest = append(rest, x)
			}
		}
		if label != nil {
			if len(rest) == 1 {
				label.Stmt = rest[0]
				rest = []ast.Stmt{label}
			} else {
				label.Stmt = &ast.BlockStmt{Lbrace: inner.Pos(), List: rest, Rbrace: inner.End()}
				rest = []ast.Stmt{label}
			}
		}
		body = append(body, rest...)
	}
	block := &ast.BlockStmt{Lbrace: pc.stmts[lo].Pos(), List: body, Rbrace: pc.stmts[hi].End()}
	stmts := append([]ast.Stmt{}, pc.stmts[:lo]...)
	at := append([]int{}, pc.stmtAt[:lo]...)
	for range decls {
		at = append(at, pc.stmtAt[lo])
	}
	stmts = append(append(stmts, decls...), block)
	at = append(at, pc.stmtAt[lo])
	stmts = append(stmts, pc.stmts[hi+1:]...)
	at = append(at, pc.stmtAt[hi+1:]...)
	pc.stmts, pc.stmtAt = stmts, at
}

func labelName(b *ast.BranchStmt) string {
	if b.Label == nil {
		return ""
	}
	return b.Label.Name
}
