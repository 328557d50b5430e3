package install

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
)

//go:generate go run ./internal/genlogo -o .

// The logos Jupyter front ends show for the kernel.
var (
	//go:embed logo-32x32.png
	Logo32 []byte
	//go:embed logo-64x64.png
	Logo64 []byte
)

// DefaultName is the kernel's name: the directory under kernels/ and what
// `jupyter console --kernel` takes.
const DefaultName = "gograd"

// Spec is a Jupyter kernelspec (kernel.json).
type Spec struct {
	Argv          []string       `json:"argv"`
	DisplayName   string         `json:"display_name"`
	Language      string         `json:"language"`
	InterruptMode string         `json:"interrupt_mode"`
	Metadata      map[string]any `json:"metadata"`
}

// NewSpec returns the kernelspec that runs binary (an absolute path to
// gograd) as a kernel.
func NewSpec(binary, version string) Spec {
	return Spec{
		Argv:          []string{binary, "kernel", "-f", "{connection_file}"},
		DisplayName:   "Go (gograd)",
		Language:      "go",
		InterruptMode: "message",
		Metadata: map[string]any{
			"debugger":       false,
			"gograd_version": version,
		},
	}
}

// Write writes the kernelspec and logos into dir (the kernel's own
// directory, e.g. .../share/jupyter/kernels/gograd), creating it.
func Write(dir string, spec Spec) error {
	if len(spec.Argv) == 0 || !filepath.IsAbs(spec.Argv[0]) {
		return fmt.Errorf("install: kernelspec argv[0] must be an absolute path, got %q", spec.Argv)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("install: %w", err)
	}
	js, err := json.MarshalIndent(spec, "", "  ")
	if err != nil {
		return fmt.Errorf("install: encoding kernel.json: %w", err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{
		{"kernel.json", append(js, '\n')},
		{"logo-32x32.png", Logo32},
		{"logo-64x64.png", Logo64},
	} {
		if err := writeFileAtomic(filepath.Join(dir, f.name), f.data); err != nil {
			return fmt.Errorf("install: %w", err)
		}
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// UserDataDir is Jupyter's per-user data directory, as jupyter_core
// computes it: $JUPYTER_DATA_DIR, else ~/Library/Jupyter on macOS,
// %APPDATA%\jupyter on Windows, $XDG_DATA_HOME/jupyter or
// ~/.local/share/jupyter elsewhere.
func UserDataDir() (string, error) {
	if d := os.Getenv("JUPYTER_DATA_DIR"); d != "" {
		return d, nil
	}
	home, err := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		if err != nil {
			return "", err
		}
		return filepath.Join(home, "Library", "Jupyter"), nil
	case "windows":
		if a := os.Getenv("APPDATA"); a != "" {
			return filepath.Join(a, "jupyter"), nil
		}
	}
	if x := os.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "jupyter"), nil
	}
	if err != nil {
		return "", err
	}
	return filepath.Join(home, ".local", "share", "jupyter"), nil
}

// PrefixDataDir is the Jupyter data directory under an installation
// prefix: PREFIX/share/jupyter.
func PrefixDataDir(prefix string) string {
	return filepath.Join(prefix, "share", "jupyter")
}

// SysPrefix is the prefix of the Python environment Jupyter runs from:
// $CONDA_PREFIX or $VIRTUAL_ENV when set, else sys.prefix of the Python
// that the jupyter command on PATH uses.
func SysPrefix() (string, error) {
	for _, v := range []string{"VIRTUAL_ENV", "CONDA_PREFIX"} {
		if p := os.Getenv(v); p != "" {
			return p, nil
		}
	}
	jup, err := exec.LookPath("jupyter")
	if err != nil {
		return "", errors.New("install: --sys-prefix: no jupyter command on PATH (and neither VIRTUAL_ENV nor CONDA_PREFIX is set)")
	}
	python := ""
	if b, err := os.ReadFile(jup); err == nil && bytes.HasPrefix(b, []byte("#!")) {
		line, _, _ := strings.Cut(string(b[2:]), "\n")
		if f := strings.Fields(line); len(f) > 0 {
			python = f[0]
			if filepath.Base(python) == "env" && len(f) > 1 {
				python = f[1]
			}
		}
	}
	if python != "" {
		out, err := exec.Command(python, "-c", "import sys; print(sys.prefix)").Output()
		if err == nil {
			if p := strings.TrimSpace(string(out)); p != "" {
				return p, nil
			}
		}
	}
	if real, err := filepath.EvalSymlinks(jup); err == nil {
		jup = real
	}
	return filepath.Dir(filepath.Dir(jup)), nil
}

// KernelDir is where a kernel named name lives under a data directory.
func KernelDir(dataDir, name string) string {
	return filepath.Join(dataDir, "kernels", name)
}
