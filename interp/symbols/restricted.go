package symbols

import (
	"io"
	"log"
	"os"
)

// Exit is the panic value of os.Exit, log.Fatal and friends called from
// interpreted code: the session turns it into an exit status instead of
// ending the process.
type Exit struct{ Code int }

// The extract tool routes these symbols to local definitions so that a cell
// cannot end the process.

// ExitHook, when set, is called by os.Exit, log.Fatal and friends before
// they panic with Exit: a script runner ends the process there, as a Go
// program does, without running deferred calls.
var ExitHook func(code int)

func exit(code int) {
	if h := ExitHook; h != nil {
		h(code)
	}
	panic(Exit{Code: code})
}

func osExit(code int) { exit(code) }

func osFindProcess(pid int) (*os.Process, error) { return os.FindProcess(pid) }

func logFatal(v ...any)            { log.Print(v...); exit(1) }
func logFatalf(f string, v ...any) { log.Printf(f, v...); exit(1) }
func logFatalln(v ...any)          { log.Println(v...); exit(1) }

type logLogger = log.Logger

func logNew(out io.Writer, prefix string, flag int) *log.Logger { return log.New(out, prefix, flag) }
