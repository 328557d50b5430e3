package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strings"

	"golang.org/x/sys/cpu"

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

// banner says what this gograd runs on and how to get help.
func banner() string {
	var feats []string
	switch runtime.GOARCH {
	case "amd64":
		for _, f := range []struct {
			ok   bool
			name string
		}{{cpu.X86.HasAVX, "AVX"}, {cpu.X86.HasAVX2, "AVX2"}, {cpu.X86.HasFMA, "FMA"}, {cpu.X86.HasAVX512F, "AVX-512"}} {
			if f.ok {
				feats = append(feats, f.name)
			}
		}
	case "arm64":
		if cpu.ARM64.HasASIMD {
			feats = append(feats, "NEON")
		}
	}
	cpuLine := fmt.Sprintf("CPU %s/%s, %d threads", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if len(feats) > 0 {
		cpuLine += " (" + strings.Join(feats, " ") + ")"
	}
	return fmt.Sprintf("gograd %s (%s) — Go session with tensors, autograd and GPT-2 preloaded\n"+
		"backends: %s; %s\n"+
		"Type :help for commands, Tab to complete, Ctrl-D to exit.",
		Version, runtime.Version(), cpuLine, cudaStatus())
}

// cudaStatus says whether a CUDA device can be used.
func cudaStatus() string {
	return "CUDA: not detected (this build has no CUDA probe yet)"
}
