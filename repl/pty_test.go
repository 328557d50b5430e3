//go:build unix

package repl_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These tests drive the real gograd binary in a pseudo-terminal, as a
// user at a keyboard would.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// gogradBinary builds ./cmd/gograd once per test run.
func gogradBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "gograd-repl-test-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "gograd")
		cmd := exec.Command("go", "build", "-o", binPath, "./cmd/gograd")
		cmd.Dir = ".."
		out, err := cmd.CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build ./cmd/gograd: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

const waitFor = 30 * time.Second // generous: CI machines are shared

// session is gograd running in a pseudo-terminal.
type session struct {
	t    *testing.T
	cmd  *exec.Cmd
	pty  *os.File
	done chan struct{} // closed when the output reader stops

	mu   sync.Mutex
	out  bytes.Buffer
	mark int // expect searches from here
	wait chan error
}

// testEnv is an environment with its own HOME and XDG_DATA_HOME, so tests
// never touch the user's history.
func testEnv(t *testing.T, dataHome string) []string {
	return envWithHome(t, t.TempDir(), dataHome)
}

// envWithHome is a test environment with the given HOME and, unless it is
// empty, XDG_DATA_HOME.
func envWithHome(t *testing.T, home, dataHome string) []string {
	env := []string{"HOME=" + home, "TERM=xterm", "PATH=" + os.Getenv("PATH"), "NO_COLOR=1", "TMPDIR=" + t.TempDir()}
	if dataHome != "" {
		env = append(env, "XDG_DATA_HOME="+dataHome)
	}
	return env
}

func start(t *testing.T, env []string, args ...string) *session {
	t.Helper()
	cmd := exec.Command(gogradBinary(t), args...)
	cmd.Env = env
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 40, Cols: 120})
	if err != nil {
		t.Fatalf("starting gograd in a pty: %v", err)
	}
	s := &session{t: t, cmd: cmd, pty: f, done: make(chan struct{}), wait: make(chan error, 1)}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := f.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() { s.wait <- cmd.Wait() }()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
		}
		f.Close()
	})
	s.expect(">>> ")
	return s
}

var ansi = regexp.MustCompile(`\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Za-z0-9]|\r`)

// raw is the output so far, byte for byte.
func (s *session) raw() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// screen is the output so far with escape sequences and CRs removed.
func (s *session) screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return ansi.ReplaceAllString(s.out.String(), "")
}

