package repl

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestHistoryPath(t *testing.T) {
	home := func() (string, error) { return "/home/ada", nil }
	tests := []struct {
		name    string
		env     map[string]string
		home    func() (string, error)
		want    string
		wantErr bool
	}{
		{"XDG_DATA_HOME set", map[string]string{"XDG_DATA_HOME": "/data"}, home, "/data/gograd/repl_history", false},
		{"default", nil, home, "/home/ada/.local/share/gograd/repl_history", false},
		{"relative XDG_DATA_HOME ignored", map[string]string{"XDG_DATA_HOME": "rel/dir"}, home, "/home/ada/.local/share/gograd/repl_history", false},
		{"no home", nil, func() (string, error) { return "", errors.New("$HOME is not defined") }, "", true},
		{"XDG set, no home needed", map[string]string{"XDG_DATA_HOME": "/x"}, func() (string, error) { return "", errors.New("none") }, "/x/gograd/repl_history", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := historyPath(func(k string) string { return tt.env[k] }, tt.home)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if got != filepath.FromSlash(tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestHistoryPathFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", dir)
	got, err := HistoryPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "gograd", "repl_history"); got != want {
		t.Fatalf("HistoryPath() = %q, want %q", got, want)
	}
	if err := prepareHistory(got); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(got)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm()&0o077 != 0 {
		t.Errorf("history file mode %v is readable by others", st.Mode().Perm())
	}
}
