package interp

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/scanner"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/gograd/gograd/interp/symbols"
)

// isComplete implements Session.IsComplete.
func isComplete(code string) (status, indent string) {
	if strings.TrimSpace(code) == "" {
		return "complete", ""
	}
	var s scanner.Scanner
	fset := token.NewFileSet()
	file := fset.AddFile("", fset.Base(), len(code))
	var scanErr string
	s.Init(file, []byte(code), func(_ token.Position, msg string) {
		if scanErr == "" {
			scanErr = msg
		}
	}, scanner.ScanComments)
	depth := 0
	last := token.ILLEGAL
	for {
		_, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		switch tok {
		case token.LPAREN, token.LBRACE, token.LBRACK:
			depth++
		case token.RPAREN, token.RBRACE, token.RBRACK:
			depth--
		}
		if tok == token.SEMICOLON && lit == "\n" {
			continue // automatic semicolon: keep the real last token
		}
		if tok != token.COMMENT {
			last = tok
		}
	}
	switch {
	case strings.Contains(scanErr, "raw string literal not terminated"),
		strings.Contains(scanErr, "comment not terminated"):
		return "incomplete", ""
	case scanErr != "":
		return "invalid", ""
	case depth < 0:
		return "invalid", ""
	case depth > 0:
		return "incomplete", strings.Repeat("\t", depth)
	}
	switch {
	case last.IsOperator() && last != token.RPAREN && last != token.RBRACE && last != token.RBRACK &&
		last != token.INC && last != token.DEC && last != token.SEMICOLON:
		return "incomplete", "\t"
	}
	if _, err := parseCell(token.NewFileSet(), "cell", code); err != nil {
		return "invalid", ""
	}
	return "complete", ""
}

// runeToByte converts a rune offset in s to a byte offset.
func runeToByte(s string, r int) int {
	if r <= 0 {
		return 0
	}
	i := 0
	for n := 0; n < r && i < len(s); n++ {
		_, w := utf8.DecodeRuneInString(s[i:])
		i += w
	}
	return i
}

func isIdentRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) }

// identBefore returns the start of the identifier that ends at byte i.
func identBefore(code string, i int) int {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(code[:i])
		if !isIdentRune(r) {
			break
		}
		i -= w
	}
	return i
}

// exprBefore returns the start of the operand (identifiers, dots, balanced
// calls and indexes) that ends at byte i.
func exprBefore(code string, i int) int {
	for i > 0 {
		r, w := utf8.DecodeLastRuneInString(code[:i])
		switch {
		case isIdentRune(r) || r == '.':
			i -= w
		case r == ')' || r == ']':
			open := map[rune]byte{')': '(', ']': '['}[r]
			depth := 0
			j := i
			for j > 0 {
				j--
				switch code[j] {
				case byte(r):
					depth++
				case open:
					depth--
				}
				if depth == 0 {
					break
				}
			}
			if depth != 0 {
				return i
			}
			i = j
		default:
			return i
		}
	}
	return i
}

var goKeywords = []string{"break", "case", "chan", "const", "continue", "default", "defer", "else",
	"fallthrough", "for", "func", "go", "goto", "if", "import", "interface", "map", "package", "range",
	"return", "select", "struct", "switch", "type", "var"}

var goBuiltins = []string{"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len",
	"make", "max", "min", "new", "panic", "print", "println", "real", "recover",
	"bool", "byte", "complex128", "complex64", "error", "float32", "float64", "int", "int16", "int32",
	"int64", "int8", "rune", "string", "uint", "uint16", "uint32", "uint64", "uint8", "uintptr", "any",
	"true", "false", "nil", "iota"}

func (s *Session) complete(code string, cursor int) Completion {
	end := runeToByte(code, cursor)
	start := identBefore(code, end)
	prefix := code[start:end]
	res := Completion{Start: utf8.RuneCountInString(code[:start]), End: utf8.RuneCountInString(code[:end])}
	add := func(name, kind string) {
		if strings.HasPrefix(name, prefix) && !strings.HasPrefix(name, "gg__") && !strings.Contains(name, "__") {
			res.Matches = append(res.Matches, name)
			res.Types = append(res.Types, kind)
		}
	}
	if start > 0 && code[start-1] == '.' {
		xs := exprBefore(code, start-1)
		x := code[xs : start-1]
		if x == "" {
			return res
		}
		for _, m := range s.members(x, code[:xs]) {
			add(m.name, m.kind)
		}
	} else {
		s.stateMu.RLock()
		for n, k := range s.decls {
			add(n, k)
		}
		for n := range s.imports {
			add(n, "package")
		}
		s.stateMu.RUnlock()
		for _, k := range goKeywords {
			add(k, "keyword")
		}
		for _, b := range goBuiltins {
			add(b, "builtin")
		}
	}
	sortCompletion(&res)
	return res
}

