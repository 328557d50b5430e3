package interp

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strings"
)

func init() {
	extraRuntime["IndexOut"] = reflect.ValueOf(indexOut)
	extraRuntime["SliceOut"] = reflect.ValueOf(sliceOut)
}

// indexOut panics as Go does for x[i] with len(x) == n: the runtime's own
// error, made by indexing a slice of that length.
func indexOut(i, n int) {
	if n < 0 {
		n = 0
	}
	_ = make([]struct{}, n)[i]
}

// Kinds of sliced operands for sliceOut: Go says "with capacity" for
// slices and "with length" for strings and arrays.
const (
	slicedSlice = iota
	slicedString
	slicedArray
)

// sliceOut panics as Go does for x[lo:hi] (max < 0) or x[lo:hi:max],
// with len(x) == n and cap(x) == c, by slicing an operand of the same
// kind and size.
func sliceOut(kind, lo, hi, max, n, c int) {
	if n < 0 || c < n {
		return
	}
	switch {
	case kind == slicedSlice:
		s := make([]struct{}, n, c)
		if max < 0 {
			_ = s[lo:hi]
		} else {
			_ = s[lo:hi:max]
		}
	case max < 0:
		_ = strings.Repeat(" ", n)[lo:hi]
	case max > n:
		panic(arrayBoundsError{fmt.Sprintf("runtime error: slice bounds out of range [::%d] with length %d", max, n)})
	default:
		_ = make([]struct{}, n)[lo:hi:max]
	}
}

// arrayBoundsError is Go's message for a[::max] past an array's length
// (no slice of a dynamic length says "with length" there).
type arrayBoundsError struct{ msg string }

func (e arrayBoundsError) Error() string { return e.msg }
func (arrayBoundsError) RuntimeError()   {}

// reflectBoundsError is the runtime error Go panics with where yaegi's
// reflect indexing panicked with a string ("reflect: slice index out of
// range", of a statement in a loop: see varBoundsChecks); the index and
// the length are not known any more.
type reflectBoundsError struct{ msg string }

func (e reflectBoundsError) Error() string { return e.msg }
func (reflectBoundsError) RuntimeError()   {}

// reflectBoundsMessages are reflect's panics for indexing and slicing and
// the messages Go gives.
var reflectBoundsMessages = map[string]string{
	"reflect: slice index out of range":                     "runtime error: index out of range",
	"reflect: array index out of range":                     "runtime error: index out of range",
	"reflect: string index out of range":                    "runtime error: index out of range",
	"reflect.Value.Slice: slice index out of bounds":        "runtime error: slice bounds out of range",
	"reflect.Value.Slice: string slice index out of bounds": "runtime error: slice bounds out of range",
	"reflect.Value.Slice3: slice index out of bounds":       "runtime error: slice bounds out of range",
	"reflect: slice index out of bounds":                    "runtime error: slice bounds out of range",
	// make with a negative or too large size (yaegi makes with reflect).
	"reflect.MakeSlice: negative len":        "runtime error: makeslice: len out of range",
	"reflect.MakeSlice: negative cap":        "runtime error: makeslice: cap out of range",
	"reflect.MakeSlice: len > cap":           "runtime error: makeslice: cap out of range",
	"reflect.MakeChan: negative buffer size": "makechan: size out of range",
}

// asRuntimeBoundsError turns reflect's string panic for an index or
// slice out of range, recovered by interpreted code, into a runtime.Error
// (r.(runtime.Error) and r.(error) hold, as in Go).
func asRuntimeBoundsError(v any) any {
	if s, ok := v.(string); ok {
		if msg, ok := reflectBoundsMessages[s]; ok {
			return reflectBoundsError{msg}
		}
	}
	return v
}

