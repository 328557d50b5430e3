package repl

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/interp/display"
)

// fakeSession understands a tiny command language, enough to exercise the
// REPL's side of the contract without a Go interpreter:
//
//	print TEXT      writes TEXT and a newline to the cell's stdout
//	printn TEXT     writes TEXT without a newline
//	warn TEXT       writes TEXT to the cell's stderr
//	val TEXT        a value whose text/plain is TEXT
//	png             a value with an image/png rendering
//	show TEXT       a display.Show of TEXT
//	progress N      a progress bar counting to N, via the display handler
//	exit N          os.Exit(N)
//	bar N           a display.Progress to 2N, advanced N times, not Done
//	fail            a compile error
//	panic           a runtime panic with a traceback
//	block           runs until interrupted
//	set NAME=VALUE  defines a variable (listed by Vars)
//
// Lines starting with func or } are ignored (so cells can span lines);
// anything else is a compile error naming it. A cell holds one command per
// line.
type fakeSession struct {
	opts interp.Options

	mu     sync.Mutex
	cells  []string
	vars   []interp.Var
	closed bool
}

func newFake(opts interp.Options) (*fakeSession, error) { return &fakeSession{opts: opts}, nil }

// fakeFactory returns a NewSession function and a way to get the sessions
// it made.
func fakeFactory() (func(interp.Options) (Session, error), func() []*fakeSession) {
	var mu sync.Mutex
	var made []*fakeSession
	return func(o interp.Options) (Session, error) {
			f, _ := newFake(o)
			mu.Lock()
			made = append(made, f)
			mu.Unlock()
			return f, nil
		}, func() []*fakeSession {
			mu.Lock()
			defer mu.Unlock()
			return append([]*fakeSession(nil), made...)
		}
}

func (f *fakeSession) Eval(ctx context.Context, code string) (interp.Result, error) {
	f.mu.Lock()
	f.cells = append(f.cells, code)
	f.mu.Unlock()
	var res interp.Result
	for _, line := range strings.Split(code, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "func", "}", "{":
			// Structure only, so multi-line cells can be written.
		case "print":
			fmt.Fprintln(f.opts.Stdout, arg)
		case "printn":
			fmt.Fprint(f.opts.Stdout, arg)
		case "warn":
			fmt.Fprintln(f.opts.Stderr, arg)
		case "val":
			res = interp.Result{HasValue: true, Value: arg, Bundle: display.Bundle{"text/plain": arg}}
		case "png":
			res = interp.Result{HasValue: true, Value: "img", Bundle: display.Bundle{
				"text/plain": "image 1x1", "image/png": []byte("\x89PNG fake"),
			}}
		case "show":
			f.opts.Display(display.Message{Kind: display.Show, Bundle: display.Bundle{"text/plain": arg}})
		case "progress":
			var n int
			fmt.Sscan(arg, &n)
			id := "p1"
			f.opts.Display(display.Message{Kind: display.Show, ID: id, Bundle: display.ProgressState{Total: n, Desc: "work"}.Bundle()})
			for i := 1; i <= n; i++ {
				f.opts.Display(display.Message{Kind: display.Update, ID: id, Bundle: display.ProgressState{Current: i, Total: n, Desc: "work"}.Bundle()})
			}
		case "exit":
			var n int
			fmt.Sscan(arg, &n)
			return interp.Result{}, &interp.Error{Name: "Exit", Message: "exit", ExitCode: n}
		case "bar":
			// A real display.Progress, its updates throttled.
			var n int
			fmt.Sscan(arg, &n)
			old := display.SetHandler(f.opts.Display)
			p := display.NewProgress(2*n, "real")
			for i := 0; i < n; i++ {
				p.Add(1)
			}
			display.SetHandler(old) // as the session does when the cell ends
		case "fail":
			return interp.Result{}, &interp.Error{Name: "CompileError", Message: "1:1: undefined: fail", Line: 1, Col: 1}
		case "panic":
			return interp.Result{}, &interp.Error{Name: "panic", Message: "boom", Traceback: []string{"goroutine 1:", "main.f()"}}
		case "block":
			select {
			case <-ctx.Done():
				return interp.Result{}, &interp.Error{Name: "Interrupted", Message: "interrupted"}
			case <-time.After(10 * time.Second):
				return interp.Result{}, fmt.Errorf("block was never interrupted")
			}
		case "set":
			name, val, _ := strings.Cut(arg, "=")
			f.mu.Lock()
			f.vars = append(f.vars, interp.Var{Name: name, Type: "string", Value: val})
			f.mu.Unlock()
		default:
			return interp.Result{}, &interp.Error{Name: "CompileError", Message: "undefined: " + cmd}
		}
	}
	return res, nil
}

var fakeWords = []string{"print", "printn", "progress", "panic", "png", "val", "warn", "fmt.Print", "fmt.Printf", "fmt.Println"}

func (f *fakeSession) Complete(code string, cursor int) interp.Completion {
	rs := []rune(code)
	start := cursor
	for start > 0 && (rs[start-1] == '.' || rs[start-1] == '_' || ('a' <= rs[start-1] && rs[start-1] <= 'z') || ('A' <= rs[start-1] && rs[start-1] <= 'Z')) {
		start--
	}
	word := string(rs[start:cursor])
	var c interp.Completion
	c.Start, c.End = start, cursor
	for _, w := range fakeWords {
		if strings.HasPrefix(w, word) {
			c.Matches = append(c.Matches, w)
			c.Types = append(c.Types, "func")
		}
	}
	return c
}

func (f *fakeSession) Inspect(code string, cursor int) (interp.Inspection, bool) {
	if code == "fmt.Println" {
		return interp.Inspection{Name: "fmt.Println", Signature: "func Println(a ...any) (n int, err error)", Doc: "Println formats using the default formats.\nSpaces are always added."}, true
	}
	return interp.Inspection{}, false
}

func (f *fakeSession) IsComplete(code string) (string, string) { return "unknown", "" }

func (f *fakeSession) Vars() []interp.Var {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]interp.Var(nil), f.vars...)
}

func (f *fakeSession) Close() error {
	f.mu.Lock()
	f.closed = true
	f.mu.Unlock()
	return nil
}

func (f *fakeSession) evaluated() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.cells...)
}

var _ io.Writer = (*lineWriter)(nil)