func sortCompletion(c *Completion) {
	idx := make([]int, len(c.Matches))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return c.Matches[idx[a]] < c.Matches[idx[b]] })
	m, t := make([]string, len(idx)), make([]string, len(idx))
	seen := map[string]bool{}
	n := 0
	for _, i := range idx {
		if seen[c.Matches[i]] {
			continue
		}
		seen[c.Matches[i]] = true
		m[n], t[n] = c.Matches[i], c.Types[i]
		n++
	}
	c.Matches, c.Types = m[:n], t[:n]
}

type member struct{ name, kind string }

// members lists what can follow "x." : package members or the fields and
// methods of x's type.
func (s *Session) members(x, before string) []member {
	s.stateMu.RLock()
	p, isPkg := s.imports[x]
	if s.decls[x] != "" {
		isPkg = false // a session name hides the preloaded package
	}
	s.stateMu.RUnlock()
	if isPkg {
		pkg, err := tenv.Import(p)
		if err != nil || pkg == nil {
			return nil
		}
		var out []member
		for _, n := range pkg.Scope().Names() {
			if !ast.IsExported(n) {
				continue
			}
			out = append(out, member{n, objKind(pkg.Scope().Lookup(n))})
		}
		return out
	}
	t := s.typeOfExpr(x, before)
	if t == nil {
		return nil
	}
	return typeMembers(t)
}

func objKind(o types.Object) string {
	switch o.(type) {
	case *types.Func:
		return "func"
	case *types.Var:
		return "var"
	case *types.Const:
		return "const"
	case *types.TypeName:
		return "type"
	}
	return "var"
}

// typeMembers lists the fields and methods of t (and of *t).
func typeMembers(t types.Type) []member {
	var out []member
	seen := map[string]bool{}
	ms := types.NewMethodSet(t)
	if _, isPtr := t.(*types.Pointer); !isPtr && !types.IsInterface(t) {
		ms = types.NewMethodSet(types.NewPointer(t))
	}
	for i := range ms.Len() {
		o := ms.At(i).Obj()
		if !seen[o.Name()] {
			seen[o.Name()] = true
			out = append(out, member{o.Name(), "method"})
		}
	}
	var fields func(t types.Type, depth int)
	fields = func(t types.Type, depth int) {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || depth > 3 {
			return
		}
		for i := range st.NumFields() {
			f := st.Field(i)
			if !seen[f.Name()] {
				seen[f.Name()] = true
				out = append(out, member{f.Name(), "field"})
			}
			if f.Embedded() {
				fields(f.Type(), depth+1)
			}
		}
	}
	fields(t, 0)
	return out
}

// typeOfExpr type-checks expression src in the session's context.
// The code before it in the cell is taken into account when it parses (so
// variables the cell defines complete too).
func (s *Session) typeOfExpr(src, before string) types.Type {
	obj, tv := s.resolveIn(src, before)
	if obj == nil && tv.Type == nil && before != "" {
		obj, tv = s.resolveIn(src, "")
	}
	if tv.Type != nil {
		return tv.Type
	}
	if obj != nil {
		return obj.Type()
	}
	return nil
}

// resolve type-checks "_ = (src)" against the session and returns what src
// denotes.
func (s *Session) resolve(src string) (types.Object, types.TypeAndValue) {
	return s.resolveIn(src, "")
}

