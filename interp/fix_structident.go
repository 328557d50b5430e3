package interp

import (
	"go/ast"
	"go/token"
	"go/types"
	"reflect"
	"strconv"
	"strings"
)

// Struct types with the same fields. yaegi builds the session's struct
// types with reflect.StructOf, which gives one reflect type to all struct
// types with the same fields, tags included: with
//
//	type Celsius struct{ V float64 }
//	type Fahrenheit struct{ V float64 }
//
// a Fahrenheit in an any matched case Celsius, and *A was taken for *B.
// The rewrite tags the first field of such a struct type declared after
// another with the type's name (ggt:"Fahrenheit"), which makes the
// reflect types differ; conversions between the two (Fahrenheit(c)) ignore tags,
// as Go's do, and the session hides the tag from reflect (sourceField).

// identTag is the struct tag key naming a struct type's declaration.
const identTag = "ggt"

// tagStructIdentity tags the first field of each struct type declared at
// the top level of the cell whose fields are those of a struct type
// declared before it (in an earlier cell, or earlier in this one): the
// first of them keeps yaegi's plain reflect type, so that struct literals
// of the same fields stay assignable to it (see above).
func tagStructIdentity(pc *parsedCell) {
	if pc.info == nil {
		return
	}
	type decl struct {
		ts *ast.TypeSpec
		st *types.Struct
	}
	var mine []decl
	var scope *types.Scope
	for _, d := range pc.decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.TYPE {
			continue
		}
		for _, sp := range g.Specs {
			ts, ok := sp.(*ast.TypeSpec)
			if !ok || ts.Assign.IsValid() || ts.TypeParams != nil {
				continue
			}
			tn, ok := pc.info.Defs[ts.Name].(*types.TypeName)
			if !ok {
				continue
			}
			st, ok := tn.Type().Underlying().(*types.Struct)
			if !ok || st.NumFields() == 0 {
				continue
			}
			if tn.Pkg() != nil {
				scope = tn.Pkg().Scope()
			}
			mine = append(mine, decl{ts, st})
		}
	}
	if len(mine) == 0 || scope == nil {
		return
	}
	own := map[types.Object]bool{}
	for _, d := range mine {
		own[pc.info.Defs[d.ts.Name]] = true
	}
	// The struct types of earlier cells.
	var earlier []*types.Struct
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || own[tn] || strings.HasPrefix(name, "gg__") {
			continue
		}
		if n, ok := tn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
			continue
		}
		if st, ok := tn.Type().Underlying().(*types.Struct); ok {
			earlier = append(earlier, st)
		}
	}
	for i, d := range mine {
		clash := false
		for _, e := range earlier {
			clash = clash || types.Identical(d.st, e)
		}
		for _, e := range mine[:i] {
			clash = clash || types.Identical(d.st, e.st)
		}
		if clash {
			tagIdentity(d.ts)
		}
	}
}

// tagIdentity tags the first field of the struct type ts declares.
func tagIdentity(ts *ast.TypeSpec) {
	st, ok := ts.Type.(*ast.StructType)
	if !ok || st.Fields == nil || len(st.Fields.List) == 0 {
		return
	}
	f := st.Fields.List[0]
	tag := ""
	if f.Tag != nil {
		t, err := strconv.Unquote(f.Tag.Value)
		if err != nil {
			return
		}
		if _, has := reflect.StructTag(t).Lookup(identTag); has {
			return
		}
		tag = " " + t
	}
	pos := f.Type.End()
	if f.Tag != nil {
		pos = f.Tag.ValuePos
	}
	f.Tag = &ast.BasicLit{ValuePos: pos, Kind: token.STRING, Value: strconv.Quote(identTag + `:"` + ts.Name.Name + `"` + tag)}
}

// stripIdentTag removes the tag of tagStructIdentity from a field's tag.
func stripIdentTag(tag reflect.StructTag) reflect.StructTag {
	s := string(tag)
	if !strings.HasPrefix(s, identTag+`:"`) {
		return tag
	}
	end := strings.IndexByte(s[len(identTag)+2:], '"')
	if end < 0 {
		return tag
	}
	return reflect.StructTag(strings.TrimSpace(s[len(identTag)+2+end+1:]))
}
