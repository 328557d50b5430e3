package repl

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// HistoryPath returns where the REPL keeps its history:
// $XDG_DATA_HOME/gograd/repl_history, with XDG_DATA_HOME defaulting to
// ~/.local/share as the XDG Base Directory specification says. A relative
// XDG_DATA_HOME is ignored, as the specification requires.
func HistoryPath() (string, error) {
	return historyPath(os.Getenv, os.UserHomeDir)
}

func historyPath(getenv func(string) string, home func() (string, error)) (string, error) {
	dir := getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		h, err := home()
		if err != nil {
			return "", fmt.Errorf("locating the history file: %w", err)
		}
		if h == "" {
			return "", errors.New("locating the history file: no home directory")
		}
		dir = filepath.Join(h, ".local", "share")
	}
	return filepath.Join(dir, "gograd", "repl_history"), nil
}

// prepareHistory makes sure the history file's directory exists (private
// to the user, since history can hold secrets pasted into the session).
func prepareHistory(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("creating history directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("opening history file: %w", err)
	}
	return f.Close()
}
