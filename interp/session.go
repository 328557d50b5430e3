package interp

import (
	"context"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/scanner"
	"go/token"
	"io"
	"os"
	"path"
	"reflect"
	"regexp"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	yaegi "github.com/traefik/yaegi/interp"
	yunsafe "github.com/traefik/yaegi/stdlib/unsafe"

	"github.com/gograd/gograd/interp/display"
	"github.com/gograd/gograd/interp/symbols"
	"maps"
	"unsafe"
)

// Session is one interpreted Go session with gograd's packages preloaded.
type Session struct {
	opts Options

	evalMu sync.Mutex // one Eval at a time
	// panicNote is the message of a panic with a session value (see
	// fix_panicmsg.go).
	panicNote panicNote
	viDisp    viDisp // the dispatchers of fmt's mirrors (see fix_valueiface.go)
	// redirect is the running evaluation's capture of the standard
	// streams, which exitProcess delivers before the process ends.
	redirect atomic.Pointer[redirect]
	// asserts names the types in failed assertions' panics (see
	// fix_assertnames.go).
	asserts assertTable
	in      *yaegi.Interpreter
	stderr  *stderrFilter
	ncell   int

	// stateMu guards what Complete, Inspect and Vars read, so they can run
	// while a cell does.
	stateMu    sync.RWMutex
	imports    map[string]string // visible package name -> import path
	aliases    map[string]string // visible name -> name yaegi knows it by, when they differ
	yaegiNames map[string]string // package names yaegi has imported -> path
	decls      map[string]string // top-level names defined by cells -> kind ("func", "type", "var", "const")
	renames    map[string]string // declared name -> name yaegi knows it by
	nrename    int
	hist       []histEntry
	sources    map[string][]string // cell name -> its lines, for tracebacks // earlier cells' declarations, for type checking
	closed     bool
	closedCh   chan struct{} // closed by Close
	inCell     atomic.Bool   // a cell is being evaluated (see the session's time.Sleep)
	armedMu    sync.Mutex
	armed      []chan struct{} // the done channels of the runs (see Session.arm)

	running chan struct{} // closed when the last interrupted cell's goroutine ends
	guard   depthGuard
	timers  timerWatch // timers the code made (see deadlock.go)
	goErrMu sync.Mutex
	goErr   *Error         // first panic of a goroutine since the last Eval
	probe   display.Bundle // what gg__probe found on the last value
	// defers holds the calls a cell's top-level defer statements
	// registered (gg__.Defer), run last in first out as the cell ends.
	defers []func()
	topRec topRecoverState // the panic they may recover (fix_toprecover.go)

	// synthetic holds the positions ("file:line:col") of the function
	// literals the rewrite made, left out of panic stacks.
	synthetic map[string]bool
	funcNames map[string]string // "file:line:col" of a declared function's body -> "T.m"
	mono      *monoState        // the session's generics (generics.go)
	surv      survival          // see survive.go
}

// pkgInfo describes the packages a session can import: compiled ones from
// the symbol tables and interpreted ones from the shims.
type pkgInfo struct {
	byPath    map[string]string // import path -> package name
	preferred map[string]string // package name -> import path preloaded under it
	exports   Exports
}

// Exports is yaegi's symbol table type.
type Exports = yaegi.Exports

var (
	pkgsOnce sync.Once
	pkgs     pkgInfo
)

// preferredPaths settle package-name collisions for the preloaded imports;
// the others need an explicit import line.
var preferredPaths = map[string]string{
	"rand":     "math/rand",
	"template": "text/template",
	"scanner":  "text/scanner",
	"pprof":    "runtime/pprof",
	"draw":     "gonum.org/v1/plot/vg/draw",
	"trace":    "runtime/trace",
	"big":      "math/big",
	"color":    "image/color",
}

// notPreloaded are packages whose names are too likely to be wanted as
// variable names, or that only make sense with an explicit import.
var notPreloaded = map[string]bool{}

