package interp

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	htemplate "html/template"
	"io"
	"reflect"
	"strconv"
	"strings"
	"sync"
	ttemplate "text/template"
	"text/template/parse"
	"unicode"
	"unsafe"
)

// The compiled half of the template mirrors (see tmplmirror.go).

// tmplRun is the state of one mirrored execution: the errors of the
// methods the mirror called, by method name, in the order it met them.
type tmplRun struct {
	errs map[string][]error
	data any // what the template executes with (see gg__.TmplData)
}

// tmplExec runs t.Execute (name == nil) or t.ExecuteTemplate with the
// value data hands to gg__.TmplData: data gets the names of the methods
// (among methods, those the mirrors may call) the template uses, with
// "\x00off" when it uses none (no mirror then). The mirrors hand these
// names to gg__.TmplStruct and gg__.TmplData, which find the run through
// them.
func tmplExec(t any, w io.Writer, name *string, methods []string, data func(map[string]bool)) error {
	used := tmplUsed(t, methods)
	if used == nil {
		used = map[string]bool{"\x00off": true}
	}
	run := &tmplRun{}
	key := reflect.ValueOf(used).Pointer()
	tmplRuns.Store(key, run)
	var failed any
	func() {
		defer func() {
			tmplRuns.Delete(key)
			failed = recover()
		}()
		data(used)
	}()
	if failed != nil {
		// A method panicked: text/template reports a panic in a method it
		// calls as an error.
		return fmt.Errorf("template: %s: error calling a method of the data: %v", tmplName(t), failed)
	}
	v := run.data
	var err error
	switch x := t.(type) {
	case *ttemplate.Template:
		if name != nil {
			err = x.ExecuteTemplate(w, *name, v)
		} else {
			err = x.Execute(w, v)
		}
	case *htemplate.Template:
		if name != nil {
			err = x.ExecuteTemplate(w, *name, v)
		} else {
			err = x.Execute(w, v)
		}
	default:
		return fmt.Errorf("gograd: not a template: %T", t)
	}
	return run.fix(err)
}

func tmplName(t any) string {
	switch x := t.(type) {
	case *ttemplate.Template:
		if x != nil {
			return x.Name()
		}
	case *htemplate.Template:
		if x != nil {
			return x.Name()
		}
	}
	return ""
}

// tmplRuns are the mirrored executions under way, by their names map.
var tmplRuns sync.Map

// tmplUsed is the set of the names in methods that the parse trees of t
// (and of the templates associated with it) use as field or method names,
// or nil when there is none. An entry "\x00P" of methods is in it when
// the template uses P only where it prints the value ({{.P}},
// {{printf "%s" .P}}); "\x00*" adds every such name, prefixed by "\x00";
// "\x00" makes the set not nil.
func tmplUsed(t any, methods []string) map[string]bool {
	fn := &tmplNames{all: map[string]bool{}, other: map[string]bool{}, printed: map[string]bool{}}
	switch x := t.(type) {
	case *ttemplate.Template:
		if x == nil {
			return nil
		}
		for _, s := range x.Templates() {
			if s.Tree != nil {
				fn.walk(s.Tree.Root, false)
			}
		}
	case *htemplate.Template:
		if x == nil {
			return nil
		}
		for _, s := range x.Templates() {
			if s.Tree != nil {
				fn.walk(s.Tree.Root, false)
			}
		}
	}
	used := map[string]bool{}
	force := false
	for _, m := range methods {
		switch {
		case m == "\x00":
			// Printing needs the mirror; not where the template calls
			// functions of its own, which may want the session's values
			// as they are.
			force = !fn.funcs
		case m == "\x00*":
			for p := range fn.printed {
				if !fn.other[p] {
					used["\x00"+p] = true
				}
			}
		case strings.HasPrefix(m, "\x00"):
			if fn.printed[m[1:]] && !fn.other[m[1:]] {
				used[m] = true
			}
		case fn.all[m]:
			used[m] = true
		}
	}
	if len(used) == 0 && !force {
		return nil
	}
	return used
}

// tmplNames collects the identifiers a template uses after a dot
// ({{.A.B}}, {{$x.A}}, {{(pipe).A}}): all of them, and, for the last of
// each, whether the value is only printed or used otherwise.
type tmplNames struct {
	all, other, printed map[string]bool
	funcs               bool // the template calls functions of its own
}

