package kernel

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The tests in this file drive real Jupyter clients (Debian's
// python3-jupyter-client, python3-jupyter-kernel-test, python3-nbclient,
// run with /usr/bin/python3; `make deps` installs them) against kernels
// started from installed kernelspecs.

const systemPython = "/usr/bin/python3"

var (
	buildDir string // holds the binaries built for this test run
	builds   sync.Map
	pyOnce   sync.Once
	pyErr    error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

// requireJupyter skips unless Debian's Python has the Jupyter packages.
func requireJupyter(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping Jupyter client tests in -short mode")
	}
	pyOnce.Do(func() {
		out, err := exec.Command(systemPython, "-c", "import jupyter_client, jupyter_kernel_test, nbclient, nbformat").CombinedOutput()
		if err != nil {
			pyErr = errorString(err.Error() + ": " + strings.TrimSpace(string(out)))
		}
	})
	if pyErr != nil {
		t.Skipf("needs %s with jupyter_client, jupyter_kernel_test and nbclient (Debian: python3-jupyter-client python3-jupyter-kernel-test python3-nbclient; `make deps`): %v", systemPython, pyErr)
	}
}

type errorString string

func (e errorString) Error() string { return string(e) }

// buildBinary builds a main package of this module once per test run.
func buildBinary(t *testing.T, pkg, name string) string {
	t.Helper()
	type result struct {
		path string
		err  error
	}
	v, _ := builds.LoadOrStore(pkg, &sync.Once{})
	once := v.(*sync.Once)
	key := "result:" + pkg
	once.Do(func() {
		if buildDir == "" {
			d, err := os.MkdirTemp("", "gograd-kernel-test-")
			if err != nil {
				builds.Store(key, result{err: err})
				return
			}
			buildDir = d
		}
		path := filepath.Join(buildDir, name)
		cmd := exec.Command("go", "build", "-o", path, pkg)
		out, err := cmd.CombinedOutput()
		if err != nil {
			err = errorString("go build " + pkg + ": " + err.Error() + "\n" + string(out))
		}
		builds.Store(key, result{path: path, err: err})
	})
	r, _ := builds.Load(key)
	res := r.(result)
	if res.err != nil {
		t.Fatal(res.err)
	}
	return res.path
}

// jupyterEnv is an environment where Jupyter finds only the kernelspecs
// under dataDir (and the system ones), and keeps runtime files and gograd
// history in temporary directories.
func jupyterEnv(t *testing.T, dataDir string) []string {
	tmp := t.TempDir()
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "JUPYTER") || strings.HasPrefix(k, "PYTHON") || k == "XDG_DATA_HOME" || k == "IPYTHONDIR" {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"JUPYTER_PATH="+dataDir,
		"JUPYTER_DATA_DIR="+filepath.Join(tmp, "jupyter-data"),
		"JUPYTER_RUNTIME_DIR="+filepath.Join(tmp, "runtime"),
		"JUPYTER_CONFIG_DIR="+filepath.Join(tmp, "jupyter-config"),
		"JUPYTER_PLATFORM_DIRS=1",
		"IPYTHONDIR="+filepath.Join(tmp, "ipython"),
		"XDG_DATA_HOME="+filepath.Join(tmp, "xdg-data"),
		"PYTHONDONTWRITEBYTECODE=1",
		"PYTHONUNBUFFERED=1",
	)
}

// installGograd builds gograd, installs its kernelspec into a temporary
// prefix with `gograd install --prefix` and returns the data directory
// to point JUPYTER_PATH at.
func installGograd(t *testing.T) string {
	t.Helper()
	bin := buildBinary(t, "github.com/gograd/gograd/cmd/gograd", "gograd")
	prefix := t.TempDir()
	out, err := exec.Command(bin, "install", "--prefix", prefix).CombinedOutput()
	if err != nil {
		t.Fatalf("gograd install: %v\n%s", err, out)
	}
	dataDir := filepath.Join(prefix, "share", "jupyter")
	if _, err := os.Stat(filepath.Join(dataDir, "kernels", "gograd", "kernel.json")); err != nil {
		t.Fatalf("gograd install did not write kernel.json: %v\n%s", err, out)
	}
	return dataDir
}

// installFake installs a kernelspec named "fake" for the fake-session
// kernel.
func installFake(t *testing.T) string {
	t.Helper()
	bin := buildBinary(t, "github.com/gograd/gograd/kernel/testdata/fakekernel", "fakekernel")
	dataDir := t.TempDir()
	dir := filepath.Join(dataDir, "kernels", "fake")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	spec := `{"argv": ["` + bin + `", "-f", "{connection_file}"], "display_name": "fake", "language": "go", "interrupt_mode": "message"}`
	if err := os.WriteFile(filepath.Join(dir, "kernel.json"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	return dataDir
}

// runPython runs a script with Debian's Python, killing it and its
// process group after timeout or when the test ends.
func runPython(t *testing.T, timeout time.Duration, env []string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, systemPython, args...)
	cmd.Env = env
	cmd.Dir = t.TempDir() // ipc sockets and stray files land here
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	if cmd.Process != nil {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
	if ctx.Err() != nil {
		err = errorString("timed out after " + timeout.String() + ": " + err.Error())
	}
	return out.String(), err
}

func testdata(t *testing.T, name string) string {
	p, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestKernelSuiteFake runs jupyter_kernel_test against the fake-session
// kernel: the protocol alone, whatever the interpreter can do.
func TestKernelSuiteFake(t *testing.T) {
	requireJupyter(t)
	env := append(jupyterEnv(t, installFake(t)), "GOGRAD_KERNEL_NAME=fake", "GOGRAD_SAMPLES=fake")
	out, err := runPython(t, 3*time.Minute, env, testdata(t, "kernel_suite.py"))
	if err != nil || strings.Contains(out, "skipped") {
		t.Fatalf("jupyter_kernel_test: %v\n%s", err, out)
	}
	t.Logf("%s", lastLines(out, 3))
}

// TestKernelSuite runs jupyter_kernel_test against the gograd kernel
// installed with `gograd install`, with Go samples for every test the
// suite has.
func TestKernelSuite(t *testing.T) {
	requireJupyter(t)
	env := jupyterEnv(t, installGograd(t))
	out, err := runPython(t, 4*time.Minute, env, testdata(t, "kernel_suite.py"))
	if err != nil || strings.Contains(out, "skipped") {
		t.Fatalf("jupyter_kernel_test: %v\n%s", err, out)
	}
	t.Logf("%s", lastLines(out, 3))
}

// TestEndToEnd drives the gograd kernel with jupyter_client: streams,
// errors, rich output, completion, inspection, stdin, interrupts, bad
// signatures, a 20 MB burst, restart and shutdown.
func TestEndToEnd(t *testing.T) {
	requireJupyter(t)
	env := jupyterEnv(t, installGograd(t))
	out, err := runPython(t, 4*time.Minute, env, testdata(t, "e2e_client.py"))
	if err != nil || strings.Contains(out, "skipped") {
		t.Fatalf("e2e_client.py: %v\n%s", err, out)
	}
	t.Logf("%s", lastLines(out, 3))
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