// expect waits until text appears after the previous match, and moves
// past it.
func (s *session) expect(text string) {
	s.t.Helper()
	deadline := time.Now().Add(waitFor)
	for {
		sc := s.screen()
		if s.mark > len(sc) {
			s.mark = len(sc)
		}
		if i := strings.Index(sc[s.mark:], text); i >= 0 {
			s.mark += i + len(text)
			return
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("timed out waiting for %q; output after the last match:\n%s", text, sc[s.mark:])
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// expectNot checks that text has not appeared since the last match.
func (s *session) expectNot(text string) {
	s.t.Helper()
	sc := s.screen()
	if strings.Contains(sc[min(s.mark, len(sc)):], text) {
		s.t.Errorf("unexpected %q in output:\n%s", text, sc[s.mark:])
	}
}

func (s *session) send(keys string) {
	s.t.Helper()
	if _, err := io.WriteString(s.pty, keys); err != nil {
		s.t.Fatalf("typing %q: %v", keys, err)
	}
}

// line types a line and presses Enter.
func (s *session) line(text string) { s.send(text + "\r") }

// exitStatus waits for gograd to exit and returns its status.
func (s *session) exitStatus() int {
	s.t.Helper()
	select {
	case err := <-s.wait:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			s.t.Fatalf("waiting for gograd: %v", err)
		}
		return 0
	case <-time.After(waitFor):
		s.t.Fatalf("gograd did not exit; output:\n%s", s.screen())
		return -1
	}
}

func TestPTYBannerAndCtrlD(t *testing.T) {
	s := start(t, testEnv(t, t.TempDir()))
	sc := strings.ToLower(s.screen())
	for _, want := range []string{"gograd", "cpu", "cuda", ":help"} {
		if !strings.Contains(sc, want) {
			t.Errorf("banner lacks %q:\n%s", want, sc)
		}
	}
	s.send("\x04") // Ctrl-D on an empty line
	if st := s.exitStatus(); st != 0 {
		t.Fatalf("Ctrl-D: exit status %d, want 0", st)
	}
}

func TestPTYMultiLineFunction(t *testing.T) {
	s := start(t, testEnv(t, t.TempDir()))
	s.line("func add(a, b int) int {")
	s.expect("... ")
	s.line("    return a + b")
	s.expect("... ")
	s.line("}")
	s.expect(">>> ")
	s.line("fmt.Println(add(40, 2))")
	s.expect("42")
	s.expect(">>> ")

	// A pasted function, with an empty line and tab indentation in it.
	s.send("func mul(a, b int) int {\r\tp := a * b\r\r\treturn p\r}\r")
	s.expect(">>> ")
	s.line("mul(6, 7) + 1000")
	s.expect("1042") // the value echoed
	s.expect(">>> ")

	// A typed empty line ends input left open by a brace (the compiler
	// says what is missing)...
	s.line("func unfinished() {")
	s.expect("... ")
	time.Sleep(50 * time.Millisecond) // a person, not a paste
	s.line("")
	s.expect(">>> ")
	s.line("fmt.Println(add(300, 33))")
	s.expect("333")
	s.expect(">>> ")

	// ...and input left open by a dangling operator, and the
	// compiler's error is shown; the session goes on.
	s.line("y := 1 +")
	s.expect("... ")
	s.line("")
	s.expect(">>> ")
	s.line("fmt.Println(mul(add(1, 2), 111))")
	s.expect("333")
	s.send("\x04")
	if st := s.exitStatus(); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

func TestPTYHistoryAcrossRestarts(t *testing.T) {
	data := t.TempDir()
	s := start(t, testEnv(t, data))
	s.line("fmt.Println(1000 + 337)")
	s.expect("1337")
	s.expect(">>> ")
	s.line("fmt.Println(2000 + 22)")
	s.expect("2022")
	s.expect(">>> ")
	s.send("\x04")
	if st := s.exitStatus(); st != 0 {
		t.Fatalf("exit status %d", st)
	}
	hist, err := os.ReadFile(filepath.Join(data, "gograd", "repl_history"))
	if err != nil {
		t.Fatalf("history file: %v", err)
	}
	if !strings.Contains(string(hist), "fmt.Println(1000 + 337)") {
		t.Fatalf("history file lacks the line typed:\n%s", hist)
	}

	s = start(t, testEnv(t, data))
	s.send("\x1b[A\x1b[A") // Up twice: the first line of the last run
	s.expect("1000 + 337")
	s.send("\r")
	s.expect("1337")
	s.expect(">>> ")
	// Reverse search finds the other one.
	s.send("\x12") // Ctrl-R
	s.send("2000 +")
	s.expect("2000 + 22")
	s.send("\r")
	s.expect("2022")
	s.send("\x04")
	if st := s.exitStatus(); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

func TestPTYTabCompletion(t *testing.T) {
	s := start(t, testEnv(t, t.TempDir()))
	s.send("fmt.Prin\t\t")
	s.expect("Printf")
	s.expectNot("Sprintf")
	s.send("ln(\"comp\" + \"leted\")\r")
	s.expect("completed")
	s.expect(">>> ")
	// A session variable completes too.
	s.line("longVariableName := 40")
	s.expect(">>> ")
	s.send("fmt.Println(longVar\t + 2)\r")
	s.expect("42")
	s.send("\x04")
	s.exitStatus()
}

func TestPTYInterrupt(t *testing.T) {
	s := start(t, testEnv(t, t.TempDir()))
	s.line("kept := 41")
	s.expect(">>> ")
	s.line(`for i := 0; ; i++ { if i == 0 { fmt.Println("spin" + "ning") } }`)
	s.expect("spinning")
	time.Sleep(100 * time.Millisecond) // be inside the loop
	s.send("\x03")
	s.expect("Interrupted")
	s.expect(">>> ")
	s.line("fmt.Println(kept + 1)")
	s.expect("42")
	s.expect(">>> ")

	// Ctrl-C while typing clears the line (and a pending multi-line cell).
	s.send("this is not Go")
	s.send("\x03")
	s.expect(">>> ")
	s.line("func broken() {")
	s.expect("... ")
	s.send("\x03")
	s.expect(">>> ")
	s.line(`fmt.Println("still" + " here")`)
	s.expect("still here")
	s.expectNot("not Go")
	s.send("\x04")
	if st := s.exitStatus(); st != 0 {
		t.Fatalf("exit status %d", st)
	}
}

func TestPTYMetaCommands(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "lib.gos")
	if err := os.WriteFile(file, []byte("func triple(x int) int { return 3 * x }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := start(t, testEnv(t, t.TempDir()))
	s.line(":help")
	s.expect(":load")
	s.expect(">>> ")
	s.line(":load " + file)
	s.expect(">>> ")
	s.line("fmt.Println(triple(14))")
	s.expect("42")
	s.expect(">>> ")
	s.line(":time fmt.Println(triple(100))")
	s.expect("300")
	s.expect("allocations")
	s.expect(">>> ")
	s.line(":nosuch")
	s.expect("unknown command")
	s.expect(">>> ")
	s.line(":reset")
	s.expect(">>> ")
	s.line("triple(1)")
	s.expect("undefined: triple")
	s.expect(">>> ")
	s.line(":quit")
	if st := s.exitStatus(); st != 0 {
		t.Fatalf(":quit: exit status %d", st)
	}
}

func TestPTYProgressBar(t *testing.T) {
	s := start(t, testEnv(t, t.TempDir()))
	s.line(`p := display.NewProgress(50, "steps")`)
	s.expect(">>> ")
	s.send("for i := 0; i < 50; i++ {\r\tp.Add(1)\r\ttime.Sleep(2 * time.Millisecond)\r}\r")
	s.expect("steps")
	s.expect("50/50")
	s.expect(">>> ")
	s.line("p.Done()")
	s.expect(">>> ")
	s.expectNot("vnd.gograd")
	s.send("\x04")
	s.exitStatus()
}

func runPiped(t *testing.T, input string, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	cmd := exec.Command(gogradBinary(t), args...)
	cmd.Env = testEnv(t, t.TempDir())
	cmd.Stdin = strings.NewReader(input)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			status = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
	case <-time.After(waitFor):
		cmd.Process.Kill()
		t.Fatalf("gograd with piped input did not exit")
	}
	return out.String(), errb.String(), status
}

func TestPipedInput(t *testing.T) {
	tests := []struct {
		name       string
		input      string
		wantStatus int
		wantOut    string
		errHas     string
	}{
		{"runs like a script", "x := 6\nfmt.Println(x * 7)\n", 0, "42\n", ""},
		{"values are not echoed", "1 + 2\nfmt.Println(\"done\")\n", 0, "done\n", ""},
		{"multi-line function", "func sq(x int) int {\n\n\treturn x * x\n}\nfmt.Println(sq(9))\n", 0, "81\n", ""},
		{"stops at the first error", "fmt.Println(\"one\")\nnope()\nfmt.Println(\"two\")\n", 1, "one\n", "nope"},
		{"panic fails", "var m map[string]int\nm[\"a\"] = 1\nfmt.Println(\"after\")\n", 1, "", "panic"},
		{"empty input", "", 0, "", ""},
		{"os.Exit status", "fmt.Println(\"a\")\nos.Exit(7)\nfmt.Println(\"b\")\n", 7, "a\n", ""},
		{"quit ends early", "fmt.Println(\"a\")\n:quit\nnope()\n", 0, "a\n", ""},
		{"deadlock fails", "fmt.Println(\"a\")\nch := make(chan int)\nch <- 1\nfmt.Println(\"b\")\n", 1, "a\n", "deadlock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status := runPiped(t, tt.input)
			if status != tt.wantStatus {
				t.Errorf("exit status %d, want %d; stderr:\n%s", status, tt.wantStatus, errOut)
			}
			if out != tt.wantOut {
				t.Errorf("stdout %q, want %q", out, tt.wantOut)
			}
			if !strings.Contains(errOut, tt.errHas) {
				t.Errorf("stderr %q lacks %q", errOut, tt.errHas)
			}
			if strings.Contains(out+errOut, ">>>") || strings.Contains(out+errOut, "\x1b[") {
				t.Errorf("prompts or colours in piped output: %q %q", out, errOut)
			}
		})
	}
}

func TestPTYHistoryDefaultLocation(t *testing.T) {
	home := t.TempDir()
	s := start(t, envWithHome(t, home, ""))
	s.line("fmt.Println(40 + 2)")
	s.expect("42")
	s.send("\x04")
	s.exitStatus()
	hist, err := os.ReadFile(filepath.Join(home, ".local", "share", "gograd", "repl_history"))
	if err != nil || !strings.Contains(string(hist), "fmt.Println(40 + 2)") {
		t.Fatalf("history in ~/.local/share/gograd/repl_history: %q, %v", hist, err)
	}
}

func TestPTYImagesAndVars(t *testing.T) {
	env := append(testEnv(t, t.TempDir()), "KITTY_WINDOW_ID=1")
	s := start(t, env)
	s.line(`pl := plot.New()`)
	s.expect(">>> ")
	s.line(`pl.Title.Text = "loss"`)
	s.expect(">>> ")
	s.line("pl")
	s.expect("[image/png saved to ")
	sc := s.screen()
	path := sc[s.mark:]
	path = path[:strings.Index(path, "]")]
	data, err := os.ReadFile(path)
	if err != nil || !bytes.HasPrefix(data, []byte("\x89PNG")) {
		t.Fatalf("saved plot %s: %v (%d bytes)", path, err, len(data))
	}
	if !strings.Contains(s.raw(), "\x1b_Ga=T,f=100") {
		t.Error("no inline image drawn in a kitty terminal")
	}
	s.expect(">>> ")
	s.line("answer := 42")
	s.expect(">>> ")
	s.line(":vars")
	s.expect("answer")
	s.expect("int")
	s.expect("42")
	s.expect(">>> ")
	s.line(":doc strings.Cut")
	s.expect("func")
	s.expect("sep")
	s.expect(">>> ")
	s.send("\x04")
	s.exitStatus()
}
