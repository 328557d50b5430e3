package interp

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"reflect"
	"slices"
	"strings"
)

// The compiled half of the fmt mirrors (see fmtmirror.go). yaegi gives
// compiled code a value of a session type as its underlying structure,
// without the type's name or methods, so fmt printed []Weekday as [0 1]
// instead of [Sun Mon]. For the arguments of the fmt and log printing
// functions whose static type needs it, the rewrite builds a mirror of the
// value from these types: the same tree, with each value of a session type
// that has String, Error, GoString or Format methods replaced by a value
// whose Format calls them, and with the names Go prints for %#v. Each
// mirror implements fmt.Formatter and reproduces what fmt's printValue
// does for its kind.

// fmtStruct mirrors a struct value.
type fmtStruct struct {
	name   string
	fields []string
	vals   []any
}

func (s fmtStruct) Format(f fmt.State, verb rune) {
	sharpV := verb == 'v' && f.Flag('#')
	plusV := verb == 'v' && f.Flag('+')
	if sharpV {
		io.WriteString(f, s.name)
	}
	io.WriteString(f, "{")
	for i, v := range s.vals {
		if i > 0 {
			if sharpV {
				io.WriteString(f, ", ")
			} else {
				io.WriteString(f, " ")
			}
		}
		if (plusV || sharpV) && i < len(s.fields) {
			io.WriteString(f, s.fields[i]+":")
		}
		fmtElem(f, verb, v)
	}
	io.WriteString(f, "}")
}

// fmtSeq mirrors a slice or an array.
type fmtSeq struct {
	name  string
	isNil bool
	vals  []any
}

func (s fmtSeq) Format(f fmt.State, verb rune) {
	if verb == 'v' && f.Flag('#') {
		io.WriteString(f, s.name)
		if s.isNil {
			io.WriteString(f, "(nil)")
			return
		}
		io.WriteString(f, "{")
		for i, v := range s.vals {
			if i > 0 {
				io.WriteString(f, ", ")
			}
			fmtElem(f, verb, v)
		}
		io.WriteString(f, "}")
		return
	}
	io.WriteString(f, "[")
	for i, v := range s.vals {
		if i > 0 {
			io.WriteString(f, " ")
		}
		fmtElem(f, verb, v)
	}
	io.WriteString(f, "]")
}

// fmtMap mirrors a map: keys are printed in fmt's order, that of the raw
// (underlying) keys.
type fmtMap struct {
	name   string
	isNil  bool
	raw    []any // the keys as compiled values, for sorting
	keys   []any // the keys as printed
	values []any
}

func (m fmtMap) Format(f fmt.State, verb rune) {
	order := make([]int, len(m.keys))
	for i := range order {
		order[i] = i
	}
	if len(m.raw) == len(m.keys) {
		slices.SortStableFunc(order, func(a, b int) int {
			return compareKeys(reflect.ValueOf(m.raw[a]), reflect.ValueOf(m.raw[b]))
		})
	}
	sharpV := verb == 'v' && f.Flag('#')
	if sharpV {
		io.WriteString(f, m.name)
		if m.isNil {
			io.WriteString(f, "(nil)")
			return
		}
		io.WriteString(f, "{")
	} else {
		io.WriteString(f, "map[")
	}
	for i, k := range order {
		if i > 0 {
			if sharpV {
				io.WriteString(f, ", ")
			} else {
				io.WriteString(f, " ")
			}
		}
		fmtElem(f, verb, m.keys[k])
		io.WriteString(f, ":")
		fmtElem(f, verb, m.values[k])
	}
	if sharpV {
		io.WriteString(f, "}")
	} else {
		io.WriteString(f, "]")
	}
}

// fmtPtr mirrors a pointer to a struct, array, slice or map printed at
// the top level ("&{...}"), or a nil pointer.
type fmtPtr struct {
	name  string
	elem  any
	isNil bool
}

func (p fmtPtr) Format(f fmt.State, verb rune) {
	if p.isNil {
		if verb == 'v' && f.Flag('#') {
			io.WriteString(f, "("+p.name+")(nil)")
			return
		}
		io.WriteString(f, "<nil>")
		return
	}
	io.WriteString(f, "&")
	fmt.Fprintf(f, fmt.FormatString(f, verb), p.elem)
}

// fmtMethods mirrors a value of a session type with printing methods.
// raw is the value printed for the verbs the methods do not apply to.
type fmtMethods struct {
	raw    any
	str    func() string // Error or String
	gostr  func() string
	format func(fmt.State, rune)
}

func (m fmtMethods) Format(f fmt.State, verb rune) {
	switch {
	case m.format != nil:
		m.format(f, verb)
	case verb == 'v' && f.Flag('#'):
		if m.gostr != nil {
			io.WriteString(f, m.gostr())
			return
		}
		fmtElem(f, verb, m.raw)
	case m.str != nil && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q'):
		fmt.Fprintf(f, fmt.FormatString(f, verb), m.str())
	default:
		fmtElem(f, verb, m.raw)
	}
}

