package interp

import (
	"go/types"
	"strings"
)

// sessionTypeName is the name fmt's %T gives the session type t (or a
// pointer to one): reflectName's, except for the rewrite's copies of
// generic types (gg__Pair_7), which are named as Go names the instance
// (main.Pair[string,int]). %T of a generic struct in an any printed the
// copy's name.
func (m *modernizer) sessionTypeName(t types.Type) string {
	base := t
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		base = p.Elem()
	}
	if n, ok := types.Unalias(base).(*types.Named); ok && strings.HasPrefix(n.Obj().Name(), "gg__") && m.mono != nil {
		if s := m.mono.goTypeName(t); !strings.Contains(s, "gg__") {
			return s
		}
	}
	return reflectName(t)
}
