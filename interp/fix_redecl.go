package interp

import (
	"go/ast"
	"go/token"
)

// topDefs holds the names that the statements of a cell's top level
// defined so far, for stmtHist's package-level view of them.
type topDefs map[string]bool

// hist is stmtHist(st) for the next top-level statement of a cell: the
// names an earlier statement defined are left out (blank) of a :=
// statement's package-level var, as := reuses them ("w, ok := f()" then
// "n, ok := g()"); two package-level vars of one name made go/types report
// "ok redeclared in this block", which replaced the message of the cell's
// real compile error. A := with no new name is left to the check of the
// cell's body, which reports it as Go does.
func (d topDefs) hist(st ast.Stmt) []histEntry {
	entries := stmtHist(st)
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE || len(entries) != 1 {
		for _, e := range entries {
			for _, n := range e.names {
				d[n] = true
			}
		}
		return entries
	}
	e := entries[0]
	var names []string
	for _, n := range e.names {
		if !d[n] {
			names = append(names, n)
		}
	}
	if len(names) == len(e.names) {
		for _, n := range names {
			d[n] = true
		}
		return entries
	}
	if len(names) == 0 {
		return nil
	}
	g := e.decl.(*ast.GenDecl)
	for _, id := range g.Specs[0].(*ast.ValueSpec).Names {
		if d[id.Name] {
			id.Name = "_"
		}
	}
	for _, n := range names {
		d[n] = true
	}
	return []histEntry{{names: names, decl: g}}
}
