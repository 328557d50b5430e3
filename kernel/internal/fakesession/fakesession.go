// Package fakesession is a tiny stand-in for interp.Session, so that the
// kernel's protocol can be tested without the interpreter. Each line of a
// cell is one command:
//
//	print TEXT      write TEXT and a newline to stdout
//	eprint TEXT     the same on stderr
//	burst N         write N numbered lines of 100 bytes to stdout
//	sleep MS        sleep MS milliseconds
//	spin            loop until interrupted
//	fail            fail with a CompileError on this line, column 3
//	panic           fail with a runtime panic
//	crash           panic inside Eval itself (a session bug)
//	show            display text/plain, text/html and image/png
//	show ID         the same with display id ID
//	update ID TEXT  update display ID to TEXT
//	clear           clear the output
//	input           read a line from stdin and print it
//	set NAME VALUE  define a variable
//	A+B             integers: the sum is the cell's value
//	NAME            a variable's value
package fakesession

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/interp/display"
)

// Session is the fake session.
type Session struct {
	opts  interp.Options
	in    *bufio.Reader
	mu    sync.Mutex
	vars  map[string]string
	Evals int // cells run so far
}

// New returns a fake session writing to opts' writers.
func New(opts interp.Options) (*Session, error) {
	if opts.Stdout == nil || opts.Stderr == nil {
		return nil, fmt.Errorf("fakesession: nil writers")
	}
	s := &Session{opts: opts, vars: map[string]string{}}
	if opts.Stdin != nil {
		s.in = bufio.NewReader(opts.Stdin)
	}
	return s, nil
}

// Eval runs the commands of code.
func (s *Session) Eval(ctx context.Context, code string) (interp.Result, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.Evals++
	var res interp.Result
	for i, line := range strings.Split(code, "\n") {
		res = interp.Result{}
		line = strings.TrimSpace(line)
		cmd, arg, _ := strings.Cut(line, " ")
		switch cmd {
		case "":
		case "print":
			fmt.Fprintln(s.opts.Stdout, arg)
		case "eprint":
			fmt.Fprintln(s.opts.Stderr, arg)
		case "burst":
			n, _ := strconv.Atoi(arg)
			for j := 0; j < n; j++ {
				fmt.Fprintf(s.opts.Stdout, "%08d %s\n", j, strings.Repeat("x", 90))
			}
		case "sleep":
			ms, _ := strconv.Atoi(arg)
			select {
			case <-time.After(time.Duration(ms) * time.Millisecond):
			case <-ctx.Done():
				return res, &interp.Error{Name: "Interrupted", Message: "interrupted", Line: i + 1}
			}
		case "spin":
			<-ctx.Done()
			return res, &interp.Error{Name: "Interrupted", Message: "interrupted", Line: i + 1}
		case "fail":
			return res, &interp.Error{Name: "CompileError", Message: "undefined: nope", Line: i + 1, Col: 3,
				Traceback: []string{fmt.Sprintf("cell:%d:3: undefined: nope", i+1)}}
		case "crash":
			panic("fake session bug")
		case "panic":
			return res, &interp.Error{Name: "panic", Message: "runtime error: index out of range [3] with length 3", Line: i + 1}
		case "show":
			s.show(display.Message{Kind: display.Show, ID: arg, Bundle: display.Bundle{
				"text/plain": "shown", "text/html": "<b>shown</b>", "image/png": []byte{0x89, 'P', 'N', 'G'},
			}})
		case "update":
			id, text, _ := strings.Cut(arg, " ")
			s.show(display.Message{Kind: display.Update, ID: id, Bundle: display.Bundle{"text/plain": text}})
		case "clear":
			s.show(display.Message{Kind: display.ClearOutput})
		case "input":
			if s.in == nil {
				return res, &interp.Error{Name: "panic", Message: "no stdin"}
			}
			l, err := s.in.ReadString('\n')
			if err != nil && err != io.EOF {
				return res, &interp.Error{Name: "panic", Message: err.Error()}
			}
			fmt.Fprintf(s.opts.Stdout, "got %q err=%v\n", strings.TrimSuffix(l, "\n"), err)
		case "set":
			name, v, _ := strings.Cut(arg, " ")
			s.vars[name] = v
		default:
			if a, b, ok := strings.Cut(line, "+"); ok {
				x, err1 := strconv.Atoi(strings.TrimSpace(a))
				y, err2 := strconv.Atoi(strings.TrimSpace(b))
				if err1 == nil && err2 == nil {
					res = value(x + y)
					continue
				}
			}
			if v, ok := s.vars[line]; ok {
				res = value(v)
				continue
			}
			return res, &interp.Error{Name: "CompileError", Message: "undefined: " + line, Line: i + 1, Col: 1}
		}
	}
	return res, nil
}

func value(v any) interp.Result {
	return interp.Result{HasValue: true, Value: v, Bundle: display.Bundle{
		"text/plain": fmt.Sprint(v), "text/html": fmt.Sprintf("<pre>%v</pre>", v),
	}}
}

func (s *Session) show(m display.Message) {
	if s.opts.Display != nil {
		s.opts.Display(m)
	}
}

var words = []string{"print", "eprint", "burst", "spin", "fail", "panic", "show", "update", "clear", "input", "set"}

// Complete completes command names at the start of the line.
func (s *Session) Complete(code string, cursor int) interp.Completion {
	if code == "crash" {
		panic("fake completion bug")
	}
	runes := []rune(code)
	start := cursor
	for start > 0 && runes[start-1] >= 'a' && runes[start-1] <= 'z' {
		start--
	}
	prefix := string(runes[start:cursor])
	var c interp.Completion
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			c.Matches = append(c.Matches, w)
			c.Types = append(c.Types, "func")
		}
	}
	c.Start, c.End = start, cursor
	return c
}

// Inspect knows the command under the cursor.
func (s *Session) Inspect(code string, cursor int) (interp.Inspection, bool) {
	runes := []rune(code)
	start, end := cursor, cursor
	for start > 0 && runes[start-1] >= 'a' && runes[start-1] <= 'z' {
		start--
	}
	for end < len(runes) && runes[end] >= 'a' && runes[end] <= 'z' {
		end++
	}
	w := string(runes[start:end])
	for _, x := range words {
		if x == w {
			return interp.Inspection{Name: w, Signature: "func " + w + "(arg string)", Doc: w + " is a fake command."}, true
		}
	}
	return interp.Inspection{}, false
}

// IsComplete: a cell ending in "{" is incomplete, one with "}" first is
// invalid.
func (s *Session) IsComplete(code string) (string, string) {
	t := strings.TrimSpace(code)
	switch {
	case strings.HasPrefix(t, "}"):
		return "invalid", ""
	case strings.HasSuffix(t, "{"):
		return "incomplete", "\t"
	case !utf8.ValidString(code):
		return "invalid", ""
	}
	return "complete", ""
}
