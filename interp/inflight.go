package interp

import (
	"bytes"
	"runtime"
	"time"
)

// yaegi's ExecuteWithContext returns as soon as its context is cancelled,
// while the goroutine it started goes on until the interpreted code
// reaches its next step, or until a compiled call returns. The session
// must not start the next cell before that goroutine ends; yaegi offers no
// way to wait for it, so the session finds it by its stack: it was created
// by ExecuteWithContext in the goroutine that called it.

// goroutineID returns the id of the calling goroutine.
func goroutineID() string {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	// "goroutine 123 [running]:..."
	f := bytes.Fields(buf)
	if len(f) < 2 {
		return ""
	}
	return string(f[1])
}

// executing reports whether a goroutine started by ExecuteWithContext in
// goroutine gid is still alive.
func executing(gid string) bool {
	if gid == "" {
		return false
	}
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	return bytes.Contains(buf, []byte("ExecuteWithContext in goroutine "+gid+"\n"))
}

// waitExecuted returns a channel closed once the goroutine started by
// ExecuteWithContext in goroutine gid has ended, polling for it.
func waitExecuted(gid string) chan struct{} {
	done := make(chan struct{})
	go func() {
		defer close(done)
		for d := 5 * time.Millisecond; executing(gid); d = min(2*d, 200*time.Millisecond) {
			time.Sleep(d)
		}
	}()
	return done
}
