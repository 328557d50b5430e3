package interp

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strconv"
)

// survivalMethods are the compiled methods whose calls go through a
// helper of survive.go instead: blocking calls an interrupt must end,
// calls that end the process or that Go answers with a fatal error.
var survivalMethods = map[string]string{
	"(*sync.Mutex).Lock":      "MutexLock",
	"(*sync.Mutex).Unlock":    "MutexUnlock",
	"(*sync.RWMutex).Lock":    "RWLock",
	"(*sync.RWMutex).RLock":   "RWRLock",
	"(*sync.RWMutex).Unlock":  "RWUnlock",
	"(*sync.RWMutex).RUnlock": "RWRUnlock",
	"(*sync.WaitGroup).Wait":  "WaitGroupWait",
	"(*sync.Cond).Wait":       "CondWait",
	"(*log.Logger).Fatal":     "LoggerFatal",
	"(*log.Logger).Fatalf":    "LoggerFatalf",
	"(*log.Logger).Fatalln":   "LoggerFatalln",
	"(*flag.FlagSet).Parse":   "FlagSetParse",
}

// survivalCall rewrites, in place, a call of one of survivalMethods into
// a call of its helper with the receiver as first argument,
//
//	mu.Lock()          =>  gg__.MutexLock(&mu)
//	s.Lock()           =>  gg__.MutexLock(&s.Mutex)   (promoted)
//	l.Fatalf(f, x)     =>  gg__.LoggerFatalf(l, f, x)
//
// and the length and capacity of make([]T, n) into gg__.MakeLen(n,
// sizeof(T)), unless they are small constants.
func (m *modernizer) survivalCall(c *ast.CallExpr) {
	if m.info == nil {
		return
	}
	if m.makeCall(c) {
		return
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok {
		return
	}
	selection, ok := m.info.Selections[sel]
	if !ok || selection.Kind() != types.MethodVal {
		return
	}
	fn, ok := selection.Obj().(*types.Func)
	if !ok {
		return
	}
	helper, ok := survivalMethods[fn.FullName()]
	if !ok {
		return
	}
	// The receiver: sel.X, through the embedded fields of a promoted
	// method.
	recv := sel.X
	t := m.info.TypeOf(sel.X)
	if t == nil {
		return
	}
	path := selection.Index()
	for _, i := range path[:len(path)-1] {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok || i >= st.NumFields() {
			return
		}
		f := st.Field(i)
		recv = &ast.SelectorExpr{X: recv, Sel: &ast.Ident{NamePos: sel.Sel.Pos(), Name: f.Name()}}
		t = f.Type()
	}
	if _, isPtr := t.Underlying().(*types.Pointer); !isPtr {
		if types.IsInterface(t) {
			return
		}
		recv = &ast.UnaryExpr{OpPos: recv.Pos(), Op: token.AND, X: recv}
	}
	pos := sel.Pos()
	c.Fun = &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: helper}}
	c.Args = append([]ast.Expr{recv}, c.Args...)
}

// makeBig is the size (bytes) from which a constant length of make is
// checked too.
const makeBig = 1 << 30

// makeCall wraps the length and capacity of make([]T, ...) (see
// survivalCall); it reports whether c is a call of make.
func (m *modernizer) makeCall(c *ast.CallExpr) bool {
	id, ok := c.Fun.(*ast.Ident)
	if !ok || id.Name != "make" || !m.isBuiltin(id) || len(c.Args) < 2 {
		return false
	}
	tv, ok := m.info.Types[c.Args[0]]
	if !ok || tv.Type == nil {
		return true
	}
	sl, ok := tv.Type.Underlying().(*types.Slice)
	if !ok || hasTypeParamIn(sl.Elem()) {
		return true
	}
	size := sizesOf(sl.Elem())
	if size <= 0 {
		return true
	}
	for i := 1; i < len(c.Args); i++ {
		a := c.Args[i]
		if av, ok := m.info.Types[a]; ok && av.Value != nil {
			if n, exact := constant.Int64Val(constant.ToInt(av.Value)); exact && n >= 0 && n*size < makeBig {
				continue
			}
		}
		pos := a.Pos()
		c.Args[i] = &ast.CallExpr{
			Fun:    &ast.SelectorExpr{X: &ast.Ident{NamePos: pos, Name: "gg__"}, Sel: &ast.Ident{NamePos: pos, Name: "MakeLen"}},
			Lparen: pos, Args: []ast.Expr{a, &ast.BasicLit{ValuePos: pos, Kind: token.INT, Value: strconv.FormatInt(size, 10)}}, Rparen: a.End(),
		}
	}
	return true
}

// sizesOf is the size of a value of t on the machine, or 0 when go/types
// cannot tell it.
func sizesOf(t types.Type) (n int64) {
	defer func() {
		if recover() != nil {
			n = 0
		}
	}()
	return types.SizesFor("gc", "amd64").Sizeof(t)
}

// hasTypeParamIn reports whether t involves a type parameter.
func hasTypeParamIn(t types.Type) (found bool) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if found || t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch x := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Pointer:
			walk(x.Elem())
		case *types.Slice:
			walk(x.Elem())
		case *types.Array:
			walk(x.Elem())
		case *types.Map:
			walk(x.Key())
			walk(x.Elem())
		case *types.Chan:
			walk(x.Elem())
		case *types.Struct:
			for i := range x.NumFields() {
				walk(x.Field(i).Type())
			}
		case *types.Named:
			if x.TypeArgs() != nil {
				for i := range x.TypeArgs().Len() {
					walk(x.TypeArgs().At(i))
				}
			}
			walk(x.Underlying())
		}
	}
	walk(t)
	return found
}
