package repl

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"text/tabwriter"
	"time"
	"unicode/utf8"

	"github.com/chzyer/readline"
	"golang.org/x/term"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/interp/display"
)

// Prompts of the interactive REPL.
const (
	Prompt             = ">>> "
	ContinuationPrompt = "... "
)

// Config configures Run. The zero value runs on the process's standard
// streams with a real interpreted session.
type Config struct {
	// Stdin, Stdout and Stderr default to the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Script forces script mode (no prompts, no echo, stop at the first
	// error) even when Stdin is a terminal. A Stdin that is not a terminal
	// always runs in script mode.
	Script bool
	// Banner is printed when an interactive REPL starts.
	Banner string
	// HistoryFile is where input lines are kept between runs; empty means
	// HistoryPath(), "-" keeps no history.
	HistoryFile string
	// Images says whether images are also drawn inline.
	Images ImageMode
	// ImageDir is where images are saved; empty means a new temporary
	// directory, made on the first image.
	ImageDir string
	// NewSession starts a session; nil means NewInterpSession.
	NewSession func(interp.Options) (Session, error)
	// Getenv reads the environment (for colour and terminal detection);
	// nil means os.Getenv.
	Getenv func(string) string
}

// Run runs the REPL until the user quits or, in script mode, until the
// input ends or a cell fails. It returns the process exit status: 0, or 1
// when a script failed or the session could not start.
func Run(cfg Config) int {
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.NewSession == nil {
		cfg.NewSession = NewInterpSession
	}
	if cfg.Getenv == nil {
		cfg.Getenv = os.Getenv
	}
	interactive := !cfg.Script && isTerminal(cfg.Stdin)
	// Our own copies of the terminal's descriptors: if the session
	// redirects fd 1 and 2 to capture compiled code's output, what the REPL
	// prints (prompts, values, the cell output it forwards) still reaches
	// the terminal and cannot loop back into the capture.
	stdout, closeOut := dupFile(cfg.Stdout)
	defer closeOut()
	stderr, closeErr := dupFile(cfg.Stderr)
	defer closeErr()

	color := interactive && isTerminal(cfg.Stdout) && cfg.Getenv("NO_COLOR") == "" && cfg.Getenv("TERM") != "dumb"
	proto := protoNone
	if interactive && isTerminal(cfg.Stdout) {
		proto = cfg.Images.protocol(cfg.Getenv)
	}
	r := &repl{
		cfg:         cfg,
		interactive: interactive,
		render:      newRenderer(stdout, stderr, color, proto, cfg.ImageDir),
	}
	r.render.liveBars = isTerminal(cfg.Stderr)
	r.acc = accumulator{interactive: interactive, isComplete: r.isComplete}
	if interactive && cfg.Banner != "" {
		r.render.printf("%s\n", strings.TrimRight(cfg.Banner, "\n"))
	}
	if err := r.startSession(); err != nil {
		r.render.errorf("gograd: starting the session: %v\n", err)
		return 1
	}
	// Between cells too, display requests come here (the session installs
	// its handler only while a cell runs): FlushProgress after a cell
	// delivers the bars' last held-back states.
	prev := display.SetHandler(r.render.handle)
	defer display.SetHandler(prev)
	defer func() { r.session().Close() }()
	if interactive {
		return r.interactiveLoop(stdout, stderr)
	}
	return r.script()
}

type repl struct {
	cfg         Config
	interactive bool
	render      *renderer
	acc         accumulator

	mu     sync.Mutex
	sess   Session
	cancel context.CancelFunc // of the running cell; nil between cells
	intrs  int                // interrupts sent to the running cell
}

func (r *repl) session() Session {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.sess
}

func (r *repl) startSession() error {
	s, err := r.cfg.NewSession(interp.Options{
		Stdout:  r.render.out,
		Stderr:  r.render.err,
		Args:    []string{"gograd"},
		Display: r.render.handle,
		// Piped input is a script: goroutines that all block end it as
		// they end a Go program, where a terminal user would interrupt.
		DetectDeadlock: !r.interactive,
	})
	if err != nil {
		return err
	}
	r.mu.Lock()
	r.sess = s
	r.mu.Unlock()
	return nil
}

