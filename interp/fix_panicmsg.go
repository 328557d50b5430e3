package interp

import (
	"fmt"
	"go/ast"
	"go/types"
	"reflect"
	"sync"
)

// The message of a panic with a value of a session type. Go prints an
// unrecovered panic's error value with its Error method and a Stringer
// with String ("panic: e2"); the value reaching the session is yaegi's
// plain value, which printed as "panic: {2}" (for a type Code int with
// String, nothing even tells the type). panicNotes rewrites
//
//	panic(x)  =>  { gg__pv := x; gg__.NotePanic(func() string { return gg__pv.Error() }, []any{gg__pv}); panic(gg__pv) }
//
// for an operand of a session type with Error (or String); when the
// panic the session reports has the noted value, it calls the method
// then (safely: see Session.safeCall), as Go calls it only to print an
// unrecovered panic.

// panicNote is the last noted panic: its message (a call of the method)
// and its plain value as fmt prints it.
type panicNote struct {
	mu    sync.Mutex
	msg   func() string
	plain string
}

func (n *panicNote) note(msg func() string, one []any) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.msg, n.plain = msg, fmt.Sprint(plainVI(one))
}

// message is the noted message of a panic whose value prints as plain
// (interpreted code: to be called safely).
func (n *panicNote) message(plain string) (func() string, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.msg == nil || n.plain != plain {
		return nil, false
	}
	return n.msg, true
}

func (n *panicNote) reset() {
	n.mu.Lock()
	n.msg, n.plain = nil, ""
	n.mu.Unlock()
}

func (n *panicNote) symbols() map[string]reflect.Value {
	return map[string]reflect.Value{"NotePanic": reflect.ValueOf(n.note)}
}

// panicNotes applies the rewrite above to the cell's panic statements.
func (m *modernizer) panicNotes(pc *parsedCell) {
	if m.info == nil {
		return
	}
	eachStmtList(pc, func(list []ast.Stmt) {
		for i, st := range list {
			es, ok := st.(*ast.ExprStmt)
			if !ok {
				continue
			}
			c, ok := es.X.(*ast.CallExpr)
			if !ok || len(c.Args) != 1 || c.Ellipsis.IsValid() {
				continue
			}
			id, ok := c.Fun.(*ast.Ident)
			if !ok || id.Name != "panic" {
				continue
			}
			if _, ok := m.info.Uses[id].(*types.Builtin); !ok {
				continue
			}
			t := m.info.TypeOf(c.Args[0])
			if t == nil || types.IsInterface(t) || !declaredInCell(t) || hasTypeParam(t) {
				continue
			}
			method := ""
			ms := types.NewMethodSet(t)
			for _, name := range []string{"Error", "String"} {
				if sel := ms.Lookup(nil, name); sel != nil {
					if sig, ok := sel.Type().(*types.Signature); ok && sig.Params().Len() == 0 && sig.Results().Len() == 1 &&
						types.Identical(sig.Results().At(0).Type(), types.Typ[types.String]) {
						method = name
						break
					}
				}
			}
			if method == "" {
				continue
			}
			pos := st.Pos()
			stmts := parseStmts("gg__pv := GG__X\ngg__.NotePanic(func() string {\nreturn gg__pv."+method+"()\n}, []any{gg__pv})\npanic(gg__pv)", pos)
			stmts[0].(*ast.AssignStmt).Rhs[0] = c.Args[0]
			list[i] = &ast.BlockStmt{Lbrace: pos, List: stmts, Rbrace: st.End()}
		}
	})
}
