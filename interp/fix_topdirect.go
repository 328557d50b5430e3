package interp

import (
	"go/ast"
	"reflect"
)

// topDirectRuntime are the gg__ helpers of this file, bound to the session.
func (s *Session) topDirectRuntime() map[string]reflect.Value {
	return map[string]reflect.Value{
		"TopDirect":   reflect.ValueOf(s.topDirect),
		"DeclRecover": reflect.ValueOf(s.declRecover),
	}
}

// topDirect runs a call a top-level defer statement registered whose
// function is not a literal (defer handle()): a declared function it
// calls directly is at the next nesting depth (see declRecover).
func (s *Session) topDirect(f func()) {
	prev := s.topRec.direct
	s.topRec.direct = s.guard.depth.Load() + 1
	defer func() { s.topRec.direct = prev }()
	f()
}

// declRecover is recover() in the body of a declared function or method:
// v is recover()'s own value. Called directly by a top-level deferred
// call (defer handle() at the top level of a cell) while the cell
// panics, it recovers the cell's panic (see Session.topRecover): yaegi's
// recover there reads a frame the panic of the cell does not reach, and
// the cell would fail with the panic after handle recovered it.
func (s *Session) declRecover(v any) any {
	if s.topRec.direct != 0 && s.guard.depth.Load() == s.topRec.direct {
		// Called directly by a top-level deferred call: the cell's panic,
		// or nil once it was recovered (or when there was none).
		return s.topRecover()
	}
	return v
}

// topDirectStmt is the statement of the function a top-level defer
// statement registers: call, or gg__.TopDirect(func() { call }) where
// the deferred function (c.Fun) is a function value that may be a
// declared function calling recover.
func (m *modernizer) topDirectStmt(call *ast.CallExpr, c *ast.CallExpr) ast.Stmt {
	if _, lit := c.Fun.(*ast.FuncLit); lit {
		return &ast.ExprStmt{X: call}
	}
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && m.isBuiltin(id) {
		return &ast.ExprStmt{X: call}
	}
	pos := call.Pos()
	st := parseStmts("gg__.TopDirect(func() {})", pos)[0]
	lit := st.(*ast.ExprStmt).X.(*ast.CallExpr).Args[0].(*ast.FuncLit)
	lit.Body.List = []ast.Stmt{&ast.ExprStmt{X: call}}
	return st
}

// declRecovers turns the recover() calls of the bodies of declared
// functions and methods (not of literals in them) into
// gg__.DeclRecover(recover()).
func (m *modernizer) declRecovers(pc *parsedCell) {
	for _, d := range pc.decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Body == nil {
			continue
		}
		calls := map[*ast.CallExpr]bool{}
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.FuncLit:
				return false
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && id.Name == "recover" && len(x.Args) == 0 && m.isBuiltin(id) {
					calls[x] = true
				}
			}
			return true
		})
		if len(calls) == 0 {
			continue
		}
		replaceExprs(fd.Body, func(e ast.Expr) ast.Expr {
			c, ok := e.(*ast.CallExpr)
			if !ok || !calls[c] {
				return e
			}
			pos := c.Pos()
			out := &ast.CallExpr{Fun: &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "DeclRecover"}},
				Lparen: pos, Args: []ast.Expr{c}, Rparen: c.End()}
			if tv, ok := m.info.Types[c]; ok {
				m.info.Types[out] = tv
			}
			return out
		})
	}
}
