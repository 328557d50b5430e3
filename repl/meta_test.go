package repl

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseMeta(t *testing.T) {
	home, err := os.UserHomeDir()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		line    string
		want    Meta
		wantErr string // substring of the error; "" means no error
	}{
		{":help", Meta{Name: "help"}, ""},
		{"  :h  ", Meta{Name: "help"}, ""},
		{":?", Meta{Name: "help"}, ""},
		{":quit", Meta{Name: "quit"}, ""},
		{":q", Meta{Name: "quit"}, ""},
		{":exit", Meta{Name: "quit"}, ""},
		{":QUIT", Meta{Name: "quit"}, ""},
		{":reset", Meta{Name: "reset"}, ""},
		{":vars", Meta{Name: "vars"}, ""},
		{":load train.gos", Meta{Name: "load", Arg: "train.gos"}, ""},
		{":load   dir/a.gos  ", Meta{Name: "load", Arg: "dir/a.gos"}, ""},
		{`:load "my file.gos"`, Meta{Name: "load", Arg: "my file.gos"}, ""},
		{":load ~/x.gos", Meta{Name: "load", Arg: filepath.Join(home, "x.gos")}, ""},
		{":load my file.gos", Meta{}, "quote it"},
		{`:load "unterminated`, Meta{}, "bad quoted"},
		{":load", Meta{}, ":load needs a file.gos"},
		{":doc fmt.Println", Meta{Name: "doc", Arg: "fmt.Println"}, ""},
		{":doc", Meta{}, "needs a name"},
		{":doc fmt.Println extra", Meta{}, "one name"},
		{":time x := 1 + 2", Meta{Name: "time", Arg: "x := 1 + 2"}, ""},
		{":time for i := 0; i < 3; i++ {\n}", Meta{Name: "time", Arg: "for i := 0; i < 3; i++ {\n}"}, ""},
		{":time", Meta{}, "needs a statement"},
		{":vars x", Meta{}, "takes no argument"},
		{":quit now", Meta{}, "takes no argument"},
		{":", Meta{}, "missing command name"},
		{":lod a.gos", Meta{}, "did you mean :load"},
		{":va", Meta{}, "did you mean :vars"},
		{":frobnicate", Meta{}, "unknown command :frobnicate"},
		{"x := 1", Meta{}, "not a meta command"},
	}
	for _, tt := range tests {
		got, err := ParseMeta(tt.line)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseMeta(%q) error = %v, want one containing %q", tt.line, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseMeta(%q): %v", tt.line, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseMeta(%q) = %+v, want %+v", tt.line, got, tt.want)
		}
	}
}

func TestIsMeta(t *testing.T) {
	for line, want := range map[string]bool{
		":help": true, "  :vars": true, "x := 1": false, "m[a:b]": false, "": false,
	} {
		if got := IsMeta(line); got != want {
			t.Errorf("IsMeta(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	h := helpText()
	for _, sp := range metaSpecs {
		if !strings.Contains(h, ":"+sp.name) {
			t.Errorf("help does not mention :%s", sp.name)
		}
	}
}
