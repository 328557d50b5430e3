package interp

import (
	"go/ast"
	"go/types"
)

// structLitKeys are the keys of the keyed elements of n's composite
// literals that are field names: those of a literal of a struct type
// named (T{clock: c}) or written in place. Keys of map literals and of
// literals whose type is elided are expressions and are left out. The
// type of the literal is info's when info knows it.
func structLitKeys(n ast.Node, info *types.Info) map[*ast.KeyValueExpr]bool {
	nonStruct := map[string]bool{} // map, slice and array types n declares
	ast.Inspect(n, func(n ast.Node) bool {
		if ts, ok := n.(*ast.TypeSpec); ok {
			switch ts.Type.(type) {
			case *ast.MapType, *ast.ArrayType:
				nonStruct[ts.Name.Name] = true
			}
		}
		return true
	})
	keys := map[*ast.KeyValueExpr]bool{}
	ast.Inspect(n, func(n ast.Node) bool {
		cl, ok := n.(*ast.CompositeLit)
		if !ok || cl.Type == nil {
			return true
		}
		t := cl.Type
		if ix, ok := t.(*ast.IndexExpr); ok { // Pair[int]{...}
			t = ix.X
		}
		if ix, ok := t.(*ast.IndexListExpr); ok {
			t = ix.X
		}
		isStruct := false
		if info != nil {
			if tv, ok := info.Types[cl]; ok && tv.Type != nil {
				_, isStruct = tv.Type.Underlying().(*types.Struct)
				if !isStruct {
					return true
				}
			}
		}
		switch x := t.(type) {
		case *ast.StructType:
			isStruct = true
		case *ast.Ident:
			// A named type: a struct unless n declares it a map, slice or
			// array type (a map type of an earlier cell keyed by a variable
			// is the rare case this takes for a struct).
			isStruct = !nonStruct[x.Name]
		}
		if !isStruct {
			return true
		}
		for _, e := range cl.Elts {
			if kv, ok := e.(*ast.KeyValueExpr); ok {
				if _, id := kv.Key.(*ast.Ident); id {
					keys[kv] = true
				}
			}
		}
		return true
	})
	return keys
}

// hoistClosure returns the declarations of decls marked hoisted, after
// unmarking those that refer to a declaration not hoisted (its function,
// type, variable or constant name, or the name of its method after a
// dot), until none does: a hoisted function calling a method that uses a
// variable of the cell's statements (and so comes later, in source order)
// failed to compile ("undefined selector: refill").
func hoistClosure(decls []ast.Decl, hoisted []bool) []ast.Decl {
	for changed := true; changed; {
		changed = false
		names, methods := map[string]bool{}, map[string]bool{}
		for i, d := range decls {
			if hoisted[i] {
				continue
			}
			switch x := d.(type) {
			case *ast.FuncDecl:
				if x.Recv != nil {
					methods[x.Name.Name] = true
				} else {
					names[x.Name.Name] = true
				}
			case *ast.GenDecl:
				for _, sp := range x.Specs {
					switch s := sp.(type) {
					case *ast.TypeSpec:
						names[s.Name.Name] = true
					case *ast.ValueSpec:
						for _, n := range s.Names {
							names[n.Name] = true
						}
					}
				}
			}
		}
		if len(names) == 0 && len(methods) == 0 {
			break
		}
		for i, d := range decls {
			if hoisted[i] && (usesAny(d, names) || usesMethod(d, methods)) {
				hoisted[i] = false
				changed = true
			}
		}
	}
	var front []ast.Decl
	for i, d := range decls {
		if hoisted[i] {
			front = append(front, d)
		}
	}
	return front
}

// usesMethod reports whether n selects one of the names (x.name).
func usesMethod(n ast.Node, names map[string]bool) bool {
	if len(names) == 0 {
		return false
	}
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && names[sel.Sel.Name] {
			found = true
		}
		return !found
	})
	return found
}
