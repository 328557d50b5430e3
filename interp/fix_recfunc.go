package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
)

// Recursive struct types through maps, slices and channels.
//
// yaegi builds the reflect type of a recursive struct (refType in its
// type.go) with a stand-in, *unsafe2.dummy, for every reference back to a
// struct still being built, then repairs the struct's fields in place
// (unsafe2.SetFieldType) and rebuilds the types of some of them. It
// repairs only two kinds of field: one whose reflect type's string ends in
// "unsafe2.dummy" (next *VM, kids []*VM, byName map[string]*VM) and one of
// kind func (hook func(*VM) int). Any other field that mentions the
// struct keeps the stand-in for good: fns map[string]func(*VM) int,
// []func(*VM), chan func(*VM) error, seen map[*VM]bool. Worse, the types
// yaegi caches while building it keep the stand-in too, among them the
// (shared) type of *VM itself, so a func literal taking or returning a *VM
// gets a reflect type with *unsafe2.dummy in it. Calling or storing such a
// func panics ("reflect: Call using *struct {...} as type
// *unsafe2.dummy", "reflect.Set: value of type map[string]func(*struct
// {...}) int is not assignable to type map[string]func(*unsafe2.dummy)
// int").
//
// boxRecursiveFields gives yaegi a struct without that recursion: such a
// field (a map, slice, channel or pointer whose type mentions, inside a
// func signature, a map key or a struct literal, a struct that refers
// back to the field's struct) is declared interface{}, and every read of
// it becomes
//
//	gg__.Unbox(x.fns, (T)(nil)).(T)
//
// with T the field's type (Unbox gives the typed nil for a field never
// set). Writes (x.fns = m, composite literals) store the typed value in
// the interface as they are. The map, slice or channel inside is the
// same one the field holds, so indexing it, storing into it, ranging
// over it, appending to it and deleting from it behave as on the field.
//
// It runs last, after the rewrite's other passes (which see the fields'
// own types), on what they made of the cell.
//
// Fields that stay broken: an array or struct-literal field (its elements
// would be written into a copy), an embedded field, and a named type with
// pointer methods (they need the field's address), as does &x.fns.
func (m *modernizer) boxRecursiveFields(pc *parsedCell) {
	if m.info == nil {
		return
	}
	// The declarations: the boxed fields become interface{}.
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			ts, ok := n.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
				return true
			}
			lit, ok := ts.Type.(*ast.StructType)
			if !ok || lit.Fields == nil {
				return true
			}
			tn, ok := m.info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				return true
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok {
				return true
			}
			i := 0
			for _, f := range lit.Fields.List {
				n := len(f.Names)
				if n == 0 {
					n = 1
				}
				if i < st.NumFields() && boxedField(st, i) {
					pos := f.Type.Pos()
					f.Type = &ast.InterfaceType{Interface: pos, Methods: &ast.FieldList{Opening: pos, Closing: pos}}
				}
				i += n
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

	// The uses: reads unbox the field.
	writes := map[*ast.SelectorExpr]bool{}
	mark := func(e ast.Expr) {
		if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
			writes[sel] = true
		}
	}
	find := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.AssignStmt:
				if x.Tok == token.ASSIGN {
					for _, l := range x.Lhs {
						mark(l)
					}
				}
			case *ast.RangeStmt:
				if x.Tok == token.ASSIGN {
					if x.Key != nil {
						mark(x.Key)
					}
					if x.Value != nil {
						mark(x.Value)
					}
				}
			case *ast.UnaryExpr:
				if x.Op == token.AND {
					mark(x.X) // its address: not ours to give (see above)
				}
			}
			return true
		})
	}
	unbox := func(e ast.Expr) ast.Expr {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || writes[sel] {
			return e
		}
		f := m.boxedSelection(sel)
		if f == nil {
			return e
		}
		t1, ok1 := m.typeExpr(f.Type(), sel.Pos())
		t2, ok2 := m.typeExpr(f.Type(), sel.Pos())
		if !ok1 || !ok2 {
			return e
		}
		pos := sel.Pos()
		call := &ast.CallExpr{
			Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "Unbox"}},
			Args: []ast.Expr{sel, &ast.CallExpr{
				Fun:    &ast.ParenExpr{Lparen: pos, X: t1, Rparen: pos},
				Lparen: pos, Args: []ast.Expr{&ast.Ident{NamePos: pos, Name: "nil"}}, Rparen: pos,
			}},
			Lparen: pos, Rparen: sel.End(),
		}
		return &ast.TypeAssertExpr{X: call, Lparen: pos, Type: t2, Rparen: sel.End()}
	}
	for _, d := range pc.decls {
		find(d)
		replaceExprs(d, unbox)
	}
	for _, st := range pc.stmts {
		find(st)
		replaceExprs(st, unbox)
	}
}

