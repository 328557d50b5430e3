//go:build unix

package st

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps the whole file. The mapping is private and, when the system
// allows, writable: writes through a tensor then go to private copy-on-write
// pages (the file never changes) instead of faulting. If a writable mapping
// is refused (e.g. a file larger than memory under strict overcommit), it maps
// read-only and reports writable=false, and tensors are then copied out.
func mapFile(f *os.File, size int64) (mem []byte, writable bool, unmap func() error, err error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, false, nil, fmt.Errorf("cannot map %d bytes", size)
	}
	fd := int(f.Fd())
	mem, err = unix.Mmap(fd, 0, int(size), unix.PROT_READ|unix.PROT_WRITE, unix.MAP_PRIVATE)
	writable = err == nil
	if err != nil {
		mem, err = unix.Mmap(fd, 0, int(size), unix.PROT_READ, unix.MAP_PRIVATE)
		if err != nil {
			return nil, false, nil, fmt.Errorf("mmap: %w", err)
		}
	}
	return mem, writable, func() error { return unix.Munmap(mem) }, nil
}

// mapped reports whether Open memory-maps files on this system.
const mapped = true
