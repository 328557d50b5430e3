package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// syncOnceValue rewrites sync.OnceValue(f) and sync.OnceValues(f), generic
// functions that no symbol table can hold, into a function literal doing
// the same with a sync.Once, for the types the checker instantiated:
//
//	sync.OnceValue(f)  =>  func(f func() T) func() T {
//		var once sync.Once
//		var v T
//		var p any
//		done := false
//		return func() T {
//			once.Do(func() {
//				defer func() { if !done { p = recover() } }()
//				v = f()
//				done = true
//			})
//			if !done { panic(p) }
//			return v
//		}
//	}(f)
func (m *modernizer) syncOnceValue(c *ast.CallExpr) ast.Expr {
	if m.info == nil || len(c.Args) != 1 {
		return nil
	}
	sel, ok := c.Fun.(*ast.SelectorExpr)
	if !ok || (sel.Sel.Name != "OnceValue" && sel.Sel.Name != "OnceValues") {
		return nil
	}
	pk, ok := sel.X.(*ast.Ident)
	if !ok {
		return nil
	}
	if obj, ok := m.info.Uses[pk].(*types.PkgName); !ok || obj.Imported().Path() != "sync" {
		return nil
	}
	sig, ok := m.info.TypeOf(c).(*types.Signature)
	if !ok || sig.Results().Len() == 0 || sig.Results().Len() > 2 || hasTypeParam(sig) {
		return nil
	}
	n := sig.Results().Len()
	names := []string{"gg__v0", "gg__v1"}[:n]
	var decls, sets []string
	for i := range n {
		decls = append(decls, "var "+names[i]+" GG__T"+string(rune('0'+i)))
		sets = append(sets, names[i])
	}
	res := "GG__T0"
	if n == 2 {
		res = "(GG__T0, GG__T1)"
	}
	src := `func(gg__f func() ` + res + `) func() ` + res + ` {
	var gg__once ` + pk.Name + `.Once
	` + strings.Join(decls, "\n\t") + `
	var gg__p any
	gg__done := false
	return func() ` + res + ` {
		gg__once.Do(func() {
			defer func() {
				if !gg__done {
					gg__p = recover()
				}
			}()
			` + strings.Join(sets, ", ") + ` = gg__f()
			gg__done = true
		})
		if !gg__done {
			panic(gg__p)
		}
		return ` + strings.Join(sets, ", ") + `
	}
}`
	pos := c.Pos()
	lit := parseExprAt(src, pos)
	ok = true
	ast.Inspect(lit, func(nd ast.Node) bool {
		switch y := nd.(type) {
		case *ast.Field:
			if r := m.onceType(y.Type, sig, pos); r != nil {
				y.Type = r
			} else if isOncePlaceholder(y.Type) {
				ok = false
			}
		case *ast.ValueSpec:
			if r := m.onceType(y.Type, sig, pos); r != nil {
				y.Type = r
			} else if isOncePlaceholder(y.Type) {
				ok = false
			}
		}
		return true
	})
	if !ok {
		return nil
	}
	return &ast.CallExpr{Fun: lit, Lparen: pos, Args: c.Args, Rparen: c.End()}
}

func isOncePlaceholder(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && strings.HasPrefix(id.Name, "GG__T")
}

// onceType is the type expression GG__Tk stands for: sig's result k.
func (m *modernizer) onceType(e ast.Expr, sig *types.Signature, pos token.Pos) ast.Expr {
	id, ok := e.(*ast.Ident)
	if !ok || !strings.HasPrefix(id.Name, "GG__T") {
		return nil
	}
	k := int(id.Name[len("GG__T")] - '0')
	if k >= sig.Results().Len() {
		return nil
	}
	te, ok := m.typeExpr(sig.Results().At(k).Type(), pos)
	if !ok {
		return nil
	}
	return te
}

// extraPackageDecls adds to the checker's view of a compiled package the
// generic functions its symbol table cannot hold and the rewrite
// translates (sync.OnceValue, sync.OnceValues: see syncOnceValue).
func extraPackageDecls(path string, pkg *types.Package) {
	switch path {
	case "math/rand/v2", "errors", "reflect":
		genericStdDecls(path, pkg) // see fix_go126.go
		return
	}
	if path != "sync" {
		return
	}
	sc := pkg.Scope()
	anyT := types.Universe.Lookup("any").Type()
	newTP := func(name string) *types.TypeParam {
		return types.NewTypeParam(types.NewTypeName(token.NoPos, pkg, name, nil), anyT)
	}
	fn := func(results ...types.Type) *types.Signature {
		var vs []*types.Var
		for _, t := range results {
			vs = append(vs, types.NewVar(token.NoPos, pkg, "", t))
		}
		return types.NewSignatureType(nil, nil, nil, nil, types.NewTuple(vs...), false)
	}
	if sc.Lookup("OnceValue") == nil {
		t := newTP("T")
		f := fn(t)
		sig := types.NewSignatureType(nil, nil, []*types.TypeParam{t},
			types.NewTuple(types.NewVar(token.NoPos, pkg, "f", f)), types.NewTuple(types.NewVar(token.NoPos, pkg, "", fn(t))), false)
		sc.Insert(types.NewFunc(token.NoPos, pkg, "OnceValue", sig))
	}
	if sc.Lookup("OnceValues") == nil {
		t1, t2 := newTP("T1"), newTP("T2")
		f := fn(t1, t2)
		sig := types.NewSignatureType(nil, nil, []*types.TypeParam{t1, t2},
			types.NewTuple(types.NewVar(token.NoPos, pkg, "f", f)), types.NewTuple(types.NewVar(token.NoPos, pkg, "", fn(t1, t2))), false)
		sc.Insert(types.NewFunc(token.NoPos, pkg, "OnceValues", sig))
	}
}
