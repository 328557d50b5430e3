package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// histEntry is one top-level declaration of an earlier cell, kept (in a
// copy that is never rewritten) so later cells type-check against it.
type histEntry struct {
	names []string
	decl  ast.Decl
}

// definedNames lists the top-level names a declaration or a := statement
// at the top of a cell defines. Methods are named "Type.Method".
func definedNames(n ast.Node) []string {
	var names []string
	switch d := n.(type) {
	case *ast.FuncDecl:
		if d.Recv != nil && len(d.Recv.List) > 0 {
			if t := recvTypeName(d.Recv.List[0].Type); t != "" {
				names = append(names, t+"."+d.Name.Name)
			}
			return names
		}
		names = append(names, d.Name.Name)
	case *ast.GenDecl:
		for _, sp := range d.Specs {
			switch sp := sp.(type) {
			case *ast.TypeSpec:
				names = append(names, sp.Name.Name)
			case *ast.ValueSpec:
				for _, id := range sp.Names {
					if id.Name != "_" {
						names = append(names, id.Name)
					}
				}
			}
		}
	case *ast.DeclStmt:
		return definedNames(d.Decl)
	case *ast.AssignStmt:
		if d.Tok == token.DEFINE {
			for _, l := range d.Lhs {
				if id, ok := l.(*ast.Ident); ok && id.Name != "_" {
					names = append(names, id.Name)
				}
			}
		}
	}
	return names
}

func recvTypeName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// histDecls turns a cell (parsed separately, never rewritten) into history
// entries: its declarations, function bodies dropped, and its top-level :=
// and var statements as package-level vars.
func histDecls(pc *parsedCell) []histEntry {
	var out []histEntry
	for _, d := range pc.decls {
		if fd, ok := d.(*ast.FuncDecl); ok {
			c := *fd
			c.Body = nil
			d = &c
		}
		out = append(out, histEntry{names: definedNames(d), decl: d})
	}
	defs := topDefs{}
	for _, st := range pc.stmts {
		out = append(out, defs.hist(st)...)
	}
	return out
}

func stmtHist(st ast.Stmt) []histEntry {
	switch st := st.(type) {
	case *ast.DeclStmt:
		return []histEntry{{names: definedNames(st), decl: st.Decl}}
	case *ast.AssignStmt:
		if st.Tok != token.DEFINE {
			return nil
		}
		names := definedNames(st)
		if len(names) == 0 {
			return nil
		}
		spec := &ast.ValueSpec{Values: st.Rhs}
		for _, l := range st.Lhs {
			id, ok := l.(*ast.Ident)
			if !ok {
				return nil
			}
			spec.Names = append(spec.Names, &ast.Ident{NamePos: id.Pos(), Name: id.Name})
		}
		return []histEntry{{names: names, decl: &ast.GenDecl{TokPos: st.Pos(), Tok: token.VAR, Specs: []ast.Spec{spec}}}}
	}
	return nil
}

// addHistory records a cell's entries, retiring what they redefine.
func (s *Session) addHistory(entries []histEntry) {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	redefined := map[string]bool{}
	for _, e := range entries {
		for _, n := range e.names {
			redefined[n] = true
		}
	}
	kept := s.hist[:0]
	for _, e := range s.hist {
		if !blankNames(e, redefined) {
			kept = append(kept, e)
		}
	}
	s.hist = append(kept, entries...)
}

// blankNames removes the redefined names from an entry and reports whether
// nothing is left of it. A type's methods go with it.
func blankNames(e histEntry, redefined map[string]bool) bool {
	left := 0
	for _, n := range e.names {
		t, _, isMethod := cutDot(n)
		if redefined[n] || (isMethod && redefined[t]) {
			continue
		}
		left++
	}
	if left == len(e.names) {
		return false
	}
	if left == 0 {
		return true
	}
	// A var spec defining several names: blank the redefined ones.
	if g, ok := e.decl.(*ast.GenDecl); ok {
		for _, sp := range g.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok {
				for _, id := range vs.Names {
					if redefined[id.Name] {
						id.Name = "_"
					}
				}
			}
		}
	}
	return false
}

