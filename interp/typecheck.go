package interp

import (
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"path"
	"reflect"
	"strings"
	"sync"
)

// typeEnv builds go/types packages for the session's packages: from the
// symbol tables (via reflection) for compiled packages, from source for the
// shims. The cell rewrite type-checks each cell against them, since
// several Go features yaegi lacks can only be translated knowing types
// (range over an int or a function, min/max, iterator types).
type typeEnv struct {
	mu    sync.Mutex
	pkgs  map[string]*types.Package
	done  map[string]bool
	named map[reflect.Type]*types.Named
	fset  *token.FileSet
}

var tenv = &typeEnv{
	pkgs:  map[string]*types.Package{},
	done:  map[string]bool{},
	named: map[reflect.Type]*types.Named{},
	fset:  token.NewFileSet(),
}

var _ types.Importer = (*typeEnv)(nil)

// Import implements types.Importer. It is safe for concurrent use.
func (e *typeEnv) Import(p string) (*types.Package, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.importLocked(p)
}

func (e *typeEnv) importLocked(p string) (*types.Package, error) {
	if e.done[p] {
		return e.pkgs[p], nil
	}
	if p == "unsafe" {
		return types.Unsafe, nil
	}
	if data, err := shimFiles.ReadFile("shims/" + p + ".go.txt"); err == nil {
		f, err := parser.ParseFile(e.fset, p+".go", data, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		conf := types.Config{Importer: lockedImporter{e}, Error: func(error) {}}
		pkg, _ := conf.Check(p, e.fset, []*ast.File{f}, nil)
		e.pkgs[p] = pkg
		e.done[p] = true
		return pkg, nil
	}
	syms := pkgs.exports[symbolsKey(p)]
	if syms == nil {
		pkg := e.pkg(p)
		pkg.MarkComplete()
		e.done[p] = true
		return pkg, nil
	}
	pkg := e.pkg(p)
	sc := pkg.Scope()
	for name, v := range syms {
		if strings.HasPrefix(name, "_") || !v.IsValid() || sc.Lookup(name) != nil {
			continue
		}
		if v.Kind() == reflect.Pointer && v.IsNil() {
			t := v.Type().Elem()
			if n, ok := e.typeOf(t).(*types.Named); ok && n.Obj().Pkg() == pkg && n.Obj().Name() == name {
				sc.Insert(n.Obj())
			} else {
				sc.Insert(types.NewTypeName(token.NoPos, pkg, name, e.typeOf(t)))
			}
			continue
		}
		if cv, ok := v.Interface().(constant.Value); ok && v.Type().PkgPath() == "go/constant" {
			sc.Insert(types.NewConst(token.NoPos, pkg, name, untypedOf(cv), cv))
			continue
		}
		if v.CanAddr() {
			sc.Insert(types.NewVar(token.NoPos, pkg, name, e.typeOf(v.Type())))
			continue
		}
		if v.Kind() == reflect.Func {
			sig, _ := e.typeOf(v.Type()).(*types.Signature)
			if sig != nil {
				sc.Insert(types.NewFunc(token.NoPos, pkg, name, sig))
			}
			continue
		}
		if cv := constOf(v); cv != nil {
			sc.Insert(types.NewConst(token.NoPos, pkg, name, e.typeOf(v.Type()), cv))
			continue
		}
		sc.Insert(types.NewVar(token.NoPos, pkg, name, e.typeOf(v.Type())))
	}
	extraPackageDecls(p, pkg)
	pkg.MarkComplete()
	e.done[p] = true
	return pkg, nil
}

type lockedImporter struct{ e *typeEnv }

func (l lockedImporter) Import(p string) (*types.Package, error) { return l.e.importLocked(p) }

func untypedOf(cv constant.Value) types.Type {
	switch cv.Kind() {
	case constant.Bool:
		return types.Typ[types.UntypedBool]
	case constant.String:
		return types.Typ[types.UntypedString]
	case constant.Int:
		return types.Typ[types.UntypedInt]
	case constant.Float:
		return types.Typ[types.UntypedFloat]
	case constant.Complex:
		return types.Typ[types.UntypedComplex]
	}
	return types.Typ[types.Invalid]
}

func constOf(v reflect.Value) constant.Value {
	switch v.Kind() {
	case reflect.Bool:
		return constant.MakeBool(v.Bool())
	case reflect.String:
		return constant.MakeString(v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return constant.MakeInt64(v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return constant.MakeUint64(v.Uint())
	case reflect.Float32, reflect.Float64:
		return constant.MakeFloat64(v.Float())
	}
	return nil
}

// pkg returns the (possibly still empty) package for an import path.
func (e *typeEnv) pkg(p string) *types.Package {
	if pk, ok := e.pkgs[p]; ok {
		return pk
	}
	name, ok := pkgs.byPath[p]
	if !ok {
		name = path.Base(p)
	}
	pk := types.NewPackage(p, name)
	e.pkgs[p] = pk
	return pk
}

var basicKinds = map[reflect.Kind]types.BasicKind{
	reflect.Bool: types.Bool, reflect.Int: types.Int, reflect.Int8: types.Int8, reflect.Int16: types.Int16,
	reflect.Int32: types.Int32, reflect.Int64: types.Int64, reflect.Uint: types.Uint, reflect.Uint8: types.Uint8,
	reflect.Uint16: types.Uint16, reflect.Uint32: types.Uint32, reflect.Uint64: types.Uint64,
	reflect.Uintptr: types.Uintptr, reflect.Float32: types.Float32, reflect.Float64: types.Float64,
	reflect.Complex64: types.Complex64, reflect.Complex128: types.Complex128, reflect.String: types.String,
	reflect.UnsafePointer: types.UnsafePointer,
}

var errorType = reflect.TypeFor[error]()

// typeOf converts a reflect type to a go/types type.
func (e *typeEnv) typeOf(t reflect.Type) types.Type {
	if t == errorType {
		return types.Universe.Lookup("error").Type()
	}
	if t.Name() != "" && t.PkgPath() != "" {
		return e.namedOf(t)
	}
	return e.structure(t)
}

func (e *typeEnv) namedOf(t reflect.Type) types.Type {
	if n, ok := e.named[t]; ok {
		return n
	}
	pkg := e.pkg(t.PkgPath())
	obj := types.NewTypeName(token.NoPos, pkg, t.Name(), nil)
	n := types.NewNamed(obj, nil, nil)
	e.named[t] = n
	n.SetUnderlying(e.structure(t).Underlying())
	if t.Kind() == reflect.Interface {
		return n
	}
	pt := reflect.PointerTo(t)
	for i := range pt.NumMethod() {
		m := pt.Method(i)
		var recv types.Type = types.NewPointer(n)
		if _, ok := t.MethodByName(m.Name); ok {
			recv = n
		}
		ft := m.Type
		params := make([]*types.Var, 0, ft.NumIn()-1)
		for j := 1; j < ft.NumIn(); j++ {
			params = append(params, types.NewParam(token.NoPos, nil, "", e.typeOf(ft.In(j))))
		}
		results := make([]*types.Var, 0, ft.NumOut())
		for j := range ft.NumOut() {
			results = append(results, types.NewParam(token.NoPos, nil, "", e.typeOf(ft.Out(j))))
		}
		sig := types.NewSignatureType(types.NewParam(token.NoPos, pkg, "", recv), nil, nil,
			types.NewTuple(params...), types.NewTuple(results...), ft.IsVariadic())
		n.AddMethod(types.NewFunc(token.NoPos, pkg, m.Name, sig))
	}
	return n
}

// structure converts the structure of t, ignoring its name.
func (e *typeEnv) structure(t reflect.Type) types.Type {
	if b, ok := basicKinds[t.Kind()]; ok {
		return types.Typ[b]
	}
	switch t.Kind() {
	case reflect.Pointer:
		return types.NewPointer(e.typeOf(t.Elem()))
	case reflect.Slice:
		return types.NewSlice(e.typeOf(t.Elem()))
	case reflect.Array:
		return types.NewArray(e.typeOf(t.Elem()), int64(t.Len()))
	case reflect.Map:
		return types.NewMap(e.typeOf(t.Key()), e.typeOf(t.Elem()))
	case reflect.Chan:
		dir := types.SendRecv
		switch t.ChanDir() {
		case reflect.SendDir:
			dir = types.SendOnly
		case reflect.RecvDir:
			dir = types.RecvOnly
		}
		return types.NewChan(dir, e.typeOf(t.Elem()))
	case reflect.Func:
		params := make([]*types.Var, t.NumIn())
		for i := range params {
			params[i] = types.NewParam(token.NoPos, nil, "", e.typeOf(t.In(i)))
		}
		results := make([]*types.Var, t.NumOut())
		for i := range results {
			results[i] = types.NewParam(token.NoPos, nil, "", e.typeOf(t.Out(i)))
		}
		return types.NewSignatureType(nil, nil, nil, types.NewTuple(params...), types.NewTuple(results...), t.IsVariadic())
	case reflect.Struct:
		fields := make([]*types.Var, t.NumField())
		tags := make([]string, t.NumField())
		for i := range fields {
			f := t.Field(i)
			var pk *types.Package
			if f.PkgPath != "" {
				pk = e.pkg(f.PkgPath)
			}
			fields[i] = types.NewField(token.NoPos, pk, f.Name, e.typeOf(f.Type), f.Anonymous)
			tags[i] = string(f.Tag)
		}
		return types.NewStruct(fields, tags)
	case reflect.Interface:
		methods := make([]*types.Func, t.NumMethod())
		for i := range methods {
			m := t.Method(i)
			var pk *types.Package
			if m.PkgPath != "" {
				pk = e.pkg(m.PkgPath)
			}
			sig := e.structure(m.Type).(*types.Signature)
			methods[i] = types.NewFunc(token.NoPos, pk, m.Name, sig)
		}
		return types.NewInterfaceType(methods, nil).Complete()
	}
	return types.Typ[types.Invalid]
}
