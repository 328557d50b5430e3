package interp

import (
	"go/ast"
	"go/token"
	"strings"
)

// A continue statement in a case of a select (labeled or not, outside
// the for, switch and select statements nested in the case) left the
// select in yaegi and went on with the statements after it, as a break
// would: the loop's next iteration did not start. selectBreaks rewrites
// it like a labeled break, with a continue after the select.

// selectBranchKey is the key under which selectBreaks records the branch
// statement x of a select's case that it rewrites: "break L", "continue
// L" or "continue"; false for one it leaves as it is (a break of the
// select itself, a branch to a label declared in the select).
func selectBranchKey(x *ast.BranchStmt, declared map[string]bool, own any) (string, bool) {
	switch x.Tok {
	case token.BREAK:
		if x.Label == nil || declared[x.Label.Name] || x.Label.Name == own {
			return "", false
		}
		return "break " + x.Label.Name, true
	case token.CONTINUE:
		if x.Label == nil {
			return "continue", true
		}
		if declared[x.Label.Name] {
			return "", false
		}
		return "continue " + x.Label.Name, true
	}
	return "", false
}

// selectBranch is the branch statement of a key of selectBranchKey.
func selectBranch(key string, pos token.Pos) ast.Stmt {
	tok, label, _ := strings.Cut(key, " ")
	br := &ast.BranchStmt{TokPos: pos, Tok: token.BREAK}
	if tok == "continue" {
		br.Tok = token.CONTINUE
	}
	if label != "" {
		br.Label = &ast.Ident{NamePos: pos, Name: label}
	}
	return br
}

// labelStmt puts the label name on the select s, which is root or a
// statement of a list inside root (see hoistedSelect); it returns root,
// or the labeled statement when root is s.
func labelStmt(root ast.Stmt, s *ast.SelectStmt, name string) ast.Stmt {
	labeled := &ast.LabeledStmt{Label: &ast.Ident{NamePos: s.Pos(), Name: name}, Colon: s.Pos(), Stmt: s}
	if root == ast.Stmt(s) {
		return labeled
	}
	done := false
	ast.Inspect(root, func(n ast.Node) bool {
		if done {
			return false
		}
		var list []ast.Stmt
		switch x := n.(type) {
		case *ast.BlockStmt:
			list = x.List
		case *ast.CaseClause:
			list = x.Body
		case *ast.CommClause:
			list = x.Body
		}
		for i, st := range list {
			if st == ast.Stmt(s) {
				list[i] = labeled
				done = true
				return false
			}
		}
		return true
	})
	return root
}
