package interp

import (
	"go/ast"
	"go/types"
)

// Values of session types whose fields hold interfaces, printed through
// an interface the session declared. An AST node type of a small parser
// (type Binary struct{ Op string; L, R Node }) stored in a Node and
// printed (fmt.Println(n), %v of an error's cause) reached fmt as the
// struct yaegi keeps, with each field still yaegi's valueInterface, so it
// printed {+ {0xc000123 {0x128a8a0 0xc000456 142}} ...} where Go prints
// {+ 1 {* 2 3}}. dynamicMirror only tries the implementing types that
// print through methods or need a mirror, and fields of interface type
// need none at the top level (viWrap unwraps them there). When one of the
// interface's session implementations holds interface values, the
// operand goes through viWrap, whose dispatcher tries every session type
// with methods and unwraps the valueInterfaces inside.

// ifaceFieldsWrap returns the operand a, of the session interface t,
// wrapped by viWrap when a session type implementing t holds interface
// values; nil otherwise.
func (m *modernizer) ifaceFieldsWrap(a ast.Expr, t types.Type, sharp, plus, methods bool) ast.Expr {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
		return nil
	}
	iface, ok := n.Underlying().(*types.Interface)
	if !ok || iface.Empty() {
		return nil
	}
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	for _, st := range sessionTypes(sc) {
		for _, ct := range []types.Type{st, types.NewPointer(st)} {
			if types.Implements(ct, iface) && holdsIfaceType(ct, map[types.Type]bool{}) {
				return m.viWrap(a, t, sharp, plus, false, methods)
			}
		}
	}
	return nil
}
