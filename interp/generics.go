package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Generics the session declares are monomorphized: yaegi v0.16.1 never
// sees a generic declaration of a cell. Its generics fail in many ways
// (a CFG panic on a function over a ~int|~float64 union called with a
// named type's slice, endless recursion on node[K, V] referring to
// itself, reflect panics printing a generic struct with a String method),
// while the code Go generics stand for is ordinary Go. So, guided by the
// cell's go/types check, the rewrite emits for every instantiation the
// session uses (Stack[string], Sum[Celsius]) a concrete copy of the
// generic declaration with the type arguments in place of the type
// parameters, named gg__Stack_1, gg__Sum_2, and every use of the
// instantiation is renamed to it.
//
// The generic declarations themselves are kept (as the cell wrote them)
// so that later cells can instantiate them again; the session's history
// keeps them too, so later cells type-check against them. A copy made
// once is reused by later cells (a Stack[string] of one cell is the same
// type as one of another), until the generic is declared again.
//
// The copies are type-checked with the cell, so the rest of the rewrite
// treats them as ordinary declarations of the cell; copies nested in
// copies (a generic body using another generic, node[K, V] in Tree[K,
// V]) are made round after round until none is missing.

// genericDecl is a generic function or type a cell declared.
type genericDecl struct {
	name    string
	id      int
	fn      *ast.FuncDecl   // a generic function
	spec    *ast.TypeSpec   // a generic type
	tokPos  token.Pos       // of the type declaration
	methods []*ast.FuncDecl // of a generic type
	// params maps the uses of the type parameters in fn, spec and
	// methods to the parameter's index.
	params map[*ast.Ident]int
	item   int // the item of its cell, or -1 once that cell is over
	// For a function of a shim package (slices, maps, cmp): its path,
	// and its uses of the package's other declarations and of its
	// imports (by the import path), which a copy in the cell's package
	// qualifies.
	shim     string
	pkgRefs  map[*ast.Ident]string // identifier -> name in the shim package
	pkgNames map[*ast.Ident]string // package name -> import path
}

// monoInst is an instantiation copied into the session.
type monoInst struct {
	g    *genericDecl
	name string     // the copy's name
	args []ast.Expr // the type arguments, as go/types knows their names
}

// monoState is what a session keeps of its generics.
type monoState struct {
	generics map[string]*genericDecl
	insts    map[string]*monoInst // by instKey
	n        int
	// epoch counts the generics declared again: a copy of a generic
	// function made before may call the old one, so functions are copied
	// again (types are not: a type copied again would be another type).
	epoch int
	shims map[string]*genericDecl // "path.Name" -> a shim's generic function
	// display is, for the names the rewrite gives (copies, hoisted local
	// types), the type Go names instead (main.Stack[int], main.point).
	display map[string]types.Type
}

func (s *Session) monoState() *monoState {
	if s.mono == nil {
		s.mono = &monoState{generics: map[string]*genericDecl{}, insts: map[string]*monoInst{}, display: map[string]types.Type{}}
	}
	return s.mono
}

// monoCell is the monomorphization of one cell.
type monoCell struct {
	s       *Session
	st      *monoState
	pc      *parsedCell
	own     []histEntry
	qual    types.Qualifier
	renames map[string]string
	pending map[string]*monoClone // copies made by this cell, by instKey
	clones  []*monoClone
	isClone map[ast.Decl]*monoClone
}

// monoClone is a copy this cell makes (or, with no inst, the local
// types it moved to the package level).
type monoClone struct {
	inst  *monoInst
	key   string
	decls []ast.Decl
	hist  []histEntry
	done  bool // committed
}

// monomorphize replaces the cell's generics by copies (see above). It
// runs after the cell's check; pc.info is the check of the cell with its
// copies. It returns the cell's monoCell (nil when the session has no
// generics) for the rest of the rewrite.
func (s *Session) monomorphize(pc *parsedCell, own []histEntry, qual types.Qualifier, renames map[string]string) (*monoCell, error) {
	st := s.monoState()
	mc := &monoCell{s: s, st: st, pc: pc, own: own, qual: qual, renames: renames,
		pending: map[string]*monoClone{}, isClone: map[ast.Decl]*monoClone{}}
	mc.register()
	if len(st.generics) == 0 && !mc.usesShimGenerics() {
		return nil, nil
	}
	if e := mc.genericErrors(); e != nil {
		return nil, e
	}
	for round := 0; ; round++ {
		if mc.hoistLocalTypes() {
			pc.typeErrs = nil
			pc.info = s.checkCell(pc, own)
		}
		made := mc.makeClones()
		renamed := mc.renameInClones()
		if !made && !renamed {
			break
		}
		if round > 50 || len(mc.clones) > 2000 {
			return nil, &Error{Name: "CompileError", Message: "too many instantiations of generic declarations (an instantiation cycle?)",
				Traceback: []string{"CompileError: too many instantiations of generic declarations (an instantiation cycle?)"}}
		}
		pc.typeErrs = nil
		pc.info = s.checkCell(pc, own)
	}
	if e := mc.unmade(); e != nil {
		return nil, e
	}
	mc.dropGenerics()
	return mc, nil
}

// unmade is the error for an instantiation of a generic of the session
// in the cell's code that has no copy: its type arguments cannot be
// written at the package level (a type declared in a function that uses
// the function's other declarations, an unexported type of a compiled
// package). yaegi would find the generic undefined.
func (mc *monoCell) unmade() *Error {
	info := mc.pc.info
	var bad *ast.Ident
	var inst types.Instance
	for _, n := range mc.userNodes() {
		ast.Inspect(n, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok || bad != nil {
				return bad == nil
			}
			in, ok := info.Instances[id]
			if !ok {
				return true
			}
			g := mc.genericOf(info.Uses[id])
			if g == nil || g.shim != "" {
				return true
			}
			if key, ok := mc.instKey(g, in.TypeArgs); ok {
				if _, ok := mc.lookup(key); ok {
					return true
				}
			}
			bad, inst = id, in
			return false
		})
	}
	if bad == nil {
		return nil
	}
	var args []string
	for i := range inst.TypeArgs.Len() {
		args = append(args, types.TypeString(inst.TypeArgs.At(i), func(p *types.Package) string { return p.Name() }))
	}
	pos := mc.s.in.FileSet().Position(bad.Pos())
	msg := fmt.Sprintf("cannot instantiate %s[%s] in a gograd session: its type arguments must be types a cell can name at the top level (declare the type at the top level of a cell, not inside a function)", bad.Name, strings.Join(args, ", "))
	return &Error{Name: "CompileError", Line: pos.Line, Col: pos.Column, Message: msg,
		Traceback: []string{fmt.Sprintf("%s:%d:%d: %s", cleanMessage(pos.Filename), pos.Line, pos.Column, msg)}}
}