// loopStmts returns the statements of n inside the body of a for or
// range statement of n (function literals aside: their bodies are
// marked on their own), and the return statement of a function body n
// made of it alone: statements that get no bounds checks.
func (m *modernizer) loopStmts(n ast.Node) map[ast.Stmt]bool {
	in := map[ast.Stmt]bool{}
	if m.topRecovers || deferredRecover(n) {
		// A function that recovers (parse loops with a safety net):
		// its recovered index errors are usually printed, so its loops
		// get the checks too.
		return in
	}
	var walk func(n ast.Node, loop bool)
	walk = func(n ast.Node, loop bool) {
		ast.Inspect(n, func(c ast.Node) bool {
			switch x := c.(type) {
			case *ast.FuncLit:
				return false
			case *ast.ForStmt:
				if loop {
					in[x] = true
				}
				for _, h := range []ast.Node{x.Init, x.Cond, x.Post} {
					if h != nil {
						walk(h, loop)
					}
				}
				walk(x.Body, true)
				return false
			case *ast.RangeStmt:
				if loop {
					in[x] = true
				}
				walk(x.X, loop)
				walk(x.Body, true)
				return false
			case ast.Stmt:
				if loop {
					in[x] = true
				}
			}
			return true
		})
	}
	walk(n, false)
	// The body of an accessor (func at(i int) T { return s[i] }), often
	// called in loops: a check would cost a quarter of its call.
	if b, ok := n.(*ast.BlockStmt); ok && len(b.List) == 1 {
		if _, ret := b.List[0].(*ast.ReturnStmt); ret {
			in[b.List[0]] = true
		}
	}
	return in
}

// deferredRecover reports whether n (a function body) defers a call of
// recover: defer func() { ... recover() ... }() or defer recover().
func deferredRecover(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(c ast.Node) bool {
		if found {
			return false
		}
		switch x := c.(type) {
		case *ast.FuncLit:
			return false // its own body: marked on its own
		case *ast.DeferStmt:
			ast.Inspect(x.Call, func(d ast.Node) bool {
				if call, ok := d.(*ast.CallExpr); ok {
					if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok && id.Name == "recover" && len(call.Args) == 0 {
						found = true
					}
				}
				return !found
			})
			return false
		}
		return true
	})
	return found
}

// varBoundsChecks returns, for a statement that indexes or slices a
// slice, array or string with operands that can be evaluated again (no
// calls but len, cap and conversions), the checks to run before it that
// panic as Go does: "index out of range [5] with length 3", "slice bounds
// out of range [:6] with capacity 5". yaegi indexes with reflect, whose
// panic (a string) says neither the index nor the length and is not a
// runtime.Error. Statements inside loops are left alone: a check costs
// about as much as the statement (there, the panic still becomes a
// runtime.Error, without the numbers: see asRuntimeBoundsError), except
// in functions that defer a recover (see loopStmts).
// Statements with a call the index does not sit in (which Go may run
// first) are left alone too, and indexes under && and || are not checked.
func (m *modernizer) varBoundsChecks(st ast.Stmt) []ast.Stmt {
	if m.info == nil {
		return nil
	}
	var roots []ast.Node
	switch s := st.(type) {
	case *ast.AssignStmt:
		for _, e := range s.Rhs {
			roots = append(roots, e)
		}
		for _, e := range s.Lhs {
			roots = append(roots, e)
		}
	case *ast.ExprStmt, *ast.ReturnStmt, *ast.IncDecStmt, *ast.SendStmt:
		roots = append(roots, s)
	case *ast.IfStmt:
		if s.Init != nil {
			return nil
		}
		roots = append(roots, s.Cond)
	default:
		return nil
	}
	bc := &boundsCollector{m: m}
	for _, r := range roots {
		bc.collect(r)
	}
	if bc.bad || len(bc.targets) == 0 {
		return nil
	}
	for _, c := range bc.calls {
		for _, t := range bc.targets {
			if !(c.Pos() <= t.Pos() && t.End() <= c.End()) {
				return nil // a call that may run (and panic, or print) first
			}
		}
	}
	var out []ast.Stmt
	for _, t := range bc.targets {
		c := m.boundsCheckOf(t, st.Pos())
		if c == nil {
			return nil
		}
		out = append(out, c)
	}
	return out
}

// boundsCollector gathers the index and slice expressions of a statement
// to check, in the order Go evaluates them (operands first), and what
// else the statement evaluates that has effects (calls, receives, right
// operands of && and ||).
type boundsCollector struct {
	m       *modernizer
	targets []ast.Expr
	calls   []ast.Node
	bad     bool // a target whose operands cannot be evaluated again
}