func (r *repl) isComplete(code string) (string, string) {
	if s := r.session(); s != nil {
		return s.IsComplete(code)
	}
	return "unknown", ""
}

// errQuit ends the REPL with status 0 (:quit).
var errQuit = errors.New("quit")

// interactive is the terminal loop: read lines with editing and history,
// gather them into cells, run them.
func (r *repl) interactiveLoop(stdout, stderr io.Writer) int {
	histPath := r.cfg.HistoryFile
	if histPath == "" {
		p, err := HistoryPath()
		if err != nil {
			r.render.noticef("history disabled: %v\n", err)
		}
		histPath = p
	}
	if histPath == "-" {
		histPath = ""
	}
	if histPath != "" {
		if err := prepareHistory(histPath); err != nil {
			r.render.noticef("history disabled: %v\n", err)
			histPath = ""
		}
	}
	var stdin io.ReadCloser
	if rc, ok := r.cfg.Stdin.(io.ReadCloser); ok {
		stdin = rc
	} else {
		stdin = io.NopCloser(r.cfg.Stdin)
	}
	if f, ok := r.cfg.Stdin.(*os.File); ok && pasteDetection {
		stdin = byteReader{f}
		fd := int(f.Fd())
		r.acc.typed = func() bool { return !inputPending(fd, 20*time.Millisecond) }
	}
	rlCfg := &readline.Config{
		Prompt:            Prompt,
		HistoryFile:       histPath,
		HistoryLimit:      10000,
		HistorySearchFold: true,
		AutoComplete:      &completer{r: r},
		InterruptPrompt:   "^C",
		EOFPrompt:         "\n",
		Stdin:             readline.NewCancelableStdin(stdin),
		Stdout:            stdout,
		Stderr:            stderr,
		FuncIsTerminal:    func() bool { return true },
	}
	// readline assumes the process's fds 0 and 1; use the ones given.
	if f, ok := r.cfg.Stdin.(*os.File); ok {
		fd := int(f.Fd())
		var saved *readline.State
		rlCfg.FuncMakeRaw = func() error {
			st, err := readline.MakeRaw(fd) // keeps OPOST, unlike x/term's
			if err == nil {
				saved = st
			}
			return err
		}
		rlCfg.FuncExitRaw = func() error {
			if saved == nil {
				return nil
			}
			err := readline.Restore(fd, saved)
			saved = nil
			return err
		}
	}
	if f, ok := r.cfg.Stdout.(*os.File); ok {
		fd := int(f.Fd())
		rlCfg.FuncGetWidth = func() int {
			if w, _, err := term.GetSize(fd); err == nil && w > 0 {
				return w
			}
			return 80
		}
	}
	rl, err := readline.NewEx(rlCfg)
	if err != nil {
		r.render.errorf("gograd: starting line editing: %v\n", err)
		return 1
	}
	defer closeReadline(rl)

	// While a cell runs the terminal is in cooked mode and Ctrl-C arrives
	// as SIGINT: it interrupts the cell. While typing, readline has the
	// terminal raw and sees Ctrl-C as a key.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt)
	defer signal.Stop(sigs)
	go r.interrupts(sigs)

	// Killed or hung up while typing: give the terminal back in its
	// normal mode rather than leave it raw.
	ends := make(chan os.Signal, 1)
	signal.Notify(ends, syscall.SIGTERM, syscall.SIGHUP)
	defer signal.Stop(ends)
	go func() {
		sig, ok := <-ends
		if !ok {
			return
		}
		if rlCfg.FuncExitRaw != nil {
			rlCfg.FuncExitRaw()
		}
		code := 128 + 15
		if sig == syscall.SIGHUP {
			code = 128 + 1
		}
		os.Exit(code)
	}()

	for {
		r.render.endLine()
		if r.acc.pending() {
			rl.SetPrompt(ContinuationPrompt)
		} else {
			rl.SetPrompt(Prompt)
		}
		line, err := rl.Readline()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			r.acc.reset()
			continue
		case errors.Is(err, io.EOF):
			return 0
		case err != nil:
			r.render.errorf("gograd: reading input: %v\n", err)
			return 1
		}
		cell, ok := r.acc.add(line)
		if !ok {
			continue
		}
		if err := r.run(cell); errors.Is(err, errQuit) {
			return 0
		}
	}
}

