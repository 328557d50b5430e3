package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
)

// rewriteCell adapts a parsed cell to what yaegi runs: package names
// rebound by import lines, and Go 1.21+ language yaegi lacks.
func (s *Session) rewriteCell(pc *parsedCell, name string) (err error) {
	// A second, private parse of the cell is what later cells check against.
	pkgOf := s.pkgNamer(pc)
	s.stateMu.RLock()
	haveAP := s.decls[atomicPointerType] == "type"
	s.stateMu.RUnlock()
	desugarCell(pc, pkgOf, haveAP)
	var hist []histEntry
	if pc2, err := parseCell(token.NewFileSet(), name, pc.src); err == nil {
		desugarCell(pc2, pkgOf, haveAP)
		hist = histDecls(pc2)
	}
	pc.info = s.checkCell(pc, hist)
	s.addHistory(hist)

	s.stateMu.RLock()
	aliases := make(map[string]string, len(s.aliases))
	for k, v := range s.aliases {
		aliases[k] = v
	}
	byPath := map[string]string{}
	for n, p := range s.imports {
		byPath[p] = n
	}
	s.stateMu.RUnlock()

	tagStructIdentity(pc)
	for _, d := range pc.decls {
		hideUnexported(d)
	}
	for _, st := range pc.stmts {
		hideUnexported(st)
	}
	renames := s.newRenames(pc)
	s.recordDecls(pc)
	qual := func(p *types.Package) string { return byPath[p.Path()] }
	(&modernizer{info: pc.info, qual: qual, renames: renames}).genericAliases(pc) // before the generics' copies
	mc, err := s.monomorphize(pc, hist, qual, renames)
	if err != nil {
		return err
	}
	pc.mono = mc
	m := &modernizer{info: pc.info, qual: qual, renames: renames, funcNames: map[token.Pos]string{}, mono: mc, asserts: map[token.Pos]assertNames{}}
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = &Error{Name: "InterpreterError", Message: fmt.Sprintf("rewriting the cell: %v", r)}
			}
		}()
		final := m.finalExpr(pc)
		m.apply(pc)
		m.notebookForms(pc)
		pc.textProbe = m.finalText(final)
		pc.decls = append(pc.decls, m.identMarkers(pc)...)
	}()
	if err != nil {
		return err
	}
	if len(pc.decls) > 0 {
		pc.viDisp = m.viDispatchers(pc, pc.decls[0].Pos()) // see plan
		if m.declaresTypes(pc) {
			pc.structNames = m.structNames(pc.decls[0].Pos())
		}
		pc.viDisp = m.withJSONDisp(pc, pc.viDisp, pc.decls[0].Pos())
	}
	s.asserts.add(s.in.FileSet(), m.asserts)
	mc.renameUses()
	mc.funcNames(m.funcNames)
	applyRenames(pc, renames)
	nodes := []ast.Node{pc.viDisp, pc.structNames}
	for _, d := range pc.decls {
		nodes = append(nodes, d)
	}
	for _, st := range pc.stmts {
		nodes = append(nodes, st)
	}
	m.siblingGuards(nodes...) // see fix_namedident.go
	isolateClosures(pc)       // see fix_closurerace.go
	m.topGotos(pc)
	var stmts []ast.Stmt
	var at []int
	for i, st := range pc.stmts {
		if pos := st.Pos(); pos.IsValid() {
			stmts = append(stmts, marker(topMarker, pos))
			at = append(at, pc.stmtAt[i])
			if check := m.boundsCheck(st); check != nil {
				stmts = append(stmts, check)
				at = append(at, pc.stmtAt[i])
			} else {
				for _, check := range m.varBoundsChecks(st) {
					stmts = append(stmts, check)
					at = append(at, pc.stmtAt[i])
				}
			}
		}
		for _, x := range m.declareTopLevel(wrapCompound(st)) {
			stmts = append(stmts, x)
			at = append(at, pc.stmtAt[i])
		}
	}
	pc.stmts, pc.stmtAt = stmts, at
	m.boxRecursiveFields(pc) // last: the checks above see the fields' types
	s.noteSynthetic(pc, m.funcNames)
	for _, d := range pc.decls {
		renamePackages(d, aliases)
	}
	for _, st := range pc.stmts {
		renamePackages(st, aliases)
	}
	return nil
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

// wrapCompound runs a compound statement at the top of a cell inside a
// function literal. yaegi evaluates top-level statements in the global
// scope, where variables declared in nested blocks leak and a loop body's
// "v := v" rebinds the loop variable itself (an endless loop); in a
// function they are ordinary locals, as in compiled Go.
func wrapCompound(st ast.Stmt) ast.Stmt {
	switch st.(type) {
	case *ast.ForStmt, *ast.RangeStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt,
		*ast.SelectStmt, *ast.BlockStmt, *ast.LabeledStmt:
	default:
		return st
	}
	pos := st.Pos()
	lit := &ast.FuncLit{
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{st}, Rbrace: st.End()},
	}
	return &ast.ExprStmt{X: &ast.CallExpr{Fun: lit, Lparen: st.End(), Rparen: st.End()}}
}

// newRenames decides the names yaegi knows the cell's declarations by.
// yaegi keeps the first definition of a type, and refuses a declaration
// named like an imported package; in a notebook both are normal (a cell is
// re-run with a changed type; "fs" or "path" is a fine variable name). Such
// declarations get a fresh internal name, and every later use of the name
// is rewritten to it. It returns the renames in force for this cell.
func (s *Session) newRenames(pc *parsedCell) map[string]string {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	for _, d := range pc.decls {
		for _, n := range definedNames(d) {
			if _, _, isMethod := cutDot(n); isMethod {
				continue
			}
			if n == "main" {
				// yaegi runs a function named main after every later
				// compilation; the session's main is an ordinary function.
				if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil {
					s.renames[n] = "gg__main"
				}
				continue
			}
			_, isPkg := s.yaegiNames[n]
			redefType := false
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
				redefType = s.decls[n] == "type"
			}
			if isPkg || redefType {
				s.nrename++
				s.renames[n] = fmt.Sprintf("%s__%d", n, s.nrename)
				delete(s.imports, n)
			}
		}
	}
	out := make(map[string]string, len(s.renames))
	for k, v := range s.renames {
		out[k] = v
	}
	return out
}

