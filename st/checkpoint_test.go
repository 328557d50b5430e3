package st

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/gograd/gograd/tensor"
)

// trainingState builds a recognisable checkpoint for step: every value
// depends on the step, so a resumed checkpoint shows which save it came from.
func trainingState(step int64, n int) *Checkpoint {
	w := make([]float32, n)
	m := make([]float32, n)
	for i := range w {
		w[i] = float32(step) + float32(i)/float32(n)
		m[i] = -float32(step) * 0.5
	}
	return &Checkpoint{
		Step:     step,
		Params:   map[string]*tensor.Tensor{"h.0.w": tensor.FromSlice(w, n), "b": tensor.FromSlice([]float32{float32(step)}, 1)},
		Optim:    map[string]*tensor.Tensor{"h.0.w.exp_avg": tensor.FromSlice(m, n), "step": tensor.FromSlice([]float32{float32(step)}, 1)},
		RNG:      []byte(fmt.Sprintf("rng-state-%d", step)),
		Metadata: map[string]string{"lr": "0.001", "run": "test"},
	}
}

func checkState(t *testing.T, got *Checkpoint, step int64, n int) {
	t.Helper()
	want := trainingState(step, n)
	if got.Step != step {
		t.Fatalf("resumed step %d, want %d", got.Step, step)
	}
	if string(got.RNG) != string(want.RNG) {
		t.Errorf("RNG %q, want %q", got.RNG, want.RNG)
	}
	if got.Metadata["lr"] != "0.001" || got.Metadata["run"] != "test" || len(got.Metadata) != 2 {
		t.Errorf("metadata %v", got.Metadata)
	}
	for name, w := range want.Params {
		if g := got.Params[name]; g == nil || !slices.Equal(g.Data(), w.Data()) {
			t.Errorf("param %s differs", name)
		}
	}
	for name, w := range want.Optim {
		if g := got.Optim[name]; g == nil || !slices.Equal(g.Data(), w.Data()) {
			t.Errorf("optimizer state %s differs", name)
		}
	}
}

func TestCheckpointerEveryAndKeep(t *testing.T) {
	dir := t.TempDir()
	c, err := NewCheckpointer(dir, 10, 3)
	if err != nil {
		t.Fatal(err)
	}
	c.Warn = &bytes.Buffer{}
	if _, err := c.Resume(); !errors.Is(err, ErrNoCheckpoint) {
		t.Fatalf("resume from an empty directory: %v", err)
	}
	calls := 0
	for step := int64(1); step <= 55; step++ {
		saved, err := c.MaybeSave(step, func() *Checkpoint { calls++; return trainingState(step, 100) })
		if err != nil {
			t.Fatal(err)
		}
		if saved != (step%10 == 0) {
			t.Fatalf("step %d: saved=%v", step, saved)
		}
	}
	if calls != 5 {
		t.Errorf("state built %d times, want 5", calls)
	}
	files, _ := c.List()
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	want := []string{"ckpt-000000000050.safetensors", "ckpt-000000000040.safetensors", "ckpt-000000000030.safetensors"}
	if !slices.Equal(names, want) {
		t.Errorf("kept %v, want %v", names, want)
	}
	ck, err := c.Resume()
	if err != nil {
		t.Fatal(err)
	}
	checkState(t, ck, 50, 100)
	if len(ck.Skipped) != 0 {
		t.Errorf("skipped %v", ck.Skipped)
	}
	// The files are ordinary safetensors files with a verifiable checksum.
	f, err := Open(files[0])
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := f.Verify(); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

// damage functions turn a good checkpoint file into a broken one.
var damages = map[string]func(t *testing.T, path string){
	"truncated": func(t *testing.T, path string) {
		fi, _ := os.Stat(path)
		if err := os.Truncate(path, fi.Size()-100); err != nil {
			t.Fatal(err)
		}
	},
	"bit flip in data": func(t *testing.T, path string) {
		b, _ := os.ReadFile(path)
		b[len(b)-50] ^= 0x10
		os.WriteFile(path, b, 0o644)
	},
	"zero length": func(t *testing.T, path string) {
		os.WriteFile(path, nil, 0o644)
	},
	"garbage header": func(t *testing.T, path string) {
		b, _ := os.ReadFile(path)
		copy(b[8:], "not json")
		os.WriteFile(path, b, 0o644)
	},
}

func TestResumeSkipsDamaged(t *testing.T) {
	for name, damage := range damages {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			c, _ := NewCheckpointer(dir, 1, 0)
			var warn bytes.Buffer
			c.Warn = &warn
			for _, step := range []int64{100, 200} {
				if _, err := c.Save(trainingState(step, 500)); err != nil {
					t.Fatal(err)
				}
			}
			damage(t, c.PathFor(200))
			ck, err := c.Resume()
			if err != nil {
				t.Fatal(err)
			}
			checkState(t, ck, 100, 500)
			if len(ck.Skipped) != 1 || !strings.Contains(ck.Skipped[0].Error(), "000000000200") {
				t.Errorf("skipped %v, want the step-200 file reported", ck.Skipped)
			}
			if !strings.Contains(warn.String(), "damaged") {
				t.Errorf("nothing reported on Warn: %q", warn.String())
			}
		})
	}
	// With every checkpoint damaged, Resume fails and says why.
	dir := t.TempDir()
	c, _ := NewCheckpointer(dir, 1, 0)
	c.Warn = &bytes.Buffer{}
	c.Save(trainingState(1, 10))
	damages["bit flip in data"](t, c.PathFor(1))
	if _, err := c.Resume(); !errors.Is(err, ErrNoCheckpoint) || !errors.Is(err, ErrChecksum) {
		t.Errorf("all damaged: %v", err)
	}
}

