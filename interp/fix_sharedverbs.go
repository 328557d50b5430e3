package interp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

// A Printf format may format one argument with several verbs:
//
//	fmt.Printf("%[1]v %[1]T\n", t)
//
// The rewrites that make fmt print the session's values as Go does
// replace an argument for its verb (fmtArgs: a printable mirror for %v;
// typeVerbs: the type's name for %T), which the other verb would then
// print; they left such formats alone, and %T printed yaegi's type
// ("struct { A int }", "interp.stringerWrapper"). splitSharedVerbs first
// gives every verb an argument of its own: the format gets an explicit
// index on every verb, and each further verb of an argument reads a copy
// of it appended to the call:
//
//	fmt.Printf("%[1]v %[2]T\n", t, t)
//
// Only arguments that evaluating twice does not change (variables,
// fields, indexes, constants, conversions and composite literals of
// those: copyable) are copied, and only when their
// type involves the session's types or is an interface; a format with a *
// width or precision is left alone.
func (m *modernizer) splitSharedVerbs(c *ast.CallExpr) {
	fi, format, ok := m.printfFormat(c)
	if !ok || strings.IndexByte(format, '*') >= 0 {
		return
	}
	verbs, ok := scanFormatVerbs(format, true)
	if !ok {
		return
	}
	count := map[int]int{}
	for _, v := range verbs {
		if fi+1+v.arg >= len(c.Args) {
			return // a missing argument: fmt says so, and a copy must not fill its place
		}
		count[v.arg]++
	}
	split := false
	for a, n := range count {
		if n < 2 {
			continue
		}
		ai := fi + 1 + a
		t := m.info.TypeOf(c.Args[ai])
		if t == nil {
			return
		}
		if !types.IsInterface(t) && !strings.Contains(m.mono.goTypeName(t), "main.") {
			continue
		}
		if !m.copyable(c.Args[ai]) {
			return
		}
		split = true
	}
	if !split {
		return
	}
	// The argument (0-based, after the format) each verb reads.
	target := make([]int, len(verbs))
	seen := map[int]bool{}
	for i, v := range verbs {
		if !seen[v.arg] {
			seen[v.arg] = true
			target[i] = v.arg
			continue
		}
		c.Args = append(c.Args, m.cloneNode(reflect.ValueOf(c.Args[fi+1+v.arg])).Interface().(ast.Expr))
		target[i] = len(c.Args) - fi - 2
	}
	out := []byte(format)
	for i := len(verbs) - 1; i >= 0; i-- {
		v := verbs[i]
		start := v.at
		if v.at > 0 && format[v.at-1] == ']' {
			start = strings.LastIndexByte(format[:v.at], '[')
		}
		out = slices.Concat(out[:start], []byte("["+strconv.Itoa(target[i]+1)+"]"), out[v.at:])
	}
	pos := c.Args[fi].Pos()
	lit := &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(string(out))}
	tv := m.info.Types[c.Args[fi]]
	tv.Value = constant.MakeString(string(out))
	m.info.Types[lit] = tv
	c.Args[fi] = lit
}

// copyable reports whether evaluating e twice gives what evaluating it
// once gives, and does nothing more: what reevaluable accepts, and
// composite literals of such expressions.
func (m *modernizer) copyable(e ast.Expr) bool {
	cl, ok := ast.Unparen(e).(*ast.CompositeLit)
	if !ok {
		return m.reevaluable(e)
	}
	for _, el := range cl.Elts {
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			el = kv.Value
		}
		if !m.copyable(el) {
			return false
		}
	}
	return true
}