// applyRenames rewrites identifiers that denote renamed package-level
// declarations of the session.
func applyRenames(pc *parsedCell, renames map[string]string) {
	if len(renames) == 0 {
		return
	}
	isPkgLevel := func(o types.Object) bool {
		return o != nil && o.Pkg() != nil && o.Pkg().Path() == "main" && o.Parent() == o.Pkg().Scope()
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			newName, ok := renames[id.Name]
			if !ok {
				return true
			}
			if o := pc.info.Defs[id]; isPkgLevel(o) {
				id.Name = newName
			} else if o := pc.info.Uses[id]; isPkgLevel(o) {
				id.Name = newName
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

// declareTopLevel turns "a, b := x" at the top of a cell into
// "var a A; var b B; a, b = x" when the types are known. yaegi's global
// scope mishandles several := forms (comma-ok, results of generic calls);
// assignments to declared globals it handles.
func (m *modernizer) declareTopLevel(st ast.Stmt) []ast.Stmt {
	as, ok := st.(*ast.AssignStmt)
	if !ok || as.Tok != token.DEFINE {
		return []ast.Stmt{st}
	}
	pos := as.Pos()
	var decls, after []ast.Stmt
	for i, l := range as.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			return []ast.Stmt{st}
		}
		if id.Name == "_" {
			// "_, ok = <-ch" at the top level panics in yaegi (it sets
			// the received value into the blank as if it had ok's
			// type): receive into a variable, cleared afterwards.
			if u, isRecv := as.Rhs[0].(*ast.UnaryExpr); isRecv && u.Op == token.ARROW && len(as.Lhs) == 2 && len(as.Rhs) == 1 {
				t := m.info.TypeOf(u)
				if tup, ok := t.(*types.Tuple); ok && tup.Len() == 2 {
					t = tup.At(i).Type()
				}
				te, ok := m.typeExpr(t, pos)
				if !ok {
					return []ast.Stmt{st}
				}
				name := m.fresh("blank")
				decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
					&ast.ValueSpec{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te}}}})
				as.Lhs[i] = &ast.Ident{NamePos: id.Pos(), Name: name}
				te2, _ := m.typeExpr(t, pos)
				after = append(after, &ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: name}}, TokPos: pos, Tok: token.ASSIGN,
					Rhs: []ast.Expr{&ast.StarExpr{Star: pos, X: &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "new"}, Lparen: pos, Args: []ast.Expr{te2}, Rparen: pos}}}})
			}
			continue
		}
		obj := m.info.Defs[id]
		if obj == nil {
			continue // already declared: plain assignment
		}
		te, ok := m.typeExpr(obj.Type(), pos)
		if !ok {
			return []ast.Stmt{st}
		}
		decls = append(decls, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{{NamePos: id.Pos(), Name: id.Name}}, Type: te}}}})
	}
	if len(decls) == 0 {
		return []ast.Stmt{st}
	}
	as.Tok = token.ASSIGN
	return append(append(decls, as), after...)
}

// noteSynthetic records where the function literals the rewrite made
// begin, so that panic stacks leave their frames out, and the names of the
// declared functions by where their bodies begin.
func (s *Session) noteSynthetic(pc *parsedCell, funcNames map[token.Pos]string) {
	if s.synthetic == nil || len(s.synthetic) > 100000 {
		s.synthetic = map[string]bool{}
	}
	if s.funcNames == nil || len(s.funcNames) > 100000 {
		s.funcNames = map[string]string{}
	}
	fset := s.in.FileSet()
	for pos, name := range funcNames {
		p := fset.Position(pos)
		s.funcNames[fmt.Sprintf("%s:%d:%d", cleanMessage(p.Filename), p.Line, p.Column)] = name
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if lit, ok := n.(*ast.FuncLit); ok {
				if _, user := pc.info.Types[lit]; !user && lit.Body != nil {
					p := fset.Position(lit.Body.Lbrace)
					s.synthetic[fmt.Sprintf("%s:%d:%d", cleanMessage(p.Filename), p.Line, p.Column)] = true
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

// hideUnexported tags the named unexported fields of the struct types in n
// json:"-" (when they have no json key): yaegi gives the reflect types of
// a session's structs exported field names (private becomes Xprivate),
// which encoding/json would then marshal. Embedded fields are left as
// they are: json promotes the exported fields of an unexported embedded
// struct.
func hideUnexported(n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		st, ok := n.(*ast.StructType)
		if !ok || st.Fields == nil {
			return true
		}
		for _, f := range st.Fields.List {
			if len(f.Names) == 0 {
				tagEmbedded(f)
				continue
			}
			exported := false
			for _, id := range f.Names {
				if id.IsExported() || id.Name == "_" {
					exported = true
				}
			}
			if exported {
				continue
			}
			tag := ""
			if f.Tag != nil {
				t, err := strconv.Unquote(f.Tag.Value)
				if err != nil {
					continue
				}
				if _, has := reflect.StructTag(t).Lookup("json"); has {
					continue
				}
				tag = t + " "
			}
			pos := f.Type.End()
			if f.Tag != nil {
				pos = f.Tag.ValuePos
			}
			f.Tag = &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(tag + `json:"-"`)}
		}
		return true
	})
}
