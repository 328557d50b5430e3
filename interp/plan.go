package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strconv"
	"strings"
)

// plan turns a parsed cell into the chunks yaegi runs, in order:
//
//  1. the cell's imports;
//  2. its declarations that do not depend on variables the cell's own
//     statements define, all in one file so they may refer to each other in
//     any order (a function may be called above its declaration);
//  3. the rest, in source order: runs of statements as blocks, and the
//     declarations that use variables defined by earlier statements.
//
// The final expression statement, if any, is a chunk of its own so that its
// value is the chunk's value.
func (s *Session) plan(pc *parsedCell, name string) ([]chunk, error) {
	var chunks []chunk
	if imp, err := s.importChunk(pc, name); err != nil {
		return nil, err
	} else if imp != nil {
		chunks = append(chunks, chunk{node: imp})
	}

	// Names defined by the cell's statements.
	stmtDefs := map[string]bool{}
	for _, st := range pc.stmts {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE {
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					stmtDefs[id.Name] = true
				}
			}
		}
	}

	hadStmts := len(pc.stmts) > 0
	if err := s.rewriteCell(pc, name); err != nil {
		return nil, err
	}

	hoisted := make([]bool, len(pc.decls))
	var front []ast.Decl
	for i, d := range pc.decls {
		if !usesAnyInfo(d, stmtDefs, pc.info) {
			hoisted[i] = true
			front = append(front, d)
		}
	}
	front = hoistClosure(pc.decls, hoisted)
	if len(front) > 0 {
		front = initOrder(pc.info, front)
		chunks = append(chunks, chunk{node: fileOf(front), commit: pc.mono.commitFor(front)})
	}
	for _, st := range []ast.Stmt{pc.viDisp, pc.structNames} {
		if st != nil {
			// Generated: a failure leaves the session's tables as they were.
			chunks = append(chunks, chunk{node: blockOf([]ast.Stmt{st}), optional: true})
		}
	}

	// Merge the rest by item order.
	type entry struct {
		item int
		decl ast.Decl
		stmt ast.Stmt
	}
	var rest []entry
	for i, d := range pc.decls {
		if !hoisted[i] {
			rest = append(rest, entry{item: pc.declAt[i], decl: d})
		}
	}
	for i, st := range pc.stmts {
		rest = append(rest, entry{item: pc.stmtAt[i], stmt: st})
	}
	// Stable sort by item index (both lists are already in order).
	for i := 1; i < len(rest); i++ {
		for j := i; j > 0 && rest[j].item < rest[j-1].item; j-- {
			rest[j], rest[j-1] = rest[j-1], rest[j]
		}
	}
	var decls []ast.Decl
	var stmts []ast.Stmt
	flush := func() {
		if len(decls) > 0 {
			chunks = append(chunks, chunk{node: fileOf(decls), commit: pc.mono.commitFor(decls)})
			decls = nil
		}
		if len(stmts) > 0 {
			chunks = append(chunks, chunk{node: blockOf(stmts)})
			stmts = nil
		}
	}
	for i, e := range rest {
		if e.decl != nil {
			if len(stmts) > 0 {
				flush()
			}
			decls = append(decls, e.decl)
			continue
		}
		if len(decls) > 0 {
			flush()
		}
		if i == len(rest)-1 {
			if es, ok := e.stmt.(*ast.ExprStmt); ok {
				flush()
				if pc.errVar != "" {
					// The error result of a final call with several (see tupleResult).
					id := &ast.Ident{NamePos: pc.errPos, Name: pc.errVar}
					chunks = append(chunks, chunk{node: blockOf([]ast.Stmt{&ast.ExprStmt{X: id}}), errCheck: true})
				}
				s.probe = nil
				probes := displayProbes(pc.info, es.X)
				if pc.textProbe != "" && !strings.Contains(strings.Join(probes, "\n"), `"text/plain"`) {
					probes = append(probes, `gg__.Probe("text/plain", gg__.Text(`+pc.textProbe+`(gg__v)))`)
				}
				if len(probes) > 0 {
					// gg__v := x; gg__.Probe("text/html", gg__v.DisplayHTML()); ...; gg__v
					pos := es.X.Pos()
					list := []ast.Stmt{&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: "gg__v"}}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{es.X}}}
					list = append(list, parseStmts(strings.Join(probes, "\n"), pos)...)
					list = append(list, &ast.ExprStmt{X: &ast.Ident{NamePos: pos, Name: "gg__v"}})
					chunks = append(chunks, chunk{node: blockOf(list), value: true})
					continue
				}
				chunks = append(chunks, chunk{node: blockOf([]ast.Stmt{es}), value: s.showsValue(es, pc.info)})
				continue
			}
		}
		stmts = append(stmts, e.stmt)
	}
	flush()
	// A whole program (package clause) runs its main, and so does a script
	// of declarations only that declares one (a program without its
	// package line). A notebook cell that declares main only declares it.
	if pc.packageClause || !hadStmts && s.opts.Filename != "" {
		for _, d := range pc.decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "gg__main" {
				pos := fd.Pos()
				call := &ast.ExprStmt{X: &ast.CallExpr{Fun: &ast.Ident{NamePos: pos, Name: "gg__main"}, Lparen: pos, Rparen: pos}}
				// gg__top = 0: the call is no statement of the program.
				reset := marker(topMarker, pos)
				reset.(*ast.AssignStmt).Rhs[0].(*ast.BasicLit).Value = "0"
				chunks = append(chunks, chunk{node: blockOf([]ast.Stmt{reset, call})})
			}
		}
	}
	return chunks, nil
}

