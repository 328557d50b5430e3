package interp

import (
	"go/ast"
	"go/token"
	"go/types"
)

// parallelIfaceAssign turns a parallel assignment with an operand of
// interface type that is not a plain variable into the assignment of one
// call's results:
//
//	a, b := any(Val{1}), any(2)  =>  a, b := func() (any, any) { return any(Val{1}), any(2) }()
//
// yaegi's parallel assignment to variables of the cell's top level panics
// on such operands ("reflect.Set: value of type int is not assignable to
// type interp.valueInterface"); the results of a call it assigns well.
func (m *modernizer) parallelIfaceAssign(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok {
				m.parallelAssign(as)
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

func (m *modernizer) parallelAssign(as *ast.AssignStmt) {
	if (as.Tok != token.ASSIGN && as.Tok != token.DEFINE) || len(as.Lhs) < 2 || len(as.Lhs) != len(as.Rhs) {
		return
	}
	need := false
	for _, r := range as.Rhs {
		switch ast.Unparen(r).(type) {
		case *ast.Ident, *ast.BasicLit, *ast.SelectorExpr:
			continue
		}
		tv, ok := m.info.Types[r]
		if ok && tv.Type != nil && tv.Value == nil && types.IsInterface(tv.Type) && !hasTypeParam(tv.Type) {
			need = true
		}
	}
	if !need {
		return
	}
	for i := range as.Lhs {
		if t := m.assignDestType(as, i); t != nil && hasTypeParam(t) {
			return
		}
	}
	m.parallelAsCall(as) // see fix_parassign.go
}

// explicitIfaceConversion rewrites error(x) of a boxed error type (see
// boxErr), and I(x), x of a session type neither struct (see
// ifaceConversion) nor pointer, into func() I { return x }(): yaegi
// converts with reflect and panics ("reflect.Set: value of type int is not
// assignable to type fmt.Stringer" for fmt.Stringer(Off) with type State
// int), while a return statement goes through its interface wrapper.
func (m *modernizer) explicitIfaceConversion(c *ast.CallExpr) ast.Expr {
	if m.info == nil || len(c.Args) != 1 || c.Ellipsis.IsValid() {
		return nil
	}
	tv, ok := m.info.Types[c.Fun]
	if !ok || !tv.IsType() {
		return nil
	}
	if e := m.ifaceCopy(c.Args[0], tv.Type, false); e != c.Args[0] {
		return e
	}
	if !types.IsInterface(tv.Type) || hasTypeParam(tv.Type) {
		return nil
	}
	at := m.info.TypeOf(c.Args[0])
	if at == nil || types.IsInterface(at) || !declaredInCell(at) {
		return nil
	}
	if _, ptr := at.(*types.Pointer); ptr {
		if n, ok := types.Unalias(tv.Type).(*types.Named); ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() != "main" {
			// fmt.Stringer(&q): yaegi's conversion to a compiled
			// interface gave reflect the bare pointer.
			return returnAs(c.Fun, c.Args[0])
		}
		if isErrorType(tv.Type) {
			// error(p) for a compiled function (gg__.ErrSame, errors.Is):
			// yaegi's conversion gives reflect the bare pointer ("Call
			// using *struct { Name string } as type error").
			return returnAs(c.Fun, c.Args[0])
		}
		return nil
	}
	if _, st := at.Underlying().(*types.Struct); st {
		return nil // ifaceConversion
	}
	return returnAs(c.Fun, c.Args[0])
}

// ifaceOperandAssign converts the operator expression assigned to a
// variable or field of interface type to that type first:
//
//	r.Value = i * i  =>  r.Value = any(i * i)
//
// yaegi lets an operator write its result into the destination directly;
// for a field of a compiled struct (ring.Ring.Value, list.Element.Value)
// the assignment is lost, and the statement after it is skipped too.
func (m *modernizer) ifaceOperandAssign(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			as, ok := n.(*ast.AssignStmt)
			if !ok || as.Tok != token.ASSIGN || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
				return true
			}
			switch r := as.Rhs[0].(type) {
			case *ast.BinaryExpr, *ast.UnaryExpr:
				tv, ok := m.info.Types[r]
				if !ok || tv.Value != nil || tv.Type == nil || types.IsInterface(tv.Type) {
					return true
				}
				lt := m.info.TypeOf(as.Lhs[0])
				if lt == nil || !types.IsInterface(lt) || hasTypeParam(lt) {
					return true
				}
				te, ok := m.typeExpr(lt, r.Pos())
				if !ok {
					return true
				}
				if iface, ok := lt.Underlying().(*types.Interface); ok && iface.NumMethods() > 0 {
					// yaegi's conversion to an interface with methods gives
					// reflect the bare value (err = &SyntaxError{...} panicked:
					// "reflect.Set: value of type *struct {...} is not
					// assignable to type error"); a return converts.
					as.Rhs[0] = returnAs(te, r)
					return true
				}
				as.Rhs[0] = &ast.CallExpr{Fun: &ast.ParenExpr{Lparen: r.Pos(), X: te, Rparen: r.Pos()}, Lparen: r.Pos(), Args: []ast.Expr{r}, Rparen: r.End()}
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

// nilVariadic drops a nil... argument: f(a, nil...) is f(a), whose
// variadic parameter is nil too. yaegi panics compiling it ("CFG
// post-order panic").
func (m *modernizer) nilVariadic(c *ast.CallExpr) {
	if m.info == nil || !c.Ellipsis.IsValid() || len(c.Args) == 0 {
		return
	}
	last := c.Args[len(c.Args)-1]
	if tv, ok := m.info.Types[last]; ok && tv.IsNil() {
		c.Args = c.Args[:len(c.Args)-1]
		c.Ellipsis = token.NoPos
	}
}

// complexDivisors evaluates a constant complex divisor at run time:
//
//	c / complex(0, 1)  =>  c / func() complex128 { return complex(0, 1) }()
//
// yaegi's check for a constant zero divisor takes the constant for a
// constant.Value and panics compiling ("complex128 is not constant.Value").
func (m *modernizer) complexDivisors(pc *parsedCell) {
	if m.info == nil {
		return
	}
	wrap := func(y ast.Expr) ast.Expr {
		tv, ok := m.info.Types[y]
		if !ok || tv.Value == nil || tv.Type == nil {
			return y
		}
		b, ok := tv.Type.Underlying().(*types.Basic)
		if !ok || b.Info()&types.IsComplex == 0 {
			return y
		}
		t := tv.Type
		if b.Info()&types.IsUntyped != 0 {
			t = types.Typ[types.Complex128]
		}
		te, ok := m.typeExpr(t, y.Pos())
		if !ok {
			return y
		}
		return returnAs(te, y)
	}
	f := func(e ast.Expr) ast.Expr {
		if b, ok := e.(*ast.BinaryExpr); ok && b.Op == token.QUO {
			b.Y = wrap(b.Y)
		}
		return e
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if as, ok := n.(*ast.AssignStmt); ok && as.Tok == token.QUO_ASSIGN && len(as.Rhs) == 1 {
				as.Rhs[0] = wrap(as.Rhs[0])
			}
			return true
		})
		replaceExprs(n, f)
	}
	for _, d := range pc.decls {
		visit(d)
	}
	for _, st := range pc.stmts {
		visit(st)
	}
}
