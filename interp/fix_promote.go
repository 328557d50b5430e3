package interp

import (
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
