// Package display shows rich values in a gograd session: HTML, Markdown,
// PNG images, gonum plots, and outputs that update in place.
//
// Cells call it directly:
//
//	display.HTML("<b>hello</b>")
//	display.Show(v)            // any value, rendered with Render
//	display.Plot(p)            // a *plot.Plot, as PNG and SVG
//	h := display.New("epoch 0") // an output that can change later
//	h.Update(fmt.Sprintf("epoch %d", i))
//
// The front end (Jupyter kernel or terminal REPL) receives these requests as
// Messages through the Handler installed with SetHandler. Render turns any
// value into a MIME bundle; the session uses it for the value of a cell's
// last expression.
//
// It is not a widget toolkit: outputs flow one way, from cell to front end.
package display
