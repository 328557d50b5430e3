package interp

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

func init() {
	extraRuntime["ErrConcrete"] = reflect.ValueOf(errConcrete)
	extraRuntime["ErrSame"] = reflect.ValueOf(errSame)
	extraRuntime["ErrOwnIs"] = reflect.ValueOf(errOwnIs)
	extraRuntime["ErrUnwraps"] = reflect.ValueOf(errUnwraps)
}

// yaegiWrapped is the value an interpreted value converted to a compiled
// interface (error) wraps: yaegi's wrappers are structs whose first field
// IValue holds it. ok is false for values of compiled types.
func yaegiWrapped(v any) (any, bool) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Struct || rv.NumField() == 0 || rv.Type().Field(0).Name != "IValue" || !strings.HasPrefix(rv.Type().Name(), "_") {
		return nil, false
	}
	f := rv.Field(0)
	if f.Kind() != reflect.Interface || f.IsNil() || !f.CanInterface() {
		return nil, true
	}
	return f.Elem().Interface(), true
}

// errConcrete is the dynamic value of e: the interpreted value for an
// error of a session type (for which the interpreted code can then assert
// its type, as yaegi's assertions on the error itself miss), e otherwise.
func errConcrete(e error) any {
	if v, ok := yaegiWrapped(e); ok {
		return v
	}
	return e
}

// errSame is errors.Is' test of identity: err == target for comparable
// values, comparing the session's values, not yaegi's wrappers of them
// (which hold funcs, and so panic when compared).
func errSame(a, b error) (same bool) {
	x, y := errConcrete(a), errConcrete(b)
	if x == nil || y == nil {
		return x == nil && y == nil
	}
	if reflect.TypeOf(x) != reflect.TypeOf(y) || !reflect.TypeOf(x).Comparable() {
		return false
	}
	defer func() {
		if recover() != nil {
			same = false
		}
	}()
	return x == y
}

// errOwnIs calls the Is method of an error of a compiled type.
func errOwnIs(e, target error) bool {
	if _, ok := yaegiWrapped(e); ok {
		return false
	}
	if x, ok := e.(interface{ Is(error) bool }); ok {
		return x.Is(target)
	}
	return false
}

// errUnwraps is what the Unwrap method of an error of a compiled type
// returns: the errors it wraps, and whether it wraps a list.
func errUnwraps(e error) ([]error, bool) {
	if _, ok := yaegiWrapped(e); ok {
		return nil, false
	}
	switch x := e.(type) {
	case interface{ Unwrap() []error }:
		return x.Unwrap(), true
	case interface{ Unwrap() error }:
		if u := x.Unwrap(); u != nil {
			return []error{u}, false
		}
	}
	return nil, false
}

// sessionErrType is a type of the session that implements error, with the
// methods errors.Is, As and Unwrap look for.
type sessionErrType struct {
	name        string // as the cell spells it
	unwrap      bool   // Unwrap() error
	unwrapMulti bool   // Unwrap() []error
	is          bool   // Is(error) bool
}

