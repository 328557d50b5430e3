package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"
)

// promotedMethods declares, for a struct type of the cell that embeds a
// compiled type (or interface), the methods promoted from it as methods of
// its own that forward the call:
//
//	type rw struct { *strings.Reader; io.Writer }
//	=>
//	func (gg__r rw) Read(p0 []byte) (int, error) { return gg__r.Reader.Read(p0) }
//	func (gg__r rw) Write(p0 []byte) (int, error) { return gg__r.Writer.Write(p0) }
//	...
//
// yaegi does not see methods promoted from compiled embedded types when
// the struct is used through an interface: a call through a session
// interface fails ("method not found: Read"), and through a compiled one
// (io.Reader) does nothing.
func (m *modernizer) promotedMethods(pc *parsedCell) {
	if m.info == nil {
		return
	}
	m.forwarderConflicts(pc)
	var added []ast.Decl
	for _, d := range pc.decls {
		gd, ok := d.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, s := range gd.Specs {
			ts, ok := s.(*ast.TypeSpec)
			if !ok || ts.TypeParams != nil || ts.Assign.IsValid() {
				continue
			}
			added = append(added, m.forwarders(ts)...)
		}
	}
	pc.decls = append(pc.decls, added...)
}

func (m *modernizer) forwarders(ts *ast.TypeSpec) []ast.Decl {
	tn, ok := m.info.Defs[ts.Name].(*types.TypeName)
	if !ok {
		return nil
	}
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil
	}
	embeds := false
	for i := range st.NumFields() {
		if f := st.Field(i); f.Embedded() && !declaredInCell(f.Type()) {
			embeds = true
		}
	}
	if !embeds {
		return nil
	}
	pos := ts.Name.Pos()
	valueSet := types.NewMethodSet(named)
	ptrSet := types.NewMethodSet(types.NewPointer(named))
	var out []ast.Decl
	for i := range ptrSet.Len() {
		sel := ptrSet.At(i)
		path := sel.Index()
		fn, ok := sel.Obj().(*types.Func)
		if len(path) < 2 || !ok || !fn.Exported() {
			continue
		}
		field := st.Field(path[0])
		if !field.Embedded() || declaredInCell(field.Type()) {
			continue
		}
		sig, ok := fn.Type().(*types.Signature)
		if !ok {
			continue
		}
		if d := m.forwarder(ts.Name.Name, valueSet.Lookup(fn.Pkg(), fn.Name()) == nil, field.Name(), fn.Name(), sig, pos); d != nil {
			out = append(out, d)
		}
	}
	return out
}

// forwarder is func (gg__r [*]T) M(params) results { return gg__r.F.M(args) }.
func (m *modernizer) forwarder(typeName string, ptr bool, fieldName, method string, sig *types.Signature, pos token.Pos) ast.Decl {
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	var recvType ast.Expr = id(typeName)
	if ptr {
		recvType = &ast.StarExpr{Star: pos, X: recvType}
	}
	var params []*ast.Field
	var args []ast.Expr
	for i := range sig.Params().Len() {
		t := sig.Params().At(i).Type()
		var te ast.Expr
		if sig.Variadic() && i == sig.Params().Len()-1 {
			s, ok := t.(*types.Slice)
			if !ok {
				return nil
			}
			et, ok := m.typeExpr(s.Elem(), pos)
			if !ok {
				return nil
			}
			te = &ast.Ellipsis{Ellipsis: pos, Elt: et}
		} else {
			var ok bool
			if te, ok = m.typeExpr(t, pos); !ok {
				return nil
			}
		}
		name := "p" + strconv.Itoa(i)
		params = append(params, &ast.Field{Names: []*ast.Ident{id(name)}, Type: te})
		args = append(args, id(name))
	}
	var results []*ast.Field
	for i := range sig.Results().Len() {
		te, ok := m.typeExpr(sig.Results().At(i).Type(), pos)
		if !ok {
			return nil
		}
		results = append(results, &ast.Field{Type: te})
	}
	call := &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.SelectorExpr{X: id("gg__r"), Sel: id(fieldName)}, Sel: id(method)}, Lparen: pos, Args: args, Rparen: pos}
	if sig.Variadic() {
		call.Ellipsis = pos
	}
	var stmt ast.Stmt = &ast.ExprStmt{X: call}
	if len(results) > 0 {
		stmt = &ast.ReturnStmt{Return: pos, Results: []ast.Expr{call}}
	}
	return &ast.FuncDecl{
		Recv: &ast.FieldList{Opening: pos, List: []*ast.Field{{Names: []*ast.Ident{id("gg__r")}, Type: recvType}}, Closing: pos},
		Name: id(method),
		Type: &ast.FuncType{Func: pos, Params: &ast.FieldList{Opening: pos, List: params, Closing: pos},
			Results: &ast.FieldList{Opening: pos, List: results, Closing: pos}},
		Body: &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{stmt}, Rbrace: pos},
	}
}

// forwarderConflicts panics (the cell fails with the message) when the
// cell declares a method on a type of an earlier cell that the rewrite
// gave a forwarding method of that name (see promotedMethods): yaegi
// keeps the first method of a name, so the new one would be silently
// ignored.
func (m *modernizer) forwarderConflicts(pc *parsedCell) {
	declaredHere := map[string]bool{}
	for _, d := range pc.decls {
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			for _, s := range gd.Specs {
				declaredHere[s.(*ast.TypeSpec).Name.Name] = true
			}
		}
	}
	for _, d := range pc.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) == 0 {
			continue
		}
		rt := m.info.TypeOf(fd.Recv.List[0].Type)
		if p, ok := rt.(*types.Pointer); ok {
			rt = p.Elem()
		}
		n, ok := rt.(*types.Named)
		if !ok || declaredHere[n.Obj().Name()] || !declaredInCell(n) {
			continue
		}
		st, ok := n.Underlying().(*types.Struct)
		if !ok {
			continue
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if !f.Embedded() || declaredInCell(f.Type()) {
				continue
			}
			if obj, _, _ := types.LookupFieldOrMethod(f.Type(), true, nil, fd.Name.Name); obj != nil {
				if fn, ok := obj.(*types.Func); ok && fn.Exported() {
					panic(fmt.Sprintf("%s.%s is promoted from the embedded %s, which the session declared as a method of %s where %s was declared: declare %s in that cell",
						n.Obj().Name(), fd.Name.Name, f.Name(), n.Obj().Name(), n.Obj().Name(), fd.Name.Name))
				}
			}
		}
	}
}

// promotedViaPointer reports whether the method selected from a value of
// type t by the index path idx (types.Selection.Index) is reached through
// an embedded pointer field: its receiver is then that pointer, not the
// address of the value. defer w.Done() on a w of a struct type embedding
// sync.WaitGroup must take &w (Done has a pointer receiver), or the
// deferred call decrements a copy and Wait never returns.
func promotedViaPointer(t types.Type, idx []int) bool {
	for _, i := range idx[:len(idx)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return true
		}
		t = st.Field(i).Type()
		if _, ok := t.Underlying().(*types.Pointer); ok {
			return true
		}
	}
	return false
}