// register records the cell's generic declarations and their methods.
func (mc *monoCell) register() {
	info := mc.pc.info
	for i, d := range mc.pc.decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Recv != nil || d.Type.TypeParams == nil || d.Type.TypeParams.NumFields() == 0 {
				continue
			}
			g := mc.newGeneric(d.Name.Name, mc.pc.declAt[i])
			g.fn = d
			g.collectParams(info, d)
		case *ast.GenDecl:
			if d.Tok != token.TYPE {
				continue
			}
			for _, sp := range d.Specs {
				ts, ok := sp.(*ast.TypeSpec)
				if !ok || ts.TypeParams == nil || ts.TypeParams.NumFields() == 0 {
					continue
				}
				g := mc.newGeneric(ts.Name.Name, mc.pc.declAt[i])
				g.spec = ts
				g.tokPos = d.TokPos
				g.collectParams(info, ts)
			}
		}
	}
	// Methods, once their types are known.
	for _, d := range mc.pc.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || !isGenericRecv(fd) {
			continue
		}
		g := mc.st.generics[recvTypeName(fd.Recv.List[0].Type)]
		if g == nil || g.spec == nil {
			continue
		}
		g.collectParams(info, fd)
		g.replaceMethod(fd)
		if g.item < 0 {
			// A method added to a generic of an earlier cell: the copies
			// made already get it too.
			mc.addMethodToCopies(g, fd)
		}
	}
}

func (mc *monoCell) newGeneric(name string, item int) *genericDecl {
	mc.st.n++
	if _, again := mc.st.generics[name]; again {
		mc.st.epoch++
	}
	g := &genericDecl{name: name, id: mc.st.n, params: map[*ast.Ident]int{}, item: item}
	mc.st.generics[name] = g
	return g
}

// isGenericRecv reports whether a method's receiver is a generic type
// (func (s *Stack[T]) Push(v T)).
func isGenericRecv(d *ast.FuncDecl) bool {
	if d.Recv == nil || len(d.Recv.List) == 0 {
		return false
	}
	t := d.Recv.List[0].Type
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		default:
			return false
		}
	}
}

func (g *genericDecl) replaceMethod(d *ast.FuncDecl) {
	for i, m := range g.methods {
		if m.Name.Name == d.Name.Name {
			g.methods[i] = d
			return
		}
	}
	g.methods = append(g.methods, d)
}

// collectParams records the uses of type parameters in n.
func (g *genericDecl) collectParams(info *types.Info, n ast.Node) {
	ast.Inspect(n, func(n ast.Node) bool {
		id, ok := n.(*ast.Ident)
		if !ok {
			return true
		}
		if tn, ok := info.Uses[id].(*types.TypeName); ok {
			if tp, ok := tn.Type().(*types.TypeParam); ok {
				g.params[id] = tp.Index()
			}
		}
		return true
	})
}

// genericOf is the session generic an object of the cell's check denotes.
func (mc *monoCell) genericOf(obj types.Object) *genericDecl {
	if obj == nil || obj.Pkg() == nil || obj.Parent() != obj.Pkg().Scope() {
		return nil
	}
	if obj.Pkg().Path() != "main" {
		return mc.shimGeneric(obj)
	}
	switch o := obj.(type) {
	case *types.TypeName:
		switch t := o.Type().(type) {
		case *types.Named:
			if t.TypeParams().Len() == 0 {
				return nil
			}
		case *types.Alias: // type Vec[T any] = []T
			if t.TypeParams().Len() == 0 {
				return nil
			}
		default:
			return nil
		}
	case *types.Func:
		if o.Signature().TypeParams().Len() == 0 {
			return nil
		}
	default:
		return nil
	}
	g := mc.st.generics[obj.Name()]
	if g == nil || (g.fn != nil) != isFuncObj(obj) {
		return nil
	}
	return g
}

func isFuncObj(o types.Object) bool { _, ok := o.(*types.Func); return ok }

// concrete reports whether t can be written at the package level: no
// type parameters, no types declared inside functions.
func concrete(t types.Type) bool {
	ok := true
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if !ok || t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch x := t.(type) {
		case *types.TypeParam:
			ok = false
		case *types.Alias:
			walk(types.Unalias(x))
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Array:
			walk(x.Elem())
		case *types.Map:
			walk(x.Key())
			walk(x.Elem())
		case *types.Chan:
			walk(x.Elem())
		case *types.Named:
			obj := x.Obj()
			if obj.Pkg() != nil && obj.Parent() != obj.Pkg().Scope() {
				ok = false // declared in a function
			}
			for i := range x.TypeArgs().Len() {
				walk(x.TypeArgs().At(i))
			}
		case *types.Signature:
			walk(x.Params())
			walk(x.Results())
		case *types.Tuple:
			for i := range x.Len() {
				walk(x.At(i).Type())
			}
		case *types.Struct:
			for i := range x.NumFields() {
				walk(x.Field(i).Type())
			}
		case *types.Interface:
			for i := range x.NumExplicitMethods() {
				walk(x.ExplicitMethod(i).Type())
			}
			for i := range x.NumEmbeddeds() {
				walk(x.EmbeddedType(i))
			}
		case *types.Union:
			for i := range x.Len() {
				walk(x.Term(i).Type())
			}
		}
	}
	walk(t)
	return ok
}

// renderType writes t as an expression of the cell; with renames, under
// the names yaegi knows the session's types by.
func (mc *monoCell) renderType(t types.Type, renames map[string]string) (ast.Expr, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p.Path() == "main" {
			return ""
		}
		q := mc.qual(p)
		if q == "" {
			ok = false
		}
		return q
	})
	if !ok || strings.Contains(s, "invalid type") {
		return nil, false
	}
	e, err := parser.ParseExprFrom(token.NewFileSet(), "", s, parser.SkipObjectResolution)
	if err != nil {
		return nil, false
	}
	if len(renames) > 0 {
		ast.Inspect(e, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.SelectorExpr:
				return false
			case *ast.Ident:
				if r, ok := renames[x.Name]; ok {
					x.Name = r
				}
			}
			return true
		})
	}
	return e, true
}

// instKey identifies an instantiation: the generic's version and its type
// arguments under yaegi's names (a type declared again is another type).
func (mc *monoCell) instKey(g *genericDecl, args *types.TypeList) (string, bool) {
	var b strings.Builder
	fmt.Fprintf(&b, "%d[", g.id)
	if g.fn != nil && g.shim == "" {
		fmt.Fprintf(&b, "%d;", mc.st.epoch)
	}
	for i := range args.Len() {
		a := args.At(i)
		if !concrete(a) {
			return "", false
		}
		e, ok := mc.renderType(a, mc.renames)
		if !ok {
			return "", false
		}
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(types.ExprString(e))
	}
	b.WriteByte(']')
	return b.String(), true
}

