//go:build unix

package repl

import (
	"io"
	"os"
	"syscall"
)

// dupFile returns a duplicate of w's descriptor when w is a file, so that
// writes keep reaching the original target if the descriptor number is
// later redirected.
func dupFile(w io.Writer) (io.Writer, func()) {
	f, ok := w.(*os.File)
	if !ok {
		return w, func() {}
	}
	fd, err := syscall.Dup(int(f.Fd()))
	if err != nil {
		return w, func() {}
	}
	syscall.CloseOnExec(fd)
	d := os.NewFile(uintptr(fd), f.Name())
	return d, func() { d.Close() }
}
