package interp

import "go/ast"

// fixCall applies the call rewrites of the fix_*.go files; it returns the
// replacement of c, or nil to leave c to the other rewrites.
func (m *modernizer) fixCall(c *ast.CallExpr) ast.Expr {
	if e := m.recoverCall(c); e != nil {
		return e
	}
	return nil
}
