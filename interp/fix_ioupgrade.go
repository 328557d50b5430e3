package interp

import (
	"go/ast"
	"go/types"
)

// io.WriteString and io.Copy look for optional methods of their operands
// (io.StringWriter; io.WriterTo, io.ReaderFrom), but a session value
// reaches them as yaegi's wrapper of io.Writer or io.Reader, which has
// Write or Read only. So io.WriteString(l, s) on a struct embedding
// *bytes.Buffer with its own Write called that Write where Go calls the
// promoted WriteString. When the static type of the operand is a session
// type with the method, the call is made directly:
//
//	io.WriteString(w, s)  =>  w.WriteString(s)
//	io.Copy(dst, src)     =>  src.WriteTo(dst)  or  dst.ReadFrom(src)
//
// as io does (WriterTo first).

// ioUpgrade is the direct call replacing c, or nil.
func (m *modernizer) ioUpgrade(c *ast.CallExpr) ast.Expr {
	fn := m.calledFunc(c)
	if fn == nil || len(c.Args) != 2 || c.Ellipsis.IsValid() {
		return nil
	}
	has := func(e ast.Expr, name string, params, results int) bool {
		t := m.info.TypeOf(e)
		if t == nil || types.IsInterface(t) || !declaredInCell(t) || hasTypeParam(t) {
			return false
		}
		sel := types.NewMethodSet(t).Lookup(nil, name)
		if sel == nil {
			return false
		}
		sig, ok := sel.Type().(*types.Signature)
		return ok && sig.Params().Len() == params && sig.Results().Len() == results
	}
	call := func(recv ast.Expr, name string, arg ast.Expr) ast.Expr {
		return &ast.CallExpr{Fun: &ast.SelectorExpr{X: recv, Sel: &ast.Ident{NamePos: c.Pos(), Name: name}},
			Lparen: c.Lparen, Args: []ast.Expr{arg}, Rparen: c.Rparen}
	}
	switch fn.FullName() {
	case "io.WriteString":
		if has(c.Args[0], "WriteString", 1, 2) {
			return call(c.Args[0], "WriteString", c.Args[1])
		}
	case "io.Copy":
		if has(c.Args[1], "WriteTo", 1, 2) && (pureExprs(c.Args[0]) || pureExprs(c.Args[1])) {
			return call(c.Args[1], "WriteTo", c.Args[0])
		}
		if has(c.Args[0], "ReadFrom", 1, 2) && !m.writerTo(c.Args[1]) {
			return call(c.Args[0], "ReadFrom", c.Args[1])
		}
	}
	return nil
}

// writerTo reports whether e may have a WriteTo method io.Copy would use
// first (an interface, or a type with one).
func (m *modernizer) writerTo(e ast.Expr) bool {
	t := m.info.TypeOf(e)
	if t == nil || types.IsInterface(t) {
		return true
	}
	return types.NewMethodSet(t).Lookup(nil, "WriteTo") != nil
}
