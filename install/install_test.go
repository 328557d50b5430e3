package install

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteKernelspec(t *testing.T) {
	dir := KernelDir(PrefixDataDir(t.TempDir()), DefaultName)
	spec := NewSpec("/opt/gograd/bin/gograd", "1.2.3")
	if err := Write(dir, spec); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	argv := got["argv"].([]any)
	if len(argv) != 4 || argv[0] != "/opt/gograd/bin/gograd" || argv[1] != "kernel" || argv[2] != "-f" || argv[3] != "{connection_file}" {
		t.Errorf("argv %v", argv)
	}
	if got["display_name"] != "Go (gograd)" || got["language"] != "go" || got["interrupt_mode"] != "message" {
		t.Errorf("kernel.json %v", got)
	}
	if md, _ := got["metadata"].(map[string]any); md["gograd_version"] != "1.2.3" {
		t.Errorf("metadata %v", got["metadata"])
	}
	for name, size := range map[string]int{"logo-32x32.png": 32, "logo-64x64.png": 64} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if r := img.Bounds(); r.Dx() != size || r.Dy() != size {
			t.Errorf("%s is %v", name, r)
		}
	}
	// Installing again replaces the files in place.
	if err := Write(dir, NewSpec("/usr/bin/gograd", "1.2.4")); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "kernel.json")); !bytes.Contains(data, []byte("/usr/bin/gograd")) {
		t.Errorf("reinstall kept the old kernel.json")
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestWriteRejectsRelativeBinary(t *testing.T) {
	if err := Write(t.TempDir(), NewSpec("gograd", "1")); err == nil {
		t.Error("a relative argv[0] was accepted; Jupyter starts kernels from other directories")
	}
}

func TestUserDataDir(t *testing.T) {
	t.Setenv("JUPYTER_DATA_DIR", "/custom/jupyter")
	if d, _ := UserDataDir(); d != "/custom/jupyter" {
		t.Errorf("JUPYTER_DATA_DIR ignored: %s", d)
	}
	t.Setenv("JUPYTER_DATA_DIR", "")
	t.Setenv("XDG_DATA_HOME", "/xdg")
	if d, _ := UserDataDir(); d != filepath.Join("/xdg", "jupyter") {
		t.Errorf("XDG_DATA_HOME ignored: %s", d)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/ada")
	if d, _ := UserDataDir(); d != "/home/ada/.local/share/jupyter" {
		t.Errorf("default %s", d)
	}
}

func TestSysPrefixFromVirtualEnv(t *testing.T) {
	t.Setenv("VIRTUAL_ENV", "/venvs/ml")
	if p, err := SysPrefix(); err != nil || p != "/venvs/ml" {
		t.Errorf("SysPrefix = %q, %v", p, err)
	}
}
