package interp

import (
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"go/types"
	"strings"
)

// itemKind classifies one top-level item of a cell.
type itemKind int

const (
	itemStmt itemKind = iota
	itemImport
	itemDecl // type, var, const or func declaration
)

// commentRanges returns the byte ranges of the comments in src.
func commentRanges(src string) [][2]int {
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	s.Init(file, []byte(src), func(token.Position, string) {}, scanner.ScanComments)
	var out [][2]int
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			return out
		}
		if t == token.COMMENT {
			o := file.Offset(pos)
			out = append(out, [2]int{o, o + len(lit)})
		}
	}
}

// item is one top-level statement or declaration of a cell, as a byte range.
type item struct {
	kind       itemKind
	start, end int
}

// splitCell cuts src into top-level items. A cell is a sequence of Go
// statements and declarations, in any order; splitting is done on tokens
// (depth-0 semicolons, including the ones Go inserts at line ends), so it
// needs no parse of its own and never fails: syntax errors surface when the
// pieces are parsed.
func splitCell(src string) []item {
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	s.Init(file, []byte(src), func(token.Position, string) {}, 0)

	type tok struct {
		pos int
		tok token.Token
		lit string
	}
	var toks []tok
	for {
		pos, t, lit := s.Scan()
		if t == token.EOF {
			break
		}
		toks = append(toks, tok{file.Offset(pos), t, lit})
	}

	var items []item
	depth := 0
	header := false // inside "for ...;...;... {", "if x := f(); x {": semicolons do not end the statement
	start := -1     // index into toks of the current item's first token
	flush := func(endTok int) {
		if start < 0 {
			return
		}
		end := len(src)
		if endTok < len(toks) {
			end = toks[endTok].pos
		}
		it := item{kind: itemStmt, start: toks[start].pos, end: end}
		switch toks[start].tok {
		case token.IMPORT:
			it.kind = itemImport
		case token.TYPE, token.VAR, token.CONST:
			it.kind = itemDecl
		case token.FUNC:
			if isFuncDecl(toks[start+1:], func(i int) token.Token { return toks[start+1+i].tok }) {
				it.kind = itemDecl
			}
		}
		items = append(items, it)
		start = -1
	}
	for i, t := range toks {
		switch t.tok {
		case token.FOR, token.IF, token.SWITCH:
			if depth == 0 {
				header = true
			}
		case token.LBRACE:
			if depth == 0 {
				header = false
			}
		}
		switch t.tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
		if t.tok == token.SEMICOLON && depth <= 0 && !header {
			if start >= 0 {
				flush(i)
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	flush(len(toks))
	// Items end where the next token starts; trim them to their own text.
	for i := range items {
		text := src[items[i].start:items[i].end]
		items[i].end = items[i].start + len(strings.TrimRight(text, " \t\r\n;"))
	}
	return items
}

// isFuncDecl tells a function declaration ("func f(", "func (r T) m(")
// from a statement that starts with a function literal ("func() {...}()").
func isFuncDecl[T any](rest []T, tokAt func(int) token.Token) bool {
	if len(rest) == 0 {
		return false
	}
	switch tokAt(0) {
	case token.IDENT:
		return true
	case token.LPAREN:
		depth := 0
		for i := range rest {
			switch tokAt(i) {
			case token.LPAREN:
				depth++
			case token.RPAREN:
				depth--
				if depth == 0 {
					return i+2 < len(rest) && tokAt(i+1) == token.IDENT &&
						(tokAt(i+2) == token.LPAREN || tokAt(i+2) == token.LBRACK)
				}
			}
		}
	}
	return false
}

// blankExcept returns src with every byte outside the kept items replaced
// by a space (newlines are kept), so that positions in the result are
// positions in the cell.
//
// Comments are kept in every piece, so doc comments stay with their
// declarations.
func blankExcept(src string, items []item, keep func(item) bool) string {
	b := []byte(src)
	mask := make([]bool, len(b))
	for _, c := range commentRanges(src) {
		for i := c[0]; i < c[1] && i < len(b); i++ {
			mask[i] = true
		}
	}
	var ends []int // where kept items end on a line that goes on
	for _, it := range items {
		if keep(it) {
			for i := it.start; i < it.end; i++ {
				mask[i] = true
			}
			if it.end < len(b) && (b[it.end] == ';' || b[it.end] == ' ' || b[it.end] == '\t') {
				ends = append(ends, it.end)
			}
		}
	}
	for i := range b {
		if !mask[i] && b[i] != '\n' {
			b[i] = ' '
		}
	}
	// Items on one line ("x := 1; fmt.Println(x)") keep a separator: the
	// blanked items between them would leave none.
	for _, e := range ends {
		b[e] = ';'
	}
	return string(b)
}

// parsedCell is a cell parsed into its imports, declarations and
// statements, each tagged with the index of the item it came from.
type parsedCell struct {
	items   []item
	imports []*ast.ImportSpec
	decls   []ast.Decl // non-import declarations
	stmts   []ast.Stmt
	declAt  []int // item index of decls[i]
	stmtAt  []int // item index of stmts[i]
	// viDisp gives the session the fmt dispatchers for the types known
	// after this cell (see viDispatchers), or is nil.
	viDisp ast.Stmt
	// structNames gives the session the reflect types of its struct types
	// (see assertTable.setStructs), or is nil.
	structNames   ast.Stmt
	info          *types.Info
	packageClause bool          // the cell began with "package main": a whole program
	typeErrs      []types.Error // what go/types found wrong, for better messages
	src           string        // the cell's source, #! line blanked
	// errVar names the variable holding the error result of a final
	// expression with several results (see tupleResult); errPos is where
	// that expression is.
	errVar string
	errPos token.Pos
	// textProbe, when set, is a function (source) that turns the value of
	// the final expression into the fmt mirror its text/plain shows (see
	// modernizer.finalText).
	textProbe string
	mono      *monoCell // the monomorphization of its generics (generics.go)
}

// lineDirective makes positions after the synthetic prefix read as
// positions in the cell (file name, line 1, column 1).
//
// The file name seen by yaegi always ends in "/_.go": yaegi scopes imports
// by the base name of the file, and all cells must share the session's
// imports. Messages drop the suffix again (see cleanMessage).
func lineDirective(name string) string { return "\n//line " + name + "/_.go:1:1\n" }

// parseCell parses src (named name in positions) with fset. The returned
// error is a scanner.ErrorList with cell positions.
func parseCell(fset *token.FileSet, name, src string) (*parsedCell, error) {
	src = stripShebang(src)
	src, hasPkg := stripPackageClause(src)
	pc := &parsedCell{items: splitCell(src), src: src, packageClause: hasPkg}
	is := func(k itemKind) func(item) bool { return func(it item) bool { return it.kind == k } }
	itemOf := func(pos token.Pos) int {
		off := fset.Position(pos)
		// Map the position back to a byte offset of the cell.
		o := lineColOffset(src, off.Line, off.Column)
		for i, it := range pc.items {
			if o >= it.start && o < it.end {
				return i
			}
		}
		return len(pc.items) - 1
	}
	var errs scanner.ErrorList
	addErr := func(err error) {
		if el, ok := err.(scanner.ErrorList); ok {
			errs = append(errs, el...)
		} else if err != nil {
			errs.Add(token.Position{Filename: name}, err.Error())
		}
	}
	const mode = parser.ParseComments | parser.SkipObjectResolution
	// The //line directive names the cell; a relative name in it would be
	// taken relative to the directory of the parsed file's own name.
	const parseName = "gograd-cell"
	has := func(k itemKind) bool {
		for _, it := range pc.items {
			if it.kind == k {
				return true
			}
		}
		return false
	}
	if has(itemImport) {
		f, err := parser.ParseFile(fset, parseName, "package main"+lineDirective(name)+blankExcept(src, pc.items, is(itemImport)), mode)
		addErr(err)
		if f != nil {
			pc.imports = f.Imports
		}
	}
	if has(itemDecl) {
		f, err := parser.ParseFile(fset, parseName, "package main"+lineDirective(name)+blankExcept(src, pc.items, is(itemDecl)), mode)
		addErr(err)
		if f != nil {
			for _, d := range f.Decls {
				if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
					continue
				}
				pc.decls = append(pc.decls, d)
				pc.declAt = append(pc.declAt, itemOf(d.Pos()))
			}
		}
	}
	if has(itemStmt) {
		f, err := parser.ParseFile(fset, parseName, "package main; func main() {"+lineDirective(name)+blankExcept(src, pc.items, is(itemStmt))+"\n}", mode)
		addErr(err)
		if f != nil && len(f.Decls) > 0 {
			if fd, ok := f.Decls[0].(*ast.FuncDecl); ok && fd.Body != nil {
				for _, st := range fd.Body.List {
					if _, empty := st.(*ast.EmptyStmt); empty {
						continue
					}
					pc.stmts = append(pc.stmts, st)
					pc.stmtAt = append(pc.stmtAt, itemOf(st.Pos()))
				}
			}
		}
	}
	if len(errs) > 0 {
		errs.Sort()
		// An error past the cell's last line is the parser's recovery
		// reaching the closing brace of the function the statements were
		// wrapped in: an echo of an earlier error, not one of its own.
		lines := strings.Count(src, "\n") + 1
		for len(errs) > 1 && errs[len(errs)-1].Pos.Line > lines {
			errs = errs[:len(errs)-1]
		}
		return pc, errs
	}
	return pc, nil
}

// stripPackageClause blanks a leading "package name" clause (a whole Go
// program given as a cell or script) and reports whether there was one.
func stripPackageClause(src string) (string, bool) {
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(src))
	s.Init(file, []byte(src), func(token.Position, string) {}, 0)
	pos, tok, _ := s.Scan()
	if tok != token.PACKAGE {
		return src, false
	}
	_, tok, lit := s.Scan()
	if tok != token.IDENT {
		return src, false
	}
	start := file.Offset(pos)
	end := strings.Index(src[start:], lit) + start + len(lit)
	return src[:start] + strings.Repeat(" ", end-start) + src[end:], true
}

// stripShebang blanks a "#!" first line (scripts), keeping line numbers.
func stripShebang(src string) string {
	if strings.HasPrefix(src, "#!") {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		return strings.Repeat(" ", i) + src[i:]
	}
	return src
}

// lineColOffset converts a 1-based line and column (in bytes) to an offset.
func lineColOffset(src string, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := strings.IndexByte(src[off:], '\n')
		if i < 0 {
			return len(src)
		}
		off += i + 1
	}
	return min(off+col-1, len(src))
}