// builtinFuncs are text/template's predefined functions.
var builtinFuncs = map[string]bool{
	"and": true, "call": true, "html": true, "index": true, "slice": true, "js": true, "len": true, "not": true,
	"or": true, "print": true, "printf": true, "println": true, "urlquery": true,
	"eq": true, "ge": true, "gt": true, "le": true, "lt": true, "ne": true,
}

// printFunc reports whether the function name prints its arguments with
// fmt (html/template's escapers among them).
func printFunc(name string) bool {
	switch name {
	case "print", "printf", "println", "html", "js", "urlquery":
		return true
	}
	return strings.HasPrefix(name, "_html_template_")
}

// idents records the identifiers of a field chain, the last one printed
// or not.
func (c *tmplNames) idents(ids []string, printed bool) {
	for i, id := range ids {
		c.all[id] = true
		if printed && i == len(ids)-1 {
			c.printed[id] = true
		} else {
			c.other[id] = true
		}
	}
}

// walk records the names in n; printed: n's value is printed.
func (c *tmplNames) walk(n parse.Node, printed bool) {
	switch x := n.(type) {
	case *parse.ListNode:
		if x != nil {
			for _, e := range x.Nodes {
				c.walk(e, false)
			}
		}
	case *parse.ActionNode:
		p := x.Pipe
		if p != nil && len(p.Decl) == 0 && len(p.Cmds) > 0 && len(p.Cmds[0].Args) == 1 {
			rest := true
			for _, cmd := range p.Cmds[1:] {
				id, ok := cmd.Args[0].(*parse.IdentifierNode)
				rest = rest && ok && printFunc(id.Ident)
			}
			if rest {
				// {{.P}}, {{.P | html}}: the value is printed.
				c.walk(p.Cmds[0].Args[0], true)
				for _, cmd := range p.Cmds[1:] {
					c.walk(cmd, false)
				}
				return
			}
		}
		c.walk(p, false)
	case *parse.PipeNode:
		if x != nil {
			for _, cmd := range x.Cmds {
				c.walk(cmd, false)
			}
		}
	case *parse.CommandNode:
		pr := false
		if len(x.Args) > 0 {
			if id, ok := x.Args[0].(*parse.IdentifierNode); ok {
				pr = printFunc(id.Ident)
				if !builtinFuncs[id.Ident] && !strings.HasPrefix(id.Ident, "_html_template_") {
					c.funcs = true
				}
			}
		}
		for i, a := range x.Args {
			c.walk(a, pr && i > 0)
		}
	case *parse.FieldNode:
		c.idents(x.Ident, printed)
	case *parse.ChainNode:
		c.walk(x.Node, false)
		c.idents(x.Field, printed)
	case *parse.VariableNode:
		if len(x.Ident) > 1 {
			c.idents(x.Ident[1:], printed)
		}
	case *parse.IfNode:
		c.branch(&x.BranchNode)
	case *parse.RangeNode:
		c.branch(&x.BranchNode)
	case *parse.WithNode:
		c.branch(&x.BranchNode)
	case *parse.TemplateNode:
		c.walk(x.Pipe, false)
	}
}

func (c *tmplNames) branch(b *parse.BranchNode) {
	c.walk(b.Pipe, false)
	c.walk(b.List, false)
	c.walk(b.ElseList, false)
}

// nilEmbedded ends the error text/template reports for a field behind a
// nil embedded pointer: how a twin marks a method that failed.
const nilEmbedded = ": reflect: indirection through nil pointer to embedded struct field "