// boxedSelection is the field sel selects when boxRecursiveFields boxed
// it, else nil.
func (m *modernizer) boxedSelection(sel *ast.SelectorExpr) *types.Var {
	s, ok := m.info.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil
	}
	t := s.Recv()
	idx := s.Index()
	for k, i := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return nil
		}
		if k == len(idx)-1 {
			if boxedField(st, i) {
				return st.Field(i)
			}
			return nil
		}
		t = st.Field(i).Type()
	}
	return nil
}

// boxedField reports whether field i of st, the struct of a named type of
// the session, is one yaegi cannot build (see boxRecursiveFields) and the
// rewrite stores in an interface{}.
func boxedField(st *types.Struct, i int) bool {
	f := st.Field(i)
	if f.Embedded() || f.Pkg() == nil || f.Pkg().Path() != "main" || hasTypeParam(f.Type()) {
		return false
	}
	ft := types.Unalias(f.Type())
	switch ft.Underlying().(type) {
	case *types.Map, *types.Slice, *types.Chan, *types.Pointer:
	default:
		return false
	}
	if n, ok := ft.(*types.Named); ok && hasPointerMethods(n) {
		return false
	}
	seen := map[types.Type]bool{}
	var walk func(t types.Type, end bool) bool
	walk = func(t types.Type, end bool) bool {
		t = types.Unalias(t)
		switch x := t.(type) {
		case *types.Named:
			switch x.Underlying().(type) {
			case *types.Struct:
				// yaegi repairs a reference at the end of the field's
				// type (kids []*VM); another struct's own fields are its
				// own.
				return !end && reachesStruct(x, st)
			case *types.Interface:
				return false
			}
			if seen[x] {
				return false
			}
			seen[x] = true
			return walk(x.Underlying(), end)
		case *types.Pointer:
			return walk(x.Elem(), end)
		case *types.Slice:
			return walk(x.Elem(), end)
		case *types.Array:
			return walk(x.Elem(), end)
		case *types.Chan:
			return walk(x.Elem(), end)
		case *types.Map:
			return walk(x.Key(), false) || walk(x.Elem(), end)
		case *types.Signature:
			for _, tup := range []*types.Tuple{x.Params(), x.Results()} {
				for j := range tup.Len() {
					if walk(tup.At(j).Type(), false) {
						return true
					}
				}
			}
		case *types.Struct:
			for j := range x.NumFields() {
				if walk(x.Field(j).Type(), false) {
					return true
				}
			}
		}
		return false
	}
	return walk(ft, true)
}

// reachesStruct reports whether values of the named type n lead to
// values of a named type of the session whose underlying struct is st (n
// itself included): the types yaegi builds as one recursion.
func reachesStruct(n *types.Named, st *types.Struct) bool {
	seen := map[types.Type]bool{}
	var walk func(t types.Type) bool
	walk = func(t types.Type) bool {
		t = types.Unalias(t)
		switch x := t.(type) {
		case *types.Named:
			if x.Obj().Pkg() == nil || x.Obj().Pkg().Path() != "main" || x.TypeArgs().Len() > 0 || seen[x] {
				return false
			}
			seen[x] = true
			if x.Underlying() == st {
				return true
			}
			if types.IsInterface(x) {
				return false
			}
			return walk(x.Underlying())
		case *types.Pointer:
			return walk(x.Elem())
		case *types.Slice:
			return walk(x.Elem())
		case *types.Array:
			return walk(x.Elem())
		case *types.Chan:
			return walk(x.Elem())
		case *types.Map:
			return walk(x.Key()) || walk(x.Elem())
		case *types.Signature:
			for _, tup := range []*types.Tuple{x.Params(), x.Results()} {
				for j := range tup.Len() {
					if walk(tup.At(j).Type()) {
						return true
					}
				}
			}
		case *types.Struct:
			for j := range x.NumFields() {
				if walk(x.Field(j).Type()) {
					return true
				}
			}
		}
		return false
	}
	return walk(n)
}