func loadPackages() {
	pkgsOnce.Do(func() {
		pkgs = pkgInfo{byPath: map[string]string{}, preferred: map[string]string{}, exports: Exports{}}
		byName := map[string][]string{}
		for k, v := range symbols.Symbols {
			p, name := path.Dir(k), path.Base(k)
			pkgs.byPath[p] = name
			byName[name] = append(byName[name], p)
			key := k
			if k == "fmt/fmt" {
				// This key makes yaegi load its own interpreted generic
				// stdlib (for Go 1.22); the session brings its own.
				key = "fmt/./fmt"
			}
			pkgs.exports[key] = v
		}
		// unsafe (Sizeof, Pointer conversions) is yaegi's own table: the
		// extract tool cannot make one.
		for k, v := range yunsafe.Symbols {
			if k == "unsafe/unsafe" {
				pkgs.byPath["unsafe"] = "unsafe"
				byName["unsafe"] = append(byName["unsafe"], "unsafe")
				c := maps.Clone(v)
				c["String"] = reflect.ValueOf(func(p *byte, n int) string { return unsafe.String(p, n) })
				c["StringData"] = reflect.ValueOf(func(s string) *byte { return unsafe.StringData(s) })
				v = c
			}
			pkgs.exports[k] = v
		}
		for pkg, ws := range wrapperOverrides {
			key := pkg
			if key == "fmt/fmt" {
				key = "fmt/./fmt"
			}
			if t := pkgs.exports[key]; t != nil {
				c := make(map[string]reflect.Value, len(t))
				for k, v := range t {
					c[k] = v
				}
				for k, v := range ws {
					c[k] = v
				}
				pkgs.exports[key] = c
			}
		}
		for name, ps := range shimPackages() {
			pkgs.byPath[name] = path.Base(name)
			byName[path.Base(name)] = append(byName[path.Base(name)], ps)
		}
		// display.Show is the Kind constant for compiled Go; cells get the
		// function that shows a value.
		if d := pkgs.exports["github.com/gograd/gograd/interp/display/display"]; d != nil {
			d["Show"] = reflect.ValueOf(display.ShowValue)
		}
		pkgs.exports["."] = map[string]reflect.Value{"MapTypes": reflect.ValueOf(symbols.MapTypes)}
		for name, ps := range byName {
			if notPreloaded[name] {
				continue
			}
			if p, ok := preferredPaths[name]; ok {
				pkgs.preferred[name] = p
				continue
			}
			sort.Slice(ps, func(i, j int) bool {
				si, sj := !strings.Contains(ps[i], "."), !strings.Contains(ps[j], ".")
				if si != sj {
					return si
				}
				return len(ps[i]) < len(ps[j])
			})
			pkgs.preferred[name] = ps[0]
		}
	})
}