// fix turns the error of a field reached through the nil pointer a twin
// holds for a failed method into Go's "error calling M: err".
func (r *tmplRun) fix(err error) error {
	if err == nil || len(r.errs) == 0 {
		return err
	}
	ee, ok := err.(ttemplate.ExecError)
	if !ok || ee.Err == nil {
		return err
	}
	msg := ee.Err.Error()
	i := strings.LastIndex(msg, nilEmbedded)
	if i < 0 || i+len(nilEmbedded) != len(msg) {
		return err
	}
	prefix := msg[:i]
	method := ""
	if j := strings.LastIndexByte(prefix, '<'); j >= 0 && strings.HasSuffix(prefix, ">") {
		ctx := prefix[j+1 : len(prefix)-1]
		if k := strings.LastIndexByte(ctx, '.'); k >= 0 {
			method = strings.TrimRightFunc(ctx[k+1:], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' })
		}
	}
	es, ok := r.errs[method]
	if !ok {
		if len(r.errs) != 1 {
			return err
		}
		for m, e := range r.errs {
			method, es = m, e
		}
	}
	// Several values failed alike: the first the mirror met.
	return ttemplate.ExecError{Name: ee.Name, Err: fmt.Errorf("%s: error calling %s: %w", prefix, method, es[0])}
}

// tmplPrint is embedded first in each twin: printing a twin (or encoding
// it as JSON, as html/template does in scripts) shows the value it
// mirrors.
type tmplPrint struct {
	raw any // the session's value, as its underlying struct
	pf  any // a func() any giving its fmt mirror, when fmt needs one
}

func (p tmplPrint) Format(f fmt.State, verb rune) {
	v := p.raw
	if f, ok := p.pf.(func() any); ok && f != nil {
		v = f()
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), v)
}

func (p tmplPrint) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonIn(p.raw))
}

var (
	tmplTypesMu sync.Mutex
	tmplTypes   = map[string]reflect.Type{}
	anyType     = reflect.TypeFor[any]()
)

// tmplStructOf is reflect.StructOf(fields), cached.
func tmplStructOf(fields []reflect.StructField) (t reflect.Type) {
	var b strings.Builder
	for _, f := range fields {
		b.WriteString(f.Name)
		b.WriteByte(0)
		b.WriteString(strconv.FormatUint(uint64(reflect.ValueOf(f.Type).Pointer()), 16))
		b.WriteByte(0)
		b.WriteString(string(f.Tag))
		if f.Anonymous {
			b.WriteByte(1)
		}
		b.WriteByte(0)
	}
	key := b.String()
	tmplTypesMu.Lock()
	defer tmplTypesMu.Unlock()
	if t, ok := tmplTypes[key]; ok {
		return t
	}
	defer func() {
		if recover() != nil {
			t = nil
		}
		tmplTypes[key] = t
	}()
	return reflect.StructOf(fields)
}

// tmplPlan is how the twins of one struct type are built, for one shape
// of the mirrored values (which methods ran, the types of their results,
// which failed, which fields changed and to what type).
type tmplPlan struct {
	tw   reflect.Type
	orig []tmplFieldPlan // the struct's fields, at 1+i in the twin
	ok   bool
}

type tmplFieldPlan struct {
	cast bool // a view of the field's value (see jsonTwin), read through memory
	ptr  bool // a mirrored embedded field, held through a pointer
	repl bool // mirrored: set from the mirror
}

var (
	tmplPlansMu sync.RWMutex
	tmplPlans   = map[string]*tmplPlan{}
)

// tmplPlanKey is the key of the plan for raw's type t and the shape of
// the mirrored values.
func tmplPlanKey(buf []byte, t reflect.Type, ms []string, on []bool, mv []any, me []error, fo []bool, fv []any) []byte {
	ptr := func(t reflect.Type) uint64 {
		if t == nil {
			return 0
		}
		return uint64(reflect.ValueOf(t).Pointer())
	}
	buf = binary.LittleEndian.AppendUint64(buf, ptr(t))
	for j, m := range ms {
		switch {
		case !on[j]:
			continue
		case me[j] != nil:
			buf = append(buf, 1)
		case mv[j] == nil:
			buf = append(buf, 2)
		default:
			buf = append(buf, 3)
			buf = binary.LittleEndian.AppendUint64(buf, ptr(reflect.TypeOf(mv[j])))
		}
		buf = append(buf, m...)
		buf = append(buf, 0)
	}
	buf = append(buf, 0xff)
	for j := range fo {
		if fo[j] {
			buf = binary.LittleEndian.AppendUint64(buf, uint64(j))
			buf = binary.LittleEndian.AppendUint64(buf, ptr(reflect.TypeOf(fv[j])))
		}
	}
	return buf
}

