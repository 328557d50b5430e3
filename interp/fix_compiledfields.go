package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Fields of compiled struct types with an interface type, given a value
// of a session type: &io.LimitedReader{R: &src{...}} and lr.R = &src{...}
// panicked "reflect.Set: value of type *struct { ... } is not assignable
// to type io.Reader". yaegi sets such a field with reflect, from the bare
// value (session types have no methods to reflect), where a call's
// argument or a return statement goes through yaegi's interface wrapper.
// compiledIfaceFields converts the value by returning it as the field's
// type: func() io.Reader { return &src{...} }().
func (m *modernizer) compiledIfaceFields(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.CompositeLit:
				m.compiledFieldLit(x)
			case *ast.AssignStmt:
				if x.Tok != token.ASSIGN || len(x.Lhs) != len(x.Rhs) {
					return true
				}
				for i, l := range x.Lhs {
					sel, ok := ast.Unparen(l).(*ast.SelectorExpr)
					if !ok {
						continue
					}
					s, ok := m.info.Selections[sel]
					if !ok || s.Kind() != types.FieldVal {
						continue
					}
					if f, ok := s.Obj().(*types.Var); ok && compiledField(f) {
						if e := m.asFieldType(x.Rhs[i], f.Type()); e != nil {
							x.Rhs[i] = e
						}
					}
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

// compiledField reports whether f is a field of a compiled package's
// struct type (the session's importer gives those no package).
func compiledField(f *types.Var) bool {
	return f.IsField() && (f.Pkg() == nil || f.Pkg().Path() != "main")
}

// compiledFieldLit converts the elements of lit, a literal of a compiled
// struct type, given for fields of a non-empty interface type.
func (m *modernizer) compiledFieldLit(lit *ast.CompositeLit) {
	t := m.info.TypeOf(lit)
	if t == nil {
		return
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() == "main" {
		return
	}
	st, ok := n.Underlying().(*types.Struct)
	if !ok {
		return
	}
	for i, e := range lit.Elts {
		var f *types.Var
		val := e
		if kv, ok := e.(*ast.KeyValueExpr); ok {
			id, ok := kv.Key.(*ast.Ident)
			if !ok {
				continue
			}
			for j := range st.NumFields() {
				if st.Field(j).Name() == id.Name {
					f = st.Field(j)
				}
			}
			val = kv.Value
			if f == nil {
				continue
			}
			if r := m.asFieldType(val, f.Type()); r != nil {
				kv.Value = r
			}
			continue
		}
		if i >= st.NumFields() {
			return
		}
		if r := m.asFieldType(val, st.Field(i).Type()); r != nil {
			lit.Elts[i] = r
		}
	}
}

// asFieldType is x returned as ft, when ft is a non-empty interface and x
// of a session type (not an interface), or nil.
func (m *modernizer) asFieldType(x ast.Expr, ft types.Type) ast.Expr {
	iface, ok := ft.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || hasTypeParam(ft) {
		return nil
	}
	xt := m.info.TypeOf(x)
	if xt == nil || types.IsInterface(xt) || !declaredInCell(xt) {
		return nil
	}
	te, ok := m.typeExpr(ft, x.Pos())
	if !ok {
		return nil
	}
	return returnAs(te, x)
}