// resolveIn is resolve with the cell's code before the expression.
func (s *Session) resolveIn(src, before string) (types.Object, types.TypeAndValue) {
	fset := token.NewFileSet()
	// Keep only whole lines of what precedes: the expression's own line
	// is usually unfinished.
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[:i+1]
	} else {
		before = ""
	}
	probe := "gg__probe__ = " + src
	code := before + probe
	pc, err := parseCell(fset, "inspect", code)
	if err != nil {
		// Inside an unfinished block (a function body being written):
		// close what is open.
		_, ind := isComplete(code)
		if ind == "" {
			return nil, types.TypeAndValue{}
		}
		pc, err = parseCell(fset, "inspect", code+strings.Repeat("\n}", len(ind)))
		if err != nil {
			return nil, types.TypeAndValue{}
		}
	}
	// Find the probe assignment, wherever it ended up.
	var as *ast.AssignStmt
	find := func(n ast.Node) {
		ast.Inspect(n, func(n ast.Node) bool {
			if a, ok := n.(*ast.AssignStmt); ok && len(a.Lhs) == 1 && len(a.Rhs) == 1 {
				if id, ok := a.Lhs[0].(*ast.Ident); ok && id.Name == "gg__probe__" {
					as = a
				}
			}
			return as == nil
		})
	}
	for _, st := range pc.stmts {
		find(st)
	}
	for _, d := range pc.decls {
		find(d)
	}
	if as == nil {
		return nil, types.TypeAndValue{}
	}
	info := s.checkWith(pc, fset)
	e := as.Rhs[0]
	var obj types.Object
	switch x := e.(type) {
	case *ast.Ident:
		obj = info.Uses[x]
	case *ast.SelectorExpr:
		obj = info.Uses[x.Sel]
	}
	return obj, info.Types[e]
}

// checkWith type-checks a cell parsed with another file set. Positions of
// the session's history are meaningless there, which only affects errors.
func (s *Session) checkWith(pc *parsedCell, fset *token.FileSet) *types.Info {
	return s.checkCellFset(pc, nil, fset)
}

var (
	docsOnce sync.Once
	docs     map[string]struct {
		Sig string `json:"s"`
		Doc string `json:"d"`
	}
)

func loadDocs() {
	docsOnce.Do(func() {
		zr, err := gzip.NewReader(bytes.NewReader(symbols.DocsGz))
		if err == nil {
			_ = json.NewDecoder(zr).Decode(&docs)
		}
	})
}

var builtinDocs = map[string]string{
	"len": "func len(v Type) int", "cap": "func cap(v Type) int", "append": "func append(slice []Type, elems ...Type) []Type",
	"make": "func make(t Type, size ...IntegerType) Type", "new": "func new(Type) *Type", "copy": "func copy(dst, src []Type) int",
	"delete": "func delete(m map[Type]Type1, key Type)", "panic": "func panic(v any)", "recover": "func recover() any",
	"print": "func print(args ...Type)", "println": "func println(args ...Type)", "close": "func close(c chan<- Type)",
	"min": "func min[T cmp.Ordered](x T, y ...T) T", "max": "func max[T cmp.Ordered](x T, y ...T) T", "clear": "func clear[T ~[]Type | ~map[Type]Type1](t T)",
}

func (s *Session) inspect(code string, cursor int) (Inspection, bool) {
	at := runeToByte(code, cursor)
	// Extend to the end of the identifier under the cursor.
	end := at
	for end < len(code) {
		r, w := utf8.DecodeRuneInString(code[end:])
		if !isIdentRune(r) {
			break
		}
		end += w
	}
	start := exprBefore(code, end)
	expr := strings.TrimLeft(code[start:end], ".")
	if expr == "" {
		// The cursor may be just after "f(": inspect f.
		i := strings.TrimRight(code[:at], " ")
		if strings.HasSuffix(i, "(") {
			return s.inspect(code, utf8.RuneCountInString(i[:len(i)-1]))
		}
		return Inspection{}, false
	}
	loadDocs()
	if sig, ok := builtinDocs[expr]; ok {
		return Inspection{Name: expr, Signature: sig, Doc: "builtin function " + expr}, true
	}
	s.stateMu.RLock()
	p, isPkg := s.imports[expr]
	if s.decls[expr] != "" {
		isPkg = false
	}
	s.stateMu.RUnlock()
	if isPkg {
		d := docs[p]
		return Inspection{Name: expr, Signature: d.Sig, Doc: d.Doc}, true
	}
	obj, tv := s.resolve(expr)
	if obj == nil && tv.Type == nil {
		return Inspection{}, false
	}
	in := Inspection{Name: expr}
	if obj != nil {
		if pk := obj.Pkg(); pk != nil && pk.Path() != "main" {
			key := pk.Path() + "." + obj.Name()
			if f, ok := obj.(*types.Func); ok {
				if recv := f.Signature().Recv(); recv != nil {
					rt := recv.Type()
					if p, ok := rt.(*types.Pointer); ok {
						rt = p.Elem()
					}
					if n, ok := rt.(*types.Named); ok {
						key = pk.Path() + "." + n.Obj().Name() + "." + obj.Name()
					}
				}
			}
			if d, ok := docs[key]; ok {
				in.Signature, in.Doc = d.Sig, d.Doc
				return in, true
			}
		}
		qual := func(p *types.Package) string {
			if p.Path() == "main" {
				return ""
			}
			return p.Name()
		}
		in.Signature = types.ObjectString(obj, qual)
		if tn, ok := obj.(*types.TypeName); ok {
			in.Signature = "type " + tn.Name() + " " + types.TypeString(tn.Type().Underlying(), qual)
		}
		in.Doc = s.declDoc(obj.Name())
		return in, true
	}
	in.Signature = types.TypeString(tv.Type, func(p *types.Package) string { return p.Name() })
	return in, true
}

