package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"strconv"
)

// Newer Go that yaegi v0.16.1 does not know and the checker's view of the
// compiled packages lacks (their symbol tables cannot hold generic
// functions):
//
//	new(expr)                  Go 1.26: yaegi took the value for a type and gave a pointer to zero
//	errors.AsType[E](err)      Go 1.26
//	reflect.TypeFor[T]()       Go 1.22
//	type Set[T any] = map[T]U  Go 1.24 generic aliases: yaegi failed ("constant definition loop")

// desugarCell rewrites, before the cell is type-checked, the calls of
// generic functions of compiled packages whose type arguments are written
// out, into code without them:
//
//	errors.AsType[E](err)  =>  func() (E, bool) { var gg__e E; gg__ok := errors.As(err, &gg__e); return gg__e, gg__ok }()
//	reflect.TypeFor[T]()   =>  reflect.TypeOf((*T)(nil)).Elem()
//
// and the generic type atomic.Pointer[T] into the session's own
// gg__AtomicPointer[T] (see atomicPointerSrc), whose declaration the first
// cell that needs it gets (haveAP: the session has it already).
//
// pkgOf names the package an identifier imports ("" when none).
func desugarCell(pc *parsedCell, pkgOf func(string) string, haveAP bool) {
	needAP := false
	fix := func(e ast.Expr) ast.Expr {
		if ix, ok := e.(*ast.IndexExpr); ok {
			if sel, ok := ix.X.(*ast.SelectorExpr); ok && sel.Sel.Name == "Pointer" {
				if pk, ok := sel.X.(*ast.Ident); ok && pkgOf(pk.Name) == "sync/atomic" {
					needAP = true
					return &ast.IndexExpr{X: &ast.Ident{NamePos: sel.Pos(), Name: atomicPointerType}, Lbrack: ix.Lbrack, Index: ix.Index, Rbrack: ix.Rbrack}
				}
			}
		}
		c, ok := e.(*ast.CallExpr)
		if !ok {
			return e
		}
		ix, ok := c.Fun.(*ast.IndexExpr)
		if !ok {
			return e
		}
		sel, ok := ix.X.(*ast.SelectorExpr)
		if !ok {
			return e
		}
		pk, ok := sel.X.(*ast.Ident)
		if !ok {
			return e
		}
		pos := c.Pos()
		switch pkgOf(pk.Name) + "." + sel.Sel.Name {
		case "errors.AsType":
			if len(c.Args) != 1 || c.Ellipsis.IsValid() {
				return e
			}
			lit, err := parseExprSafe("func() (GG__E, bool) {\nvar gg__e GG__E\ngg__ok := "+pk.Name+".As(GG__ERR, &gg__e)\nreturn gg__e, gg__ok\n}()", pos)
			if err != nil {
				return e
			}
			substIdents(lit, map[string]ast.Expr{"GG__E": ix.Index, "GG__ERR": c.Args[0]})
			return lit
		case "reflect.TypeFor":
			if len(c.Args) != 0 {
				return e
			}
			lit, err := parseExprSafe(pk.Name+".TypeOf((*GG__T)(nil)).Elem()", pos)
			if err != nil {
				return e
			}
			substIdents(lit, map[string]ast.Expr{"GG__T": ix.Index})
			return lit
		}
		return e
	}
	for _, d := range pc.decls {
		replaceExprs(d, fix)
	}
	for _, st := range pc.stmts {
		replaceExprs(st, fix)
	}
	if needAP && !haveAP {
		f, err := parser.ParseFile(token.NewFileSet(), "", atomicPointerSrc, parser.SkipObjectResolution)
		if err != nil {
			return
		}
		pos := token.NoPos
		if len(pc.decls) > 0 {
			pos = pc.decls[0].Pos()
		} else if len(pc.stmts) > 0 {
			pos = pc.stmts[0].Pos()
		}
		for _, d := range f.Decls {
			setPos(d, pos)
			pc.decls = append(pc.decls, d)
			pc.declAt = append(pc.declAt, 0)
		}
	}
}

// atomicPointerType is the session's stand-in for sync/atomic's generic
// Pointer, which no symbol table can hold.
const atomicPointerType = "gg__AtomicPointer"

// atomicPointerSrc declares it: the methods of atomic.Pointer, made atomic
// by a mutex.
const atomicPointerSrc = `package main

type gg__AtomicPointer[T any] struct {
	mu sync.Mutex
	p  *T
}

func (x *gg__AtomicPointer[T]) Load() *T {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.p
}

func (x *gg__AtomicPointer[T]) Store(val *T) {
	x.mu.Lock()
	defer x.mu.Unlock()
	x.p = val
}

func (x *gg__AtomicPointer[T]) Swap(new *T) *T {
	x.mu.Lock()
	defer x.mu.Unlock()
	old := x.p
	x.p = new
	return old
}

func (x *gg__AtomicPointer[T]) CompareAndSwap(old, new *T) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.p != old {
		return false
	}
	x.p = new
	return true
}
`