func (bc *boundsCollector) collect(n ast.Node) {
	m := bc.m
	ast.Inspect(n, func(c ast.Node) bool {
		if bc.bad {
			return false
		}
		switch x := c.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BinaryExpr:
			if x.Op == token.LAND || x.Op == token.LOR {
				bc.collect(x.X)
				sub := &boundsCollector{m: m}
				sub.collect(x.Y)
				if len(sub.targets) > 0 || len(sub.calls) > 0 || sub.bad {
					bc.calls = append(bc.calls, x.Y)
				}
				return false
			}
		case *ast.UnaryExpr:
			if x.Op == token.ARROW {
				bc.calls = append(bc.calls, x)
			}
		case *ast.CallExpr:
			if !m.trivialCall(x) {
				bc.calls = append(bc.calls, x)
			}
		case *ast.IndexExpr:
			if m.boundsTarget(x) {
				bc.collect(x.X)
				bc.collect(x.Index)
				if !m.reevaluable(x.X) || !m.reevaluable(x.Index) {
					bc.bad = true
				}
				bc.targets = append(bc.targets, x)
				return false
			}
		case *ast.SliceExpr:
			if m.boundsTarget(x) {
				for _, e := range []ast.Expr{x.X, x.Low, x.High, x.Max} {
					if e != nil {
						bc.collect(e)
						if !m.reevaluable(e) {
							bc.bad = true
						}
					}
				}
				bc.targets = append(bc.targets, x)
				return false
			}
		}
		return true
	})
}

// boundsTarget reports whether e indexes or slices a slice, an array, a
// pointer to an array or a string.
func (m *modernizer) boundsTarget(e ast.Expr) bool {
	var x ast.Expr
	switch e := e.(type) {
	case *ast.IndexExpr:
		x = e.X
		tv, ok := m.info.Types[e.Index]
		if !ok || tv.Type == nil || tv.IsType() {
			return false
		}
		if b, ok := tv.Type.Underlying().(*types.Basic); !ok || b.Info()&types.IsInteger == 0 {
			return false
		}
	case *ast.SliceExpr:
		x = e.X
	default:
		return false
	}
	return m.boundsKind(x) >= 0
}

// boundsKind is the sliced kind of x (slicedSlice, ...), or -1.
func (m *modernizer) boundsKind(x ast.Expr) int {
	tv, ok := m.info.Types[x]
	if !ok || tv.Type == nil || tv.IsType() || hasTypeParam(tv.Type) {
		return -1
	}
	switch u := tv.Type.Underlying().(type) {
	case *types.Slice:
		return slicedSlice
	case *types.Array:
		return slicedArray
	case *types.Pointer:
		if _, ok := u.Elem().Underlying().(*types.Array); ok {
			return slicedArray
		}
	case *types.Basic:
		if u.Info()&types.IsString != 0 {
			return slicedString
		}
	}
	return -1
}

// trivialCall reports whether c is a conversion or a call of len or cap.
func (m *modernizer) trivialCall(c *ast.CallExpr) bool {
	if tv, ok := m.info.Types[c.Fun]; ok && tv.IsType() {
		return true
	}
	if id, ok := ast.Unparen(c.Fun).(*ast.Ident); ok && (id.Name == "len" || id.Name == "cap") && m.isBuiltin(id) {
		return true
	}
	return false
}

// reevaluable reports whether e can be evaluated again before its
// statement with the same result and no other effect than the panic the
// statement would have: names, constants, fields, indexes, arithmetic,
// len, cap and conversions.
func (m *modernizer) reevaluable(e ast.Expr) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch x := n.(type) {
		case nil, *ast.Ident, *ast.BasicLit, *ast.ParenExpr, *ast.IndexExpr, *ast.StarExpr:
		case *ast.SelectorExpr:
			// A field of the value itself (promoted fields are rewritten:
			// see explicitPromotion) or a package's name.
			if sel, isSel := m.info.Selections[x]; isSel && (sel.Kind() != types.FieldVal || len(sel.Index()) != 1) {
				ok = false
			}
		case *ast.BinaryExpr:
			ok = x.Op != token.SHL && x.Op != token.SHR // see typedShift
		case *ast.UnaryExpr:
			ok = x.Op != token.ARROW && x.Op != token.AND
		case *ast.CallExpr:
			ok = m.trivialCall(x)
			if ok {
				if tv, isType := m.info.Types[x.Fun]; isType && tv.IsType() {
					// A conversion: only its operand is evaluated.
					ok = m.reevaluable(x.Args[0])
					return false
				}
			}
		case *ast.ArrayType, *ast.MapType, *ast.ChanType, *ast.FuncType, *ast.InterfaceType, *ast.StructType:
			return false
		default:
			ok = false
		}
		return ok
	})
	if ok {
		if tv, has := m.info.Types[e]; !has || tv.Type == nil {
			ok = false // made by the rewrite: not known to be plain
		}
	}
	return ok
}

