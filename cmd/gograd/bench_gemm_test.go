package main

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// captureStdout runs f with os.Stdout redirected and returns what it
// printed.
func captureStdout(t *testing.T, f func()) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	saved := os.Stdout
	os.Stdout = w
	done := make(chan string)
	go func() {
		var sb strings.Builder
		sc := bufio.NewScanner(r)
		for sc.Scan() {
			sb.WriteString(sc.Text() + "\n")
		}
		done <- sb.String()
	}()
	f()
	os.Stdout = saved
	w.Close()
	return <-done
}

func TestBenchGemmJSON(t *testing.T) {
	haveNumpy := exec.Command("/usr/bin/python3", "-c", "import numpy").Run() == nil
	args := []string{"-shapes", "48x40x56,1x64x96", "-time", "1ms"}
	var runErr error
	out := captureStdout(t, func() { runErr = runBenchGemm(args, true) })
	if runErr != nil {
		t.Fatal(runErr)
	}
	seen := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var m struct {
			Bench, Backend string
			M, K, N        int
			Threads        int
			GFLOPS         *float64 `json:"gflops"`
		}
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", line, err)
		}
		if m.Bench != "gemm" || m.Backend == "" || m.M == 0 || m.K == 0 || m.N == 0 || m.Threads < 1 || m.GFLOPS == nil || *m.GFLOPS <= 0 {
			t.Fatalf("incomplete measurement %q", line)
		}
		seen[m.Backend]++
	}
	// Two shapes: gograd at 1 and all threads, gonum once.
	if seen["gograd"] != 4 || seen["gonum"] != 2 {
		t.Fatalf("measurements per backend: %v", seen)
	}
	if haveNumpy && seen["openblas"] != 4 {
		t.Fatalf("numpy is installed but OpenBLAS measured %d times", seen["openblas"])
	}
}

func TestBenchGemmTable(t *testing.T) {
	out := captureStdout(t, func() {
		if err := runBenchGemm([]string{"-shapes", "16x16x16", "-time", "1ms", "-no-numpy"}, false); err != nil {
			t.Error(err)
		}
	})
	for _, want := range []string{"gograd 1T", "÷gonum", "skipped", "16"} {
		if !strings.Contains(out, want) {
			t.Fatalf("table lacks %q:\n%s", want, out)
		}
	}
	if err := runBenchGemm([]string{"-shapes", "12xAx3"}, false); err == nil || !strings.Contains(err.Error(), "12xAx3") {
		t.Fatalf("bad shape error = %v", err)
	}
}
