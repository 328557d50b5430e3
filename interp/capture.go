package interp

import (
	"bytes"
	"io"
	"log"
	"os"
	"regexp"
	"sync"
)

// captureMu serialises the redirection of os.Stdout and os.Stderr: they are
// process-wide, so only one session at a time may evaluate with capture.
var captureMu sync.Mutex

// redirect is one evaluation's capture of os.Stdout/os.Stderr: both are
// replaced by pipes whose contents are copied, as they arrive, to the
// session's writers.
type redirect struct {
	oldOut, oldErr *os.File
	oldIn          *os.File
	rIn            *os.File
	wOut, wErr     *os.File
	done           sync.WaitGroup
	restoreLog     bool
}

// startRedirect swaps os.Stdout and os.Stderr for pipes feeding out and
// errw (a nil writer leaves that stream alone), and os.Stdin for an empty
// input when the session has no Stdin, so that a cell reading standard
// input never blocks on the kernel's.
func startRedirect(out, errw io.Writer, in io.Reader) (*redirect, error) {
	captureMu.Lock()
	r := &redirect{oldOut: os.Stdout, oldErr: os.Stderr, oldIn: os.Stdin}
	// Another reader (a kernel's, which asks the front end for input when
	// read) is left to fmt.Scan*; copying it into a pipe would read it
	// ahead, before the cell asks.
	if f, ok := in.(*os.File); ok {
		os.Stdin = f
	} else if in == nil {
		if pr, pw, err := os.Pipe(); err == nil {
			pw.Close()
			r.rIn = pr
			os.Stdin = pr
		}
	}
	pipe := func(dst io.Writer, target **os.File) (*os.File, error) {
		if dst == nil {
			return nil, nil
		}
		pr, pw, err := os.Pipe()
		if err != nil {
			return nil, err
		}
		r.done.Add(1)
		go func() {
			defer r.done.Done()
			buf := make([]byte, 32<<10)
			for {
				n, err := pr.Read(buf)
				if n > 0 {
					dst.Write(buf[:n])
				}
				if err != nil {
					pr.Close()
					return
				}
			}
		}()
		*target = pw
		return pw, nil
	}
	var err error
	if r.wOut, err = pipe(out, &os.Stdout); err != nil {
		r.stop()
		return nil, err
	}
	if r.wErr, err = pipe(errw, &os.Stderr); err != nil {
		r.stop()
		return nil, err
	}
	// The standard logger holds the os.Stderr it started with.
	if r.wErr != nil && log.Writer() == r.oldErr {
		log.SetOutput(r.wErr)
		r.restoreLog = true
	}
	return r, nil
}

// stop restores the streams and waits until everything written before has
// been delivered.
func (r *redirect) stop() {
	os.Stdout, os.Stderr, os.Stdin = r.oldOut, r.oldErr, r.oldIn
	if r.rIn != nil {
		r.rIn.Close()
	}
	if r.restoreLog {
		log.SetOutput(r.oldErr)
	}
	if r.wOut != nil {
		r.wOut.Close()
	}
	if r.wErr != nil {
		r.wErr.Close()
	}
	r.done.Wait()
	captureMu.Unlock()
}

// dynWriter writes to whatever os.Stdout or os.Stderr is at the time of
// the write, so that yaegi's own output (println, panics) follows the
// capture.
type dynWriter struct{ stderr bool }

func (w dynWriter) Write(p []byte) (int, error) {
	if w.stderr {
		return os.Stderr.Write(p)
	}
	return os.Stdout.Write(p)
}

// panicLine matches the lines yaegi prints for each interpreted frame a
// panic unwinds through, e.g. "cell:3:5: panic: main.f(...)".
var panicLine = regexp.MustCompile(`^(.*?):?(\d+):(\d+): panic(: (.*))?$`)

// stderrFilter is yaegi's stderr: it keeps the panic trace lines for the
// session's error report and passes everything else on.
type stderrFilter struct {
	mu    sync.Mutex
	trace []string
	buf   []byte
}

func (f *stderrFilter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.buf = append(f.buf, p...)
	for {
		i := bytes.IndexByte(f.buf, '\n')
		if i < 0 {
			break
		}
		line := string(f.buf[:i])
		f.buf = f.buf[i+1:]
		if panicLine.MatchString(line) {
			f.trace = append(f.trace, line)
			continue
		}
		os.Stderr.Write([]byte(line + "\n"))
	}
	return len(p), nil
}

func (f *stderrFilter) takeTrace() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.buf) > 0 {
		os.Stderr.Write(f.buf)
		f.buf = nil
	}
	t := f.trace
	f.trace = nil
	return t
}