func newSession(opts Options) (*Session, error) {
	loadPackages()
	s := &Session{
		opts:       opts,
		stderr:     &stderrFilter{},
		closedCh:   make(chan struct{}),
		imports:    map[string]string{},
		aliases:    map[string]string{},
		yaegiNames: map[string]string{},
		decls:      map[string]string{},
		renames:    map[string]string{},
	}
	stdin := opts.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	args := opts.Args
	if args == nil {
		args = []string{"gograd"}
	}
	s.in = yaegi.New(yaegi.Options{
		GoPath:               ".",
		SourcecodeFilesystem: shimFS(),
		Stdin:                stdin,
		Stdout:               dynWriter{},
		Stderr:               s.stderr,
		Args:                 args,
		Unrestricted:         true,
	})
	if err := s.in.Use(pkgs.exports); err != nil {
		return nil, fmt.Errorf("interp: loading symbols: %w", err)
	}
	// yaegi compiles channel operations that an interrupt (or Close) can
	// end only while its cancelChan is set, which arming a run does: set
	// it before the first compile, or a cell's first chunk gets channel
	// operations that block for good.
	if it, ok := newInterruptor(s.in); ok {
		s.arm(it)
	}
	// time.Sleep begun while a cell runs ends early when the session is
	// interrupted: it is compiled code, which yaegi cannot stop. It
	// watches the interrupts (wakeBlocked), not the context of the chunk
	// running when it began: that one ends with the chunk, and a
	// goroutine's sleep begun in a cell's first statements ended as they
	// did. A sleep begun between cells (a goroutine's background loop) is
	// left alone by a later cell's interrupt. Every sleep ends when the
	// session is closed.
	sleep := func(d time.Duration) {
		if d <= 0 {
			return
		}
		s.timers.after(d) // a deadlock watch (deadlock.go) waits for it
		var wake <-chan struct{}
		if s.inCell.Load() {
			wake = s.woken()
		}
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-t.C:
		case <-wake:
		case <-s.closedCh:
		}
	}
	if opts.DetectDeadlock {
		if err := s.in.Use(s.timers.timerSymbols()); err != nil {
			return nil, fmt.Errorf("interp: timers: %w", err)
		}
	}
	if err := s.in.Use(Exports{"time/time": {"Sleep": reflect.ValueOf(sleep)}}); err != nil {
		return nil, fmt.Errorf("interp: time.Sleep: %w", err)
	}
	// fmt.Scan and friends read the session's standard input.
	scanIn := func() io.Reader {
		if s.opts.Stdin != nil {
			return s.opts.Stdin
		}
		return os.Stdin // an empty pipe during Eval, when capturing
	}
	if err := s.in.Use(Exports{"fmt/./fmt": {
		"Scan":   reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscan(scanIn(), a...) }),
		"Scanln": reflect.ValueOf(func(a ...any) (int, error) { return fmt.Fscanln(scanIn(), a...) }),
		"Scanf":  reflect.ValueOf(func(f string, a ...any) (int, error) { return fmt.Fscanf(scanIn(), f, a...) }),
	}}); err != nil {
		return nil, fmt.Errorf("interp: fmt.Scan: %w", err)
	}
	// os.Args is the session's, not the process's.
	sessionArgs := append([]string(nil), args...)
	if err := s.in.Use(Exports{"os/os": {"Args": reflect.ValueOf(&sessionArgs).Elem()}}); err != nil {
		return nil, fmt.Errorf("interp: os.Args: %w", err)
	}
	if err := s.in.Use(Exports{"flag/flag": flagSymbols(&sessionArgs)}); err != nil {
		return nil, fmt.Errorf("interp: flag: %w", err)
	}
	if err := s.in.Use(Exports{"github.com/gograd/gograd/interp/gg/gg": s.runtimeSymbols()}); err != nil {
		return nil, fmt.Errorf("interp: loading runtime helpers: %w", err)
	}
	// Preload every package under its name.
	var b strings.Builder
	b.WriteString("import (\n")
	names := make([]string, 0, len(pkgs.preferred))
	for n := range pkgs.preferred {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := pkgs.preferred[n]
		if path.Base(p) != n {
			fmt.Fprintf(&b, "\t%s %q\n", n, p)
		} else {
			fmt.Fprintf(&b, "\t%q\n", p)
		}
		s.imports[n] = p
		s.yaegiNames[n] = p
	}
	fmt.Fprintf(&b, "\tgg__ %q\n)\n", "github.com/gograd/gograd/interp/gg")
	if _, err := s.in.Eval(b.String()); err != nil {
		return nil, fmt.Errorf("interp: preloading packages: %w", err)
	}
	if _, err := s.in.Eval(preludeSource); err != nil {
		return nil, fmt.Errorf("interp: prelude: %w", err)
	}
	if opts.ExitProcess {
		symbols.ExitHook = s.exitProcess
	}
	return s, nil
}

func (s *Session) close() error {
	s.stateMu.Lock()
	already := s.closed
	s.closed = true
	s.stateMu.Unlock()
	if already {
		return nil
	}
	close(s.closedCh)
	if stop := s.guard.stop.Load(); stop != nil {
		(*stop)(errors.New("session closed"))
	}
	// The goroutines cells left running stop too: a closed session's
	// spinning loop would go on using a core for as long as the process
	// lives.
	if it, ok := newInterruptor(s.in); ok {
		s.armedMu.Lock()
		it.stopAll(s.armed)
		s.armed = nil
		s.armedMu.Unlock()
	}
	s.wakeBlocked()
	return nil
}

