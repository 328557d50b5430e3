//go:build !linux

package repl

import (
	"os"
	"time"
)

const pasteDetection = false

func inputPending(int, time.Duration) bool { return false }

type byteReader struct{ f *os.File }

func (b byteReader) Read(p []byte) (int, error) { return b.f.Read(p) }
func (b byteReader) Close() error               { return b.f.Close() }