// fileOf wraps declarations in a file. Its position matters: yaegi scopes
// imports by the name of the file a node's position is in.
func fileOf(decls []ast.Decl) *ast.File {
	pos := decls[0].Pos()
	return &ast.File{Package: pos, Name: &ast.Ident{NamePos: pos, Name: "main"}, Decls: decls}
}

// blockOf wraps statements in a block (see fileOf about its position).
func blockOf(stmts []ast.Stmt) *ast.BlockStmt {
	return &ast.BlockStmt{Lbrace: stmts[0].Pos(), List: stmts, Rbrace: stmts[len(stmts)-1].End()}
}

// usesAny reports whether n mentions any of the names, other than as a
// name n declares itself (a parameter, a local variable).
func usesAny(n ast.Node, names map[string]bool) bool {
	return usesAnyInfo(n, names, nil)
}

// usesAnyInfo is usesAny, with the cell's type information (nil: none)
// telling the keys of struct literals (field names) from those of maps.
func usesAnyInfo(n ast.Node, names map[string]bool, info *types.Info) bool {
	if len(names) == 0 {
		return false
	}
	local := map[string]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.Field:
			for _, id := range x.Names {
				local[id.Name] = true
			}
		case *ast.AssignStmt:
			if x.Tok == token.DEFINE {
				for _, l := range x.Lhs {
					if id, ok := l.(*ast.Ident); ok {
						local[id.Name] = true
					}
				}
			}
		case *ast.RangeStmt:
			if x.Tok == token.DEFINE {
				for _, e := range []ast.Expr{x.Key, x.Value} {
					if id, ok := e.(*ast.Ident); ok {
						local[id.Name] = true
					}
				}
			}
		case *ast.FuncDecl:
			if x.Body != nil {
				ast.Inspect(x.Body, func(n ast.Node) bool {
					if vs, ok := n.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							local[id.Name] = true
						}
					}
					return true
				})
			}
		}
		return true
	})
	if len(local) > 0 {
		outer := make(map[string]bool, len(names))
		for k := range names {
			if !local[k] {
				outer[k] = true
			}
		}
		names = outer
		if len(names) == 0 {
			return false
		}
	}
	found := false
	structKeys := structLitKeys(n, info)
	ast.Inspect(n, func(n ast.Node) bool {
		if found {
			return false
		}
		if sel, ok := n.(*ast.SelectorExpr); ok {
			// x.n names a field or method n, never a variable n (nor does
			// the n of b.n.Now()).
			if usesAnyInfo(sel.X, names, info) {
				found = true
			}
			return false
		}
		if kv, ok := n.(*ast.KeyValueExpr); ok && structKeys[kv] {
			// T{n: v} names the field n of the struct type T.
			if usesAnyInfo(kv.Value, names, info) {
				found = true
			}
			return false
		}
		if id, ok := n.(*ast.Ident); ok && names[id.Name] {
			found = true
		}
		return true
	})
	return found
}