// lookup is the copy's name for an instantiation, if made.
func (mc *monoCell) lookup(key string) (string, bool) {
	if c, ok := mc.pending[key]; ok {
		return c.inst.name, true
	}
	if in, ok := mc.st.insts[key]; ok {
		return in.name, true
	}
	return "", false
}

// needed walks the cell's check for instantiations of the session's
// generics with concrete type arguments: named by identifiers, and in the
// types of expressions and objects (the rewrite may spell those).
func (mc *monoCell) needed() map[string]needInst {
	out := map[string]needInst{}
	add := func(obj types.Object, args *types.TypeList) {
		g := mc.genericOf(obj)
		if g == nil || args == nil || args.Len() == 0 {
			return
		}
		key, ok := mc.instKey(g, args)
		if !ok {
			return
		}
		out[key] = needInst{g, obj, args}
	}
	info := mc.pc.info
	for id, inst := range info.Instances {
		add(info.Uses[id], inst.TypeArgs)
	}
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch x := t.(type) {
		case *types.Alias:
			walk(types.Unalias(x))
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Array:
			walk(x.Elem())
		case *types.Map:
			walk(x.Key())
			walk(x.Elem())
		case *types.Chan:
			walk(x.Elem())
		case *types.Named:
			if x.TypeArgs().Len() > 0 {
				add(x.Origin().Obj(), x.TypeArgs())
				for i := range x.TypeArgs().Len() {
					walk(x.TypeArgs().At(i))
				}
			}
		case *types.Signature:
			walk(x.Params())
			walk(x.Results())
		case *types.Tuple:
			for i := range x.Len() {
				walk(x.At(i).Type())
			}
		case *types.Struct:
			for i := range x.NumFields() {
				walk(x.Field(i).Type())
			}
		case *types.Interface:
			for i := range x.NumExplicitMethods() {
				walk(x.ExplicitMethod(i).Type())
			}
		}
	}
	for _, tv := range info.Types {
		walk(tv.Type)
	}
	for _, o := range info.Defs {
		if o != nil {
			walk(o.Type())
		}
	}
	return out
}

// needInst is an instantiation the cell needs.
type needInst struct {
	g    *genericDecl
	obj  types.Object // the generic
	args *types.TypeList
}

// makeClones makes the copies the cell's check asks for; it reports
// whether it made any.
func (mc *monoCell) makeClones() bool {
	need := mc.needed()
	keys := make([]string, 0, len(need))
	for k := range need {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	made := false
	for _, key := range keys {
		if _, ok := mc.lookup(key); ok {
			continue
		}
		n := need[key]
		var args []ast.Expr
		for i := range n.args.Len() {
			e, ok := mc.renderType(n.args.At(i), nil)
			if !ok {
				args = nil
				break
			}
			args = append(args, e)
		}
		if args == nil {
			continue
		}
		mc.st.n++
		inst := &monoInst{g: n.g, name: fmt.Sprintf("gg__%s_%d", strings.ReplaceAll(n.g.name, ".", "_"), mc.st.n), args: args}
		decls := inst.copies(mc.qual)
		if decls == nil {
			continue // a shim's copy that cannot be written in the cell
		}
		c := &monoClone{inst: inst, key: key, decls: decls}
		mc.pending[key] = c
		mc.clones = append(mc.clones, c)
		if tn, ok := n.obj.(*types.TypeName); ok {
			var targs []types.Type
			for i := range n.args.Len() {
				targs = append(targs, n.args.At(i))
			}
			if it, err := types.Instantiate(nil, tn.Type(), targs, false); err == nil {
				mc.st.display[inst.name] = it
			}
		}
		item := 0
		if n.g.item >= 0 {
			item = n.g.item
		}
		for _, d := range c.decls {
			mc.isClone[d] = c
			mc.pc.decls = append(mc.pc.decls, d)
			mc.pc.declAt = append(mc.pc.declAt, item)
		}
		made = true
	}
	return made
}

// copies is the generic's declaration for the instantiation's type
// arguments: the type and its methods, or the function.
func (in *monoInst) copies(qual types.Qualifier) []ast.Decl {
	g := in.g
	if g.shim != "" {
		if d := in.copyShim(qual); d != nil {
			return []ast.Decl{d}
		}
		return nil
	}
	if g.fn != nil {
		return []ast.Decl{in.copyFunc(g.fn)}
	}
	spec := in.clone(g.spec).(*ast.TypeSpec)
	spec.Name = &ast.Ident{NamePos: g.spec.Name.Pos(), Name: in.name}
	spec.TypeParams = nil
	out := []ast.Decl{&ast.GenDecl{TokPos: g.tokPos, Tok: token.TYPE, Specs: []ast.Spec{spec}}}
	for _, m := range g.methods {
		out = append(out, in.copyFunc(m))
	}
	return out
}

func (in *monoInst) copyFunc(fd *ast.FuncDecl) *ast.FuncDecl {
	c := in.clone(fd).(*ast.FuncDecl)
	c.Doc = nil
	if c.Recv == nil {
		c.Name = &ast.Ident{NamePos: fd.Name.Pos(), Name: in.name}
		c.Type.TypeParams = nil
		return c
	}
	// The receiver: *Stack[T] becomes *gg__Stack_1.
	f := c.Recv.List[0]
	pos := f.Type.Pos()
	var t ast.Expr = &ast.Ident{NamePos: pos, Name: in.name}
	if isPointerRecv(f.Type) {
		t = &ast.StarExpr{Star: pos, X: t}
	}
	f.Type = t
	return c
}

func isPointerRecv(t ast.Expr) bool {
	for {
		switch x := t.(type) {
		case *ast.ParenExpr:
			t = x.X
		case *ast.StarExpr:
			return true
		default:
			return false
		}
	}
}

// clone copies n with the type parameters replaced by the arguments.
func (in *monoInst) clone(n ast.Node) ast.Node {
	return parenConversions(cloneAST(n, func(id *ast.Ident) ast.Expr {
		i, ok := in.g.params[id]
		if !ok || i >= len(in.args) {
			return nil
		}
		e := cloneAST(in.args[i], nil).(ast.Expr)
		setPos(e, id.Pos())
		return e
	}))
}

// parenConversions parenthesizes the types of conversions that a type
// argument made composite: PT(&x) with PT = *Counter is (*Counter)(&x),
// which yaegi reads as such (it took *Counter(&x) for a dereference).
func parenConversions(n ast.Node) ast.Node {
	ast.Inspect(n, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok {
			switch c.Fun.(type) {
			case *ast.StarExpr, *ast.FuncType, *ast.ChanType, *ast.ArrayType, *ast.MapType, *ast.InterfaceType, *ast.StructType:
				c.Fun = &ast.ParenExpr{Lparen: c.Fun.Pos(), X: c.Fun, Rparen: c.Fun.End()}
			}
		}
		return true
	})
	return n
}

