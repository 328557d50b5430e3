package interp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
)

// explicitConsts gives each constant of a const block that has a spec
// declaring several names its value explicitly:
//
//	const (
//		A, B = iota, iota * 2
//		C, D
//	)
//	=>
//	const (
//		A, B = 0, 0
//		C, D = 1, 2
//	)
//
// yaegi fails on the implicit repetition of such a spec ("constant
// definition loop") and, with the values written out, counts iota once per
// name instead of once per spec (C, D = iota, iota*2 gives 2, 4).
//
// Blocks that implicitly repeat a typed spec with an expression of iota
// (A Status = iota + 1; B) are written out too: yaegi's B compared unequal
// to a Status of the same value.
func (m *modernizer) explicitConsts(pc *parsedCell) {
	if m.info == nil {
		return
	}
	visit := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if d, ok := n.(*ast.GenDecl); ok && d.Tok == token.CONST {
				m.explicitConstDecl(d)
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

func (m *modernizer) explicitConstDecl(d *ast.GenDecl) {
	multi := false
	var typed *ast.ValueSpec // the spec an implicit repetition repeats
	for _, s := range d.Specs {
		vs, ok := s.(*ast.ValueSpec)
		if !ok {
			continue
		}
		if len(vs.Names) > 1 {
			multi = true
		}
		if len(vs.Values) > 0 {
			typed = vs
		} else if typed != nil && typed.Type != nil && !isIotaIdent(typed.Values) {
			// const (A Status = iota + 1; B): yaegi gives B a value that
			// compares unequal to a Status 2 (x == B was false).
			multi = true
		}
	}
	if !multi {
		return
	}
	type spec struct {
		typ  ast.Expr
		vals []ast.Expr
	}
	var out []spec
	for _, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		var sp spec
		var typ types.Type
		for _, name := range vs.Names {
			c, ok := m.info.Defs[name].(*types.Const)
			if !ok {
				if name.Name == "_" {
					// A blank constant has no object: its value does not
					// matter, only that iota moved on.
					sp.vals = append(sp.vals, &ast.Ident{NamePos: name.Pos(), Name: "iota"})
					continue
				}
				return
			}
			lit := constExprLit(c.Val(), c.Type(), name.Pos())
			if lit == nil {
				return
			}
			sp.vals = append(sp.vals, lit)
			if b, ok := c.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				if typ != nil && !types.Identical(typ, c.Type()) {
					return
				}
				typ = c.Type()
			}
		}
		if typ != nil {
			te, ok := m.typeExpr(typ, vs.Pos())
			if !ok {
				return
			}
			sp.typ = te
			// A blank name of a typed spec takes the spec's type too.
		}
		out = append(out, sp)
	}
	for i, s := range d.Specs {
		vs := s.(*ast.ValueSpec)
		vs.Type = out[i].typ
		vs.Values = out[i].vals
	}
}

// constExprLit is a literal of constant value v for a constant of type t
// (untyped rune constants stay runes, untyped bools bools).
func constExprLit(v constant.Value, t types.Type, pos token.Pos) ast.Expr {
	if b, ok := t.(*types.Basic); ok {
		if b.Kind() == types.UntypedRune {
			if r, ok := constant.Int64Val(v); ok {
				return &ast.BasicLit{ValuePos: pos, Kind: token.CHAR, Value: strconv.QuoteRune(rune(r))}
			}
			return nil
		}
	}
	if v.Kind() == constant.Bool {
		return &ast.Ident{NamePos: pos, Name: strconv.FormatBool(constant.BoolVal(v))}
	}
	return constLit(v, pos)
}

// isIotaIdent reports whether vals is the one value iota.
func isIotaIdent(vals []ast.Expr) bool {
	if len(vals) != 1 {
		return false
	}
	id, ok := vals[0].(*ast.Ident)
	return ok && id.Name == "iota"
}