// substIdents replaces the identifiers of n named in with by their
// expressions (each used once: the expressions are not copied).
func substIdents(n ast.Node, with map[string]ast.Expr) {
	replaceExprs(n, func(e ast.Expr) ast.Expr {
		if id, ok := e.(*ast.Ident); ok {
			if r, ok := with[id.Name]; ok {
				return r
			}
		}
		return e
	})
}

// newExpr rewrites new(expr), whose operand is a value (Go 1.26), into
//
//	func(gg__v T) *T { return &gg__v }(expr)
func (m *modernizer) newExpr(c *ast.CallExpr) ast.Expr {
	if m.info == nil || len(c.Args) != 1 {
		return nil
	}
	id, ok := ast.Unparen(c.Fun).(*ast.Ident)
	if !ok || id.Name != "new" {
		return nil
	}
	if _, ok := m.info.Uses[id].(*types.Builtin); !ok {
		return nil
	}
	if tv, ok := m.info.Types[c.Args[0]]; !ok || tv.IsType() {
		return nil
	}
	p, ok := m.info.TypeOf(c).(*types.Pointer)
	if !ok || hasTypeParam(p) {
		return nil
	}
	pos := c.Pos()
	te, ok := m.typeExpr(p.Elem(), pos)
	if !ok {
		return nil
	}
	pe, ok := m.typeExpr(p, pos)
	if !ok {
		return nil
	}
	v := func() *ast.Ident { return &ast.Ident{NamePos: pos, Name: "gg__v"} }
	return &ast.CallExpr{Fun: &ast.FuncLit{
		Type: &ast.FuncType{Func: pos,
			Params:  &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{v()}, Type: te}}, Closing: pos},
			Results: &ast.FieldList{Opening: pos, List: []*ast.Field{{Type: pe}}, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{&ast.ReturnStmt{Return: pos, Results: []ast.Expr{&ast.UnaryExpr{OpPos: pos, Op: token.AND, X: v()}}}}, Rbrace: pos},
	}, Lparen: pos, Args: c.Args, Rparen: c.End()}
}

// genericAliases expands the instances of the session's generic type
// aliases (type Set[T comparable] = map[T]struct{}; Set[string]) into the
// types they stand for, and drops the cell's declarations of such aliases.
func (m *modernizer) genericAliases(pc *parsedCell) {
	if m.info == nil {
		return
	}
	fix := func(e ast.Expr) ast.Expr {
		switch e.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
		default:
			return e
		}
		tv, ok := m.info.Types[e]
		if !ok || !tv.IsType() {
			return e
		}
		a, ok := tv.Type.(*types.Alias)
		if !ok || a.TypeArgs().Len() == 0 {
			return e
		}
		u := types.Unalias(a)
		te, ok := m.typeExpr(u, e.Pos())
		if !ok {
			return e
		}
		if hasTypeParam(u) {
			// Inside a generic function (Set[K]): the type parameters
			// of the expansion are those of the function, for the
			// copies the generics make (see monomorphize).
			tps := map[string]*types.TypeParam{}
			eachTypeParam(u, func(tp *types.TypeParam) bool {
				tps[tp.Obj().Name()] = tp
				return true
			})
			ast.Inspect(te, func(n ast.Node) bool {
				if id, ok := n.(*ast.Ident); ok {
					if tp, ok := tps[id.Name]; ok {
						m.info.Uses[id] = tp.Obj()
					}
				}
				return true
			})
		}
		return te
	}
	var decls []ast.Decl
	var at []int
	for i, d := range pc.decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
			var specs []ast.Spec
			for _, sp := range g.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && ts.Assign.IsValid() && ts.TypeParams != nil {
					continue
				}
				specs = append(specs, sp)
			}
			if len(specs) == 0 {
				continue
			}
			g.Specs = specs
		}
		replaceExprs(d, fix)
		decls = append(decls, d)
		if i < len(pc.declAt) {
			at = append(at, pc.declAt[i])
		}
	}
	pc.decls = decls
	if len(at) == len(decls) {
		pc.declAt = at
	}
	for _, st := range pc.stmts {
		replaceExprs(st, fix)
	}
}

// pkgNamer is, for desugarCell, the import path of the package a name of
// the cell denotes: the cell's own imports, then the session's.
func (s *Session) pkgNamer(pc *parsedCell) func(string) string {
	own := map[string]string{}
	for _, is := range pc.imports {
		p, err := strconv.Unquote(is.Path.Value)
		if err != nil {
			continue
		}
		name := path.Base(p)
		if is.Name != nil {
			name = is.Name.Name
		}
		own[name] = p
	}
	s.stateMu.RLock()
	defer s.stateMu.RUnlock()
	for n, p := range s.imports {
		if _, ok := own[n]; !ok {
			own[n] = p
		}
	}
	return func(name string) string { return own[name] }
}