// addMethodToCopies adds method d of g, declared by this cell, to the
// copies of g made earlier.
func (mc *monoCell) addMethodToCopies(g *genericDecl, d *ast.FuncDecl) {
	keys := make([]string, 0, len(mc.st.insts))
	for k, in := range mc.st.insts {
		if in.g == g {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		in := mc.st.insts[k]
		m := in.copyFunc(d)
		c := &monoClone{inst: in, key: k, decls: []ast.Decl{m}}
		mc.clones = append(mc.clones, c)
		mc.isClone[m] = c
		mc.pc.decls = append(mc.pc.decls, m)
		mc.pc.declAt = append(mc.pc.declAt, 0)
	}
}

// renameInClones renames the instantiations the copies use to their
// copies; it reports whether it renamed any.
func (mc *monoCell) renameInClones() bool {
	changed := false
	for _, c := range mc.clones {
		for _, d := range c.decls {
			if mc.renameInstances(d, true) {
				changed = true
			}
		}
	}
	return changed
}

// renameInstances renames in n the identifiers naming an instantiation
// that has a copy, and drops their type arguments. With keepEmbedded, the
// types of embedded fields are left for the end (see embeddedFields): a
// copy's name would rename the field for the checks in between.
func (mc *monoCell) renameInstances(n ast.Node, keepEmbedded bool) bool {
	renamed := map[*ast.Ident]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		if st, ok := n.(*ast.StructType); ok && keepEmbedded && st.Fields != nil {
			for _, f := range st.Fields.List {
				if len(f.Names) == 0 && isInstanceExpr(f.Type) {
					continue
				}
				if f.Type != nil {
					ast.Inspect(f.Type, func(n ast.Node) bool {
						if id, ok := n.(*ast.Ident); ok {
							mc.renameIdent(id, renamed)
						}
						return true
					})
				}
			}
			return false
		}
		if id, ok := n.(*ast.Ident); ok {
			mc.renameIdent(id, renamed)
		}
		return true
	})
	if len(renamed) == 0 {
		return false
	}
	replaceExprs(n, func(e ast.Expr) ast.Expr {
		switch x := e.(type) {
		case *ast.SelectorExpr: // slices.Index: a shim's function
			if renamed[x.Sel] {
				return x.Sel
			}
		case *ast.IndexExpr:
			if id, ok := x.X.(*ast.Ident); ok && renamed[id] {
				return id
			}
		case *ast.IndexListExpr:
			if id, ok := x.X.(*ast.Ident); ok && renamed[id] {
				return id
			}
		}
		return e
	})
	return true
}

// dropGenerics takes the generic declarations out of the cell (yaegi
// never sees them) and keeps a copy of each copy for the history.
func (mc *monoCell) dropGenerics() {
	pc := mc.pc
	var decls []ast.Decl
	var at []int
	for i, d := range pc.decls {
		switch x := d.(type) {
		case *ast.FuncDecl:
			if mc.isClone[d] == nil && (isGenericRecv(x) || (x.Recv == nil && x.Type.TypeParams != nil && x.Type.TypeParams.NumFields() > 0)) {
				continue
			}
		case *ast.GenDecl:
			if x.Tok == token.TYPE {
				var specs []ast.Spec
				for _, sp := range x.Specs {
					if ts, ok := sp.(*ast.TypeSpec); ok && ts.TypeParams != nil && ts.TypeParams.NumFields() > 0 {
						continue
					}
					specs = append(specs, sp)
				}
				if len(specs) == 0 {
					continue
				}
				x.Specs = specs
			}
		}
		decls = append(decls, d)
		at = append(at, pc.declAt[i])
	}
	pc.decls, pc.declAt = decls, at
	for _, c := range mc.clones {
		for _, d := range c.decls {
			h := cloneAST(d, nil).(ast.Decl)
			if fd, ok := h.(*ast.FuncDecl); ok {
				fd.Body = nil
			}
			c.hist = append(c.hist, histEntry{names: definedNames(h), decl: h})
		}
	}
	for _, g := range mc.st.generics {
		g.item = -1
	}
}

// renameUses renames, once the rest of the rewrite is done, the cell's
// uses of instantiations to their copies.
func (mc *monoCell) renameUses() {
	if mc == nil {
		return
	}
	mc.embeddedFields()
	for _, d := range mc.pc.decls {
		mc.renameInstances(d, false)
	}
	for _, st := range mc.pc.stmts {
		mc.renameInstances(st, false)
	}
}

// mapType is t with the instantiations of the session's generics replaced
// by their copies, for the types the rest of the rewrite writes.
func (mc *monoCell) mapType(t types.Type) types.Type {
	if mc == nil {
		return t
	}
	var walk func(t types.Type, depth int) types.Type
	walk = func(t types.Type, depth int) types.Type {
		if depth > 30 {
			return t
		}
		switch x := t.(type) {
		case *types.Alias:
			if a := types.Unalias(x); a != x {
				if m := walk(a, depth+1); m != a {
					return m
				}
			}
		case *types.Pointer:
			if e := walk(x.Elem(), depth+1); e != x.Elem() {
				return types.NewPointer(e)
			}
		case *types.Slice:
			if e := walk(x.Elem(), depth+1); e != x.Elem() {
				return types.NewSlice(e)
			}
		case *types.Array:
			if e := walk(x.Elem(), depth+1); e != x.Elem() {
				return types.NewArray(e, x.Len())
			}
		case *types.Map:
			k, e := walk(x.Key(), depth+1), walk(x.Elem(), depth+1)
			if k != x.Key() || e != x.Elem() {
				return types.NewMap(k, e)
			}
		case *types.Chan:
			if e := walk(x.Elem(), depth+1); e != x.Elem() {
				return types.NewChan(x.Dir(), e)
			}
		case *types.Named:
			if x.TypeArgs().Len() == 0 {
				return t
			}
			if g := mc.genericOf(x.Origin().Obj()); g != nil {
				if key, ok := mc.instKey(g, x.TypeArgs()); ok {
					if name, ok := mc.lookup(key); ok {
						return types.NewNamed(types.NewTypeName(token.NoPos, x.Obj().Pkg(), name, nil), types.Typ[types.Int], nil)
					}
				}
				return t
			}
			var args []types.Type
			changed := false
			for i := range x.TypeArgs().Len() {
				a := x.TypeArgs().At(i)
				m := walk(a, depth+1)
				changed = changed || m != a
				args = append(args, m)
			}
			if changed {
				if n, err := types.Instantiate(nil, x.Origin(), args, false); err == nil {
					return n
				}
			}
		case *types.Tuple:
			if vs, ok := mc.mapVars(x, walk, depth); ok {
				return types.NewTuple(vs...)
			}
		case *types.Signature:
			p, r := walk(x.Params(), depth+1), walk(x.Results(), depth+1)
			if p != x.Params() || r != x.Results() {
				pt, _ := p.(*types.Tuple)
				rt, _ := r.(*types.Tuple)
				return types.NewSignatureType(nil, nil, nil, pt, rt, x.Variadic())
			}
		case *types.Struct:
			var fields []*types.Var
			var tags []string
			changed := false
			for i := range x.NumFields() {
				f := x.Field(i)
				m := walk(f.Type(), depth+1)
				if m != f.Type() {
					changed = true
					f = types.NewField(f.Pos(), f.Pkg(), f.Name(), m, f.Embedded())
				}
				fields = append(fields, f)
				tags = append(tags, x.Tag(i))
			}
			if changed {
				return types.NewStruct(fields, tags)
			}
		case *types.Interface:
			var ms []*types.Func
			changed := false
			for i := range x.NumExplicitMethods() {
				f := x.ExplicitMethod(i)
				m := walk(f.Type(), depth+1)
				if m != f.Type() {
					changed = true
					if sig, ok := m.(*types.Signature); ok {
						f = types.NewFunc(f.Pos(), f.Pkg(), f.Name(), sig)
					}
				}
				ms = append(ms, f)
			}
			if changed {
				var emb []types.Type
				for i := range x.NumEmbeddeds() {
					emb = append(emb, x.EmbeddedType(i))
				}
				return types.NewInterfaceType(ms, emb).Complete()
			}
		}
		return t
	}
	if t == nil {
		return nil
	}
	return walk(t, 0)
}