const crashEnv = "GOGRAD_ST_CRASH_DIR"

// TestMain lets the test binary act as the child that gets killed mid-save.
func TestMain(m *testing.M) {
	if dir := os.Getenv(crashEnv); dir != "" {
		crashChild(dir)
		return
	}
	os.Exit(m.Run())
}

// crashChild saves a big checkpoint and, once part of it is on disk, tells
// the parent and waits to be killed.
func crashChild(dir string) {
	c, err := NewCheckpointer(dir, 1, 2)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	testHookWriteAfter = 16 << 20
	testHookWrite = func() {
		fmt.Println("WRITING")
		os.Stdout.Sync()
		time.Sleep(time.Minute)
	}
	c.Save(trainingState(300, 16<<20)) // 2 × 64 MB of tensors
	fmt.Println("error: save finished before the kill")
	os.Exit(1)
}

func TestKilledMidSave(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 128 MB checkpoint")
	}
	dir := t.TempDir()
	c, _ := NewCheckpointer(dir, 1, 2)
	c.Warn = &bytes.Buffer{}
	if _, err := c.Save(trainingState(200, 1000)); err != nil {
		t.Fatal(err)
	}
	good, _ := os.ReadFile(c.PathFor(200))

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashEnv+"="+dir)
	out, _ := cmd.StdoutPipe()
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, _ := bufio.NewReader(out).ReadString('\n')
	if strings.TrimSpace(line) != "WRITING" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q, want WRITING", line)
	}
	// The partial file is on disk now; kill the writer without warning.
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()

	tmps, _ := filepath.Glob(filepath.Join(dir, ".ckpt-*.tmp-*"))
	if len(tmps) != 1 {
		t.Errorf("expected the killed save's temporary file, found %v", tmps)
	} else if fi, _ := os.Stat(tmps[0]); fi.Size() < 16<<20 {
		t.Errorf("temporary file has %d bytes, the kill came too early to test anything", fi.Size())
	}
	if _, err := os.Stat(c.PathFor(300)); !os.IsNotExist(err) {
		t.Errorf("the killed save produced %s (%v)", c.PathFor(300), err)
	}
	if now, _ := os.ReadFile(c.PathFor(200)); !bytes.Equal(now, good) {
		t.Error("the good checkpoint changed")
	}
	ck, err := c.Resume()
	if err != nil {
		t.Fatal(err)
	}
	checkState(t, ck, 200, 1000)
	// The next save cleans up what the killed one left.
	if _, err := c.Save(trainingState(400, 10)); err != nil {
		t.Fatal(err)
	}
	if tmps, _ := filepath.Glob(filepath.Join(dir, ".ckpt-*.tmp-*")); len(tmps) != 0 {
		t.Errorf("stale temporary files remain: %v", tmps)
	}
}

func TestCheckpointRNG(t *testing.T) {
	c, _ := NewCheckpointer(t.TempDir(), 1, 1)
	ck := trainingState(7, 10)
	ck.RNG = nil // the tensor package's generator is saved
	if _, err := c.Save(ck); err != nil {
		t.Fatal(err)
	}
	first := tensor.Randn(8).Data()
	back, err := c.Resume()
	if err != nil {
		t.Fatal(err)
	}
	if err := back.RestoreRNG(); err != nil {
		t.Fatal(err)
	}
	if again := tensor.Randn(8).Data(); !slices.Equal(first, again) {
		t.Errorf("after RestoreRNG the generator draws %v, want %v", again, first)
	}
}

// A damaged newer file left by a crashed run must not count towards Keep,
// or saving after the resume could delete the last good checkpoints.
func TestKeepIgnoresDamaged(t *testing.T) {
	c, _ := NewCheckpointer(t.TempDir(), 10, 2)
	c.Warn = &bytes.Buffer{}
	for _, s := range []int64{10, 20, 30} {
		c.Save(trainingState(s, 10))
	}
	damages["truncated"](t, c.PathFor(30))
	ck, err := c.Resume()
	if err != nil || ck.Step != 20 {
		t.Fatalf("resumed %v, %v", ck, err)
	}
	c.Save(trainingState(21, 10))
	c.Save(trainingState(22, 10))
	files, _ := c.List()
	var names []string
	for _, f := range files {
		names = append(names, filepath.Base(f))
	}
	want := []string{"ckpt-000000000030.safetensors", "ckpt-000000000022.safetensors", "ckpt-000000000021.safetensors"}
	if !slices.Equal(names, want) {
		t.Errorf("files %v, want %v", names, want)
	}
	if ck, err := c.Resume(); err != nil || ck.Step != 22 {
		t.Errorf("resumed %v, %v; want step 22", ck, err)
	}
	c.Save(trainingState(30, 10)) // the run reaches step 30 again
	if ck, err := c.Resume(); err != nil || ck.Step != 30 || len(ck.Skipped) != 0 {
		t.Errorf("resumed %v, %v; want a clean step 30", ck, err)
	}
}
