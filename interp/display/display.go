// Package display shows rich values in a gograd session: HTML, Markdown,
// PNG images, gonum plots, and outputs that update in place.
//
// NOTE: contract skeleton; the interp owner fills in the bodies. The exported
// names and signatures below are what kernel and repl build on.
package display

// Bundle maps MIME types to data, as Jupyter's display_data does. Text
// types ("text/plain", "text/html", "text/markdown", "image/svg+xml") hold
// a string; binary types ("image/png") hold []byte (the kernel base64-encodes
// them); "application/json" holds any JSON-marshalable value.
type Bundle map[string]any

// Kind says what a Message asks the front end to do.
type Kind int

const (
	// Show displays a new output (Jupyter display_data).
	Show Kind = iota
	// Update replaces the output with the same ID (update_display_data).
	Update
	// ClearOutput clears the cell's output (clear_output).
	ClearOutput
)

// Message is one display request from a cell.
type Message struct {
	Kind   Kind
	Bundle Bundle // for Show and Update
	ID     string // display_id; set for outputs made with New, empty otherwise
	Wait   bool   // for ClearOutput: clear when the next output arrives
}

// Handler receives the display requests of the running cell.
type Handler func(Message)

// SetHandler installs h as the receiver of display requests and returns the
// previous one. The session (kernel or REPL) calls it; cells do not.
func SetHandler(h Handler) Handler { panic("display: not implemented yet") }

// Render returns the MIME bundle for v: text/plain always, and richer types
// where v has them (plots, images, tensors, Display* methods).
func Render(v any) Bundle { panic("display: not implemented yet") }