// genericStdDecls adds to the checker's view of a compiled package its
// generic functions that the rewrite translates, for the checker (rand.N,
// see randN) and for completion and signatures (errors.AsType and
// reflect.TypeFor, written out before the check: see desugarCell):
//
//	func N[Int intType](n Int) Int              // math/rand/v2
//	func AsType[E error](err error) (E, bool)   // errors
//	func TypeFor[T any]() Type                  // reflect
func genericStdDecls(path string, pkg *types.Package) {
	sc := pkg.Scope()
	switch path {
	case "errors":
		if sc.Lookup("AsType") == nil {
			errT := types.Universe.Lookup("error").Type()
			tp := types.NewTypeParam(types.NewTypeName(token.NoPos, pkg, "E", nil), errT)
			sig := types.NewSignatureType(nil, nil, []*types.TypeParam{tp},
				types.NewTuple(types.NewVar(token.NoPos, pkg, "err", errT)),
				types.NewTuple(types.NewVar(token.NoPos, pkg, "", tp), types.NewVar(token.NoPos, pkg, "", types.Typ[types.Bool])), false)
			sc.Insert(types.NewFunc(token.NoPos, pkg, "AsType", sig))
		}
		return
	case "reflect":
		if sc.Lookup("TypeFor") == nil && sc.Lookup("Type") != nil {
			tp := types.NewTypeParam(types.NewTypeName(token.NoPos, pkg, "T", nil), types.Universe.Lookup("any").Type())
			sig := types.NewSignatureType(nil, nil, []*types.TypeParam{tp}, nil,
				types.NewTuple(types.NewVar(token.NoPos, pkg, "", sc.Lookup("Type").Type())), false)
			sc.Insert(types.NewFunc(token.NoPos, pkg, "TypeFor", sig))
		}
		return
	}
	if sc.Lookup("N") != nil {
		return
	}
	var terms []*types.Term
	for _, k := range []types.BasicKind{types.Int, types.Int8, types.Int16, types.Int32, types.Int64,
		types.Uint, types.Uint8, types.Uint16, types.Uint32, types.Uint64, types.Uintptr} {
		terms = append(terms, types.NewTerm(true, types.Typ[k]))
	}
	constraint := types.NewInterfaceType(nil, []types.Type{types.NewUnion(terms)})
	constraint.Complete()
	tp := types.NewTypeParam(types.NewTypeName(token.NoPos, pkg, "Int", nil), constraint)
	sig := types.NewSignatureType(nil, nil, []*types.TypeParam{tp},
		types.NewTuple(types.NewVar(token.NoPos, pkg, "n", tp)), types.NewTuple(types.NewVar(token.NoPos, pkg, "", tp)), false)
	sc.Insert(types.NewFunc(token.NoPos, pkg, "N", sig))
}

// randN rewrites a call of math/rand/v2's generic N (see randNDecl):
//
//	rand.N(n)  =>  func(gg__n T) T {
//		if gg__n <= 0 { panic("invalid argument to N") }
//		return T(rand.Int64N(int64(gg__n))) // Uint64N for unsigned T
//	}(n)
func (m *modernizer) randN(c *ast.CallExpr) ast.Expr {
	if m.info == nil || len(c.Args) != 1 {
		return nil
	}
	fun := ast.Unparen(c.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok {
		fun = ix.X
	}
	sel, ok := fun.(*ast.SelectorExpr)
	if !ok || sel.Sel.Name != "N" {
		return nil
	}
	pk, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if obj, ok := m.info.Uses[pk].(*types.PkgName); !ok || obj.Imported().Path() != "math/rand/v2" {
		return nil
	}
	t := m.info.TypeOf(c)
	if t == nil || hasTypeParam(t) {
		return nil
	}
	b, ok := t.Underlying().(*types.Basic)
	if !ok || b.Info()&types.IsInteger == 0 {
		return nil
	}
	pos := c.Pos()
	ts, ok := (&mirrorGen{m: m, pos: pos}).typeSrc(t)
	if !ok {
		return nil
	}
	call := pk.Name + ".Int64N(int64(gg__n))"
	if b.Info()&types.IsUnsigned != 0 {
		call = pk.Name + ".Uint64N(uint64(gg__n))"
	}
	fe, err := parseExprSafe("func(gg__n "+ts+") "+ts+" {\nif gg__n <= 0 {\npanic(\"invalid argument to N\")\n}\nreturn "+ts+"("+call+")\n}", pos)
	if err != nil {
		return nil
	}
	return &ast.CallExpr{Fun: fe, Lparen: pos, Args: c.Args, Rparen: c.End()}
}
