// Package interp is the Go session shared by gograd's Jupyter kernel, its
// terminal REPL and `gograd run`: a yaegi interpreter with the standard
// library (as installed, Go 1.26), gonum, gonum/plot and gograd's own
// packages compiled in and imported under their names.
//
// A cell is Go source mixing imports, declarations and statements in any
// order; its final expression is its value:
//
//	s, _ := interp.New(interp.Options{Stdout: os.Stdout})
//	s.Eval(ctx, `x := tensor.Randn(2, 3)`)
//	r, _ := s.Eval(ctx, `x.Shape()`) // r.Value is []int{2, 3}
//
// A final call with several results follows the (value, error) habit of Go
// APIs: when its last result is an error, a non-nil one fails the cell with
// an *Error named "error" (Message is the error's text, Line and Col the
// call's position) and a nil one leaves the other results as the value:
// strconv.Atoi("3") shows 3, st.Inspect(path) shows the file's summary
// table. Several remaining results, or several results with no error
// among them, are shown together as a []any. Calls of the fmt.Println,
// w.Write or io.Copy kind (a count and an error) show nothing, as a cell
// ending with a print should.
//
// A cell may declare again a name an earlier cell declared, with a new
// type if need be, so the habit of writing "v, err := f()" in every cell
// works; top-level var declarations may use earlier cells' variables.
//
// Between the cell and yaegi sits a rewrite guided by go/types: it
// translates the Go that yaegi v0.16 lacks (range over integers and
// functions, iter.Seq, min/max/clear, per-iteration loop variables),
// monomorphizes generics (each instantiation a cell uses, Stack[string]
// or slices.Index[[]Point], becomes a concrete copy of the generic
// declaration, so yaegi runs no generic code of the session's own or of
// the slices, maps and cmp shims), makes redefinitions of
// types and functions replace the old ones, and guards the session: panics
// (in cells, in goroutines they start, inside yaegi itself), runaway
// recursion, os.Exit and interrupts end the cell with an *Error, never the
// process.
//
// yaegi represents a value of a session type by its underlying structure
// (reflect cannot make named types or add methods), so compiled code such
// as fmt and encoding/json sees no names and no methods. The rewrite
// closes most of that gap where the static type is known: the operands of
// fmt's and log's printing functions become mirrors that call String,
// Error, GoString and Format of session types wherever fmt would (struct
// fields, slice and map elements, map keys, pointers), with Go's field
// and type names for %+v, %#v and %T; json.Marshal calls MarshalJSON and
// MarshalText and json.Unmarshal UnmarshalJSON and UnmarshalText; embedded struct fields are embedded for json, xml and
// templates; assertions to compiled interfaces (fmt.Stringer, error,
// io.Reader) go through the session's implementing types; recover returns
// the panic's value; the flag package parses the session's own os.Args;
// text/template and html/template call the methods of session structs
// that the template names (tmplmirror.go: results of methods without
// parameters, computed just before the execution, on a copy for pointer
// receivers; a method with parameters makes Execute fail); values of
// session types held in []any, map[string]any, []Shape or fields of
// interface type print through their methods (fix_valueiface.go); maps
// keyed by an interface find equal keys of session types
// (fix_mapkeys.go); context keys of session types keep their type
// (fix_ctxkey.go); reflect.Type's Name and String, Field and
// reflect.VisibleFields name the session's struct types and fields
// (fix_reflectnames.go); the panics of failed type assertions name the
// session's types (fix_assertnames.go).
// Values of session types with a non-struct underlying type (type Status
// int, type Path []int) keep their type in interfaces: such types get a
// hidden method so yaegi records the type with the value, and assertions
// and type switches read it (fix_namedident.go). Newer Go is translated
// too: new(expr), errors.AsType, reflect.TypeFor, math/rand/v2's N,
// generic type aliases, atomic.Pointer (fix_go126.go). Variables declared
// after a cell's statements take their values where they stand, as in a
// main function.
//
// What remains: a value of a session type that went through compiled
// code as an any (container/list, sync.Map, a context value) comes back as
// its plain value, which a type switch listing both Status and int takes
// for an int; the reflect-based code that
// is not mirrored (text/template's {{.Discount 10}}, a FuncMap function
// given a mirrored struct) cannot call the session's methods.
// json.Unmarshal and Decoder.Decode call the UnmarshalJSON and
// UnmarshalText methods of session types in two steps (compiled decoding
// with those parts kept raw, then the methods), so an error in such a
// part ends the decoding there, where json would go on with the other
// fields. The generic types unique.Handle and weak.Pointer are
// undefined; a Printf format that formats one argument with two verbs
// (%[1]v %[1]T) names the session's types only when the argument can be
// evaluated twice (a variable, a field, a literal: not a call's result),
// and %#v of a recursive struct type names its inner type by yaegi's
// placeholder.
//
// It is not a Go toolchain: code runs interpreted, so speed comes from the
// compiled packages a cell calls (tensor, gonum), not from loops written in
// the cell.
package interp
