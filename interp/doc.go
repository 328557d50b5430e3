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
// It is not a Go toolchain: code runs interpreted, so speed comes from the
// compiled packages a cell calls (tensor, gonum), not from loops written in
// the cell.
package interp