// hasPointerMethods reports whether n declares a method with a pointer
// receiver.
func hasPointerMethods(n *types.Named) bool {
	for i := range n.NumMethods() {
		if sig, ok := n.Method(i).Type().(*types.Signature); ok && sig.Recv() != nil {
			if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
				return true
			}
		}
	}
	return false
}

// hasBoxedField reports whether boxRecursiveFields boxes a field of st.
func hasBoxedField(st *types.Struct) bool {
	for i := range st.NumFields() {
		if boxedField(st, i) {
			return true
		}
	}
	return false
}

// unboxedFieldSrc is the source of a read of field i of st, spelled v,
// for generated code: v itself, or its unboxing when boxRecursiveFields
// boxed the field (ts: the source of its type).
func unboxedFieldSrc(st *types.Struct, i int, v string, ts func(types.Type) (string, bool)) string {
	if !boxedField(st, i) {
		return v
	}
	s, ok := ts(st.Field(i).Type())
	if !ok {
		return v
	}
	return "gg__.Unbox(" + v + ", (" + s + ")(nil)).(" + s + ")"
}

func init() {
	fmtExtra["Unbox"] = reflect.ValueOf(func(v, zero any) any {
		if v == nil {
			return zero
		}
		return v
	})
}

// unboxedSource is t with every struct type literal in it that has boxed
// fields given those fields as interface{}: the struct yaegi knows (a
// conversion of a value of the session type to its underlying struct
// type, which the rewrite writes out, must name yaegi's struct). t itself
// when there is none.
func unboxedSource(t types.Type) types.Type {
	var walk func(t types.Type) types.Type
	walk = func(t types.Type) types.Type {
		switch x := t.(type) {
		case *types.Pointer:
			if e := walk(x.Elem()); e != x.Elem() {
				return types.NewPointer(e)
			}
		case *types.Slice:
			if e := walk(x.Elem()); e != x.Elem() {
				return types.NewSlice(e)
			}
		case *types.Array:
			if e := walk(x.Elem()); e != x.Elem() {
				return types.NewArray(e, x.Len())
			}
		case *types.Chan:
			if e := walk(x.Elem()); e != x.Elem() {
				return types.NewChan(x.Dir(), e)
			}
		case *types.Map:
			k, e := walk(x.Key()), walk(x.Elem())
			if k != x.Key() || e != x.Elem() {
				return types.NewMap(k, e)
			}
		case *types.Signature:
			if x.TypeParams().Len() > 0 || x.Recv() != nil {
				return t
			}
			p, r := walkTuple(x.Params(), walk), walkTuple(x.Results(), walk)
			if p != x.Params() || r != x.Results() {
				return types.NewSignatureType(nil, nil, nil, p, r, x.Variadic())
			}
		case *types.Struct:
			changed := false
			fields := make([]*types.Var, x.NumFields())
			tags := make([]string, x.NumFields())
			for i := range fields {
				f := x.Field(i)
				ft := f.Type()
				if boxedField(x, i) {
					ft = types.NewInterfaceType(nil, nil)
				} else {
					ft = walk(ft)
				}
				if ft != f.Type() {
					changed = true
				}
				fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), ft, f.Embedded())
				tags[i] = x.Tag(i)
			}
			if changed {
				return types.NewStruct(fields, tags)
			}
		}
		return t
	}
	return walk(t)
}

func walkTuple(tup *types.Tuple, walk func(types.Type) types.Type) *types.Tuple {
	if tup == nil {
		return nil
	}
	vars := make([]*types.Var, tup.Len())
	changed := false
	for i := range vars {
		v := tup.At(i)
		t := walk(v.Type())
		if t != v.Type() {
			changed = true
		}
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), t)
	}
	if !changed {
		return tup
	}
	return types.NewTuple(vars...)
}
