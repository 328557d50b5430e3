package display

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

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

// String returns the Kind's name.
func (k Kind) String() string {
	switch k {
	case Show:
		return "Show"
	case Update:
		return "Update"
	case ClearOutput:
		return "ClearOutput"
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Message is one display request from a cell.
type Message struct {
	Kind   Kind
	Bundle Bundle // for Show and Update
	ID     string // display_id; set for outputs made with New, empty otherwise
	Wait   bool   // for ClearOutput: clear when the next output arrives
}

var (
	handlerMu sync.RWMutex
	handler   Handler
)

// Handler receives the display requests of the running cell.
type Handler func(Message)

// SetHandler installs h as the receiver of display requests and returns the
// previous one. The session (kernel or REPL) calls it; cells do not.
func SetHandler(h Handler) Handler {
	handlerMu.Lock()
	defer handlerMu.Unlock()
	old := handler
	handler = h
	return old
}

// send delivers m to the installed handler, if any.
func send(m Message) {
	handlerMu.RLock()
	h := handler
	handlerMu.RUnlock()
	if h != nil {
		h(m)
	}
}

// ShowValue displays v as a new output, rendered with Render. In a cell it
// is spelled display.Show(v): the session maps that name to this function
// (compiled Go uses ShowValue, since Show is also the Kind constant).
func ShowValue(v any) { send(Message{Kind: Show, Bundle: Render(v)}) }

// ShowBundle displays a bundle built by hand, for MIME types Render does not
// know.
func ShowBundle(b Bundle) { send(Message{Kind: Show, Bundle: b}) }

// HTML displays an HTML fragment.
func HTML(s string) { send(Message{Kind: Show, Bundle: Bundle{"text/html": s, "text/plain": s}}) }

// Markdown displays Markdown text.
func Markdown(s string) {
	send(Message{Kind: Show, Bundle: Bundle{"text/markdown": s, "text/plain": s}})
}

// SVG displays an SVG document.
func SVG(s string) {
	send(Message{Kind: Show, Bundle: Bundle{"image/svg+xml": s, "text/plain": "<svg image>"}})
}

// PNG displays PNG-encoded image bytes.
func PNG(b []byte) {
	send(Message{Kind: Show, Bundle: Bundle{"image/png": b, "text/plain": fmt.Sprintf("<PNG image, %d bytes>", len(b))}})
}

// JSON displays a JSON-marshalable value with Jupyter's JSON viewer.
func JSON(v any) {
	send(Message{Kind: Show, Bundle: Bundle{"application/json": v, "text/plain": fmt.Sprintf("%v", v)}})
}

// Clear clears the output of the running cell. With wait, the output is
// cleared only when new output arrives, which avoids flicker in loops.
func Clear(wait bool) { send(Message{Kind: ClearOutput, Wait: wait}) }

// Handle is an output that can be replaced in place, for progress reports
// and live loss curves.
type Handle struct{ id string }

var nextID atomic.Uint64

// New displays v (rendered with Render) as an output that later Update
// calls replace, and returns its handle.
func New(v any) *Handle {
	h := &Handle{id: fmt.Sprintf("gograd-%d-%d", processTag, nextID.Add(1))}
	send(Message{Kind: Show, Bundle: Render(v), ID: h.id})
	return h
}

// ID is the output's display_id.
func (h *Handle) ID() string { return h.id }

// Update replaces the output with v, rendered with Render.
func (h *Handle) Update(v any) { send(Message{Kind: Update, Bundle: Render(v), ID: h.id}) }

// UpdateBundle replaces the output with a bundle built by hand.
func (h *Handle) UpdateBundle(b Bundle) { send(Message{Kind: Update, Bundle: b, ID: h.id}) }