// showsValue says whether a final expression statement has a value worth
// displaying: not a call of a function with no or several results.
func (s *Session) showsValue(es *ast.ExprStmt, info *types.Info) bool {
	if c, ok := es.X.(*ast.CallExpr); ok {
		if lit, ok := c.Fun.(*ast.FuncLit); ok && (lit.Type.Results == nil || len(lit.Type.Results.List) == 0) {
			return false // a wrapped compound statement (see wrapCompound), or a call with no result
		}
	}
	if info != nil {
		if tv, ok := info.Types[es.X]; ok && tv.Type != nil {
			if tv.IsVoid() {
				return false
			}
			if _, tuple := tv.Type.(*types.Tuple); tuple {
				return false
			}
			if b, ok := tv.Type.(*types.Basic); !ok || b.Kind() != types.Invalid {
				return true
			}
		}
	}
	call, ok := ast.Unparen(es.X).(*ast.CallExpr)
	if !ok {
		return true
	}
	// Calls whose result count we know from the symbol tables.
	if sel, ok := call.Fun.(*ast.SelectorExpr); ok {
		if pk, ok := sel.X.(*ast.Ident); ok {
			s.stateMu.RLock()
			p, isPkg := s.imports[pk.Name]
			s.stateMu.RUnlock()
			if isPkg {
				if syms := pkgs.exports[symbolsKey(p)]; syms != nil {
					if f, ok := syms[sel.Sel.Name]; ok && f.Kind().String() == "func" {
						return f.Type().NumOut() == 1
					}
				}
			}
		}
	}
	if id, ok := call.Fun.(*ast.Ident); ok {
		switch id.Name {
		case "print", "println", "panic", "close", "delete", "clear", "copy":
			return false
		}
	}
	return true
}

// symbolsKey is the key of package p in the symbol tables.
func symbolsKey(p string) string {
	name, ok := pkgs.byPath[p]
	if !ok {
		name = path.Base(p)
	}
	k := p + "/" + name
	if k == "fmt/fmt" {
		return "fmt/./fmt"
	}
	return k
}

// importChunk resolves the cell's import lines against the session's
// packages. Names already bound to the same path are skipped; a name bound
// to another path is rebound (yaegi keeps the first binding of a name, so
// the package is imported under a private alias and the cell's uses of the
// name are rewritten).
func (s *Session) importChunk(pc *parsedCell, name string) (*ast.File, error) {
	var specs []ast.Spec
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	for _, is := range pc.imports {
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			continue
		}
		pkgName, known := pkgs.byPath[p]
		if !known {
			pos := s.in.FileSet().Position(is.Path.Pos())
			return nil, &Error{Name: "CompileError", Line: pos.Line, Col: pos.Column,
				Message:   fmt.Sprintf("package %q is not available in gograd sessions", p),
				Traceback: []string{fmt.Sprintf("%s:%d:%d: package %q is not available in gograd sessions (its symbols are not compiled in; see interp/internal/gen)", name, pos.Line, pos.Column, p)}}
		}
		local := pkgName
		if is.Name != nil {
			local = is.Name.Name
		}
		if local == "_" {
			continue
		}
		if local == "." {
			specs = append(specs, is)
			continue
		}
		if s.imports[local] == p {
			continue
		}
		alias := local
		if q, bound := s.yaegiNames[local]; bound && q != p {
			alias = local + "__" + strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(p)
		}
		s.imports[local] = p
		if alias != local {
			s.aliases[local] = alias
		} else {
			delete(s.aliases, local)
		}
		if s.yaegiNames[alias] != p {
			specs = append(specs, &ast.ImportSpec{Name: &ast.Ident{NamePos: is.Pos(), Name: alias}, Path: &ast.BasicLit{ValuePos: is.Path.Pos(), Kind: token.STRING, Value: strconv.Quote(p)}})
			s.yaegiNames[alias] = p
		}
	}
	if len(specs) == 0 {
		return nil, nil
	}
	pos := pc.imports[0].Pos()
	return fileOf([]ast.Decl{&ast.GenDecl{TokPos: pos, Tok: token.IMPORT, Specs: specs}}), nil
}