func (mc *monoCell) mapVars(x *types.Tuple, walk func(types.Type, int) types.Type, depth int) ([]*types.Var, bool) {
	var vs []*types.Var
	changed := false
	for i := range x.Len() {
		v := x.At(i)
		m := walk(v.Type(), depth+1)
		if m != v.Type() {
			changed = true
			v = types.NewParam(v.Pos(), v.Pkg(), v.Name(), m)
		}
		vs = append(vs, v)
	}
	return vs, changed
}

// commitFor returns what a chunk holding decls must do once it ran: the
// copies it declared become the session's (later cells use them), or nil.
func (mc *monoCell) commitFor(decls []ast.Decl) func() {
	if mc == nil {
		return nil
	}
	var cs []*monoClone
	seen := map[*monoClone]bool{}
	for _, d := range decls {
		if c := mc.isClone[d]; c != nil && !seen[c] {
			seen[c] = true
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return nil
	}
	return func() {
		var hist []histEntry
		for _, c := range cs {
			if !c.done {
				c.done = true
				if c.inst != nil {
					mc.st.insts[c.key] = c.inst
				}
				hist = append(hist, c.hist...)
			}
		}
		mc.s.addHistory(hist)
	}
}

// cloneAST deep-copies n; subst, when it returns an expression for an
// identifier in an expression's place, replaces it.
func cloneAST(n ast.Node, subst func(*ast.Ident) ast.Expr) ast.Node {
	exprType := reflect.TypeFor[ast.Expr]()
	objType := reflect.TypeFor[*ast.Object]()
	scopeType := reflect.TypeFor[*ast.Scope]()
	var cp func(v reflect.Value) reflect.Value
	cp = func(v reflect.Value) reflect.Value {
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || v.Type() == objType || v.Type() == scopeType {
				return reflect.Zero(v.Type())
			}
			nv := reflect.New(v.Type().Elem())
			nv.Elem().Set(cp(v.Elem()))
			return nv
		case reflect.Interface:
			if v.IsNil() {
				return v
			}
			if subst != nil && v.Type() == exprType {
				if id, ok := v.Interface().(*ast.Ident); ok {
					if e := subst(id); e != nil {
						out := reflect.New(exprType).Elem()
						out.Set(reflect.ValueOf(e))
						return out
					}
				}
			}
			out := reflect.New(v.Type()).Elem()
			out.Set(cp(v.Elem()))
			return out
		case reflect.Slice:
			if v.IsNil() {
				return v
			}
			nv := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			for i := range v.Len() {
				nv.Index(i).Set(cp(v.Index(i)))
			}
			return nv
		case reflect.Struct:
			nv := reflect.New(v.Type()).Elem()
			for i := range v.NumField() {
				if nv.Field(i).CanSet() {
					nv.Field(i).Set(cp(v.Field(i)))
				}
			}
			return nv
		}
		return v
	}
	return cp(reflect.ValueOf(n)).Interface().(ast.Node)
}

// goTypeName is the name Go's fmt and reflect give t (%T): package names
// qualify named types, except inside the type arguments of an
// instantiated generic, where import paths do and no space follows
// commas (main.Pair[string,main.Celsius]).
func (mc *monoCell) goTypeName(t types.Type) string {
	var display map[string]types.Type
	if mc != nil {
		display = mc.st.display
	}
	return goTypeNameIn(t, false, display)
}

func goTypeNameIn(t types.Type, inArgs bool, display map[string]types.Type) string {
	qual := func(p *types.Package) string {
		if inArgs {
			return p.Path()
		}
		return p.Name()
	}
	switch x := t.(type) {
	case *types.Alias:
		if x.Obj().Pkg() == nil && x.Obj().Name() == "any" {
			return "interface {}"
		}
		return goTypeNameIn(types.Unalias(x), inArgs, display)
	case *types.Named:
		if d, ok := display[x.Obj().Name()]; ok && x.Obj().Pkg() != nil && x.Obj().Pkg().Path() == "main" && d != t {
			return goTypeNameIn(d, inArgs, display)
		}
		s := x.Obj().Name()
		if p := x.Obj().Pkg(); p != nil {
			s = qual(p) + "." + s
		}
		if x.TypeArgs().Len() > 0 {
			var args []string
			for i := range x.TypeArgs().Len() {
				args = append(args, goTypeNameIn(x.TypeArgs().At(i), true, display))
			}
			s += "[" + strings.Join(args, ",") + "]"
		}
		return s
	case *types.Pointer:
		return "*" + goTypeNameIn(x.Elem(), inArgs, display)
	case *types.Slice:
		return "[]" + goTypeNameIn(x.Elem(), inArgs, display)
	case *types.Array:
		return fmt.Sprintf("[%d]%s", x.Len(), goTypeNameIn(x.Elem(), inArgs, display))
	case *types.Map:
		return "map[" + goTypeNameIn(x.Key(), inArgs, display) + "]" + goTypeNameIn(x.Elem(), inArgs, display)
	case *types.Chan:
		switch x.Dir() {
		case types.SendOnly:
			return "chan<- " + goTypeNameIn(x.Elem(), inArgs, display)
		case types.RecvOnly:
			return "<-chan " + goTypeNameIn(x.Elem(), inArgs, display)
		}
		return "chan " + goTypeNameIn(x.Elem(), inArgs, display)
	case *types.Interface:
		if x.Empty() {
			return "interface {}"
		}
		if x.NumEmbeddeds() == 0 {
			var ms []string
			for i := range x.NumExplicitMethods() {
				m := x.ExplicitMethod(i)
				ms = append(ms, m.Name()+strings.TrimPrefix(goTypeNameIn(m.Type(), inArgs, display), "func"))
			}
			return "interface { " + strings.Join(ms, "; ") + " }"
		}
	case *types.Struct:
		if x.NumFields() == 0 {
			return "struct {}"
		}
		var fs []string
		for i := range x.NumFields() {
			f := x.Field(i)
			s := goTypeNameIn(f.Type(), inArgs, display)
			if !f.Embedded() {
				s = f.Name() + " " + s
			}
			if tag := x.Tag(i); tag != "" {
				s += " " + strconv.Quote(tag)
			}
			fs = append(fs, s)
		}
		return "struct { " + strings.Join(fs, "; ") + " }"
	case *types.Signature:
		var ps []string
		for i := range x.Params().Len() {
			p := goTypeNameIn(x.Params().At(i).Type(), inArgs, display)
			if x.Variadic() && i == x.Params().Len()-1 {
				p = "..." + strings.TrimPrefix(p, "[]")
			}
			ps = append(ps, p)
		}
		s := "func(" + strings.Join(ps, ", ") + ")"
		switch x.Results().Len() {
		case 0:
		case 1:
			s += " " + goTypeNameIn(x.Results().At(0).Type(), inArgs, display)
		default:
			var rs []string
			for i := range x.Results().Len() {
				rs = append(rs, goTypeNameIn(x.Results().At(i).Type(), inArgs, display))
			}
			s += " (" + strings.Join(rs, ", ") + ")"
		}
		return s
	}
	return types.TypeString(t, qual)
}

