package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// A parallel assignment with a call, a composite literal or a receive
// among its operands:
//
//	out, l = append(out, l[0]), l[1:]
//	p, n := Point{1, 2}, 5
//	v, w = <-ch, w+1
//
// yaegi lets such an operand write straight into its destination and
// drops the assignment node's own code (cfg.go: n.gen = nop for the
// node of all the pairs), so the other destinations kept their old values
// (l never shrank and a merge loop ran forever; n stayed 0). Such an
// assignment assigns the results of one call instead, which yaegi does
// right:
//
//	out, l = func() ([]int, []int) { return append(out, l[0]), l[1:] }()
func (m *modernizer) parallelDirectAssigns(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if directWriteOperands(x) {
					m.parallelAsCall(x)
				}
			case *ast.ValueSpec:
				// var a, b = P{1}, 5: the same, declared.
				if len(x.Names) < 2 || len(x.Names) != len(x.Values) {
					break
				}
				lhs := make([]ast.Expr, len(x.Names))
				for i, id := range x.Names {
					lhs[i] = id
				}
				as := &ast.AssignStmt{Lhs: lhs, TokPos: x.Pos(), Tok: token.DEFINE, Rhs: x.Values}
				if directWriteOperands(as) {
					m.parallelAsCall(as)
					x.Values = as.Rhs
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

// directWriteOperands reports whether as is a parallel assignment with an
// operand yaegi may write into its destination itself.
func directWriteOperands(as *ast.AssignStmt) bool {
	if (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for _, r := range as.Rhs {
		switch x := ast.Unparen(r).(type) {
		case *ast.CallExpr, *ast.CompositeLit:
			return true
		case *ast.UnaryExpr:
			if x.Op == token.ARROW {
				return true
			}
		}
	}
	return false
}

// parallelAsCall rewrites as, a parallel assignment, into the assignment
// of the results of a function literal returning its operands (left as it
// is when a destination's type cannot be written).
func (m *modernizer) parallelAsCall(as *ast.AssignStmt) {
	pos := as.Pos()
	var results []*ast.Field
	for i := range as.Lhs {
		t := m.assignDestType(as, i)
		if t == nil {
			return
		}
		if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
			return
		}
		te, ok := m.typeExpr(t, pos)
		if !ok {
			return
		}
		results = append(results, &ast.Field{Type: te})
	}
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos},
			Results: &ast.FieldList{Opening: pos, Closing: pos, List: results}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: as.Rhs}}, Rbrace: pos},
	}
	as.Rhs = []ast.Expr{&ast.CallExpr{Fun: lit, Lparen: pos, Rparen: pos}}
}

// assignDestType is the type the i-th destination of as receives (the
// operand's default type for a blank); nil when unknown.
func (m *modernizer) assignDestType(as *ast.AssignStmt, i int) types.Type {
	l := as.Lhs[i]
	if id, ok := l.(*ast.Ident); ok && id.Name == "_" {
		if t := m.info.TypeOf(as.Rhs[i]); t != nil {
			return types.Default(t)
		}
		return nil
	}
	if id, ok := l.(*ast.Ident); ok && as.Tok == token.DEFINE && m.info.Defs[id] != nil {
		return m.info.Defs[id].Type()
	}
	return m.info.TypeOf(l)
}