// boundsCheckOf is the check before a statement at pos for the index or
// slice expression t:
//
//	if gg__i := int(i); gg__i < 0 || gg__i >= len(x) { gg__.IndexOut(gg__i, len(x)) }
//	if gg__l, gg__h := int(lo), int(hi); gg__l < 0 || gg__h < gg__l || gg__h > cap(x) { gg__.SliceOut(kind, gg__l, gg__h, -1, len(x), cap(x)) }
//
// (three-index slices check max too). The operands are copies of the
// statement's, with their type information (renames apply to them).
func (m *modernizer) boundsCheckOf(t ast.Expr, pos token.Pos) ast.Stmt {
	var code string
	subst := map[string]ast.Expr{}
	switch t := t.(type) {
	case *ast.IndexExpr:
		subst["gg__X"], subst["gg__I"] = t.X, t.Index
		switch m.intOperand(t.Index) {
		case 2: // an int variable: used as it is
			code = "if gg__I < 0 || gg__I >= len(gg__X) { gg__.IndexOut(gg__I, len(gg__X)) }"
		case 1:
			code = "if gg__i := gg__I; gg__i < 0 || gg__i >= len(gg__X) { gg__.IndexOut(gg__i, len(gg__X)) }"
		default:
			code = "if gg__i := int(gg__I); gg__i < 0 || gg__i >= len(gg__X) { gg__.IndexOut(gg__i, len(gg__X)) }"
		}
	case *ast.SliceExpr:
		kind := m.boundsKind(t.X)
		subst["gg__X"] = t.X
		lo, hi := "0", "len(gg__X)"
		if t.Low != nil {
			lo, subst["gg__L"] = m.asInt("gg__L", t.Low), t.Low
		}
		if t.High != nil {
			hi, subst["gg__H"] = m.asInt("gg__H", t.High), t.High
		}
		capx := "cap(gg__X)"
		if kind == slicedString {
			capx = "len(gg__X)"
		}
		if t.Slice3 && t.Max != nil {
			subst["gg__M"] = t.Max
			code = fmt.Sprintf("if gg__l, gg__h, gg__m := %s, %s, %s; gg__l < 0 || gg__h < gg__l || gg__m < gg__h || gg__m > %s { gg__.SliceOut(%d, gg__l, gg__h, gg__m, len(gg__X), %s) }",
				lo, hi, m.asInt("gg__M", t.Max), capx, kind, capx)
		} else {
			code = fmt.Sprintf("if gg__l, gg__h := %s, %s; gg__l < 0 || gg__h < gg__l || gg__h > %s { gg__.SliceOut(%d, gg__l, gg__h, -1, len(gg__X), %s) }",
				lo, hi, capx, kind, capx)
		}
	default:
		return nil
	}
	sts := parseStmts(code, pos)
	if len(sts) != 1 {
		return nil
	}
	ok := true
	replaceExprs(sts[0], func(e ast.Expr) ast.Expr {
		id, isID := e.(*ast.Ident)
		if !isID {
			return e
		}
		orig, found := subst[id.Name]
		if !found {
			return e
		}
		c := m.deepClone(orig, pos)
		if c == nil {
			ok = false
			return e
		}
		return c
	})
	if !ok {
		return nil
	}
	return sts[0]
}

// asInt is the source of the operand e, named name, as an int.
func (m *modernizer) asInt(name string, e ast.Expr) string {
	if m.intOperand(e) > 0 {
		return name
	}
	return "int(" + name + ")"
}

// intOperand is 2 for an identifier of type int, 1 for another
// expression of type int (or an untyped constant), 0 for other integer
// types (converted to int for the check: a cheap check matters in small
// functions called in loops).
func (m *modernizer) intOperand(e ast.Expr) int {
	tv, ok := m.info.Types[e]
	if !ok || tv.Type == nil {
		return 0
	}
	b, ok := tv.Type.(*types.Basic)
	if !ok || (b.Kind() != types.Int && b.Kind() != types.UntypedInt) {
		return 0
	}
	if _, id := ast.Unparen(e).(*ast.Ident); id && tv.Value == nil {
		return 2
	}
	if tv.Value != nil && !isIntLiteral(e) {
		// A constant index go/types records as int may be an untyped rune
		// or float expression ('d'-'a', 2.0) that yaegi, given it alone
		// (gg__i := 'd'-'a'), types as rune: int(...) keeps it an int.
		return 0
	}
	return 1
}

