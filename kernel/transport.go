package kernel

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"sync"
	"time"

	"github.com/go-zeromq/zmq4"
	"github.com/go-zeromq/zmq4/transport"
)

// zmq4 writes every frame of a ROUTER message as two separate writes (a
// header, then the body): fourteen system calls and as many wake-ups of
// the reader for one Jupyter reply. It also allocates whatever size a
// peer's frame header announces. The kernel's sockets therefore use
// framed transports ("gograd-tcp", "gograd-ipc"): the same TCP and Unix
// sockets, with connections that follow the ZMTP framing to
// - send each message (or command) in one write, when its last frame is
//   complete, and
// - refuse frames larger than maxFrame instead of allocating them, and
// - read in large chunks rather than a system call per header and body.

const (
	greetingSize = 64      // a ZMTP 3 greeting
	maxFrame     = 1 << 30 // the largest frame a peer may send
	maxBuffered  = 1 << 20 // flush a long message early past this size
)

func init() {
	for name, network := range map[string]string{"gograd-tcp": "tcp", "gograd-ipc": "unix"} {
		if err := zmq4.RegisterTransport(name, framedTransport{network}); err != nil {
			panic(err)
		}
	}
}

type framedTransport struct{ network string }

func (t framedTransport) Dial(ctx context.Context, d transport.Dialer, addr string) (net.Conn, error) {
	c, err := d.DialContext(ctx, t.network, addr)
	if err != nil {
		return nil, err
	}
	return newFramedConn(c), nil
}

func (t framedTransport) Listen(ctx context.Context, addr string) (net.Listener, error) {
	l, err := net.Listen(t.network, addr)
	if err != nil {
		return nil, err
	}
	return framedListener{l}, nil
}

func (t framedTransport) Addr(ep string) (string, error) {
	if t.network == "unix" {
		return ep, nil
	}
	host, port, err := net.SplitHostPort(ep)
	if err != nil {
		return "", err
	}
	if port == "*" || port == "" {
		port = "0"
	}
	if host == "" || host == "*" {
		host = "0.0.0.0"
	}
	return net.JoinHostPort(host, port), nil
}

type framedListener struct{ net.Listener }

// handshakeTimeout bounds how long an accepted peer may take to send its
// greeting and first command: zmq4 shakes hands inside its accept loop,
// so one silent peer would otherwise keep every other client out.
var handshakeTimeout = 5 * time.Second

func (l framedListener) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if err != nil {
		return nil, err
	}
	fc := newFramedConn(c)
	fc.handshaking = true
	c.SetReadDeadline(time.Now().Add(handshakeTimeout))
	return fc, nil
}

// framedConn coalesces written frames into whole messages and checks the
// frame sizes it reads.
type framedConn struct {
	net.Conn
	wmu  sync.Mutex
	w    zmtpScanner
	wbuf []byte
	rmu  sync.Mutex
	r    zmtpScanner
	// br serves zmq4's small reads (a frame header, then its body) from
	// one system call's worth of data.
	br *bufio.Reader
	// handshaking is set on accepted connections until the peer's first
	// command (READY) has arrived; until then reads have a deadline.
	handshaking bool
}

func newFramedConn(c net.Conn) *framedConn {
	return &framedConn{Conn: c, w: newScanner(), r: newScanner(), br: bufio.NewReaderSize(c, 64<<10)}
}

func (c *framedConn) Write(p []byte) (int, error) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	if _, err := c.w.feed(p); err != nil {
		return 0, err
	}
	c.wbuf = append(c.wbuf, p...)
	if len(c.wbuf) > 0 && (c.w.atBoundary() || len(c.wbuf) >= maxBuffered) {
		err := c.writeAll(c.wbuf)
		if cap(c.wbuf) > maxBuffered {
			c.wbuf = nil
		} else {
			c.wbuf = c.wbuf[:0]
		}
		if err != nil {
			return 0, err
		}
	}
	return len(p), nil
}

// stallTimeout is how long a write may make no progress before the
// connection is given up: a client that stops reading (hung, or gone
// without closing) would otherwise block the kernel's shell or iopub
// sender for good. ZeroMQ drops messages for such peers; the kernel
// closes the connection (the peer can reconnect).
var stallTimeout = 30 * time.Second