// tmplStruct is the twin of raw, a session struct value (as its
// underlying type): its fields, those at fi[j] replaced by their mirrors
// fv[j] where fo[j], then one field per method ms[j] that ran (on[j])
// holding its result mv[j], or, where it failed (me[j]), an embedded nil
// pointer to a struct holding a field of the method's name: reaching it
// fails the execution, and fix reports the method's error. pf, when not
// nil, gives what fmt should print for raw. It returns raw and false when
// no twin is needed.
func tmplStruct(names map[string]bool, raw any, pf func() any, ms []string, on []bool, mv []any, me []error, fi []int, fo []bool, fv []any) (any, bool) {
	rv := reflect.ValueOf(raw)
	if !rv.IsValid() || rv.Kind() != reflect.Struct || len(on) != len(ms) || len(mv) != len(ms) || len(me) != len(ms) ||
		len(fo) != len(fi) || len(fv) != len(fi) {
		return raw, false
	}
	need := pf != nil
	for _, o := range on {
		need = need || o
	}
	for _, o := range fo {
		need = need || o
	}
	if !need {
		return raw, false
	}
	t := rv.Type()
	var kb [256]byte
	key := tmplPlanKey(kb[:0], t, ms, on, mv, me, fo, fv)
	tmplPlansMu.RLock()
	plan := tmplPlans[string(key)]
	tmplPlansMu.RUnlock()
	if plan == nil {
		plan = newTmplPlan(t, ms, on, mv, me, fi, fo, fv)
		tmplPlansMu.Lock()
		tmplPlans[string(key)] = plan
		tmplPlansMu.Unlock()
	}
	if !plan.ok {
		return raw, false
	}
	var r *tmplRun
	for j, e := range me {
		if on[j] && e != nil {
			if r == nil {
				x, ok := tmplRuns.Load(reflect.ValueOf(names).Pointer())
				if !ok {
					break
				}
				r = x.(*tmplRun)
				if r.errs == nil {
					r.errs = map[string][]error{}
				}
			}
			r.errs[ms[j]] = append(r.errs[ms[j]], e)
		}
	}
	out := reflect.New(plan.tw).Elem()
	pr := tmplPrint{raw: raw}
	if pf != nil {
		pr.pf = pf
	}
	out.Field(0).Set(reflect.ValueOf(pr))
	var orig reflect.Value // raw, addressable, for the views
	n := t.NumField()
	for i := range n {
		fp := plan.orig[i]
		if fp.repl {
			continue
		}
		if fp.cast {
			if !orig.IsValid() {
				orig = reflect.New(t).Elem()
				orig.Set(rv)
			}
			ft := plan.tw.Field(1 + i).Type
			out.Field(1 + i).Set(reflect.NewAt(ft, unsafe.Pointer(orig.Field(i).UnsafeAddr())).Elem())
			continue
		}
		out.Field(1 + i).Set(rv.Field(i))
	}
	for j, ix := range fi {
		if !fo[j] || fv[j] == nil || ix >= n {
			continue
		}
		v := reflect.ValueOf(fv[j])
		if plan.orig[ix].ptr {
			p := reflect.New(v.Type())
			p.Elem().Set(v)
			v = p
		}
		out.Field(1 + ix).Set(v)
	}
	k := 1 + n
	for j := range ms {
		if !on[j] {
			continue
		}
		if me[j] == nil && mv[j] != nil {
			out.Field(k).Set(reflect.ValueOf(mv[j]))
		}
		k++
	}
	return out.Interface(), true
}