// displayProbes returns the statements that show a final value of a type
// the session declared through its String and Display* methods: compiled
// code (display.Render) cannot see methods of interpreted types, and
// yaegi v0.16 loses them when such a value goes through an interface, so
// the calls are made statically on the value's own type.
func displayProbes(info *types.Info, e ast.Expr) []string {
	if info == nil {
		return nil
	}
	tv, ok := info.Types[e]
	if !ok || tv.Type == nil || !tv.IsValue() {
		return nil
	}
	t := tv.Type
	base := t
	if p, ok := t.(*types.Pointer); ok {
		base = p.Elem()
	}
	n, ok := base.(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return nil
	}
	ms := types.NewMethodSet(types.NewPointer(base))
	has := func(name, sig string) bool {
		sel := ms.Lookup(nil, name)
		if sel == nil {
			return false
		}
		s := strings.TrimPrefix(types.TypeString(sel.Type(), nil), "func")
		return s == sig
	}
	var out []string
	if has("String", "() string") {
		out = append(out, `gg__.Probe("text/plain", gg__v.String())`)
	} else if has("Error", "() string") {
		out = append(out, `gg__.Probe("text/plain", gg__v.Error())`)
	}
	if has("DisplayHTML", "() string") {
		out = append(out, `gg__.Probe("text/html", gg__v.DisplayHTML())`)
	}
	if has("DisplayMarkdown", "() string") {
		out = append(out, `gg__.Probe("text/markdown", gg__v.DisplayMarkdown())`)
	}
	if has("DisplaySVG", "() string") {
		out = append(out, `gg__.Probe("image/svg+xml", gg__v.DisplaySVG())`)
	}
	if has("DisplayPNG", "() ([]byte, error)") {
		out = append(out, `if b, err := gg__v.DisplayPNG(); err == nil { gg__.ProbePNG(b) }`)
	}
	return out
}

// initOrder puts the initialised package-level variables among decls in
// Go's initialisation order (go/types' InitOrder: a variable after those
// its initialiser depends on, through the functions it calls), keeping
// the other declarations in place: yaegi initialises them in source
// order, so "var total = compute()" above "var base = 10", compute
// reading base, saw 0. Each variable declaration keeps its slot; only
// which specification fills it changes.
func initOrder(info *types.Info, decls []ast.Decl) []ast.Decl {
	if info == nil || len(info.InitOrder) < 2 {
		return decls
	}
	rank := map[types.Object]int{}
	for i, in := range info.InitOrder {
		for _, v := range in.Lhs {
			rank[v] = i + 1
		}
	}
	type slot struct {
		spec *ast.ValueSpec
		gd   *ast.GenDecl
		rank int
	}
	var out []ast.Decl
	var specs []slot
	var at []int // indexes in out of the initialised specs' slots
	for _, d := range decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.VAR {
			out = append(out, d)
			continue
		}
		for _, sp := range gd.Specs {
			vs, ok := sp.(*ast.ValueSpec)
			one := &ast.GenDecl{Doc: gd.Doc, TokPos: gd.TokPos, Tok: token.VAR, Specs: []ast.Spec{sp}}
			if !ok || len(vs.Values) == 0 || len(vs.Names) == 0 {
				out = append(out, one)
				continue
			}
			r, ok := rank[info.Defs[vs.Names[0]]]
			if !ok {
				return decls // not a package-level variable go/types ordered
			}
			at = append(at, len(out))
			out = append(out, one)
			specs = append(specs, slot{vs, one, r})
		}
	}
	sorted := make([]slot, len(specs))
	copy(sorted, specs)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].rank < sorted[j].rank })
	for k, i := range at {
		out[i] = sorted[k].gd
	}
	return out
}
