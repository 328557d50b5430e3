package interp

import (
	"context"
	"io"

	"github.com/gograd/gograd/interp/display"
)

// Options configure a new Session.
type Options struct {
	// Stdout and Stderr receive what cells write to os.Stdout and os.Stderr
	// (interpreted and compiled code alike) as it is written. Nil means the
	// process's own.
	Stdout, Stderr io.Writer
	// Stdin is what os.Stdin reads inside cells; nil means immediate EOF.
	Stdin io.Reader
	// Args is os.Args inside the session (scripts: the script and its args).
	Args []string
	// Display receives display.* calls made by cells. Nil drops them.
	Display display.Handler
	// Filename names the code in positions and tracebacks: a script's path
	// for scripts. Empty means cells are named "cell[N]", N counting from 1.
	Filename string
	// DetectDeadlock ends a cell whose goroutines all block for good with
	// an *Error named "Deadlock", as the Go runtime ends such a program
	// (scripts: gograd run). Without it such a cell waits for an interrupt.
	DetectDeadlock bool
	// ExitProcess makes os.Exit and log.Fatal end the process at once, as
	// in a Go program: deferred calls do not run (gograd run). Without it
	// they end the cell with an *Error named "Exit" and the session lives.
	// It sets a process-wide hook: one such session per process.
	ExitProcess bool
}

// New starts a session: a yaegi interpreter with the standard library,
// gonum, gonum/plot and gograd's packages loaded and imported under their
// package names, so that cells may use them without import lines.
func New(opts Options) (*Session, error) { return newSession(opts) }

// Result is what evaluating a cell produced.
type Result struct {
	// HasValue is true when the cell ended with an expression statement.
	HasValue bool
	// Value is that expression's value.
	Value any
	// Bundle is Value rendered with the display protocol (nil if !HasValue).
	Bundle display.Bundle
}

// Error is a failed evaluation: a compile error, a panic, an interrupt or a
// runaway recursion. The session stays usable after any of them.
type Error struct {
	Name      string   // short kind, Jupyter's ename: "CompileError", "panic", "Interrupted", "StackOverflow"
	Message   string   // Jupyter's evalue
	Line, Col int      // position in the cell, 1-based; 0 when unknown
	Traceback []string // human-readable lines, innermost last
	// ExitCode is the status passed to os.Exit (or 1 for log.Fatal) when
	// Name is "Exit"; scripts end with it, interactive sessions just report.
	ExitCode int
}

func (e *Error) Error() string { return e.Name + ": " + e.Message }

// Eval runs one cell. Cancelling ctx interrupts it (within a second, also
// for `for {}`). Failures are returned as *Error.
//
// Eval calls are serialised; Complete, Inspect, IsComplete and Vars may be
// called from other goroutines while a cell runs.
func (s *Session) Eval(ctx context.Context, code string) (Result, error) {
	return s.eval(ctx, code)
}

// Completion is the answer to a completion request. Start and End delimit
// the text to replace, counted in runes (Unicode code points, as Jupyter
// counts cursor positions).
type Completion struct {
	Matches    []string
	Start, End int
	Types      []string // one per match: "var", "func", "type", "const", "package", "field", "method"
}

// Complete lists candidates at cursor (in runes) in code.
func (s *Session) Complete(code string, cursor int) Completion { return s.complete(code, cursor) }

// Inspection is help for the name under the cursor.
type Inspection struct {
	Name      string // e.g. "fmt.Println"
	Signature string // e.g. "func Println(a ...any) (n int, err error)"
	Doc       string // the doc comment, plain text
}

// Inspect returns help for the name at cursor (in runes); ok is false when
// nothing is known there.
func (s *Session) Inspect(code string, cursor int) (in Inspection, ok bool) {
	return s.inspect(code, cursor)
}

// IsComplete says whether code is ready to run: "complete", "incomplete"
// (with the indent to continue with) or "invalid".
func (s *Session) IsComplete(code string) (status, indent string) { return isComplete(code) }

// Var describes one session variable, for :vars in the REPL.
type Var struct{ Name, Type, Value string }

// Vars lists the variables defined by cells so far.
func (s *Session) Vars() []Var { return s.vars() }

// Close releases the session. A cell still running is interrupted, and
// the goroutines its cells started are stopped.
func (s *Session) Close() error { return s.close() }
