// Command gograd is the one binary of the gograd workbench.
//
//	gograd                      start the terminal REPL
//	gograd run file.gos [args]  run a Go script in a fresh session
//	gograd kernel -f conn.json  serve a Jupyter kernel
//	gograd install [--user]     install the Jupyter kernelspec
//	gograd bench [what]         measure speed against baselines
//	gograd version              print the version
//
// Each subcommand lives in its own file and registers itself in init, so
// the packages behind them stay independent.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"
)

// Version is the gograd release, shown by `gograd version`, the REPL banner
// and the kernel's kernel_info reply.
const Version = "0.1.0"

// command is one subcommand: run gets the arguments after its name and
// returns the process exit status.
type command struct {
	summary string
	run     func(args []string) int
}

var commands = map[string]command{}

func register(name, summary string, run func(args []string) int) {
	if _, dup := commands[name]; dup {
		panic("gograd: command registered twice: " + name)
	}
	commands[name] = command{summary: summary, run: run}
}

func init() {
	register("version", "print the version", func([]string) int {
		fmt.Println("gograd", Version)
		return 0
	})
	register("help", "list the subcommands", func([]string) int {
		usage(os.Stdout)
		return 0
	})
}

func usage(w *os.File) {
	fmt.Fprintf(w, "gograd %s — an interactive deep-learning workbench for Go\n\nUsage:\n  gograd                 start the REPL\n", Version)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  gograd %-15s %s\n", n, commands[n].summary)
	}
}

func main() {
	args := os.Args[1:]
	name := "repl"
	if len(args) > 0 {
		switch {
		case args[0] == "-h" || args[0] == "--help":
			name = "help"
		case args[0] == "--version":
			name = "version"
		case strings.HasSuffix(args[0], ".gos"):
			// `gograd file.gos` is `gograd run file.gos` (for #! lines).
			name = "run"
		default:
			name, args = args[0], args[1:]
		}
	}
	cmd, ok := commands[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "gograd: unknown command %q\n\n", name)
		usage(os.Stderr)
		os.Exit(2)
	}
	os.Exit(cmd.run(args))
}
