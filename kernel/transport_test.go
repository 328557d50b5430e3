package kernel

import (
	"bytes"
	"encoding/binary"
	"errors"
	"net"
	"strconv"
	"sync"
	"testing"
	"time"
)

// frame encodes one ZMTP frame.
func frame(flag byte, body []byte) []byte {
	if len(body) > 255 {
		h := make([]byte, 9)
		h[0] = flag | flagLong
		binary.BigEndian.PutUint64(h[1:], uint64(len(body)))
		return append(h, body...)
	}
	return append([]byte{flag, byte(len(body))}, body...)
}

// countingConn records each Write that reaches the socket.
type countingConn struct {
	net.Conn
	mu     sync.Mutex
	writes [][]byte
}

func (c *countingConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	c.writes = append(c.writes, bytes.Clone(p))
	c.mu.Unlock()
	return len(p), nil
}

func (c *countingConn) SetWriteDeadline(time.Time) error { return nil }

// A peer that stops reading cannot block the kernel's writer for good:
// the write gives up after stallTimeout without progress, and the
// connection is closed.
func TestStalledPeerDoesNotBlockWrites(t *testing.T) {
	defer func(d time.Duration) { stallTimeout = d }(stallTimeout)
	stallTimeout = 100 * time.Millisecond
	kernelSide, peer := net.Pipe() // the peer never reads
	defer peer.Close()
	c := newFramedConn(kernelSide)
	greeting := make([]byte, greetingSize)
	done := make(chan error, 1)
	go func() {
		_, err := c.Write(greeting)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil {
			t.Fatal("write to a peer that never reads succeeded")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("write to a stalled peer still blocked after 5s")
	}
	// A peer that reads slowly but steadily gets everything.
	kernelSide2, peer2 := net.Pipe()
	defer peer2.Close()
	c2 := newFramedConn(kernelSide2)
	got := make(chan int, 1)
	go func() {
		n := 0
		buf := make([]byte, 7)
		for n < greetingSize {
			time.Sleep(20 * time.Millisecond)
			k, err := peer2.Read(buf)
			if err != nil {
				break
			}
			n += k
		}
		got <- n
	}()
	if _, err := c2.Write(greeting); err != nil {
		t.Fatalf("slow reader: %v", err)
	}
	if n := <-got; n != greetingSize {
		t.Fatalf("slow reader got %d bytes, want %d", n, greetingSize)
	}
}

func TestFramedConnWritesWholeMessages(t *testing.T) {
	cc := &countingConn{}
	c := newFramedConn(cc)
	greeting := make([]byte, greetingSize)
	c.Write(greeting[:10]) // libzmq-style partial greeting goes out at once
	c.Write(greeting[10:])
	if len(cc.writes) != 2 {
		t.Fatalf("greeting: %d writes, want 2 (it must not wait)", len(cc.writes))
	}
	c.Write(frame(flagCmd, []byte("\x05READY")))
	if len(cc.writes) != 3 {
		t.Fatalf("command not sent at once")
	}
	// A three-frame message written as header and body pieces, the way
	// zmq4 writes it, leaves in one write.
	big := bytes.Repeat([]byte("x"), 300)
	var msg []byte
	for i, body := range [][]byte{[]byte("<IDS|MSG>"), big, {}} {
		flag := byte(flagMore)
		if i == 2 {
			flag = 0
		}
		f := frame(flag, body)
		hdr := 2
		if len(body) > 255 {
			hdr = 9
		}
		c.Write(f[:hdr])
		c.Write(f[hdr:])
		msg = append(msg, f...)
		if i < 2 && len(cc.writes) != 3 {
			t.Fatalf("frame %d sent before the message was complete", i)
		}
	}
	if len(cc.writes) != 4 || !bytes.Equal(cc.writes[3], msg) {
		t.Fatalf("%d writes; last %d bytes, want one of %d", len(cc.writes), len(cc.writes[len(cc.writes)-1]), len(msg))
	}
}

func TestZMTPScannerRefusesHugeFrames(t *testing.T) {
	s := newScanner()
	if _, err := s.feed(make([]byte, greetingSize)); err != nil {
		t.Fatal(err)
	}
	hdr := make([]byte, 9)
	hdr[0] = flagLong
	binary.BigEndian.PutUint64(hdr[1:], 1<<62)
	if _, err := s.feed(hdr); !errors.Is(err, errFrameTooLarge) {
		t.Fatalf("err %v, want errFrameTooLarge", err)
	}
	// Byte by byte makes no difference.
	s = newScanner()
	s.feed(make([]byte, greetingSize))
	var err error
	for _, b := range hdr {
		if _, err = s.feed([]byte{b}); err != nil {
			break
		}
	}
	if !errors.Is(err, errFrameTooLarge) {
		t.Fatalf("byte-wise: err %v", err)
	}
}

// A peer announcing a gigantic frame is disconnected; the kernel lives on.
func TestHugeFrameDoesNotCrashKernel(t *testing.T) {
	k, _ := testKernel(t)
	conn, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", itoa(k.Conn().ShellPort)))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	greeting := make([]byte, greetingSize)
	copy(greeting, []byte{0xff, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 3, 0})
	copy(greeting[12:], "NULL")
	conn.Write(greeting)
	conn.Write(frame(flagCmd, append([]byte("\x05READY"), "\x0bSocket-Type\x00\x00\x00\x06DEALER"...)))
	hdr := make([]byte, 9)
	hdr[0] = flagLong
	binary.BigEndian.PutUint64(hdr[1:], 1<<62)
	conn.Write(hdr)
	c := newClient(t, k)
	reply, _ := c.execute("1+1", nil)
	if decode(t, reply)["status"] != "ok" {
		t.Fatal("kernel broken after a huge frame header")
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// A peer that connects and says nothing must not keep others out.
func TestSilentPeerDoesNotBlockAccept(t *testing.T) {
	old := handshakeTimeout
	handshakeTimeout = 300 * time.Millisecond
	t.Cleanup(func() { handshakeTimeout = old }) // after the kernel's own cleanup
	k, _ := testKernel(t)
	for _, port := range []int{k.Conn().ShellPort, k.Conn().IOPubPort, k.Conn().HBPort} {
		silent, err := net.Dial("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(port)))
		if err != nil {
			t.Fatal(err)
		}
		defer silent.Close()
	}
	c := newClient(t, k)
	reply, _ := c.execute("1+1", nil)
	if decode(t, reply)["status"] != "ok" {
		t.Fatal("kernel unusable after a silent peer")
	}
}