// userNodes are the cell's declarations and statements the rewrite
// handles as code: everything but the generic declarations.
func (mc *monoCell) userNodes() []ast.Node {
	var out []ast.Node
	for _, d := range mc.pc.decls {
		if mc.isClone[d] == nil && isGenericDecl(d) {
			continue
		}
		out = append(out, d)
	}
	for _, st := range mc.pc.stmts {
		out = append(out, st)
	}
	return out
}

// isGenericDecl reports whether d declares only generics (or methods of
// one).
func isGenericDecl(d ast.Decl) bool {
	switch x := d.(type) {
	case *ast.FuncDecl:
		return isGenericRecv(x) || (x.Recv == nil && x.Type.TypeParams != nil && x.Type.TypeParams.NumFields() > 0)
	case *ast.GenDecl:
		if x.Tok != token.TYPE || len(x.Specs) == 0 {
			return false
		}
		for _, sp := range x.Specs {
			if ts, ok := sp.(*ast.TypeSpec); !ok || ts.TypeParams == nil || ts.TypeParams.NumFields() == 0 {
				return false
			}
		}
		return true
	}
	return false
}

// hoistLocalTypes moves the types declared in functions that instantiate
// a generic (Map(xs, func(i int) point {...}) with a local point) to the
// package level, where the copy can name them: the local declaration
// becomes an alias of the moved one, named gg__point_N, and the uses are
// renamed. It reports whether it moved any.
func (mc *monoCell) hoistLocalTypes() bool {
	info := mc.pc.info
	isLocal := func(tn *types.TypeName) bool {
		return tn.Pkg() != nil && tn.Pkg().Path() == "main" && tn.Parent() != nil && tn.Parent() != tn.Pkg().Scope() && !tn.IsAlias()
	}
	want := map[*types.TypeName]bool{}
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if t == nil || depth > 20 {
			return
		}
		switch x := t.(type) {
		case *types.Named:
			if isLocal(x.Obj()) && x.TypeArgs().Len() == 0 {
				want[x.Obj()] = true
			}
			for i := range x.TypeArgs().Len() {
				walk(x.TypeArgs().At(i), depth+1)
			}
		case *types.Pointer:
			walk(x.Elem(), depth+1)
		case *types.Slice:
			walk(x.Elem(), depth+1)
		case *types.Array:
			walk(x.Elem(), depth+1)
		case *types.Map:
			walk(x.Key(), depth+1)
			walk(x.Elem(), depth+1)
		case *types.Chan:
			walk(x.Elem(), depth+1)
		case *types.Signature:
			for i := range x.Params().Len() {
				walk(x.Params().At(i).Type(), depth+1)
			}
			for i := range x.Results().Len() {
				walk(x.Results().At(i).Type(), depth+1)
			}
		case *types.Struct:
			for i := range x.NumFields() {
				walk(x.Field(i).Type(), depth+1)
			}
		}
	}
	for id, inst := range info.Instances {
		if mc.genericOf(info.Uses[id]) == nil {
			continue
		}
		for i := range inst.TypeArgs.Len() {
			walk(inst.TypeArgs.At(i), 0)
		}
	}
	if len(want) == 0 {
		return false
	}
	nodes := mc.userNodes()
	specs := map[*types.TypeName]*ast.TypeSpec{}
	for _, n := range nodes {
		ast.Inspect(n, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if tn, ok := info.Defs[ts.Name].(*types.TypeName); ok && isLocal(tn) {
					specs[tn] = ts
				}
			}
			return true
		})
	}
	// A local type can move if it mentions nothing else local but types
	// that move too.
	movable := func(tn *types.TypeName) bool {
		ts := specs[tn]
		if ts == nil || ts.TypeParams != nil || ts.Assign.IsValid() {
			return false
		}
		ok := true
		ast.Inspect(ts.Type, func(n ast.Node) bool {
			id, isID := n.(*ast.Ident)
			if !isID || !ok {
				return ok
			}
			obj := info.Uses[id]
			if obj == nil || obj.Parent() == types.Universe || obj.Pkg() == nil {
				return true
			}
			if _, isPkg := obj.(*types.PkgName); isPkg {
				return true
			}
			if obj.Parent() == obj.Pkg().Scope() || obj.Pkg().Path() != "main" {
				return true
			}
			if otn, isTN := obj.(*types.TypeName); isTN && isLocal(otn) {
				if specs[otn] != nil && !want[otn] {
					want[otn] = true // moves along
				}
				if specs[otn] != nil {
					return true
				}
			}
			ok = false
			return false
		})
		return ok
	}
	for changed := true; changed; {
		changed = false
		for tn := range want {
			if !movable(tn) {
				delete(want, tn)
				changed = true
			}
		}
	}
	if len(want) == 0 {
		return false
	}
	names := map[*types.TypeName]string{}
	var order []*types.TypeName
	for tn := range want {
		order = append(order, tn)
	}
	sort.Slice(order, func(i, j int) bool { return order[i].Pos() < order[j].Pos() })
	for _, tn := range order {
		mc.st.n++
		names[tn] = fmt.Sprintf("gg__%s_%d", tn.Name(), mc.st.n)
		mc.st.display[names[tn]] = types.NewNamed(types.NewTypeName(token.NoPos, tn.Pkg(), tn.Name(), nil), types.Typ[types.Int], nil)
	}
	// Uses, in the local declarations too, name the moved types.
	for _, n := range nodes {
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if tn, ok := info.Uses[id].(*types.TypeName); ok && names[tn] != "" {
					id.Name = names[tn]
				}
			}
			return true
		})
	}
	var moved []ast.Decl
	for _, tn := range order {
		ts := specs[tn]
		c := cloneAST(ts, nil).(*ast.TypeSpec)
		c.Name = &ast.Ident{NamePos: ts.Name.Pos(), Name: names[tn]}
		c.Doc, c.Comment = nil, nil
		moved = append(moved, &ast.GenDecl{TokPos: ts.Pos(), Tok: token.TYPE, Specs: []ast.Spec{c}})
	}
	// The local declarations go.
	gone := map[*ast.TypeSpec]bool{}
	for _, tn := range order {
		gone[specs[tn]] = true
	}
	filter := func(list []ast.Stmt) []ast.Stmt {
		out := list[:0]
		for _, st := range list {
			if ds, ok := st.(*ast.DeclStmt); ok {
				if g, ok := ds.Decl.(*ast.GenDecl); ok && g.Tok == token.TYPE {
					var keep []ast.Spec
					for _, sp := range g.Specs {
						if ts, ok := sp.(*ast.TypeSpec); !ok || !gone[ts] {
							keep = append(keep, sp)
						}
					}
					if len(keep) == 0 {
						continue
					}
					g.Specs = keep
				}
			}
			out = append(out, st)
		}
		return out
	}
	for _, n := range nodes {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.BlockStmt:
				x.List = filter(x.List)
			case *ast.CaseClause:
				x.Body = filter(x.Body)
			case *ast.CommClause:
				x.Body = filter(x.Body)
			}
			return true
		})
	}
	// They join the history with the copies (see commitFor).
	c := &monoClone{decls: moved}
	mc.clones = append(mc.clones, c)
	for _, d := range moved {
		mc.isClone[d] = c
		mc.pc.decls = append(mc.pc.decls, d)
		mc.pc.declAt = append(mc.pc.declAt, 0)
	}
	return true
}

