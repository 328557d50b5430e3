package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"sync"
)

// selectLabels holds the label of a labeled select statement while the
// modernizer rewrites it (see selectBreaks).
var selectLabels sync.Map // *ast.SelectStmt -> string

// selectBreaks rewrites the labeled break statements inside a select's
// cases that leave an enclosing statement (break loop, in a for loop
// around the select): yaegi runs the loop on instead, when the case is
// not the first one. The break sets a variable and leaves the select; a
// labeled break after the select then leaves the loop:
//
//	select { ...; case <-d: break loop }
//	=>
//	{ var gg__b1 int; select { ...; case <-d: gg__b1 = 1; break }; if gg__b1 == 1 { break loop } }
//
// It returns nil when the select has no such break.
func (m *modernizer) selectBreaks(s *ast.SelectStmt, self ast.Stmt) ast.Stmt {
	own, _ := selectLabels.LoadAndDelete(s)
	declared := map[string]bool{}
	ast.Inspect(s.Body, func(n ast.Node) bool {
		if l, ok := n.(*ast.LabeledStmt); ok {
			declared[l.Label.Name] = true
		}
		_, lit := n.(*ast.FuncLit)
		return !lit
	})
	flag := ""
	codes := map[string]int{}
	var order []string
	ownLabel, _ := own.(string)
	selLabel := ownLabel // the label of the select the rewritten breaks leave
	labelSelect := func(pos token.Pos) *ast.Ident {
		if selLabel == "" {
			selLabel = m.fresh("sel")
		}
		return &ast.Ident{NamePos: pos, Name: selLabel}
	}
	var walk func(list []ast.Stmt, nested bool) []ast.Stmt
	var visit func(st ast.Stmt, nested bool) ast.Stmt
	visit = func(st ast.Stmt, nested bool) ast.Stmt {
		switch x := st.(type) {
		case *ast.BranchStmt:
			// continue, labeled or not, as well: yaegi left the select and
			// went on after it (see fix_selectcontinue.go).
			key, ok := selectBranchKey(x, declared, own)
			if !ok {
				if nested && x.Tok == token.BREAK && x.Label == nil {
					// A break of the select inside an if or a block of
					// the case left the loop around the select in yaegi;
					// a break of the labeled select leaves the select.
					x.Label = labelSelect(x.Pos())
				}
				return st
			}
			if flag == "" {
				flag = m.fresh("b")
			}
			code, ok := codes[key]
			if !ok {
				code = len(codes) + 1
				codes[key] = code
				order = append(order, key)
			}
			pos := x.Pos()
			return &ast.BlockStmt{Lbrace: pos, List: []ast.Stmt{
				&ast.AssignStmt{Lhs: []ast.Expr{&ast.Ident{NamePos: pos, Name: flag}}, TokPos: pos, Tok: token.ASSIGN,
					Rhs: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: fmt.Sprint(code)}}},
				&ast.BranchStmt{TokPos: pos, Tok: token.BREAK, Label: labelSelect(pos)},
			}, Rbrace: pos}
		case *ast.BlockStmt:
			x.List = walk(x.List, true)
		case *ast.IfStmt:
			x.Body.List = walk(x.Body.List, true)
			if x.Else != nil {
				x.Else = visit(x.Else, true)
			}
		case *ast.LabeledStmt:
			x.Stmt = visit(x.Stmt, nested)
		case *ast.CommClause:
			x.Body = walk(x.Body, false)
		}
		// Breaks inside nested for, switch and select statements are theirs
		// (a nested select rewrote its own already).
		return st
	}
	walk = func(list []ast.Stmt, nested bool) []ast.Stmt {
		for i, st := range list {
			list[i] = visit(st, nested)
		}
		return list
	}
	for _, c := range s.Body.List {
		visit(c, false)
	}
	if selLabel != "" && ownLabel == "" {
		self = labelStmt(self, s, selLabel)
	}
	if flag == "" {
		if selLabel != ownLabel {
			return self
		}
		return nil
	}
	pos := s.Select
	decl := &ast.DeclStmt{Decl: &ast.GenDecl{TokPos: pos, Tok: token.VAR, Specs: []ast.Spec{&ast.ValueSpec{
		Names: []*ast.Ident{{NamePos: pos, Name: flag}}, Type: &ast.Ident{NamePos: pos, Name: "int"},
		// = 0: yaegi's var x int in a loop's body keeps the value of the
		// iteration before (a continue's flag stayed set).
		Values: []ast.Expr{&ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: "0"}}}}}}
	list := []ast.Stmt{decl, self}
	end := s.End()
	for _, l := range order {
		list = append(list, &ast.IfStmt{If: end,
			Cond: &ast.BinaryExpr{X: &ast.Ident{NamePos: end, Name: flag}, OpPos: end, Op: token.EQL,
				Y: &ast.BasicLit{ValuePos: end, Kind: token.INT, Value: fmt.Sprint(codes[l])}},
			Body: &ast.BlockStmt{Lbrace: end, List: []ast.Stmt{selectBranch(l, end)}, Rbrace: end}})
	}
	return &ast.BlockStmt{Lbrace: pos, List: list, Rbrace: end}
}
