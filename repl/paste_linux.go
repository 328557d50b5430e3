//go:build linux

package repl

import (
	"io"
	"os"
	"time"

	"golang.org/x/sys/unix"
)

// pasteDetection says whether typed and pasted empty lines can be told
// apart on this system.
const pasteDetection = true

// inputPending reports whether input is waiting on the terminal fd, or
// arrives within wait: the rest of a paste is already there, while a
// person has not typed the next key yet.
func inputPending(fd int, wait time.Duration) bool {
	deadline := time.Now().Add(wait)
	for {
		n, err := unix.IoctlGetInt(fd, unix.TIOCINQ)
		if err != nil {
			return false
		}
		if n > 0 {
			return true
		}
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// byteReader reads one byte at a time, so that readline never holds more
// than the key it is handling and what is still unread stays in the
// terminal's queue, where inputPending sees it.
type byteReader struct{ f *os.File }

func (b byteReader) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return b.f.Read(p)
}

func (b byteReader) Close() error { return b.f.Close() }

var _ io.ReadCloser = byteReader{}