// embeddedInst is, for an embedded field's type, the generic it
// instantiates (a copy of), or nil.
func (mc *monoCell) embeddedInst(t types.Type) *genericDecl {
	if t == nil {
		return nil
	}
	if p, ok := t.(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if n.TypeArgs().Len() > 0 {
		return mc.genericOf(n.Origin().Obj())
	}
	if c, ok := mc.pendingByName(n.Obj().Name()); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main" {
		return c
	}
	return nil
}

func (mc *monoCell) pendingByName(name string) (*genericDecl, bool) {
	if !strings.HasPrefix(name, "gg__") {
		return nil, false
	}
	for _, c := range mc.pending {
		if c.inst.name == name {
			return c.inst.g, true
		}
	}
	for _, in := range mc.st.insts {
		if in.name == name {
			return in.g, true
		}
	}
	return nil, false
}

// embeddedFields gives the embedded fields whose type is an instantiation
// (struct{ Stack[string] }) the generic's name, which Go gives them and
// the copy's name would change, and makes the selectors promoted through
// them name them: yaegi promotes through a field of the copy's name only.
func (mc *monoCell) embeddedFields() {
	info := mc.pc.info
	for _, n := range mc.userNodes() {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.StructType:
				if x.Fields == nil {
					return true
				}
				for _, f := range x.Fields.List {
					if len(f.Names) > 0 {
						continue
					}
					if g := mc.embeddedInst(info.TypeOf(f.Type)); g != nil {
						f.Names = []*ast.Ident{{NamePos: f.Type.Pos(), Name: g.name}}
					}
				}
			case *ast.SelectorExpr:
				sel, ok := info.Selections[x]
				if !ok || len(sel.Index()) < 2 {
					return true
				}
				var names []string
				through := false
				t := sel.Recv()
				for _, i := range sel.Index()[:len(sel.Index())-1] {
					if p, ok := t.Underlying().(*types.Pointer); ok {
						t = p.Elem()
					}
					st, ok := t.Underlying().(*types.Struct)
					if !ok || i >= st.NumFields() {
						return true
					}
					f := st.Field(i)
					if types.IsInterface(f.Type()) {
						return true // see explicitPromotion
					}
					if f.Embedded() && mc.embeddedInst(f.Type()) != nil {
						through = true
					}
					names = append(names, f.Name())
					t = f.Type()
				}
				if !through {
					return true
				}
				pos := x.X.Pos()
				e := x.X
				for _, name := range names {
					e = &ast.SelectorExpr{X: e, Sel: &ast.Ident{NamePos: pos, Name: name}}
				}
				x.X = e
			}
			return true
		})
	}
}

// shimGeneric is the generic function obj of a shim package (slices.Index)
// as a genericDecl, or nil. The shims are parsed again, into the
// session's file set (a copy's positions are the shim's), with the
// identifiers a copy must qualify noted.
func (mc *monoCell) shimGeneric(obj types.Object) *genericDecl {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Signature().TypeParams().Len() == 0 || fn.Signature().Recv() != nil {
		return nil
	}
	path := obj.Pkg().Path()
	if _, ok := shimPackages()[path]; !ok {
		return nil
	}
	st := mc.st
	if st.shims == nil {
		st.shims = map[string]*genericDecl{}
	}
	key := path + "." + obj.Name()
	if g, ok := st.shims[key]; ok {
		return g
	}
	if _, parsed := st.shims[path]; !parsed {
		st.shims[path] = nil
		mc.parseShim(path)
	}
	return st.shims[key]
}

// parseShim parses and checks shim package path, registering its generic
// functions.
func (mc *monoCell) parseShim(path string) {
	data, err := shimFiles.ReadFile("shims/" + path + ".go.txt")
	if err != nil {
		return
	}
	fset := mc.s.in.FileSet()
	// The file's base name is the cells' (see lineDirective): yaegi
	// resolves the package names of a copy through it.
	f, err := parser.ParseFile(fset, "gograd-shim-"+path+"/_.go", data, parser.SkipObjectResolution)
	if err != nil {
		return
	}
	info := &types.Info{Uses: map[*ast.Ident]types.Object{}, Defs: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: tenv, Error: func(error) {}}
	pkg, _ := conf.Check(path, fset, []*ast.File{f}, info)
	if pkg == nil {
		return
	}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv != nil || fd.Body == nil || fd.Type.TypeParams == nil || fd.Type.TypeParams.NumFields() == 0 {
			continue
		}
		mc.st.n++
		g := &genericDecl{name: path + "." + fd.Name.Name, id: mc.st.n, fn: fd, params: map[*ast.Ident]int{}, item: -1,
			shim: path, pkgRefs: map[*ast.Ident]string{}, pkgNames: map[*ast.Ident]string{}}
		g.collectParams(info, fd)
		ast.Inspect(fd, func(n ast.Node) bool {
			id, ok := n.(*ast.Ident)
			if !ok {
				return true
			}
			switch o := info.Uses[id].(type) {
			case *types.PkgName:
				g.pkgNames[id] = o.Imported().Path()
			case nil:
			default:
				if o.Pkg() == pkg && o.Parent() == pkg.Scope() {
					g.pkgRefs[id] = o.Name()
				}
			}
			return true
		})
		mc.st.shims[g.name] = g
	}
}