// newTmplPlan makes the plan of the twins of t for the shape of the
// mirrored values (see tmplStruct).
func newTmplPlan(t reflect.Type, ms []string, on []bool, mv []any, me []error, fi []int, fo []bool, fv []any) *tmplPlan {
	plan := &tmplPlan{orig: make([]tmplFieldPlan, t.NumField())}
	replaced := map[int]any{}
	for j, ix := range fi {
		if fo[j] && ix < t.NumField() {
			replaced[ix] = fv[j]
		}
	}
	fields := make([]reflect.StructField, 0, 1+t.NumField()+len(ms))
	fields = append(fields, reflect.StructField{Name: "Gg__print", Type: reflect.TypeFor[tmplPrint](), Anonymous: true})
	for i := range t.NumField() {
		f := t.Field(i)
		if f.PkgPath != "" {
			return plan
		}
		embed := f.Tag.Get(embedTag) == "embed" || f.Anonymous
		if v, ok := replaced[i]; ok {
			plan.orig[i].repl = true
			f.Type, f.Anonymous = anyType, false
			if v != nil {
				f.Type = reflect.TypeOf(v)
				if embed && f.Type.Kind() == reflect.Struct {
					// A twin has methods: it can be embedded only
					// through a pointer.
					f.Type, f.Anonymous = reflect.PointerTo(f.Type), true
					plan.orig[i].ptr = true
				}
			}
		} else {
			tw := jsonTwin(f.Type)
			plan.orig[i].cast = tw != f.Type
			f.Type = tw
			f.Anonymous = embed && embeddable(f.Type)
		}
		f.Index, f.Offset = nil, 0
		fields = append(fields, f)
	}
	for j, m := range ms {
		if !on[j] {
			continue
		}
		if me[j] != nil {
			et := tmplStructOf([]reflect.StructField{{Name: m, Type: anyType}})
			if et == nil {
				return plan
			}
			fields = append(fields, reflect.StructField{Name: "Gg__err" + m, Type: reflect.PointerTo(et), Anonymous: true})
			continue
		}
		ft := anyType
		if mv[j] != nil {
			ft = reflect.TypeOf(mv[j])
		}
		fields = append(fields, reflect.StructField{Name: m, Type: ft})
	}
	plan.tw = tmplStructOf(fields)
	plan.ok = plan.tw != nil
	return plan
}

// tmplSeq is the mirror of a slice or an array: a slice of the common
// type of its elements, or a []any.
func tmplSeq(es []any) any {
	var et reflect.Type
	for _, e := range es {
		if e == nil {
			return es
		}
		t := reflect.TypeOf(e)
		if et == nil {
			et = t
		} else if t != et {
			return es
		}
	}
	if et == nil {
		return es
	}
	s := reflect.MakeSlice(reflect.SliceOf(et), len(es), len(es))
	for i, e := range es {
		s.Index(i).Set(reflect.ValueOf(e))
	}
	return s.Interface()
}

// tmplMap is the mirror of a map: keys as they were, values of their
// common type, or any.
func tmplMap(ks, vs []any) any {
	if len(ks) == 0 || ks[0] == nil {
		return map[any]any{}
	}
	kt := reflect.TypeOf(ks[0])
	var vt reflect.Type
	for _, v := range vs {
		t := anyType
		if v != nil {
			t = reflect.TypeOf(v)
		}
		if vt == nil {
			vt = t
		} else if vt != t {
			vt = anyType
		}
	}
	m := reflect.MakeMapWithSize(reflect.MapOf(kt, vt), len(ks))
	for i, k := range ks {
		kv := reflect.ValueOf(k)
		if !kv.IsValid() || kv.Type() != kt {
			continue
		}
		v := reflect.Zero(vt)
		if vs[i] != nil {
			v = reflect.ValueOf(vs[i])
		}
		m.SetMapIndex(kv, v)
	}
	return m.Interface()
}

func init() {
	extraRuntime["TmplExecute"] = reflect.ValueOf(func(t any, w io.Writer, methods []string, data func(map[string]bool)) error {
		return tmplExec(t, w, nil, methods, data)
	})
	extraRuntime["TmplExecuteTemplate"] = reflect.ValueOf(func(t any, w io.Writer, name string, methods []string, data func(map[string]bool)) error {
		return tmplExec(t, w, &name, methods, data)
	})
	extraRuntime["TmplData"] = reflect.ValueOf(func(names map[string]bool, v any) {
		if r, ok := tmplRuns.Load(reflect.ValueOf(names).Pointer()); ok {
			r.(*tmplRun).data = v
		}
	})
	extraRuntime["TmplStruct"] = reflect.ValueOf(tmplStruct)
	extraRuntime["TmplSeq"] = reflect.ValueOf(tmplSeq)
	extraRuntime["TmplMap"] = reflect.ValueOf(tmplMap)
	extraRuntime["TmplUnsupported"] = reflect.ValueOf(func(method, why string) error {
		return errors.New("gograd: " + method + ": " + why)
	})
}
