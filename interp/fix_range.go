package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"unicode/utf8"
)

func init() {
	extraRuntime["DecodeRune"] = reflect.ValueOf(func(s string, i int) (rune, int) {
		return utf8.DecodeRuneInString(s[i:])
	})
}

// rangeString rewrites a range over a string:
//
//	for i, r := range s { body }
//	=>
//	for gg__i, gg__s := 0, s; gg__i < len(gg__s); {
//		r, gg__w := gg__.DecodeRune(string(gg__s), gg__i)
//		i := gg__i
//		gg__i += gg__w
//		{ body }
//	}
//
// yaegi ranges over []rune(s) and computes each byte index as
// len(string(runes[:k])): an invalid byte counts as the 3 bytes of
// U+FFFD (indices 0, 3, 4 for "\xffa\xc3" where Go gives 0, 1, 2), the key
// of for i := range s is the rune's number rather than its byte index, and
// each step costs the length of the prefix (a loop over a long string is
// quadratic).
func (m *modernizer) rangeString(r *ast.RangeStmt) ast.Stmt {
	if r.Tok != token.DEFINE && r.Tok != token.ASSIGN && r.Tok != token.ILLEGAL {
		return nil
	}
	pos := r.For
	iv, sv, wv := m.fresh("i"), m.fresh("s"), m.fresh("w")
	id := func(name string) *ast.Ident { return &ast.Ident{NamePos: pos, Name: name} }
	var pro []ast.Stmt
	tok := r.Tok
	if tok == token.ILLEGAL {
		tok = token.ASSIGN
	}
	var valLhs ast.Expr = id("_")
	if !isBlank(r.Value) {
		valLhs = r.Value
	}
	decode := &ast.CallExpr{Fun: parseExprAt("gg__.DecodeRune", pos), Lparen: pos,
		Args: []ast.Expr{&ast.CallExpr{Fun: id("string"), Lparen: pos, Args: []ast.Expr{id(sv)}, Rparen: pos}, id(iv)}, Rparen: pos}
	if tok == token.DEFINE || isBlank(r.Value) {
		pro = append(pro, &ast.AssignStmt{Lhs: []ast.Expr{valLhs, id(wv)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{decode}})
	} else {
		// r = ... with r declared outside: decode into a fresh variable.
		rv := m.fresh("r")
		pro = append(pro,
			&ast.AssignStmt{Lhs: []ast.Expr{id(rv), id(wv)}, TokPos: pos, Tok: token.DEFINE, Rhs: []ast.Expr{decode}},
			&ast.AssignStmt{Lhs: []ast.Expr{valLhs}, TokPos: pos, Tok: token.ASSIGN, Rhs: []ast.Expr{id(rv)}})
	}
	if !isBlank(r.Key) {
		pro = append(pro, &ast.AssignStmt{Lhs: []ast.Expr{r.Key}, TokPos: pos, Tok: tok, Rhs: []ast.Expr{id(iv)}})
	}
	pro = append(pro, &ast.AssignStmt{Lhs: []ast.Expr{id(iv)}, TokPos: pos, Tok: token.ADD_ASSIGN, Rhs: []ast.Expr{id(wv)}})
	body := &ast.BlockStmt{Lbrace: r.Body.Lbrace, List: append(pro, r.Body), Rbrace: r.Body.Rbrace}
	return &ast.ForStmt{For: pos,
		Init: &ast.AssignStmt{Lhs: []ast.Expr{id(iv), id(sv)}, TokPos: pos, Tok: token.DEFINE,
			Rhs: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}, r.X}},
		Cond: &ast.BinaryExpr{X: id(iv), OpPos: pos, Op: token.LSS,
			Y: &ast.CallExpr{Fun: id("len"), Lparen: pos, Args: []ast.Expr{id(sv)}, Rparen: pos}},
		Body: body}
}

// isStringType reports whether t is a string type.
func isStringType(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
