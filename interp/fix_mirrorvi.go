package interp

import (
	"go/types"
	"reflect"
)

// Interface fields and elements inside a fmt mirror. A struct printed
// through a mirror (it has fields of session types with String methods)
// copied its interface-typed fields as they were, and a session value
// with methods held there is yaegi's valueInterface: fmt.Println(h) of a
// struct { G G; A any; S Shape } printed A as {0xc000123 {...}} and S
// without its String method. viElem hands such fields to the session's
// dispatchers as viWrap does for operands (gg__.FmtAnyS), or, for
// unexported fields (whose methods fmt cannot call), to their plain
// values.

// viElem is the mirror element of v, of the interface type t, or "" when
// t is not an interface or the session has no type with methods.
func (g *mirrorGen) viElem(v string, t types.Type, noMeth bool) string {
	if !types.IsInterface(t) || hasTypeParam(t) || !g.m.sessionHasMethods() {
		return ""
	}
	mode := "0"
	switch {
	case g.sharp:
		mode = "2"
	case g.plus:
		mode = "1"
	}
	if noMeth {
		return "gg__.FmtRawVI([]any{" + v + "}, " + mode + ")"
	}
	return "gg__.FmtAnyS([]any{" + v + "}, " + mode + ")"
}

func init() {
	fmtExtra["FmtRawVI"] = reflect.ValueOf(func(one []any, mode int) any {
		v := plainVI(one)
		if v == nil {
			return nil
		}
		if mode > 0 {
			if m, changed := dynMirror(reflect.ValueOf(v), 1, true); changed {
				return m
			}
		}
		return fmtRaw{v}
	})
}