// cellName is the file name positions of the next cell refer to.
func (s *Session) cellName() string {
	if s.opts.Filename != "" {
		return s.opts.Filename
	}
	return "cell[" + strconv.Itoa(s.ncell) + "]"
}

// parseError is compileError for syntax errors, with errors found at the
// end of the wrapper the statements are parsed in moved to the end of the
// cell.
func parseError(err error, name, code string) *Error {
	e := compileError(err, name)
	lines := strings.Count(code, "\n") + 1
	last := code[strings.LastIndexByte(code, '\n')+1:]
	if e.Line > lines || (e.Line == lines && strings.Contains(e.Message, "found '}'") && strings.TrimSpace(last) == "") {
		e.Line, e.Col = lines, len(last)+1
		e.Message = strings.Replace(e.Message, "found '}'", "found end of cell", 1)
		e.Traceback = []string{fmt.Sprintf("%s:%d:%d: %s", name, e.Line, e.Col, e.Message)}
	}
	return e
}

// compileError turns parse or yaegi compile errors into *Error.
func compileError(err error, name string) *Error {
	e := &Error{Name: "CompileError"}
	var el scanner.ErrorList
	if errors.As(err, &el) && len(el) > 0 {
		e.Line, e.Col = el[0].Pos.Line, el[0].Pos.Column
		e.Message = el[0].Msg
		for _, x := range el {
			e.Traceback = append(e.Traceback, cleanMessage(fmt.Sprintf("%s:%d:%d: %s", x.Pos.Filename, x.Pos.Line, x.Pos.Column, x.Msg)))
		}
		if len(el) > 10 {
			e.Traceback = append(e.Traceback[:10], fmt.Sprintf("(%d more errors)", len(el)-10))
		}
		return e
	}
	msg := cleanMessage(err.Error())
	e.Message = msg
	if m := posPrefix.FindStringSubmatch(msg); m != nil {
		e.Line, _ = strconv.Atoi(m[2])
		e.Col, _ = strconv.Atoi(m[3])
		e.Message = m[4]
		if m[1] == "" || m[1] == "_.go" {
			msg = name + ":" + m[2] + ":" + m[3] + ": " + m[4]
		}
	}
	e.Message = cleanMessage(e.Message)
	e.Traceback = []string{msg}
	return e
}

var posPrefix = regexp.MustCompile(`^(?s)([^\n]*?):(\d+):(\d+): (.*)$`)

// cleanMessage removes yaegi's internal names from messages.
func cleanMessage(m string) string {
	m = strings.ReplaceAll(m, "/_.go", "")
	return m
}

// eval runs one cell.
func (s *Session) eval(ctx context.Context, code string) (res Result, err error) {
	s.evalMu.Lock()
	defer s.evalMu.Unlock()
	s.stateMu.RLock()
	closed := s.closed
	s.stateMu.RUnlock()
	if closed {
		return res, &Error{Name: "SessionClosed", Message: "the session is closed"}
	}
	s.inCell.Store(true)
	defer s.inCell.Store(false)
	// A cell interrupted while inside compiled code may still be running.
	if s.running != nil && !s.awaitRunning(ctx) { // survive.go
		return res, &Error{Name: "Interrupted", Message: "interrupted while waiting for the previous, interrupted cell to stop (it is inside a compiled call)"}
	}
	s.ncell++
	name := s.cellName()
	s.rememberSource(name, code)

	if s.opts.Display != nil {
		old := display.SetHandler(s.opts.Display)
		defer display.SetHandler(old)
	}
	if s.opts.Stdout != nil || s.opts.Stderr != nil {
		r, rerr := startRedirect(s.opts.Stdout, s.opts.Stderr, s.opts.Stdin)
		if rerr != nil {
			return res, fmt.Errorf("interp: capturing output: %w", rerr)
		}
		s.redirect.Store(r)
		defer func() {
			if s.redirect.CompareAndSwap(r, nil) {
				r.stop()
			}
		}()
	}
	s.beforeCell() // survive.go

	s.defers = nil
	s.panicNote.reset()
	defer func() {
		err = s.runTopDefers(ctx, err)
	}()
	fset := s.in.FileSet()
	pc, perr := parseCell(fset, name, code)
	if perr != nil {
		return res, parseError(perr, name, code)
	}
	plan, err := s.plan(pc, name)
	if err != nil {
		return res, err
	}
	s.takeGoPanic() // one from an earlier cell's goroutine was reported then
	defer func() {
		if err == nil {
			if e := s.takeGoPanic(); e != nil {
				err = e
			}
		}
	}()
	for i, ch := range plan {
		v, err := s.run(ctx, ch, name)
		if err != nil && ch.optional {
			continue
		}
		if err != nil {
			return res, s.betterCompileError(err, pc, name)
		}
		if ch.commit != nil {
			ch.commit()
		}
		if ch.errCheck && v.IsValid() && v.CanInterface() {
			p := fset.Position(pc.errPos)
			if e := cellError(v.Interface(), name, p.Line, p.Column); e != nil {
				return res, e
			}
		}
		if i == len(plan)-1 && ch.value {
			res = s.result(v)
		}
	}
	return res, nil
}

