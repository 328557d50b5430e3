package interp

import (
	"errors"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"regexp"
	"strings"
	"sync"
)

// Type names in the panics of failed type assertions. yaegi's message
// names reflect types, which for the session's types are their underlying
// ones: "interface conversion: interface {} is struct { X int }, not int"
// where Go says "interface {} is main.T, not int", and "interface {}"
// even when the operand is of an interface type the session declared
// (Go: "main.I is nil, not main.C"). The rewrite records, for each
// one-result assertion x.(T) of the cell, the static type of x and the
// name of T by the assertion's position; the session gives the message
// those names, and the dynamic type the name of the session's struct type
// whose reflect type it is (when only one has it).

// assertNames are the names of one assertion.
type assertNames struct {
	static, target string
}

// assertTable is a session's recorded assertions and struct type names.
type assertTable struct {
	mu      sync.Mutex
	byPos   map[string]assertNames
	structs map[string]string // yaegi's reflect type string -> Go name ("" when several)
}

// recordAsserts records the one-result type assertions of the cell (see
// above); pos gives the "file:line:col" yaegi writes.
func (m *modernizer) recordAsserts(n ast.Node, commaOk map[*ast.TypeAssertExpr]bool, into map[token.Pos]assertNames) {
	if m.info == nil {
		return
	}
	ast.Inspect(n, func(n ast.Node) bool {
		ta, ok := n.(*ast.TypeAssertExpr)
		if !ok || ta.Type == nil || commaOk[ta] {
			return true
		}
		xt, tt := m.info.TypeOf(ta.X), m.info.TypeOf(ta.Type)
		if xt == nil || tt == nil || hasTypeParam(xt) || hasTypeParam(tt) {
			return true
		}
		names := assertNames{static: goTypeString(m.mono.mapType(xt)), target: goTypeString(m.mono.mapType(tt))}
		into[ta.Pos()] = names
		into[ta.Lparen] = names
		if ta.X != nil {
			into[ta.X.End()] = names
		}
		return true
	})
}

// goTypeString is t as fmt's %T and the runtime's messages write it.
func goTypeString(t types.Type) string {
	s := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	s = anyWord.ReplaceAllString(s, "interface {}")
	return strings.ReplaceAll(s, "interface{}", "interface {}")
}

var (
	anyWord    = regexp.MustCompile(`\bany\b`)
	assertMsg  = regexp.MustCompile(`^(\S+:\d+:\d+): interface conversion: (.*)$`)
	isNotMsg   = regexp.MustCompile(`^interface \{\} is (.*), not (.*)$`)
	missingMsg = regexp.MustCompile(`^(.*) is not (.*): missing method (\w+)$`)
)

// rename gives the message of yaegi's failed assertion v (an error whose
// message starts with its position) the recorded names; v itself when it
// is no such error or nothing is recorded for it.
func (a *assertTable) rename(v any) any {
	err, ok := v.(error)
	if !ok {
		return v
	}
	m := assertMsg.FindStringSubmatch(err.Error())
	if m == nil {
		return v
	}
	a.mu.Lock()
	names, found := a.byPos[m[1]]
	structs := a.structs
	a.mu.Unlock()
	if !found {
		return v
	}
	dyn := func(s string) string {
		if n := structs[s]; n != "" {
			return n
		}
		return s
	}
	msg := m[2]
	switch {
	case isNotMsg.MatchString(msg):
		p := isNotMsg.FindStringSubmatch(msg)
		d := p[1]
		if d != "nil" {
			d = dyn(d)
		}
		msg = names.static + " is " + d + ", not " + names.target
	case missingMsg.MatchString(msg):
		p := missingMsg.FindStringSubmatch(msg)
		msg = dyn(p[1]) + " is not " + names.target + ": missing method " + p[3]
	default:
		return v
	}
	return errors.New(m[1] + ": interface conversion: " + msg)
}

// add records the assertions of a cell by their position strings.
func (a *assertTable) add(fset *token.FileSet, recs map[token.Pos]assertNames) {
	if len(recs) == 0 {
		return
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.byPos == nil {
		a.byPos = map[string]assertNames{}
	}
	for pos, n := range recs {
		p := fset.Position(pos)
		if !p.IsValid() {
			continue
		}
		key := p.String()
		if strings.HasPrefix(key, "_.go:") {
			key = strings.TrimPrefix(key, "_.go:")
		}
		a.byPos[key] = n
	}
}

// setStructs records the reflect type strings of the session's struct
// types (ptrs: a nil pointer to each) with their names.
func (a *assertTable) setStructs(ptrs []any, names []string) {
	t := map[string]string{}
	for i, p := range ptrs {
		if i >= len(names) {
			break
		}
		rt := reflect.TypeOf(p)
		if rt == nil || rt.Kind() != reflect.Pointer {
			continue
		}
		s := rt.Elem().String()
		if old, dup := t[s]; dup && old != names[i] {
			t[s] = "" // two types, one reflect type: not told apart
			continue
		}
		t[s] = names[i]
	}
	a.mu.Lock()
	a.structs = t
	a.mu.Unlock()
}

// structNames is the statement giving the session the reflect types of
// its struct types (see setStructs), or nil.
func (m *modernizer) structNames(pos token.Pos) ast.Stmt {
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	var ptrs, names []string
	g := &mirrorGen{m: m, pos: pos}
	for _, n := range sessionTypes(sc) {
		if _, st := n.Underlying().(*types.Struct); !st || strings.HasPrefix(n.Obj().Name(), "gg__") {
			continue
		}
		ts, ok := g.typeSrc(types.NewPointer(n))
		if !ok {
			continue
		}
		ptrs = append(ptrs, "("+ts+")(nil)")
		names = append(names, `"`+goTypeString(n)+`"`)
	}
	if len(ptrs) == 0 {
		return nil
	}
	sts := parseStmts("gg__.SetStructNames([]any{"+strings.Join(ptrs, ", ")+"}, []string{"+strings.Join(names, ", ")+"})", pos)
	if len(sts) != 1 {
		return nil
	}
	hideUnexported(sts[0])
	return sts[0]
}
