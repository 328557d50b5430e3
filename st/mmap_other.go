//go:build !unix

package st

import (
	"fmt"
	"io"
	"os"
	"unsafe"
)

// mapFile reads the whole file into 8-byte-aligned memory: systems without
// mmap support get the same API at the cost of reading everything up front.
func mapFile(f *os.File, size int64) (mem []byte, writable bool, unmap func() error, err error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false, nil, fmt.Errorf("cannot read %d bytes into memory", size)
	}
	words := make([]uint64, (size+7)/8)
	mem = unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), size)
	if _, err := io.ReadFull(io.NewSectionReader(f, 0, size), mem); err != nil {
		return nil, false, nil, err
	}
	return mem, true, func() error { return nil }, nil
}

// mapped reports whether Open memory-maps files on this system.
const mapped = false
