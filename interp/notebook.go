package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// notebookForms rewrites forms that are everyday notebook Go but that
// yaegi v0.16 mishandles:
//
//   - function literals and declarations with unnamed parameters
//     ("func(int) bool { ... }"), whose closures yaegi may give the wrong
//     variables: the parameters are named "_";
//   - top-level "var y T = x" where x is a variable of an earlier cell or of
//     the cell's statements ("variable definition loop" in yaegi): the
//     declaration keeps its type and the value is assigned where the
//     declaration stands;
//   - a final expression with several results, such as strconv.Atoi("3"):
//     see tupleResult.
//
// It runs after the modernizer and before renames are applied.
func (m *modernizer) notebookForms(pc *parsedCell) {
	for _, d := range pc.decls {
		nameUnnamedParams(d)
	}
	for _, st := range pc.stmts {
		nameUnnamedParams(st)
	}
	m.splitVarInits(pc)
	m.tupleResult(pc)
}

// nameUnnamedParams names the parameters of function literals and
// declarations that have none ("func(int)" becomes "func(_ int)").
func nameUnnamedParams(n ast.Node) {
	fix := func(ft *ast.FuncType) {
		if ft == nil || ft.Params == nil {
			return
		}
		for _, f := range ft.Params.List {
			if len(f.Names) > 0 {
				return // Go has all parameters named or none
			}
		}
		for _, f := range ft.Params.List {
			f.Names = []*ast.Ident{{NamePos: f.Type.Pos(), Name: "_"}}
		}
	}
	ast.Inspect(n, func(n ast.Node) bool {
		switch f := n.(type) {
		case *ast.FuncLit:
			fix(f.Type)
		case *ast.FuncDecl:
			if f.Body != nil {
				fix(f.Type)
			}
		}
		return true
	})
}

// splitVarInits turns top-level "var y T = x", where x is a session
// variable that is not declared by the cell's own var declarations (a
// variable of an earlier cell, or one the cell's statements define), into
// "var y T" and the statement "y = x" at the declaration's place. yaegi
// orders the initialisers of a file by their dependencies and fails with
// "variable definition loop" on a dependency outside the file. Declarations
// whose values use variables split this way, or call the session's
// functions (which may read them), are split too, and so are variables
// declared after a statement of the cell (see sequentialVars); all values
// are then assigned in source order.
func (m *modernizer) splitVarInits(pc *parsedCell) {
	if m.info == nil {
		return
	}
	pkgVar := func(o types.Object) (*types.Var, bool) {
		v, ok := o.(*types.Var)
		return v, ok && v.Pkg() != nil && v.Pkg().Path() == "main" && v.Parent() == v.Pkg().Scope()
	}
	// Variables declared by the cell's var declarations.
	own := map[types.Object]bool{}
	for _, d := range pc.decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.VAR {
			for _, sp := range g.Specs {
				for _, id := range sp.(*ast.ValueSpec).Names {
					if o := m.info.Defs[id]; o != nil {
						own[o] = true
					}
				}
			}
		}
	}
	split := map[*ast.ValueSpec]bool{}
	splitVars := map[types.Object]bool{}
	seqSpec := map[*ast.ValueSpec]bool{}
	for i, seq := range sequentialVars(pc) {
		if seq {
			for _, sp := range pc.decls[i].(*ast.GenDecl).Specs {
				seqSpec[sp.(*ast.ValueSpec)] = true
			}
		}
	}
	needsSplit := func(vs *ast.ValueSpec) bool {
		found := false
		for _, v := range vs.Values {
			ast.Inspect(v, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok && !found {
					o := m.info.Uses[id]
					if v, ok := pkgVar(o); ok && (!own[v] || splitVars[v]) {
						found = true
					}
					// A function of the session may read a split variable.
					if f, ok := o.(*types.Func); ok && len(splitVars) > 0 && f.Pkg() != nil && f.Pkg().Path() == "main" {
						found = true
					}
				}
				return !found
			})
		}
		return found
	}
	for changed := true; changed; {
		changed = false
		for _, d := range pc.decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, sp := range g.Specs {
				vs := sp.(*ast.ValueSpec)
				if split[vs] || len(vs.Values) == 0 || !seqSpec[vs] && !needsSplit(vs) {
					continue
				}
				split[vs], changed = true, true
				for _, id := range vs.Names {
					if o := m.info.Defs[id]; o != nil {
						splitVars[o] = true
					}
				}
			}
		}
	}
	if len(split) == 0 {
		return
	}
	var stmts []ast.Stmt
	var at []int
	added := map[int][]ast.Stmt{}
	for i, d := range pc.decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR {
			continue
		}
		var specs []ast.Spec
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if !split[vs] {
				specs = append(specs, vs)
				continue
			}
			decl, ok := m.typedSpecs(vs)
			if !ok {
				specs = append(specs, vs)
				continue
			}
			specs = append(specs, decl...)
			as := &ast.AssignStmt{TokPos: vs.Pos(), Tok: token.ASSIGN, Rhs: vs.Values}
			for _, id := range vs.Names {
				lhs := &ast.Ident{NamePos: id.Pos(), Name: id.Name}
				if o := m.info.Defs[id]; o != nil {
					m.info.Uses[lhs] = o // for applyRenames
				}
				as.Lhs = append(as.Lhs, lhs)
			}
			added[pc.declAt[i]] = append(added[pc.declAt[i]], as)
		}
		g.Specs = specs
		if len(specs) > 1 && !g.Lparen.IsValid() {
			g.Lparen, g.Rparen = g.TokPos, g.End()
		}
	}
	// Insert the assignments among the statements by item order.
	j := 0
	for item := 0; item < len(pc.items); item++ {
		for ; j < len(pc.stmts) && pc.stmtAt[j] < item; j++ {
			stmts = append(stmts, pc.stmts[j])
			at = append(at, pc.stmtAt[j])
		}
		for _, as := range added[item] {
			stmts = append(stmts, as)
			at = append(at, item)
		}
	}
	for ; j < len(pc.stmts); j++ {
		stmts = append(stmts, pc.stmts[j])
		at = append(at, pc.stmtAt[j])
	}
	pc.stmts, pc.stmtAt = stmts, at
}

