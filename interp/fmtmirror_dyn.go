package interp

import (
	"go/types"
)

// A value of a session type with methods stored in an any inside a
// composite value ([]any{Blue}, map[string]any{"p": p}, a struct field
// Inner any) is yaegi's valueInterface struct, which fmt printed as it is:
// [{0xc000... {0x... 0x... 409}}] and {Inner:{node:0x... value:{...}}}.
// fmt passes the operands themselves through yaegi's conversions, not the
// elements inside them. The mirror of such an element calls its Error or
// String method in interpreted code (where the assertions of the
// valueInterface find them), for the verbs fmt calls them for (%v %s %x
// %X %q); other values go on as they are (with another verb, %d, such an
// element still prints as yaegi's struct).

// dynPrintVerb reports whether fmt calls Error and String methods for
// the verb.
func dynPrintVerb(verb byte) bool {
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		return true
	}
	return false
}

// dynElem reports whether an element of the interface type t inside a
// printed value needs the mirror of dynElemSrc: t is empty or declared by
// the session, and the session declares types with String or Error
// methods.
func (g *mirrorGen) dynElem(t types.Type) bool {
	if g.sharp || !dynPrintVerb(g.verb) {
		return false
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok {
		return false
	}
	if !iface.Empty() {
		n, ok := types.Unalias(t).(*types.Named)
		if !ok || n.Obj().Pkg() == nil || n.Obj().Pkg().Path() != "main" {
			return false // compiled interfaces (error): yaegi's wrappers print them
		}
	}
	if g.m.printers == nil {
		has := false
		if sc := g.m.mainScope(); sc != nil {
			for _, name := range sc.Names() {
				tn, ok := sc.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				n, ok := tn.Type().(*types.Named)
				if !ok || n.TypeParams().Len() > 0 || types.IsInterface(n) {
					continue
				}
				if sessionMethods(n) || sessionMethods(types.NewPointer(n)) {
					has = true
					break
				}
			}
		}
		g.m.printers = &has
	}
	return *g.m.printers
}

// dynElemSrc is the source of the mirror of v, an element of an interface
// type (see dynElem).
func (g *mirrorGen) dynElemSrc(v string) string {
	rest := "gg__d"
	if g.plus {
		rest = "gg__.FmtDyn(gg__d)"
	}
	return "func(gg__d any) any {\n" +
		"if gg__s, gg__ok := gg__.Any(gg__d).(interface{ Error() string }); gg__ok {\nreturn gg__s.Error()\n}\n" +
		"if gg__s, gg__ok := gg__.Any(gg__d).(interface{ String() string }); gg__ok {\nreturn gg__s.String()\n}\n" +
		"return " + rest + "\n}(" + v + ")"
}