// declDoc returns the doc comment of a session declaration.
func (s *Session) declDoc(name string) string {
	s.stateMu.RLock()
	defer s.stateMu.RUnlock()
	for i := len(s.hist) - 1; i >= 0; i-- {
		e := s.hist[i]
		for _, n := range e.names {
			if n != name {
				continue
			}
			switch d := e.decl.(type) {
			case *ast.FuncDecl:
				return strings.TrimSpace(d.Doc.Text())
			case *ast.GenDecl:
				if len(d.Specs) == 1 {
					switch sp := d.Specs[0].(type) {
					case *ast.TypeSpec:
						if sp.Doc != nil {
							return strings.TrimSpace(sp.Doc.Text())
						}
					case *ast.ValueSpec:
						if sp.Doc != nil {
							return strings.TrimSpace(sp.Doc.Text())
						}
					}
				}
				return strings.TrimSpace(d.Doc.Text())
			}
		}
	}
	return ""
}

func (s *Session) vars() []Var {
	// Values are read only between cells: a running cell writes them.
	if !s.evalMu.TryLock() {
		return s.varsFromDecls()
	}
	defer s.evalMu.Unlock()
	globals := s.in.Globals()
	s.stateMu.RLock()
	back := map[string]string{}
	for k, v := range s.renames {
		back[v] = k
	}
	kinds := make(map[string]string, len(s.decls))
	for k, v := range s.decls {
		kinds[k] = v
	}
	s.stateMu.RUnlock()
	var out []Var
	for name, v := range globals {
		user := name
		if b, ok := back[name]; ok {
			user = b
		}
		if strings.HasPrefix(user, "gg__") || kinds[user] == "" || kinds[user] == "func" || kinds[user] == "type" {
			continue
		}
		if !v.IsValid() {
			continue
		}
		typ := v.Type().String()
		val := ""
		if v.CanInterface() {
			val = s.varText(v.Interface()) // survive.go
		}
		if len(val) > 80 {
			val = val[:77] + "..."
		}
		out = append(out, Var{Name: user, Type: typeName(v.Type(), typ), Value: val})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

func typeName(t reflect.Type, s string) string {
	if t.PkgPath() != "" && t.Name() != "" {
		return path.Base(t.PkgPath()) + "." + t.Name()
	}
	return s
}

// SetVar assigns v to the session variable name, declared by an earlier
// cell with a type v is assignable to. It lets compiled code hand values
// to a session (the kernel's or a benchmark's).
func (s *Session) SetVar(name string, v any) error {
	s.stateMu.RLock()
	yname := name
	if r, ok := s.renames[name]; ok {
		yname = r
	}
	s.stateMu.RUnlock()
	g, ok := s.in.Globals()[yname]
	if !ok || !g.IsValid() || !g.CanSet() {
		return fmt.Errorf("interp: SetVar: no session variable %q (declare it in a cell first)", name)
	}
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		g.SetZero()
		return nil
	}
	if !rv.Type().AssignableTo(g.Type()) {
		if rv.Type().ConvertibleTo(g.Type()) && rv.Kind() == g.Kind() {
			rv = rv.Convert(g.Type())
		} else {
			return fmt.Errorf("interp: SetVar: cannot assign %s to %s (of type %s)", rv.Type(), name, g.Type())
		}
	}
	g.Set(rv)
	return nil
}

// varsFromDecls lists the session's variables without their values, for
// Vars calls made while a cell runs.
func (s *Session) varsFromDecls() []Var {
	s.stateMu.RLock()
	defer s.stateMu.RUnlock()
	var out []Var
	for name, kind := range s.decls {
		if kind == "var" && !strings.HasPrefix(name, "gg__") {
			out = append(out, Var{Name: name, Value: "(cell running)"})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}