// fmtRaw is a value of an unexported field: fmt prints it without
// calling its methods (it cannot reach them through reflect).
type fmtRaw struct{ v any }

func (r fmtRaw) Format(f fmt.State, verb rune) {
	rv := reflect.ValueOf(struct{ v any }{r.v}).Field(0) // read-only: no methods
	if rv.IsNil() {
		fmtElem(f, verb, nil)
		return
	}
	rv = rv.Elem()
	if rv.Kind() == reflect.Pointer && !rv.IsNil() {
		fmtPointer(f, verb, rv)
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), rv)
}

// fmtElem prints v, an element of a mirrored value, as fmt prints values
// below the top level: a non-nil pointer prints as an address, not as
// &{...}.
func fmtElem(f fmt.State, verb rune, v any) {
	switch v.(type) {
	case fmt.Formatter:
		fmt.Fprintf(f, fmt.FormatString(f, verb), v)
		return
	case fmt.GoStringer:
		if verb == 'v' && f.Flag('#') {
			fmt.Fprintf(f, fmt.FormatString(f, verb), v)
			return
		}
	}
	switch v.(type) {
	case error, fmt.Stringer:
		if !(verb == 'v' && f.Flag('#')) && (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
			fmt.Fprintf(f, fmt.FormatString(f, verb), v)
			return
		}
	}
	if v == nil && verb == 'v' && f.Flag('#') {
		io.WriteString(f, "interface {}(nil)")
		return
	}
	if rv := reflect.ValueOf(v); rv.Kind() == reflect.Pointer && !rv.IsNil() {
		fmtPointer(f, verb, rv)
		return
	}
	fmt.Fprintf(f, fmt.FormatString(f, verb), v)
}

// fmtPointer prints a pointer below the top level, as fmt does: its
// address.
func fmtPointer(f fmt.State, verb rune, rv reflect.Value) {
	switch verb {
	case 'v':
		if f.Flag('#') {
			fmt.Fprintf(f, "(%s)(%#x)", rv.Type(), rv.Pointer())
			return
		}
		fmt.Fprintf(f, "%#x", rv.Pointer())
	case 'b', 'o', 'd', 'x', 'X':
		fmt.Fprintf(f, fmt.FormatString(f, verb), rv.Pointer())
	default:
		fmt.Fprintf(f, "%%!%c(%s=%#x)", verb, rv.Type(), rv.Pointer())
	}
}