// betterCompileError replaces a yaegi compile error by the first error
// go/types found in the cell, whose messages are the compiler's.
func (s *Session) betterCompileError(err error, pc *parsedCell, name string) error {
	e, ok := err.(*Error)
	if !ok || e.Name != "CompileError" || len(pc.typeErrs) == 0 {
		return err
	}
	fset := s.in.FileSet()
	for _, te := range pc.typeErrs {
		pos := fset.Position(te.Pos)
		if cleanMessage(pos.Filename) != name {
			continue
		}
		return &Error{Name: "CompileError", Message: te.Msg, Line: pos.Line, Col: pos.Column,
			Traceback: []string{fmt.Sprintf("%s:%d:%d: %s", name, pos.Line, pos.Column, te.Msg)}}
	}
	return err
}

// chunk is a unit handed to yaegi: a file of declarations or a block of
// statements.
type chunk struct {
	node  ast.Node
	value bool // the chunk is the cell's final expression statement
	// errCheck: the chunk's value is the error result of the final
	// expression; a non-nil one fails the cell.
	errCheck bool
	// commit, when set, runs once the chunk ran without error.
	commit func()
	// optional: the chunk is the rewrite's own; its errors are ignored.
	optional bool
}

// run compiles and executes one chunk, turning every failure into *Error.
func (s *Session) run(ctx context.Context, ch chunk, name string) (v reflect.Value, err error) {
	var prog *yaegi.Program
	func() {
		defer func() {
			if r := recover(); r != nil {
				err = &Error{Name: "InterpreterError", Message: fmt.Sprint(r),
					Traceback: []string{"the interpreter failed on this code: " + fmt.Sprint(r), string(debug.Stack())}}
			}
		}()
		prog, err = s.in.CompileAST(ch.node)
		if err != nil {
			err = compileError(err, name)
		}
	}()
	if err != nil || prog == nil {
		return v, err
	}

	s.stderr.takeTrace()
	ctx, stop := context.WithCancelCause(ctx)
	defer stop(nil)
	s.guard.depth.Store(0)
	s.guard.takeTrail()
	s.guard.stop.Store(&stop)
	defer s.guard.stop.Store(nil)
	done := make(chan struct{})
	var perr error
	var gid string
	it, own := newInterruptor(s.in) // see interrupt.go
	var armed chan struct{}
	if own {
		armed = s.arm(it)
	}
	gidc := make(chan string, 1)
	go func() {
		defer close(done)
		defer func() {
			if r := recover(); r != nil {
				perr = yaegi.Panic{Value: r, Stack: debug.Stack()}
			}
		}()
		gidc <- goroutineID()
		if own {
			v, perr = s.in.Execute(prog)
			return
		}
		gid = goroutineID()
		v, perr = s.in.ExecuteWithContext(ctx, prog)
	}()
	if s.opts.DetectDeadlock {
		go s.watchDeadlock(done, stop)
	}
	select {
	case <-done:
	case <-ctx.Done():
		if own {
			s.surv.bumped = it.stop(armed)
		} else {
			<-done // ExecuteWithContext returns at once on cancel
		}
		s.wakeBlocked() // blocking compiled calls (survive.go)
	}
	if ctx.Err() != nil {
		// Wait (a little) for the interpreted code to really stop.
		stopped := done
		if !own {
			stopped = waitExecuted(gid)
		}
		select {
		case <-stopped:
			s.restoreRunID() // survive.go
		case <-time.After(time.Second):
			s.running = stopped // still inside a compiled call: the next Eval waits
			select {
			case s.surv.runningG = <-gidc:
			default:
			}
		}
		s.stderr.takeTrace()
		if _, ok := context.Cause(ctx).(deadlockCause); ok {
			return reflect.Value{}, &Error{Name: "Deadlock", Message: deadlockCause{}.Error(),
				Traceback: []string{"fatal error: " + deadlockCause{}.Error()}}
		}
		if so, ok := context.Cause(ctx).(stackOverflow); ok {
			return reflect.Value{}, &Error{Name: "StackOverflow", Message: so.Error(),
				Traceback: []string{"StackOverflow: " + so.Error(), "(the cell was stopped; the session is still usable)"}}
		}
		return reflect.Value{}, &Error{Name: "Interrupted", Message: "evaluation interrupted", Traceback: []string{"Interrupted: " + context.Cause(ctx).Error()}}
	}
	if perr == nil {
		return v, nil
	}
	if errors.Is(perr, context.Canceled) || errors.Is(perr, context.DeadlineExceeded) {
		return v, &Error{Name: "Interrupted", Message: "evaluation interrupted"}
	}
	return v, s.runtimeError(perr, name)
}