// copyShim is the copy of a shim's generic function, its uses of the
// shim's declarations and imports qualified by the names the session
// knows the packages by; nil when one has none.
func (in *monoInst) copyShim(qual types.Qualifier) *ast.FuncDecl {
	g := in.g
	name := func(path string) string { return qual(types.NewPackage(path, "")) }
	self := name(g.shim)
	if self == "" {
		return nil
	}
	for _, p := range g.pkgNames {
		if name(p) == "" {
			return nil
		}
	}
	for id, n := range g.pkgRefs {
		if !ast.IsExported(n) && !isTypeParamConstraint(g.fn, id) {
			return nil
		}
	}
	c := parenConversions(cloneAST(g.fn, func(id *ast.Ident) ast.Expr {
		if i, ok := g.params[id]; ok && i < len(in.args) {
			e := cloneAST(in.args[i], nil).(ast.Expr)
			setPos(e, id.Pos())
			return e
		}
		if n, ok := g.pkgRefs[id]; ok {
			return &ast.SelectorExpr{X: &ast.Ident{NamePos: id.Pos(), Name: self}, Sel: &ast.Ident{NamePos: id.Pos(), Name: n}}
		}
		if p, ok := g.pkgNames[id]; ok {
			return &ast.Ident{NamePos: id.Pos(), Name: name(p)}
		}
		return nil
	})).(*ast.FuncDecl)
	c.Doc = nil
	c.Name = &ast.Ident{NamePos: g.fn.Name.Pos(), Name: in.name}
	c.Type.TypeParams = nil
	return c
}

// isTypeParamConstraint reports whether id is in fn's type parameter
// list (a constraint, which a copy drops).
func isTypeParamConstraint(fn *ast.FuncDecl, id *ast.Ident) bool {
	tp := fn.Type.TypeParams
	return tp != nil && id.Pos() >= tp.Pos() && id.End() <= tp.End()
}

// usesShimGenerics reports whether the cell calls a generic function of a
// shim package.
func (mc *monoCell) usesShimGenerics() bool {
	shims := shimPackages()
	for id := range mc.pc.info.Instances {
		if f, ok := mc.pc.info.Uses[id].(*types.Func); ok && f.Pkg() != nil {
			if _, ok := shims[f.Pkg().Path()]; ok {
				return true
			}
		}
	}
	return false
}

// funcNames gives the copies' functions in names (by body position, for
// panic stacks) the names Go's stacks give them: Stack[...].Push,
// Sum[...], slices.Index[...].
func (mc *monoCell) funcNames(names map[token.Pos]string) {
	if mc == nil {
		return
	}
	gname := map[string]string{}
	for _, c := range mc.clones {
		if c.inst != nil {
			gname[c.inst.name] = c.inst.g.name + "[...]"
		}
	}
	display := func(n string) (string, bool) {
		t, m, isMethod := cutDot(n)
		d, ok := gname[t]
		if ok && isMethod {
			d += "." + m
		}
		return d, ok
	}
	for pos, n := range names {
		if d, ok := display(n); ok {
			names[pos] = d
		}
	}
	// gg__.Enter("gg__Fib_3"): the name a runaway recursion reports.
	for _, c := range mc.clones {
		for _, d := range c.decls {
			ast.Inspect(d, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) != 1 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok || sel.Sel.Name != "Enter" {
					return true
				}
				if x, ok := sel.X.(*ast.Ident); !ok || x.Name != "gg__" {
					return true
				}
				if lit, ok := call.Args[0].(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						if d, ok := display(s); ok {
							lit.Value = strconv.Quote(d)
						}
					}
				}
				return true
			})
		}
	}
}

// genericErrors is the first error go/types found in a generic
// declaration of the cell: Go rejects a generic whose body is wrong for
// some type argument its constraint allows (x + 1 for an any), while a
// copy for a type argument that allows it would compile.
//
// So is an instantiation go/types rejects anywhere in the cell (string
// for a ~int | ~float64): the copy for it could compile.
func (mc *monoCell) genericErrors() *Error {
	var spans, cell [][2]token.Pos
	for _, d := range mc.pc.decls {
		if isGenericDecl(d) {
			spans = append(spans, [2]token.Pos{d.Pos(), d.End()})
		}
		cell = append(cell, [2]token.Pos{d.Pos(), d.End()})
	}
	for _, st := range mc.pc.stmts {
		cell = append(cell, [2]token.Pos{st.Pos(), st.End()})
	}
	for _, te := range mc.pc.typeErrs {
		in := spans
		if strings.Contains(te.Msg, "does not satisfy") || strings.Contains(te.Msg, "cannot infer") ||
			strings.Contains(te.Msg, "type argument") || strings.Contains(te.Msg, "instantiation") {
			in = cell
		}
		for _, sp := range in {
			if te.Pos < sp[0] || te.Pos >= sp[1] {
				continue
			}
			pos := mc.s.in.FileSet().Position(te.Pos)
			return &Error{Name: "CompileError", Line: pos.Line, Col: pos.Column, Message: te.Msg,
				Traceback: []string{fmt.Sprintf("%s:%d:%d: %s", cleanMessage(pos.Filename), pos.Line, pos.Column, te.Msg)}}
		}
	}
	return nil
}

// renameIdent renames id when it names an instantiation that has a copy.
func (mc *monoCell) renameIdent(id *ast.Ident, renamed map[*ast.Ident]bool) {
	info := mc.pc.info
	inst, ok := info.Instances[id]
	if !ok {
		return
	}
	g := mc.genericOf(info.Uses[id])
	if g == nil {
		return
	}
	key, ok := mc.instKey(g, inst.TypeArgs)
	if !ok {
		return
	}
	if name, ok := mc.lookup(key); ok {
		id.Name = name
		renamed[id] = true
	}
}

// isInstanceExpr reports whether e is (a pointer to) an instantiated type
// written with its type arguments (Box[T], *pkg.Pair[K, V]).
func isInstanceExpr(e ast.Expr) bool {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.ParenExpr:
			e = x.X
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		default:
			return false
		}
	}
}