// interrupts turns SIGINT into cancelling the running cell. A cell stuck
// where it cannot be interrupted (inside a long compiled call) gets two
// more chances before the third Ctrl-C ends gograd.
func (r *repl) interrupts(sigs <-chan os.Signal) {
	for range sigs {
		r.mu.Lock()
		cancel := r.cancel
		if cancel != nil {
			r.intrs++
		}
		n := r.intrs
		r.mu.Unlock()
		if cancel == nil {
			continue
		}
		// The terminal echoed "^C" where the cursor was.
		r.render.mu.Lock()
		r.render.out.midLine = true
		r.render.mu.Unlock()
		cancel()
		switch n {
		case 2:
			r.render.noticef("interrupting… (Ctrl-C once more to quit gograd)\n")
		case 3:
			r.render.errorf("gograd: the cell did not stop; quitting\n")
			os.Exit(130)
		}
	}
}

// script runs piped input: cells gathered by completeness, nothing echoed,
// stopping at the first error with status 1.
func (r *repl) script() int {
	in := bufio.NewReader(r.cfg.Stdin)
	for {
		line, err := in.ReadString('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			r.render.errorf("gograd: reading input: %v\n", err)
			return 1
		}
		eof := err != nil
		if line != "" || !eof {
			if cell, ok := r.acc.add(strings.TrimSuffix(line, "\n")); ok {
				if status, done := r.scriptCell(cell); done {
					return status
				}
			}
		}
		if eof {
			if cell, ok := r.acc.flush(); ok {
				if status, done := r.scriptCell(cell); done {
					return status
				}
			}
			r.render.endLine()
			return 0
		}
	}
}

func (r *repl) scriptCell(cell string) (status int, done bool) {
	err := r.run(cell)
	var ie *interp.Error
	switch {
	case err == nil:
		return 0, false
	case errors.Is(err, errQuit):
		r.render.endLine()
		return 0, true
	case errors.As(err, &ie) && ie.Name == "Exit":
		// os.Exit(n) or log.Fatal in the script: it ends with that status.
		r.render.endLine()
		return ie.ExitCode, true
	}
	return 1, true
}

// run runs one cell (code or a meta command) and reports it; the error is
// only for the caller's control flow, it has been shown already.
func (r *repl) run(cell string) error {
	if IsMeta(cell) {
		m, err := ParseMeta(cell)
		if err != nil {
			r.render.errorf("%v\n", err)
			return err
		}
		return r.meta(m)
	}
	_, err := r.eval(cell, r.interactive)
	return err
}

// eval runs code in the session, interruptible with Ctrl-C, and shows the
// value (when echo is set) or the error.
func (r *repl) eval(code string, echo bool) (interp.Result, error) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	r.mu.Lock()
	s := r.sess
	r.cancel, r.intrs = cancel, 0
	r.mu.Unlock()
	res, err := s.Eval(ctx, code)
	r.mu.Lock()
	r.cancel = nil
	r.mu.Unlock()
	display.FlushProgress()
	r.render.finishBars()
	if err != nil {
		r.showError(err)
		return res, err
	}
	if echo && res.HasValue {
		r.render.value(resultLike{value: res.Value, bundle: res.Bundle})
	}
	return res, nil
}

