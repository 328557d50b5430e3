package repl

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// Meta is a parsed meta command: a line starting with ':' that the REPL
// handles itself instead of sending it to the session.
type Meta struct {
	// Name is the canonical command name: "help", "load", "reset", "vars",
	// "doc", "time" or "quit".
	Name string
	// Arg is the rest of the line: the file for :load (unquoted, ~ expanded),
	// the name for :doc, the statement for :time; empty for the others.
	Arg string
}

type metaSpec struct {
	name    string
	aliases []string
	arg     string // "" (none allowed), or what the argument is, for errors and :help
	summary string
}

var metaSpecs = []metaSpec{
	{"help", []string{"h", "?"}, "", "show this help"},
	{"load", []string{"l"}, "file.gos", "run a Go file in this session"},
	{"reset", nil, "", "start a fresh session (variables are lost)"},
	{"vars", nil, "", "list session variables: name, type, short value"},
	{"doc", []string{"d"}, "name", "show the signature and documentation of a name"},
	{"time", []string{"t"}, "statement", "run a statement and report wall time and allocations"},
	{"quit", []string{"q", "exit"}, "", "leave the REPL"},
}

// IsMeta reports whether line is a meta command rather than Go code. No Go
// statement starts with ':', so the test is unambiguous.
func IsMeta(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), ":")
}

// ParseMeta parses a meta command line such as ":load train.gos" or
// ":time x.MatMul(y)". It returns an error naming what is wrong for unknown
// commands, missing arguments and unexpected ones.
func ParseMeta(line string) (Meta, error) {
	s := strings.TrimSpace(line)
	if !strings.HasPrefix(s, ":") {
		return Meta{}, fmt.Errorf("not a meta command (they start with ':'): %q", line)
	}
	s = s[1:]
	word, rest, _ := strings.Cut(s, " ")
	if i := strings.IndexAny(word, "\t\n"); i >= 0 {
		word, rest = word[:i], word[i+1:]+" "+rest
	}
	rest = strings.TrimSpace(rest)
	if word == "" {
		return Meta{}, fmt.Errorf("missing command name after ':' (try :help)")
	}
	spec, ok := lookupMeta(strings.ToLower(word))
	if !ok {
		msg := fmt.Sprintf("unknown command :%s", word)
		if near := nearestMeta(strings.ToLower(word)); near != "" {
			msg += fmt.Sprintf(" (did you mean :%s?)", near)
		}
		return Meta{}, fmt.Errorf("%s; :help lists the commands", msg)
	}
	m := Meta{Name: spec.name}
	switch {
	case spec.arg == "" && rest != "":
		return Meta{}, fmt.Errorf(":%s takes no argument, got %q", spec.name, rest)
	case spec.arg != "" && rest == "":
		return Meta{}, fmt.Errorf(":%s needs a %s: :%s %s", spec.name, spec.arg, spec.name, spec.arg)
	}
	switch spec.name {
	case "load":
		p, err := unquotePath(rest)
		if err != nil {
			return Meta{}, fmt.Errorf(":load: %w", err)
		}
		m.Arg = p
	case "doc":
		if strings.ContainsAny(rest, " \t") {
			return Meta{}, fmt.Errorf(":doc takes one name such as fmt.Println, got %q", rest)
		}
		m.Arg = rest
	default:
		m.Arg = rest
	}
	return m, nil
}

func lookupMeta(word string) (metaSpec, bool) {
	for _, sp := range metaSpecs {
		if sp.name == word {
			return sp, true
		}
		for _, a := range sp.aliases {
			if a == word {
				return sp, true
			}
		}
	}
	return metaSpec{}, false
}

// nearestMeta suggests the command a mistyped word most likely meant: one
// it is a prefix of, or one within edit distance 2.
func nearestMeta(word string) string {
	best, bestD := "", 3
	for _, sp := range metaSpecs {
		if strings.HasPrefix(sp.name, word) {
			return sp.name
		}
		if d := editDistance(word, sp.name); d < bestD {
			best, bestD = sp.name, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// unquotePath accepts a bare path, or one in double or back quotes (for
// names with spaces), and expands a leading ~/.
func unquotePath(s string) (string, error) {
	if strings.HasPrefix(s, `"`) || strings.HasPrefix(s, "`") {
		u, err := strconv.Unquote(s)
		if err != nil {
			return "", fmt.Errorf("bad quoted file name %s", s)
		}
		s = u
	} else if strings.ContainsAny(s, " \t") {
		return "", fmt.Errorf("file name %q has spaces: quote it", s)
	}
	if s == "" {
		return "", fmt.Errorf("empty file name")
	}
	if s == "~" || strings.HasPrefix(s, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("expanding ~: %w", err)
		}
		s = filepath.Join(home, s[1:])
	}
	return s, nil
}

// helpText is what :help prints.
func helpText() string {
	var b strings.Builder
	b.WriteString("Type Go statements, declarations and expressions; the value of an expression is printed.\n")
	b.WriteString("Input continues on a \"...\" prompt while a brace, parenthesis or raw string is open;\n")
	b.WriteString("a closing brace or a typed empty line ends it (pasted code may hold empty lines).\n\nCommands:\n")
	for _, sp := range metaSpecs {
		use := ":" + sp.name
		if sp.arg != "" {
			use += " " + sp.arg
		}
		b.WriteString(fmt.Sprintf("  %-18s %s", use, sp.summary))
		if len(sp.aliases) > 0 {
			b.WriteString(" (also :" + strings.Join(sp.aliases, ", :") + ")")
		}
		b.WriteByte('\n')
	}
	b.WriteString("\nKeys:\n")
	b.WriteString("  Tab                complete variables, packages, fields and methods\n")
	b.WriteString("  Up/Down, Ctrl-R    history (kept across sessions), reverse search\n")
	b.WriteString("  Ctrl-C             clear the input; interrupt a running cell\n")
	b.WriteString("  Ctrl-D             exit (on an empty line)\n")
	b.WriteString("\nImages and plots are saved to files whose paths are printed, and drawn inline in\n")
	b.WriteString("kitty and iTerm2 (gograd repl --images auto|inline|file, or $GOGRAD_IMAGES).\n")
	b.WriteString("display.NewProgress(total, desc) shows a progress bar. Piped input runs as a script.\n")
	return b.String()
}