// typedSpecs returns the value-less specs declaring vs's names with their
// types; ok is false when a type cannot be written.
func (m *modernizer) typedSpecs(vs *ast.ValueSpec) ([]ast.Spec, bool) {
	if vs.Type != nil {
		return []ast.Spec{&ast.ValueSpec{Doc: vs.Doc, Names: vs.Names, Type: vs.Type}}, true
	}
	var out []ast.Spec
	for _, id := range vs.Names {
		o := m.info.Defs[id]
		if o == nil {
			if id.Name == "_" {
				continue
			}
			return nil, false
		}
		te, ok := m.typeExpr(o.Type(), id.Pos())
		if !ok {
			return nil, false
		}
		out = append(out, &ast.ValueSpec{Names: []*ast.Ident{id}, Type: te})
	}
	return out, true
}

// tupleResult handles a cell whose final expression is a call with several
// results. It becomes
//
//	var gg__r0 T0; var gg__r1 T1; gg__r0, gg__r1 = f(...)
//
// followed by the cell's value: when the last result is an error, a non-nil
// error fails the cell (pc.errVar names it; see Session.eval) and the value
// is the other results (gg__r0 alone when there are two); otherwise the
// value is all the results, as a []any.
func (m *modernizer) tupleResult(pc *parsedCell) {
	if m.info == nil || len(pc.stmts) == 0 {
		return
	}
	last := len(pc.stmts) - 1
	for _, a := range pc.declAt {
		if a > pc.stmtAt[last] {
			return // the cell ends with a declaration
		}
	}
	es, ok := pc.stmts[last].(*ast.ExprStmt)
	if !ok {
		return
	}
	tv, ok := m.info.Types[es.X]
	if !ok {
		return
	}
	tup, ok := tv.Type.(*types.Tuple)
	if !ok || tup.Len() < 2 || byteCount(es.X, tup) {
		return
	}
	pos := es.Pos()
	var list []ast.Stmt
	as := &ast.AssignStmt{TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{es.X}}
	var names []*ast.Ident
	for i := 0; i < tup.Len(); i++ {
		te, ok := m.typeExpr(tup.At(i).Type(), pos)
		if !ok {
			return
		}
		name := "gg__r" + strconv.Itoa(i)
		list = append(list, &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{
			&ast.ValueSpec{Names: []*ast.Ident{{NamePos: pos, Name: name}}, Type: te}}}})
		id := &ast.Ident{NamePos: pos, Name: name}
		as.Lhs = append(as.Lhs, id)
		names = append(names, id)
	}
	list = append(list, as)
	n := tup.Len()
	errType := types.Universe.Lookup("error").Type()
	if types.Identical(tup.At(n-1).Type(), errType) {
		pc.errVar, pc.errPos = names[n-1].Name, pos
		n--
	}
	var value ast.Expr
	if n == 1 {
		v := &ast.Ident{NamePos: pos, Name: names[0].Name}
		vt := tv
		vt.Type = tup.At(0).Type() // keeps tv's mode: a value
		m.info.Types[v] = vt
		value = v
	} else {
		lit := &ast.CompositeLit{Type: &ast.ArrayType{Lbrack: pos, Elt: &ast.Ident{NamePos: pos, Name: "any"}}, Lbrace: pos, Rbrace: pos}
		for _, id := range names[:n] {
			lit.Elts = append(lit.Elts, &ast.Ident{NamePos: pos, Name: id.Name})
		}
		vt := tv
		vt.Type = types.NewSlice(types.Universe.Lookup("any").Type())
		m.info.Types[lit] = vt
		value = lit
	}
	list = append(list, &ast.ExprStmt{X: value})
	pc.stmts = append(pc.stmts[:last], list...)
	for range list[1:] {
		pc.stmtAt = append(pc.stmtAt, pc.stmtAt[last])
	}
}

