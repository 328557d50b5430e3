package interp

import (
	"go/ast"
)

// rewriteCell adapts a parsed cell to what yaegi runs: package names
// rebound by import lines, and Go 1.21+ language yaegi lacks.
func (s *Session) rewriteCell(pc *parsedCell) {
	s.stateMu.RLock()
	aliases := make(map[string]string, len(s.aliases))
	for k, v := range s.aliases {
		aliases[k] = v
	}
	s.stateMu.RUnlock()
	for _, d := range pc.decls {
		renamePackages(d, aliases)
	}
	for _, st := range pc.stmts {
		renamePackages(st, aliases)
	}
}

// renamePackages rewrites pkg.Name selectors whose pkg was rebound.
func renamePackages(n ast.Node, aliases map[string]string) {
	if len(aliases) == 0 {
		return
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok {
			if id, ok := sel.X.(*ast.Ident); ok {
				if a, ok := aliases[id.Name]; ok {
					id.Name = a
				}
			}
		}
		return true
	})
}

// recordDecls remembers the top-level names a cell defined, for Complete
// and Vars.
func (s *Session) recordDecls(pc *parsedCell) {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	for _, d := range pc.decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				s.decls[d.Name.Name] = "func"
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				switch sp := sp.(type) {
				case *ast.TypeSpec:
					s.decls[sp.Name.Name] = "type"
				case *ast.ValueSpec:
					for _, n := range sp.Names {
						s.decls[n.Name] = d.Tok.String()
					}
				}
			}
		}
	}
	for _, st := range pc.stmts {
		if as, ok := st.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					s.decls[id.Name] = "var"
				}
			}
		}
		if ds, ok := st.(*ast.DeclStmt); ok {
			if g, ok := ds.Decl.(*ast.GenDecl); ok {
				for _, sp := range g.Specs {
					switch sp := sp.(type) {
					case *ast.TypeSpec:
						s.decls[sp.Name.Name] = "type"
					case *ast.ValueSpec:
						for _, n := range sp.Names {
							s.decls[n.Name] = g.Tok.String()
						}
					}
				}
			}
		}
	}
}
