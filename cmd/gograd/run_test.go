package main

import (
	"os"
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