// byteCount tells calls like fmt.Println(...), w.Write(b) or io.Copy(w, r),
// whose results are a count of bytes or items and an error: a cell ending
// with one shows nothing, as before.
func byteCount(x ast.Expr, tup *types.Tuple) bool {
	if tup.Len() != 2 {
		return false
	}
	b, ok := tup.At(0).Type().Underlying().(*types.Basic)
	if !ok || (b.Kind() != types.Int && b.Kind() != types.Int64) {
		return false
	}
	if tup.At(0).Name() == "n" {
		return true
	}
	call, ok := ast.Unparen(x).(*ast.CallExpr)
	if !ok {
		return false
	}
	var fn string
	switch f := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		fn = f.Name
	case *ast.SelectorExpr:
		fn = f.Sel.Name
	}
	for _, p := range []string{"Print", "Fprint", "Write", "Read", "Copy", "Scan", "Sscan", "Fscan"} {
		if strings.HasPrefix(fn, p) {
			return true
		}
	}
	return false
}

// cellError is the error a cell fails with when its final expression's
// last result, an error, is not nil.
func cellError(v any, name string, line, col int) *Error {
	err, ok := v.(error)
	if !ok || err == nil {
		return nil
	}
	msg := err.Error()
	return &Error{Name: "error", Message: msg, Line: line, Col: col,
		Traceback: []string{fmt.Sprintf("%s:%d:%d: error: %s", name, line, col, msg)}}
}

// sequentialVars reports which of the cell's declarations are variables
// with values that come after one of the cell's statements and that no
// function or method of the cell uses. Their values are assigned where
// they stand (see splitVarInits), as in a main function: after "var count
// int; for ... { count++ }", "var double = count * 2" sees the count, where
// a package-level variable (initialized before the statements) would not.
// Variables a function uses stay package-level, as the function does.
func sequentialVars(pc *parsedCell) []bool {
	seq := make([]bool, len(pc.decls))
	if len(pc.stmtAt) == 0 || len(pc.declAt) != len(pc.decls) {
		return seq
	}
	first := pc.stmtAt[0]
	for _, at := range pc.stmtAt {
		first = min(first, at)
	}
	var funcs []ast.Decl
	for _, d := range pc.decls {
		if _, ok := d.(*ast.FuncDecl); ok {
			funcs = append(funcs, d)
		}
	}
	for i, d := range pc.decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.VAR || pc.declAt[i] < first {
			continue
		}
		names := map[string]bool{}
		values := false
		for _, sp := range g.Specs {
			if vs, ok := sp.(*ast.ValueSpec); ok {
				values = values || len(vs.Values) > 0
				for _, n := range vs.Names {
					names[n.Name] = true
				}
			}
		}
		if !values {
			continue
		}
		used := false
		for _, f := range funcs {
			used = used || usesAny(f, names)
		}
		seq[i] = !used
	}
	return seq
}