// compareKeys orders map keys as fmt does (internal/fmtsort).
func compareKeys(a, b reflect.Value) int {
	if !a.IsValid() || !b.IsValid() {
		return cmp.Compare(boolInt(a.IsValid()), boolInt(b.IsValid()))
	}
	if a.Kind() == reflect.Interface {
		a = a.Elem()
	}
	if b.Kind() == reflect.Interface {
		b = b.Elem()
	}
	if !a.IsValid() || !b.IsValid() {
		return cmp.Compare(boolInt(a.IsValid()), boolInt(b.IsValid()))
	}
	if a.Type() != b.Type() {
		return cmp.Compare(a.Type().String(), b.Type().String())
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return cmp.Compare(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return cmp.Compare(a.Uint(), b.Uint())
	case reflect.String:
		return cmp.Compare(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return compareFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		if c := compareFloat(real(a.Complex()), real(b.Complex())); c != 0 {
			return c
		}
		return compareFloat(imag(a.Complex()), imag(b.Complex()))
	case reflect.Bool:
		return cmp.Compare(boolInt(a.Bool()), boolInt(b.Bool()))
	case reflect.Pointer, reflect.UnsafePointer, reflect.Chan:
		return cmp.Compare(a.Pointer(), b.Pointer())
	case reflect.Struct:
		for i := range a.NumField() {
			if c := compareKeys(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
	case reflect.Array:
		for i := range a.Len() {
			if c := compareKeys(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
	}
	return 0
}

func compareFloat(a, b float64) int {
	switch {
	case math.IsNaN(a) && math.IsNaN(b):
		return 0
	case math.IsNaN(a):
		return -1
	case math.IsNaN(b):
		return 1
	}
	return cmp.Compare(a, b)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fmtSymbols are the mirror constructors the rewritten cells call (gg__.Fmt*).
func fmtSymbols() map[string]reflect.Value {
	syms := map[string]reflect.Value{
		"FmtStruct": reflect.ValueOf(func(name string, fields []string, vals []any) any {
			return fmtStruct{name, fields, vals}
		}),
		"FmtSeq": reflect.ValueOf(func(name string, isNil bool, vals []any) any {
			return fmtSeq{name, isNil, vals}
		}),
		"FmtMap": reflect.ValueOf(func(name string, isNil bool, raw, keys, values []any) any {
			return fmtMap{name, isNil, raw, keys, values}
		}),
		"FmtPtr": reflect.ValueOf(func(name string, elem any, isNil bool) any {
			return fmtPtr{name, elem, isNil}
		}),
		"FmtMethods": reflect.ValueOf(func(raw any, str, gostr func() string, format func(fmt.State, rune)) any {
			return fmtMethods{raw, str, gostr, format}
		}),
		"FmtRaw": reflect.ValueOf(func(v any) any { return fmtRaw{v} }),
		"FmtDyn": reflect.ValueOf(fmtDyn),
		"FmtDynRaw": reflect.ValueOf(func(v any) any {
			if m, changed := dynMirror(reflect.ValueOf(v), 1, true); changed {
				return m
			}
			return fmtRaw{v}
		}),
	}
	for k, v := range fmtExtra {
		syms[k] = v
	}
	return syms
}

// fmtExtra are more gg__ symbols, registered by the fix files' init.
var fmtExtra = map[string]reflect.Value{}

// hiddenField reports whether f is an unexported field of a session
// struct type, which yaegi exports as X<name> and the session tags
// json:"-" (see hideUnexported), and returns its name in the source.
func hiddenField(f reflect.StructField) (string, bool) {
	n := f.Name
	if len(n) < 2 || n[0] != 'X' || !(n[1] == '_' || n[1] >= 'a' && n[1] <= 'z') {
		return "", false
	}
	if !strings.HasSuffix(string(f.Tag), `json:"-"`) {
		return "", false
	}
	return n[1:], true
}

// fmtDyn is the mirror of v, the dynamic value of an interface operand of
// %+v or %#v, with the source names of the unexported fields of session
// struct types (yaegi prints them as X<name>); v itself when nothing in it
// needs renaming.
func fmtDyn(v any) any {
	m, changed := dynMirror(reflect.ValueOf(v), 0, false)
	if !changed {
		return v
	}
	return m
}

func dynMirror(rv reflect.Value, depth int, noMeth bool) (any, bool) {
	if !rv.IsValid() {
		return nil, false
	}
	plain := func() (any, bool) {
		if noMeth && rv.CanInterface() {
			return fmtRaw{rv.Interface()}, false
		}
		if rv.CanInterface() {
			return rv.Interface(), false
		}
		return rv, false // fmt prints a reflect.Value's value, without methods
	}
	if depth > 8 {
		return plain()
	}
	if !noMeth && rv.CanInterface() {
		switch rv.Interface().(type) {
		case fmt.Formatter, fmt.Stringer, error, fmt.GoStringer:
			return plain()
		}
	}
	switch rv.Kind() {
	case reflect.Interface:
		if rv.IsNil() {
			return plain()
		}
		return dynMirror(rv.Elem(), depth, noMeth)
	case reflect.Struct:
		t := rv.Type()
		names := make([]string, t.NumField())
		vals := make([]any, t.NumField())
		changed := false
		for i := range t.NumField() {
			f := t.Field(i)
			names[i] = f.Name
			name, hidden := hiddenField(f)
			if hidden {
				names[i] = name
				changed = true
				vals[i], _ = dynMirror(rv.Field(i), depth+1, true)
				continue
			}
			var c bool
			vals[i], c = dynMirror(rv.Field(i), depth+1, noMeth)
			changed = changed || c
		}
		if !changed {
			return plain()
		}
		return fmtStruct{t.String(), names, vals}, true
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return plain()
		}
		vals := make([]any, rv.Len())
		changed := false
		for i := range rv.Len() {
			var c bool
			vals[i], c = dynMirror(rv.Index(i), depth+1, noMeth)
			changed = changed || c
		}
		if !changed {
			return plain()
		}
		return fmtSeq{rv.Type().String(), false, vals}, true
	case reflect.Map:
		if rv.IsNil() {
			return plain()
		}
		var raw, keys, vals []any
		changed := false
		it := rv.MapRange()
		for it.Next() {
			k, ck := dynMirror(it.Key(), depth+1, noMeth)
			v, cv := dynMirror(it.Value(), depth+1, noMeth)
			changed = changed || ck || cv
			if it.Key().CanInterface() {
				raw = append(raw, it.Key().Interface())
			} else {
				raw = append(raw, nil)
			}
			keys = append(keys, k)
			vals = append(vals, v)
		}
		if !changed {
			return plain()
		}
		return fmtMap{rv.Type().String(), false, raw, keys, vals}, true
	case reflect.Pointer:
		if depth > 0 || rv.IsNil() {
			return plain()
		}
		switch rv.Elem().Kind() {
		case reflect.Struct, reflect.Slice, reflect.Array, reflect.Map:
			if e, changed := dynMirror(rv.Elem(), depth+1, noMeth); changed {
				return fmtPtr{rv.Type().String(), e, false}, true
			}
		}
	}
	return plain()
}
