package interp

import "go/ast"

// fixCall applies the call rewrites of the fix_*.go files; it returns the
// replacement of c, or nil to leave c to the other rewrites.
func (m *modernizer) fixCall(c *ast.CallExpr) ast.Expr {
	if e := m.recoverCall(c); e != nil {
		return e
	}
	m.nilVariadic(c)
	if e := m.syncOnceValue(c); e != nil {
		return e
	}
	m.boxedArgs(c)
	if e := m.errorsCall(c); e != nil {
		return e
	}
	if e := m.explicitIfaceConversion(c); e != nil {
		return e
	}
	return nil
}

// fixCell applies the whole-cell rewrites of the fix_*.go files before the
// others run.
func (m *modernizer) fixCell(pc *parsedCell) {
	m.localAliases(pc)
	m.zeroNamedResults(pc)
	m.promotedMethods(pc)
	m.explicitConsts(pc)
	m.parallelIfaceAssign(pc)
	m.ifaceCopies(pc)
	m.boxedReturns(pc)
	m.boxedAssertions(pc)
	m.boxedSingleAssertions(pc)
	m.errorEquality(pc)
	m.ifaceOperandAssign(pc)
	m.ifaceAssertions(pc)
}
