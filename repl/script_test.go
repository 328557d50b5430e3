package repl

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runScript(t *testing.T, input string) (stdout, stderr string, status int, sessions []*fakeSession) {
	t.Helper()
	var out, errb bytes.Buffer
	factory, made := fakeFactory()
	status = Run(Config{
		Stdin: strings.NewReader(input), Stdout: &out, Stderr: &errb,
		NewSession: factory, ImageDir: t.TempDir(),
		Getenv: func(string) string { return "" },
	})
	return out.String(), errb.String(), status, made()
}

func TestScriptMode(t *testing.T) {
	dir := t.TempDir()
	loadable := filepath.Join(dir, "lib.gos")
	if err := os.WriteFile(loadable, []byte("#!/usr/bin/env gograd\nprint from file\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		input      string
		wantStatus int
		wantOut    string
		errHas     string
		cells      []string
	}{
		{"prints, no prompts, no echo", "print hello\nval 42\nprint bye\n", 0, "hello\nbye\n", "", nil},
		{"no final newline", "print a", 0, "a\n", "", nil},
		{"unterminated last line gets ended", "printn x", 0, "x\n", "", nil},
		{"stops at first error", "print one\nfail\nprint two\n", 1, "one\n", "CompileError: 1:1: undefined: fail", []string{"print one", "fail"}},
		{"panic traceback", "panic\n", 1, "", "goroutine 1:\nmain.f()\npanic: boom", nil},
		{"multi-line cell", "func f() {\n\nprint in\n}\nprint after\n", 0, "in\nafter\n", "",
			[]string{"func f() {\n\nprint in\n}", "print after"}},
		{"incomplete at EOF is still run", "print a\nf(\n", 1, "a\n", "undefined: f(", nil},
		{"os.Exit status ends the script", "print a\nexit 3\nprint b\n", 3, "a\n", "", nil},
		{"os.Exit(0) ends it too", "exit 0\nprint b\n", 0, "", "", nil},
		{"quit stops with 0", "print a\n:quit\nfail\n", 0, "a\n", "", nil},
		{"bad meta fails", ":frob\nprint a\n", 1, "", "unknown command :frob", nil},
		{"load runs the file", ":load " + loadable + "\n", 0, "from file\n", "", []string{"\nprint from file\n"}},
		{"load missing file fails", ":load " + filepath.Join(dir, "nope.gos") + "\n", 1, "", "no such file", nil},
		{"stderr of cells", "warn careful\n", 0, "", "careful\n", nil},
		{"display is shown", "show hi\n", 0, "hi\n", "", nil},
		{"progress: only the final line in a log", "progress 3\n", 0, "", "work 100%", nil},
		{"empty input", "", 0, "", "", []string{}},
		{"blank lines only", "\n\n   \n", 0, "", "", []string{}},
		{"time reports", ":time print t\n", 0, "t\n", "time: ", nil},
		{"vars", "set a=1\n:vars\n", 0, "NAME  TYPE    VALUE\na     string  1\n", "", nil},
		{"doc", ":doc fmt.Println\n", 0, "func Println(a ...any) (n int, err error)\n\n    Println formats using the default formats.\n    Spaces are always added.\n", "", nil},
		{"doc unknown fails", ":doc nope\n", 1, "", "no documentation found for nope", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, status, sessions := runScript(t, tt.input)
			if status != tt.wantStatus {
				t.Errorf("status = %d, want %d (stderr %q)", status, tt.wantStatus, errOut)
			}
			if out != tt.wantOut {
				t.Errorf("stdout = %q, want %q", out, tt.wantOut)
			}
			if !strings.Contains(errOut, tt.errHas) {
				t.Errorf("stderr = %q, want it to contain %q", errOut, tt.errHas)
			}
			if strings.Contains(out+errOut, Prompt) || strings.Contains(out+errOut, "\x1b[") {
				t.Errorf("script output has prompts or colours: %q %q", out, errOut)
			}
			if len(sessions) != 1 {
				t.Fatalf("%d sessions made, want 1", len(sessions))
			}
			if tt.cells != nil {
				got := sessions[0].evaluated()
				if strings.Join(got, "\x00") != strings.Join(tt.cells, "\x00") || len(got) != len(tt.cells) {
					t.Errorf("cells = %q, want %q", got, tt.cells)
				}
			}
			if !sessions[0].closed {
				t.Error("session not closed at exit")
			}
		})
	}
}

func TestScriptReset(t *testing.T) {
	_, errOut, status, sessions := runScript(t, "set a=1\n:reset\n:vars\n")
	if status != 0 {
		t.Fatalf("status %d: %s", status, errOut)
	}
	if len(sessions) != 2 {
		t.Fatalf("%d sessions made, want 2 (reset starts a new one)", len(sessions))
	}
	if !sessions[0].closed {
		t.Error("old session not closed by :reset")
	}
	if len(sessions[1].Vars()) != 0 {
		t.Error("new session has variables")
	}
}

func TestScriptImageSaved(t *testing.T) {
	out, errOut, status, _ := runScript(t, "show x\n")
	_ = out
	if status != 0 {
		t.Fatal(errOut)
	}
	// Values are not echoed in scripts; displays are, with images saved.
	var o, e bytes.Buffer
	factory, _ := fakeFactory()
	dir := t.TempDir()
	r := &repl{cfg: Config{NewSession: factory}, render: newRenderer(&o, &e, false, protoNone, dir)}
	r.render.bundle(map[string]any{"text/plain": "plot", "image/png": []byte("\x89PNGdata")})
	path := filepath.Join(dir, "image-1.png")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("image not saved: %v (output %q)", err, o.String())
	}
	if string(data) != "\x89PNGdata" {
		t.Errorf("saved %q", data)
	}
	if !strings.Contains(o.String(), path) {
		t.Errorf("path not printed: %q", o.String())
	}
}