// runtimeError turns a panic recovered by yaegi into *Error.
func (s *Session) runtimeError(err error, name string) *Error {
	trace := s.stderr.takeTrace()
	var p yaegi.Panic
	if !errors.As(err, &p) {
		return compileError(err, name)
	}
	s.topRec.last = p.Value
	if x, exit := p.Value.(symbols.Exit); exit {
		return &Error{Name: "Exit", Message: fmt.Sprintf("exit status %d", x.Code), ExitCode: x.Code,
			Traceback: []string{fmt.Sprintf("os.Exit(%d) called", x.Code)}}
	}
	trail := s.guard.takeTrail()
	e := &Error{Name: "panic"}
	bug := false
	// The value's Error or String method may be interpreted code: it runs
	// as a cell does (see survive.go).
	s.safely(e, func() {
		p.Value = recoveredNamed(p.Value, &s.asserts) // Go's runtime errors for yaegi's reflect panics, panic(nil)'s error
		switch x := p.Value.(type) {
		case stackOverflow:
			e.Name = "StackOverflow"
			e.Message = x.Error()
		case error:
			e.Message = x.Error()
		default:
			e.Message = fmt.Sprint(x)
			if f, ok := s.panicNote.message(e.Message); ok {
				e.Message = f() // the value's Error or String, noted where it panicked (fix_panicmsg.go)
			} else if m, ok := s.methodText(x); ok {
				e.Message = m // survive.go
			}
		}
		bug = isYaegiBug(p)
	})
	// yaegi implements indexing with reflect; say it as Go does.
	for from, to := range map[string]string{
		"reflect: slice index out of range":  "runtime error: index out of range",
		"reflect: array index out of range":  "runtime error: index out of range",
		"reflect: string index out of range": "runtime error: index out of range",
		"reflect: slice index out of bounds": "runtime error: slice bounds out of range",
	} {
		if e.Message == from {
			e.Message = to
		}
	}
	if msg, ok := reflectBoundsMessages[e.Message]; ok {
		e.Message = msg // the same of reflect's other messages
	}
	if e.Name == "panic" && bug {
		e.Name = "InterpreterError"
	}
	e.Traceback = append(e.Traceback, "panic: "+e.Message, "", "interpreted stack (innermost last):")
	frames := s.frames(trace, trail)
	for i := len(frames) - 1; i >= 0; i-- {
		f := frames[i]
		e.Traceback = append(e.Traceback, fmt.Sprintf("  %s at %s:%d:%d", f.fn, f.file, f.line, f.col))
		if line := s.sourceLine(f.file, strconv.Itoa(f.line)); line != "" {
			e.Traceback = append(e.Traceback, "      "+line)
		}
	}
	// Position: the innermost frame that is in this cell.
	for _, f := range frames {
		if f.file == name {
			e.Line, e.Col = f.line, f.col
			break
		}
	}
	if e.Name == "InterpreterError" {
		e.Traceback = append(e.Traceback, "", "(this is a failure inside the interpreter; the session is still usable)")
	}
	return e
}

