package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"github.com/gograd/gograd/accel"
	"github.com/gograd/gograd/repl"
)

func init() {
	register("repl", "start the terminal REPL (what plain `gograd` does)", runREPL)
}

func runREPL(args []string) int {
	fs := flag.NewFlagSet("repl", flag.ContinueOnError)
	images := fs.String("images", os.Getenv("GOGRAD_IMAGES"), "how to show images: auto (inline in kitty/iTerm2), inline, or file (default $GOGRAD_IMAGES or auto)")
	noHistory := fs.Bool("no-history", false, "do not read or write the history file")
	fs.Usage = func() {
		fmt.Fprintf(os.Stderr, "Usage: gograd [repl] [flags]\n\nStarts the interactive Go session; with piped input, runs it as a script.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gograd repl: unexpected argument %q (scripts run with `gograd run file.gos`)\n", fs.Arg(0))
		return 2
	}
	mode, err := repl.ParseImageMode(*images)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gograd repl: %v\n", err)
		return 2
	}
	cfg := repl.Config{Banner: banner(), Images: mode}
	if *noHistory {
		cfg.HistoryFile = "-"
	}
	return repl.Run(cfg)
}

// banner says what this gograd runs on (CPU features and kernels, whether
// CUDA was found) and how to get help.
func banner() string {
	return fmt.Sprintf("gograd %s (%s) — a Go session with tensors, autograd and GPT-2 preloaded\n%s\n"+
		"Type :help for commands, Tab to complete, Ctrl-D to exit.",
		Version, runtime.Version(), accel.Available())
}