// withoutNames returns e's declaration without the names the cell
// redefines (a copy when some are left out), or nil when none is left.
// "bpe, err := ..." of an earlier cell keeps bpe when this cell says
// "l2, err := ...".
func withoutNames(e histEntry, redefined map[string]bool) ast.Decl {
	gone := func(n string) bool {
		t, _, isMethod := cutDot(n)
		return redefined[n] || (isMethod && redefined[t])
	}
	left := 0
	for _, n := range e.names {
		if !gone(n) {
			left++
		}
	}
	if left == len(e.names) {
		return e.decl
	}
	g, ok := e.decl.(*ast.GenDecl)
	if left == 0 || !ok {
		return nil
	}
	c := *g
	c.Specs = nil
	for _, sp := range g.Specs {
		switch sp := sp.(type) {
		case *ast.TypeSpec:
			if !gone(sp.Name.Name) {
				c.Specs = append(c.Specs, sp)
			}
		case *ast.ValueSpec:
			vs := *sp
			vs.Names = nil
			for _, id := range sp.Names {
				if gone(id.Name) {
					id = &ast.Ident{NamePos: id.Pos(), Name: "_"}
				}
				vs.Names = append(vs.Names, id)
			}
			c.Specs = append(c.Specs, &vs)
		default:
			c.Specs = append(c.Specs, sp)
		}
	}
	return &c
}

func cutDot(s string) (string, string, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}

// checkCell type-checks the cell against the session's history and
// packages. Errors are ignored (the interpreter reports its own); the
// result is whatever type information could be found.
func (s *Session) checkCell(pc *parsedCell, own []histEntry) *types.Info {
	return s.checkCellFset(pc, own, s.in.FileSet())
}

func (s *Session) checkCellFset(pc *parsedCell, own []histEntry, fset *token.FileSet) *types.Info {
	s.stateMu.RLock()
	redefined := map[string]bool{}
	for _, e := range own {
		for _, n := range e.names {
			redefined[n] = true
		}
	}
	var decls []ast.Decl
	for _, e := range s.hist {
		if d := withoutNames(e, redefined); d != nil {
			decls = append(decls, d)
		}
	}
	imports := make(map[string]string, len(s.imports))
	for k, v := range s.imports {
		imports[k] = v
	}
	s.stateMu.RUnlock()

	decls = append(decls, pc.decls...)
	// The cell's own top-level variables, visible to its functions.
	defs := topDefs{}
	for _, st := range pc.stmts {
		for _, e := range defs.hist(st) {
			if _, isDecl := st.(*ast.DeclStmt); !isDecl {
				decls = append(decls, e.decl)
			}
		}
	}
	decls = append(decls, &ast.FuncDecl{
		Name: ast.NewIdent("gg__cell"),
		Type: &ast.FuncType{Params: &ast.FieldList{}},
		Body: &ast.BlockStmt{List: pc.stmts},
	})

	// Import the packages the code mentions.
	used := map[string]bool{}
	for _, d := range decls {
		ast.Inspect(d, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok {
					used[id.Name] = true
				}
			}
			return true
		})
	}
	declared := topLevelNames(decls)
	var specs []ast.Spec
	for name := range used {
		if p, ok := imports[name]; ok && !declared[name] {
			specs = append(specs, &ast.ImportSpec{Name: ast.NewIdent(name), Path: &ast.BasicLit{Kind: token.STRING, Value: strconv.Quote(p)}})
		}
	}
	if len(specs) > 0 {
		decls = append([]ast.Decl{&ast.GenDecl{Tok: token.IMPORT, Specs: specs}}, decls...)
	}
	file := &ast.File{Name: ast.NewIdent("main"), Decls: decls}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Defs:       map[*ast.Ident]types.Object{},
		Uses:       map[*ast.Ident]types.Object{},
		Instances:  map[*ast.Ident]types.Instance{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	// The cell's final expression is its value, not an unused one.
	var final ast.Node
	if n := len(pc.stmts); n > 0 {
		if es, ok := pc.stmts[n-1].(*ast.ExprStmt); ok {
			final = es
		}
	}
	conf := types.Config{Importer: tenv, GoVersion: "go1.26", Error: func(err error) {
		te, ok := err.(types.Error)
		if !ok || te.Soft && strings.Contains(te.Msg, "not used") {
			return
		}
		if final != nil && te.Pos >= final.Pos() && te.Pos < final.End() && strings.HasSuffix(te.Msg, "is not used") {
			return
		}
		if strings.HasPrefix(te.Msg, "missing return") {
			pc.typeErrs = append(pc.typeErrs, te)
			return
		}
		pc.typeErrs = append(pc.typeErrs, te)
	}}
	func() {
		defer func() { _ = recover() }() // go/types must never take the session down
		conf.Check("main", fset, []*ast.File{file}, info)
	}()
	return info
}