// isIntLiteral reports whether e is an integer literal.
func isIntLiteral(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}

// deepClone copies an expression accepted by reevaluable, at pos, with
// the type information of the original; nil for other expressions.
func (m *modernizer) deepClone(e ast.Expr, pos token.Pos) ast.Expr {
	var c ast.Expr
	switch x := e.(type) {
	case *ast.Ident:
		id := &ast.Ident{NamePos: pos, Name: x.Name}
		if o := m.info.Uses[x]; o != nil {
			m.info.Uses[id] = o
		}
		c = id
	case *ast.BasicLit:
		c = &ast.BasicLit{ValuePos: pos, Kind: x.Kind, Value: x.Value}
	case *ast.ParenExpr:
		in := m.deepClone(x.X, pos)
		if in == nil {
			return nil
		}
		c = &ast.ParenExpr{Lparen: pos, X: in, Rparen: pos}
	case *ast.SelectorExpr:
		in := m.deepClone(x.X, pos)
		sel := m.deepClone(x.Sel, pos)
		if in == nil || sel == nil {
			return nil
		}
		se := &ast.SelectorExpr{X: in, Sel: sel.(*ast.Ident)}
		if s, ok := m.info.Selections[x]; ok {
			m.info.Selections[se] = s
		}
		c = se
	case *ast.IndexExpr:
		a, b := m.deepClone(x.X, pos), m.deepClone(x.Index, pos)
		if a == nil || b == nil {
			return nil
		}
		c = &ast.IndexExpr{X: a, Lbrack: pos, Index: b, Rbrack: pos}
	case *ast.StarExpr:
		in := m.deepClone(x.X, pos)
		if in == nil {
			return nil
		}
		c = &ast.StarExpr{Star: pos, X: in}
	case *ast.BinaryExpr:
		a, b := m.deepClone(x.X, pos), m.deepClone(x.Y, pos)
		if a == nil || b == nil {
			return nil
		}
		c = &ast.BinaryExpr{X: a, OpPos: pos, Op: x.Op, Y: b}
	case *ast.UnaryExpr:
		in := m.deepClone(x.X, pos)
		if in == nil {
			return nil
		}
		c = &ast.UnaryExpr{OpPos: pos, Op: x.Op, X: in}
	case *ast.CallExpr:
		f := m.deepClone(x.Fun, pos)
		if f == nil || len(x.Args) != 1 {
			return nil
		}
		a := m.deepClone(x.Args[0], pos)
		if a == nil {
			return nil
		}
		c = &ast.CallExpr{Fun: f, Lparen: pos, Args: []ast.Expr{a}, Rparen: pos}
	default:
		return nil
	}
	if tv, ok := m.info.Types[e]; ok {
		m.info.Types[c] = tv
	}
	return c
}

// withVarBoundsChecks returns list with the checks of varBoundsChecks
// before its statements that are not in loops.
func (m *modernizer) withVarBoundsChecks(list []ast.Stmt, loops map[ast.Stmt]bool) []ast.Stmt {
	var out []ast.Stmt
	changed := false
	for _, st := range list {
		if !loops[st] {
			if checks := m.varBoundsChecks(st); len(checks) > 0 {
				out = append(out, checks...)
				changed = true
			}
		}
		out = append(out, st)
	}
	if !changed {
		return list
	}
	return out
}

// varBoundsBody adds the checks of varBoundsChecks to the statements of a
// function literal's body (those of declared functions are added with
// their position markers: see markStmts).
func (m *modernizer) varBoundsBody(body *ast.BlockStmt) {
	loops := m.loopStmts(body)
	ast.Inspect(body, func(n ast.Node) bool {
		switch x := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.BlockStmt:
			x.List = m.withVarBoundsChecks(x.List, loops)
		case *ast.CaseClause:
			x.Body = m.withVarBoundsChecks(x.Body, loops)
		case *ast.CommClause:
			x.Body = m.withVarBoundsChecks(x.Body, loops)
		}
		return true
	})
}