// writeAll writes b in chunks, each with a deadline of stallTimeout; a
// write that timed out after some progress goes on with a new one, so a
// slow but live reader never times out.
func (c *framedConn) writeAll(b []byte) error {
	const chunk = 256 << 10
	defer c.Conn.SetWriteDeadline(time.Time{})
	for len(b) > 0 {
		n := min(len(b), chunk)
		c.Conn.SetWriteDeadline(time.Now().Add(stallTimeout))
		w, err := c.Conn.Write(b[:n])
		b = b[w:]
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) && ne.Timeout() && w > 0 {
				continue // slow, but reading: a new deadline
			}
			if errors.As(err, &ne) && ne.Timeout() {
				c.Conn.Close() // a frame is half written: the stream is lost
				return fmt.Errorf("kernel: peer stopped reading for %v: %w", stallTimeout, err)
			}
			return err
		}
	}
	return nil
}

func (c *framedConn) Read(p []byte) (int, error) {
	c.rmu.Lock()
	defer c.rmu.Unlock()
	n, err := c.br.Read(p)
	if n > 0 {
		_, ferr := c.r.feed(p[:n])
		if ferr != nil {
			c.Conn.Close()
			return 0, ferr
		}
		if c.handshaking && c.r.greet == 0 && c.r.commands > 0 {
			c.handshaking = false
			c.Conn.SetReadDeadline(time.Time{})
		}
	}
	if err != nil && c.handshaking {
		// zmq4 drops a connection whose handshake fails without closing it.
		c.Conn.Close()
	}
	return n, err
}

// zmtpScanner follows a ZMTP 3 byte stream: the greeting, then frames of
// a flag byte, a 1- or 8-byte size and a body.
type zmtpScanner struct {
	greet     int    // greeting bytes still to come
	state     int    // what the next byte is
	flag      byte   // the current frame's flags
	sizeBytes int    // size bytes still to read
	size      uint64 // size being read / body bytes still to come
	more      bool   // the last complete frame announced more frames
	commands  int    // command frames seen
}

const (
	scanFlag = iota
	scanSize
	scanBody
)

const (
	flagMore = 0x01
	flagLong = 0x02
	flagCmd  = 0x04
)

var errFrameTooLarge = errors.New("kernel: ZMTP frame larger than 1 GiB refused")

func newScanner() zmtpScanner { return zmtpScanner{greet: greetingSize} }

// atBoundary reports whether the bytes so far end a greeting, a command
// or the last frame of a message.
func (s *zmtpScanner) atBoundary() bool {
	return s.state == scanFlag && !s.more
}

// feed advances over p. It returns how many bytes it consumed.
func (s *zmtpScanner) feed(p []byte) (int, error) {
	i := 0
	for i < len(p) {
		if s.greet > 0 {
			n := min(s.greet, len(p)-i)
			s.greet -= n
			i += n
			continue
		}
		switch s.state {
		case scanFlag:
			s.flag = p[i]
			i++
			s.size = 0
			s.sizeBytes = 1
			if s.flag&flagLong != 0 {
				s.sizeBytes = 8
			}
			s.state = scanSize
		case scanSize:
			s.size = s.size<<8 | uint64(p[i])
			i++
			s.sizeBytes--
			if s.sizeBytes == 0 {
				if s.size > maxFrame {
					return i, fmt.Errorf("%w (%d bytes announced)", errFrameTooLarge, s.size)
				}
				s.state = scanBody
				s.endBodyIfDone()
			}
		case scanBody:
			n := uint64(len(p) - i)
			if n > s.size {
				n = s.size
			}
			s.size -= n
			i += int(n)
			s.endBodyIfDone()
		}
	}
	return i, nil
}

func (s *zmtpScanner) endBodyIfDone() {
	if s.state == scanBody && s.size == 0 {
		s.state = scanFlag
		s.more = s.flag&flagCmd == 0 && s.flag&flagMore != 0
		if s.flag&flagCmd != 0 {
			s.commands++
		}
	}
}
