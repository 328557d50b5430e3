package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunScript(t *testing.T) {
	dir := t.TempDir()
	outFile := filepath.Join(dir, "out.txt")
	for _, tc := range []struct {
		name, src string
		args      []string
		status    int
		out       string // written by the script to outFile
	}{
		{"ok", `os.WriteFile(os.Args[1], []byte("done"), 0o644)`, nil, 0, "done"},
		{"args", `os.WriteFile(os.Args[1], []byte(strings.Join(os.Args[2:], "+")), 0o644)`, []string{"a", "b c"}, 0, "a+b c"},
		{"shebang", "#!/usr/bin/env gograd\nos.WriteFile(os.Args[1], []byte(filepath.Base(os.Args[0])), 0o644)", nil, 0, "shebang.gos"},
		{"compile_error", "x := 1\ny := undefined + x", nil, 1, ""},
		{"syntax_error", "func f( {", nil, 1, ""},
		{"panic", "func f() { panic(\"boom\") }\nf()", nil, 2, ""},
		{"runtime_error", "var m map[string]int\nm[\"a\"] = 1", nil, 2, ""},
		{"exit", "os.WriteFile(os.Args[1], []byte(\"before\"), 0o644)\nos.Exit(7)\nos.WriteFile(os.Args[1], []byte(\"after\"), 0o644)", nil, 7, "before"},
		{"exit_zero", "os.Exit(0)", nil, 0, ""},
		{"log_fatal", "log.SetOutput(io.Discard)\nlog.Fatal(\"bad\")", nil, 1, ""},
		{"goroutine_panic", "done := make(chan bool)\ngo func() { defer close(done); panic(\"bg\") }()\n<-done\ntime.Sleep(10 * time.Millisecond)", nil, 2, ""},
		{"recursion", "func f(n int) int { return f(n + 1) }\nf(0)", nil, 2, ""},
		// Goroutines that all block for good end the script as the Go
		// runtime ends such a program; a pending timer is not a deadlock.
		{"deadlock", "os.WriteFile(os.Args[1], []byte(\"before\"), 0o644)\nch := make(chan int)\ngo func() { <-ch }()\nch <- 1\nch <- 2", nil, 2, "before"},
		{"waitgroup_deadlock", "var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()", nil, 2, ""},
		{"timer_is_not_deadlock", "<-time.After(1300 * time.Millisecond)\nos.WriteFile(os.Args[1], []byte(\"after\"), 0o644)", nil, 0, "after"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.Remove(outFile)
			script := filepath.Join(dir, tc.name+".gos")
			if err := os.WriteFile(script, []byte(tc.src), 0o644); err != nil {
				t.Fatal(err)
			}
			args := append([]string{script, outFile}, tc.args...)
			if got := runScript(args); got != tc.status {
				t.Errorf("exit status %d, want %d", got, tc.status)
			}
			data, _ := os.ReadFile(outFile)
			if string(data) != tc.out {
				t.Errorf("script wrote %q, want %q", data, tc.out)
			}
		})
	}
}

func TestRunScriptCompileErrorFormat(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "bad.gos")
	os.WriteFile(script, []byte("a := 1\nb := nosuch + a\n"), 0o644)
	r, w, _ := os.Pipe()
	old := os.Stderr
	os.Stderr = w
	status := runScript([]string{script})
	os.Stderr = old
	w.Close()
	buf := make([]byte, 4096)
	n, _ := r.Read(buf)
	got := string(buf[:n])
	if status != 1 || !strings.HasPrefix(got, script+":2:6: undefined: nosuch") {
		t.Errorf("status %d, stderr %q; want 1 and %s:2:6: undefined: nosuch", status, got, script)
	}
}

// flag.Parse in a script parses the script's arguments, and a bad flag
// ends it with status 2 (as a Go program), -h with 0.
func TestRunScriptFlags(t *testing.T) {
	dir := t.TempDir()
	outFile := filepath.Join(dir, "out.txt")
	script := filepath.Join(dir, "flags.gos")
	src := "n := flag.Int(\"n\", 1, \"count\")\nv := flag.Bool(\"v\", false, \"verbose\")\nflag.Parse()\n" +
		"os.WriteFile(flag.Arg(0), []byte(fmt.Sprint(*n, *v, flag.Args()[1:], flag.NArg())), 0o644)"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args   []string
		status int
		out    string
	}{
		{[]string{"-n", "3", "-v", outFile, "x", "-y"}, 0, "3 true [x -y] 3"},
		{[]string{outFile}, 0, "1 false [] 1"},
		{[]string{"-bad", outFile}, 2, ""},
		{[]string{"-h", outFile}, 0, ""},
	} {
		os.Remove(outFile)
		if got := runScript(append([]string{script}, tc.args...)); got != tc.status {
			t.Errorf("%v: exit status %d, want %d", tc.args, got, tc.status)
		}
		data, _ := os.ReadFile(outFile)
		if string(data) != tc.out {
			t.Errorf("%v: script wrote %q, want %q", tc.args, data, tc.out)
		}
	}
}

func TestMain(m *testing.M) {
	// The gograd run command, for tests that need a process of its own.
	if os.Getenv("GOGRAD_TEST_RUN_SCRIPT") == "1" {
		os.Exit(runScriptWith(os.Args[1:], true))
	}
	os.Exit(m.Run())
}

// os.Exit in gograd run ends the process as in a Go program: deferred
// calls do not run, and a recover in one cannot stop it; a script of
// declarations runs its main.
func TestRunScriptExitSkipsDefers(t *testing.T) {
	script := filepath.Join(t.TempDir(), "exit.gos")
	src := `func main() {
	defer fmt.Println("deferred")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
		}
	}()
	fmt.Println("exiting")
	os.Exit(3)
}`
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], script)
	cmd.Env = append(os.Environ(), "GOGRAD_TEST_RUN_SCRIPT=1")
	out, err := cmd.Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() != 3 {
		t.Fatalf("exit: %v, want status 3", err)
	}
	if string(out) != "exiting\n" {
		t.Errorf("script printed %q, want %q", out, "exiting\n")
	}
}
