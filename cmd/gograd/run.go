package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/gograd/gograd/interp"
)

func init() {
	register("run", "run a Go script (.gos) in a fresh session: gograd run file.gos [args...]", func(args []string) int {
		return runScriptWith(args, true)
	})
}

// runScript runs a .gos script: exit status 0 on success, 1 for a compile
// error (printed as file:line:col: message), 2 for an unrecovered panic
// (with its interpreted trace), n for os.Exit(n), 130 when interrupted.
// os.Exit returns its status here; see runScriptWith.
func runScript(args []string) int { return runScriptWith(args, false) }

// runScriptWith is runScript; with exitProcess, os.Exit and log.Fatal end
// the process at once, without running deferred calls, as in a Go program
// (the gograd run command).
func runScriptWith(args []string, exitProcess bool) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(os.Stderr, "Usage: gograd run file.gos [args...]\n\nRuns a Go script in a fresh gograd session. os.Args holds the script's\npath and args; a #! first line is allowed.")
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	file := args[0]
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "gograd run: %v\n", err)
		return 1
	}
	s, err := interp.New(interp.Options{Args: args, Filename: file, Stdin: os.Stdin, DetectDeadlock: true, ExitProcess: exitProcess})
	if err != nil {
		fmt.Fprintf(os.Stderr, "gograd run: %v\n", err)
		return 1
	}
	defer s.Close()

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	_, err = s.Eval(ctx, string(src))
	return scriptStatus(err)
}

// scriptStatus prints err as a script failure and returns the exit status.
func scriptStatus(err error) int {
	if err == nil {
		return 0
	}
	var e *interp.Error
	if !errors.As(err, &e) {
		fmt.Fprintf(os.Stderr, "gograd run: %v\n", err)
		return 1
	}
	switch e.Name {
	case "Exit":
		return e.ExitCode
	case "CompileError":
		for _, l := range e.Traceback {
			fmt.Fprintln(os.Stderr, l)
		}
		return 1
	case "Deadlock":
		// As the Go runtime reports it.
		fmt.Fprintln(os.Stderr, "fatal error: "+e.Message)
		return 2
	case "Interrupted":
		fmt.Fprintln(os.Stderr, "interrupted")
		return 130
	}
	fmt.Fprintln(os.Stderr, strings.Join(e.Traceback, "\n"))
	return 2
}
