package interp

import (
	"go/ast"
	"go/types"
)

// anySwitchOnSessionTypes reports whether the type switch s on ta.X, of an
// empty interface type, has a case of a type the session declared with
// methods: yaegi's type switch on an any never takes such a case (its
// comma-ok assertions do see the type), so typeSwitch rewrites the switch
// into assertions.
func (m *modernizer) anySwitchOnSessionTypes(ta *ast.TypeAssertExpr, s *ast.TypeSwitchStmt) bool {
	xt := m.info.TypeOf(ta.X)
	if xt == nil {
		return false
	}
	it, ok := xt.Underlying().(*types.Interface)
	if !ok || !it.Empty() {
		return false
	}
	for _, c := range s.Body.List {
		cc, ok := c.(*ast.CaseClause)
		if !ok {
			return false
		}
		for _, e := range cc.List {
			t := m.info.TypeOf(e)
			if t == nil || types.IsInterface(t) || !declaredInCell(t) {
				continue
			}
			if types.NewMethodSet(t).Len() > 0 || types.NewMethodSet(types.NewPointer(t)).Len() > 0 {
				return true
			}
		}
	}
	return false
}