// sessionErrTypes lists the session's named types T and *T implementing
// error.
func (m *modernizer) sessionErrTypes() []sessionErrType {
	sc := m.mainScope()
	if sc == nil {
		return nil
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	errT := types.Universe.Lookup("error").Type()
	var out []sessionErrType
	for _, n := range sessionTypes(sc) {
		for _, t := range []types.Type{n, types.NewPointer(n)} {
			if !types.Implements(t, errIface) {
				continue
			}
			et := sessionErrType{name: types.TypeString(t, func(*types.Package) string { return "" })}
			method := func(name string) *types.Signature {
				obj, _, _ := types.LookupFieldOrMethod(t, false, nil, name)
				f, ok := obj.(*types.Func)
				if !ok {
					return nil
				}
				return f.Type().(*types.Signature)
			}
			if sig := method("Unwrap"); sig != nil && sig.Params().Len() == 0 && sig.Results().Len() == 1 {
				r := sig.Results().At(0).Type()
				et.unwrap = types.Identical(r, errT)
				et.unwrapMulti = types.Identical(r, types.NewSlice(errT))
			}
			if sig := method("Is"); sig != nil && sig.Params().Len() == 1 && types.Identical(sig.Params().At(0).Type(), errT) &&
				sig.Results().Len() == 1 && types.Identical(sig.Results().At(0).Type(), types.Typ[types.Bool]) {
				et.is = true
			}
			out = append(out, et)
		}
	}
	if len(out) > 64 {
		return nil
	}
	return out
}

// errorsCall rewrites errors.Is, errors.As and errors.Unwrap when the
// session declares error types: the chain is walked in interpreted code,
// which sees the Unwrap and Is methods of the session's types (the
// compiled functions see yaegi's wrappers, which only have Error) and
// compares the session's values rather than the wrappers (which panic or
// differ when compared); errors of compiled types are unwrapped and
// compared by compiled helpers.
//
// An error of a session struct type with value receivers is a wrapper that
// lost the struct (yaegi keeps its last field), so As and Is methods of
// such types still see nothing.
func (m *modernizer) errorsCall(c *ast.CallExpr) ast.Expr {
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || m.info == nil {
		return nil
	}
	pk, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if obj, ok := m.info.Uses[pk].(*types.PkgName); !ok || obj.Imported().Path() != "errors" {
		return nil
	}
	var want int
	switch sel.Sel.Name {
	case "Is", "As":
		want = 2
	case "Unwrap":
		want = 1
	default:
		return nil
	}
	if len(c.Args) != want || c.Ellipsis.IsValid() {
		return nil
	}
	ets := m.sessionErrTypes()
	if len(ets) == 0 {
		return nil
	}
	var b strings.Builder
	unwrapCases := func(w string) {
		for _, et := range ets {
			if et.unwrap {
				fmt.Fprintf(&b, "if gg__x, gg__ok := gg__c.(%s); gg__ok { gg__e = gg__x.Unwrap(); continue }\n", et.name)
			}
			if et.unwrapMulti {
				fmt.Fprintf(&b, "if gg__x, gg__ok := gg__c.(%s); gg__ok { for _, gg__u := range gg__x.Unwrap() { if %s(gg__u) { return true } }; return false }\n", et.name, w)
			}
		}
		fmt.Fprintf(&b, `gg__us, gg__multi := gg__.ErrUnwraps(gg__e)
if !gg__multi {
	if len(gg__us) == 0 {
		return false
	}
	gg__e = gg__us[0]
	continue
}
for _, gg__u := range gg__us {
	if %s(gg__u) {
		return true
	}
}
return false
`, w)
	}
	pos := c.Pos()
	var target ast.Expr
	switch sel.Sel.Name {
	case "Is":
		w := m.fresh("w")
		fmt.Fprintf(&b, `func(gg__e0 error, gg__t error) bool {
if gg__e0 == nil || gg__t == nil {
	return gg__.ErrSame(gg__e0, gg__t)
}
var %[1]s func(error) bool
%[1]s = func(gg__e error) bool {
for gg__e != nil {
if gg__.ErrSame(gg__e, gg__t) {
	return true
}
gg__c := gg__.ErrConcrete(gg__e)
`, w)
		for _, et := range ets {
			if et.is {
				fmt.Fprintf(&b, "if gg__x, gg__ok := gg__c.(%s); gg__ok && gg__x.Is(gg__t) { return true }\n", et.name)
			}
		}
		b.WriteString("if gg__.ErrOwnIs(gg__e, gg__t) { return true }\n")
		unwrapCases(w)
		fmt.Fprintf(&b, "}\nreturn false\n}\nreturn %s(gg__e0)\n}", w)
	case "As":
		tv, ok := m.info.Types[c.Args[1]]
		if !ok || tv.Type == nil {
			return nil
		}
		ptr, ok := tv.Type.(*types.Pointer)
		if !ok || hasTypeParam(ptr.Elem()) {
			return nil
		}
		te, ok := m.typeExpr(ptr.Elem(), pos)
		if !ok {
			return nil
		}
		target = te
		src := "gg__e"
		if declaredInCell(ptr.Elem()) && !types.IsInterface(ptr.Elem()) {
			src = "gg__.ErrConcrete(gg__e)"
		}
		w := m.fresh("w")
		notBox := ""
		if p, ok := ptr.Elem().(*types.Pointer); ok && boxedErrType(p.Elem()) {
			notBox = " && !gg__.IsBox(gg__x)" // a *T target: not a boxed T
		}
		fmt.Fprintf(&b, `func(gg__e0 error, gg__p *GG__T) bool {
var %[1]s func(error) bool
%[1]s = func(gg__e error) bool {
for gg__e != nil {
if gg__x, gg__ok := %[2]s.(GG__T); gg__ok`+notBox+` {
	*gg__p = gg__x
	return true
}
gg__c := gg__.ErrConcrete(gg__e)
`, w, src)
		if it, ok := ptr.Elem().Underlying().(*types.Interface); ok && it.NumMethods() > 0 {
			// An interface target: the session value in yaegi's wrapper
			// (which has only Error) has the other methods, so that
			// errors.As(err, &tmp) with tmp an interface{ Temporary()
			// bool } finds a session type's Temporary method.
			// yaegi's own assertion misses a session value that lost its
			// interpreted type (a boxed struct error): the session's types
			// are tried as for x.(I) (see ifaceAssertion).
			assert := "gg__c.(GG__T)"
			anyT := types.Universe.Lookup("any").Type()
			if e := m.ifaceAssertion(&ast.Ident{NamePos: pos, Name: "gg__c"}, anyT, ptr.Elem(), pos, true); e != nil {
				assert = exprString(e)
			}
			b.WriteString("if gg__x, gg__ok := " + assert + "; gg__ok {\n\t*gg__p = gg__x\n\treturn true\n}\n")
		}
		if boxedErrType(ptr.Elem()) {
			b.WriteString("if gg__x, gg__ok := gg__c.(*GG__T); gg__ok && gg__.IsBox(gg__x) {\n\t*gg__p = *gg__x\n\treturn true\n}\n")
		}
		if sessionIfaceTarget(ptr.Elem()) {
			// var t Temporary; errors.As(err, &t): the wrapper of an error
			// of the session's types has only Error; its value has the
			// interface's methods.
			// The value lost its interpreted type (yaegi's assertion of it
			// to the interface fails): the session's types implementing
			// the interface are tried one by one.
			for _, name := range m.sessionImplementers(ptr.Elem()) {
				fmt.Fprintf(&b, "if gg__x, gg__ok := gg__c.(%s); gg__ok {\n\t*gg__p = gg__x\n\treturn true\n}\n", name)
			}
		}
		unwrapCases(w)
		fmt.Fprintf(&b, "}\nreturn false\n}\nreturn %s(gg__e0)\n}", w)
	case "Unwrap":
		b.WriteString("func(gg__e error) error {\ngg__c := gg__.ErrConcrete(gg__e)\n")
		for _, et := range ets {
			if et.unwrap {
				fmt.Fprintf(&b, "if gg__x, gg__ok := gg__c.(%s); gg__ok { return gg__x.Unwrap() }\n", et.name)
			}
			if et.unwrapMulti {
				fmt.Fprintf(&b, "if _, gg__ok := gg__c.(%s); gg__ok { return nil }\n", et.name)
			}
		}
		b.WriteString("gg__us, gg__multi := gg__.ErrUnwraps(gg__e)\nif gg__multi || len(gg__us) == 0 {\n\treturn nil\n}\nreturn gg__us[0]\n}")
	}
	srcText := b.String()
	if _, boxed := boxedIsTargets.LoadAndDelete(c); boxed && sel.Sel.Name == "Is" {
		// A boxed target: compare the boxed values (see fix_errequal.go).
		srcText = strings.ReplaceAll(srcText, "gg__.ErrSame(gg__e, gg__t)", "gg__.ErrSameBoxed(gg__e, gg__t)")
	}
	lit, err := parser.ParseExprFrom(token.NewFileSet(), "", srcText, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	setPos(lit, pos)
	if target != nil {
		ast.Inspect(lit, func(n ast.Node) bool {
			switch y := n.(type) {
			case *ast.StarExpr:
				if id, ok := y.X.(*ast.Ident); ok && id.Name == "GG__T" {
					y.X, _ = m.typeExpr(m.info.TypeOf(c.Args[1]).(*types.Pointer).Elem(), pos)
				}
			case *ast.TypeAssertExpr:
				if id, ok := y.Type.(*ast.Ident); ok && id.Name == "GG__T" {
					y.Type, _ = m.typeExpr(m.info.TypeOf(c.Args[1]).(*types.Pointer).Elem(), pos)
				}
			}
			return true
		})
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: c.Args, Rparen: c.End()}
}

// sessionIfaceTarget reports whether t, the target of errors.As, is an
// interface with methods the session declares (or a literal one) other
// than error.
func sessionIfaceTarget(t types.Type) bool {
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 || isErrorType(t) {
		return false
	}
	if n, ok := types.Unalias(t).(*types.Named); ok {
		return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "main"
	}
	return true
}

// sessionImplementers are the session's named types T and *T (as the
// cell spells them) that implement both error and the interface t.
func (m *modernizer) sessionImplementers(t types.Type) []string {
	iface, ok := t.Underlying().(*types.Interface)
	sc := m.mainScope()
	if !ok || sc == nil {
		return nil
	}
	errIface := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	var out []string
	for _, n := range sessionTypes(sc) {
		for _, c := range []types.Type{n, types.NewPointer(n)} {
			if types.Implements(c, iface) && types.Implements(c, errIface) {
				out = append(out, types.TypeString(c, func(*types.Package) string { return "" }))
			}
		}
	}
	if len(out) > 32 {
		return nil
	}
	return out
}