func (r *repl) showError(err error) {
	var ie *interp.Error
	if !errors.As(err, &ie) {
		r.render.errorf("%v\n", err)
		return
	}
	switch ie.Name {
	case "Interrupted":
		r.render.noticef("Interrupted\n")
		return
	case "Exit":
		if r.interactive {
			r.render.noticef("exit status %d: the session keeps running (:quit or Ctrl-D leaves)\n", ie.ExitCode)
		}
		return
	}
	var b strings.Builder
	for _, l := range ie.Traceback {
		b.WriteString(strings.TrimRight(l, "\n"))
		b.WriteByte('\n')
	}
	// A compile error's traceback line already has the message, with its
	// position; repeat it only when the traceback does not.
	if !strings.Contains(b.String(), ie.Message) {
		b.WriteString(ie.Name + ": " + ie.Message + "\n")
	}
	r.render.errorf("%s", b.String())
}

// meta runs a meta command.
func (r *repl) meta(m Meta) error {
	switch m.Name {
	case "help":
		r.render.printf("%s", helpText())
	case "quit":
		return errQuit
	case "reset":
		old := r.session()
		if err := r.startSession(); err != nil {
			r.render.errorf("reset: %v\n", err)
			return err
		}
		old.Close()
		r.render.noticef("session reset: all variables are gone\n")
	case "vars":
		r.showVars()
	case "doc":
		in, ok := r.session().Inspect(m.Arg, utf8.RuneCountInString(m.Arg))
		if !ok {
			err := fmt.Errorf("no documentation found for %s", m.Arg)
			r.render.errorf("%v\n", err)
			return err
		}
		var b strings.Builder
		if in.Signature != "" {
			b.WriteString(in.Signature + "\n")
		} else {
			b.WriteString(in.Name + "\n")
		}
		if d := strings.TrimSpace(in.Doc); d != "" {
			b.WriteString("\n")
			for _, l := range strings.Split(d, "\n") {
				b.WriteString("    " + l + "\n")
			}
		}
		r.render.printf("%s", b.String())
	case "load":
		src, err := os.ReadFile(m.Arg)
		if err != nil {
			err = fmt.Errorf(":load: %w", err)
			r.render.errorf("%v\n", err)
			return err
		}
		code := string(src)
		if strings.HasPrefix(code, "#!") {
			// Keep line numbers: blank the #! line rather than drop it.
			if i := strings.IndexByte(code, '\n'); i >= 0 {
				code = code[i:]
			} else {
				code = ""
			}
		}
		_, err = r.eval(code, r.interactive)
		return err
	case "time":
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		_, err := r.eval(m.Arg, r.interactive)
		wall := time.Since(start)
		runtime.ReadMemStats(&after)
		r.render.noticef("time: %s wall, %d allocations, %s allocated (interpreter included)\n",
			roundDuration(wall), after.Mallocs-before.Mallocs, formatBytes(after.TotalAlloc-before.TotalAlloc))
		return err
	}
	return nil
}

func (r *repl) showVars() {
	vars := r.session().Vars()
	if len(vars) == 0 {
		r.render.printf("(no variables)\n")
		return
	}
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tTYPE\tVALUE")
	for _, v := range vars {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", v.Name, v.Type, shortValue(v.Value, 60))
	}
	tw.Flush()
	r.render.printf("%s", b.String())
}

// shortValue puts a value on one line of at most n runes.
func shortValue(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	return string(rs[:n-1]) + "…"
}

func roundDuration(d time.Duration) time.Duration {
	switch {
	case d > time.Second:
		return d.Round(time.Millisecond)
	case d > time.Millisecond:
		return d.Round(time.Microsecond)
	}
	return d
}

func formatBytes(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}

func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// closeReadline closes rl without waiting for ever: readline's Close waits
// for its terminal reader, which may be blocked reading the next key from
// the terminal (its cancelable stdin is not the reader Close closes), so
// gograd sometimes hung after Ctrl-D until a key was pressed. Readline has
// already given the terminal back in its normal mode when Readline
// returned, so nothing is lost by not waiting longer.
func closeReadline(rl *readline.Instance) {
	done := make(chan struct{})
	go func() {
		rl.Close()
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(300 * time.Millisecond):
	}
}