// isYaegiBug tells panics that are failures of yaegi itself (not of the
// program) apart by their messages: these come from its use of reflection
// on values it built wrongly.
func isYaegiBug(p yaegi.Panic) bool {
	msg := fmt.Sprint(p.Value)
	for _, m := range []string{"nil type", "invalid interface value", "reflect.Set:", "reflect: Call with too many", "reflect: call of reflect.Value", "is not assignable to type interp."} {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// result builds the Result for a cell's final expression value.
func (s *Session) result(v reflect.Value) Result {
	if !v.IsValid() {
		return Result{}
	}
	var x any
	if v.CanInterface() {
		x = v.Interface()
	}
	show := x
	if viKind([]any{x}) != 0 {
		// yaegi's interface values (an any holding a session value):
		// shown through the session's methods, handed over plain.
		exact, _ := s.viDisp.get(0)
		if rv := reflect.ValueOf(x); isValueIface(rv.Type()) {
			show, x = unwrapOne(rv, exact), unwrapOne(rv, nil)
		} else {
			show, _ = unwrapIfaces(x, exact)
			x, _ = unwrapIfaces(x, nil)
		}
	}
	b := display.Render(show)
	for k, d := range s.probe {
		b[k] = d
	}
	s.probe = nil
	return Result{HasValue: true, Value: x, Bundle: b}
}

var _ io.Writer = dynWriter{}
var _ = parser.ParseFile

// maxSources bounds how many cells' sources are kept for tracebacks.
const maxSources = 200

// rememberSource keeps a cell's source so tracebacks can quote it.
func (s *Session) rememberSource(name, code string) {
	s.stateMu.Lock()
	defer s.stateMu.Unlock()
	if s.sources == nil {
		s.sources = map[string][]string{}
	}
	if len(s.sources) >= maxSources {
		for k := range s.sources {
			delete(s.sources, k)
			break
		}
	}
	s.sources[name] = strings.Split(code, "\n")
}

// sourceLine returns line (1-based, as a string) of the named cell.
func (s *Session) sourceLine(name, line string) string {
	n, err := strconv.Atoi(line)
	if err != nil {
		return ""
	}
	s.stateMu.RLock()
	defer s.stateMu.RUnlock()
	lines := s.sources[name]
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}

// stackFrame is one frame of a panic's interpreted stack.
type stackFrame struct {
	fn        string
	file      string
	line, col int
}

// frames builds a panic's interpreted stack, innermost first, from the
// lines yaegi printed as the panic unwound its frames (one per frame, with
// the function's name but only the position of the function's body) and
// the statement positions recorded by the markers the rewrite puts before
// statements: LeaveAt's trail for declared functions, gg__top for the top
// level of a cell. Frames of function literals the rewrite made (compound
// statements at the top level, range-over-func bodies) are left out.
func (s *Session) frames(trace []string, trail []frameMark) []stackFrame {
	fset := s.in.FileSet()
	type traced struct {
		stackFrame
		kind int // 0 top level, 1 declared function, 2 function literal
	}
	var tr []traced
	ndecl := 0
	for _, l := range trace {
		m := panicLine.FindStringSubmatch(cleanMessage(l))
		if m == nil {
			continue
		}
		f := traced{}
		f.file = m[1]
		f.line, _ = strconv.Atoi(m[2])
		f.col, _ = strconv.Atoi(m[3])
		fn := strings.TrimSuffix(m[5], "(...)")
		switch {
		case fn == "" || fn == "main":
			f.fn = "<top level>"
		case fn == "func" || strings.HasSuffix(fn, ".func"):
			f.kind = 2
			f.fn = "func literal"
			if s.synthetic[fmt.Sprintf("%s:%d:%d", f.file, f.line, f.col)] {
				continue
			}
		default:
			f.kind = 1
			f.fn = strings.TrimPrefix(fn, "main.")
			ndecl++
		}
		tr = append(tr, f)
	}
	// The last ndecl entries of the trail are the declared functions the
	// panic unwound, innermost first.
	if len(trail) > ndecl {
		trail = trail[len(trail)-ndecl:]
	}
	out := make([]stackFrame, 0, len(tr))
	var top int
	if g, ok := s.global("gg__top"); ok && g.CanInt() {
		top = int(g.Int())
	}
	for _, f := range tr {
		switch f.kind {
		case 0:
			if top == 0 {
				if len(out) > 0 {
					continue // the call of a whole program's main
				}
			} else if p := fset.Position(token.Pos(top)); p.IsValid() {
				f.file, f.line, f.col = cleanMessage(p.Filename), p.Line, p.Column
			}
		case 1:
			if n, ok := s.funcNames[fmt.Sprintf("%s:%d:%d", f.file, f.line, f.col)]; ok {
				f.fn = n
			}
			if len(trail) > 0 {
				if p := fset.Position(token.Pos(trail[0])); trail[0] != 0 && p.IsValid() {
					f.file, f.line, f.col = cleanMessage(p.Filename), p.Line, p.Column
				}
				trail = trail[1:]
			}
			if f.fn == "gg__main" {
				f.fn = "main"
			}
		}
		out = append(out, f.stackFrame)
		if f.kind == 0 {
			top = -1 // placed
		}
	}
	if top > 0 {
		// yaegi printed no line for the top level (its statement only
		// called a function literal the rewrite made).
		if p := fset.Position(token.Pos(top)); p.IsValid() {
			out = append(out, stackFrame{fn: "<top level>", file: cleanMessage(p.Filename), line: p.Line, col: p.Column})
		}
	}
	return out
}

// runDefers runs the calls the cell's top-level defer statements
// registered, last first, as Go runs a function's deferred calls when it
// returns: yaegi ran them at the end of each chunk of the cell, and again
// after every later chunk. A panic in one is the cell's error; the others
// still run.
func (s *Session) runDefers(ctx context.Context) (err *Error) {
	for len(s.defers) > 0 {
		f := s.defers[len(s.defers)-1]
		s.defers = s.defers[:len(s.defers)-1]
		// As a chunk runs: an interrupt stops it (see survive.go).
		r, stopped := s.callInterruptible(ctx, f)
		if stopped != nil {
			s.defers = nil
			return stopped
		}
		if x, ok := r.(symbols.Exit); ok {
			// os.Exit in a deferred call: the other deferred calls do not run.
			s.defers = nil
			return &Error{Name: "Exit", Message: fmt.Sprintf("exit status %d", x.Code), ExitCode: x.Code,
				Traceback: []string{fmt.Sprintf("os.Exit(%d) called", x.Code)}}
		}
		if r != nil && err == nil {
			err = &Error{Name: "panic"}
			s.safely(err, func() { err.Message = fmt.Sprint(r) })
			err.Traceback = []string{"panic in a deferred call: " + err.Message}
		}
	}
	return err
}

// global is the session's global variable name. yaegi's Globals panics
// (index out of range) when a variable is declared whose frame slot a
// failed compilation never made.
func (s *Session) global(name string) (v reflect.Value, ok bool) {
	defer func() {
		if recover() != nil {
			v, ok = reflect.Value{}, false
		}
	}()
	v, ok = s.in.Globals()[name]
	return v, ok
}

// exitProcess ends the process with code for os.Exit and log.Fatal in a
// session with Options.ExitProcess, once the output written so far is
// delivered: deferred calls do not run, as in a Go program.
func (s *Session) exitProcess(code int) {
	if r := s.redirect.Swap(nil); r != nil {
		r.stop()
	}
	os.Exit(code)
}
