package kernel

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/kernel/internal/fakesession"
)

// syncBuffer is a log sink tests can read while the kernel writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// testKernel starts a kernel with a fake session on free ports.
func testKernel(t *testing.T) (*Kernel, *syncBuffer) {
	t.Helper()
	logs := &syncBuffer{}
	k, err := Start(Config{
		Conn: ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", Key: "secret-key", SignatureScheme: "hmac-sha256"},
		NewSession: func(o interp.Options) (Session, error) {
			return fakesession.New(o)
		},
		Version:     "test",
		Log:         logs,
		HistoryFile: "-",
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		k.Shutdown()
		if t.Failed() {
			t.Logf("kernel log:\n%s", logs.String())
		}
	})
	return k, logs
}

// client is a minimal Jupyter client over zmq4, for tests.
type client struct {
	t                     *testing.T
	ctx                   context.Context
	cancel                context.CancelFunc
	signer                *Signer
	session               string
	shell, control, stdin zmq4.Socket
	iopub, hb             zmq4.Socket
	seq                   int
	iopubCh               chan *Message
	shellCh, stdinCh      chan *Message
	controlCh             chan *Message
}

func newClient(t *testing.T, k *Kernel) *client {
	t.Helper()
	ci := k.Conn()
	s, err := NewSigner(ci.SignatureScheme, []byte(ci.Key))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	c := &client{t: t, ctx: ctx, cancel: cancel, signer: s, session: "test-session",
		iopubCh: make(chan *Message, 100000), shellCh: make(chan *Message, 100),
		stdinCh: make(chan *Message, 100), controlCh: make(chan *Message, 100)}
	id := zmq4.WithID(zmq4.SocketIdentity("client-" + strconv.FormatInt(time.Now().UnixNano(), 36)))
	c.shell = zmq4.NewDealer(ctx, id)
	c.stdin = zmq4.NewDealer(ctx, id)
	c.control = zmq4.NewDealer(ctx)
	c.iopub = zmq4.NewSub(ctx)
	c.hb = zmq4.NewReq(ctx)
	for _, d := range []struct {
		s    zmq4.Socket
		port int
	}{{c.shell, ci.ShellPort}, {c.stdin, ci.StdinPort}, {c.control, ci.ControlPort}, {c.iopub, ci.IOPubPort}, {c.hb, ci.HBPort}} {
		if err := d.s.Dial(ci.endpoint(d.port)); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.iopub.SetOption(zmq4.OptionSubscribe, ""); err != nil {
		t.Fatal(err)
	}
	go c.pump(c.iopub, c.iopubCh)
	go c.pump(c.shell, c.shellCh)
	go c.pump(c.stdin, c.stdinCh)
	go c.pump(c.control, c.controlCh)
	t.Cleanup(c.close)
	// Wait until iopub delivers: PUB drops messages until the
	// subscription arrives, so poll with kernel_info.
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		c.request(c.shell, "kernel_info_request", map[string]any{})
		c.recv(c.shellCh, "kernel_info_reply", 5*time.Second)
		select {
		case <-c.iopubCh:
			time.Sleep(20 * time.Millisecond)
			c.drainIOPub()
			return c
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatal("iopub never delivered")
	return nil
}

func (c *client) close() {
	for _, s := range []zmq4.Socket{c.shell, c.stdin, c.control, c.iopub, c.hb} {
		s.Close()
	}
	c.cancel()
}

func (c *client) pump(s zmq4.Socket, ch chan *Message) {
	for {
		zm, err := s.Recv()
		if err != nil {
			if c.ctx.Err() != nil {
				return
			}
			continue
		}
		m, err := Decode(zm.Frames, c.signer)
		if err != nil {
			c.t.Errorf("client: kernel sent a bad message: %v", err)
			continue
		}
		ch <- m
	}
}

// build makes a signed request.
func (c *client) build(msgType string, content any, signer *Signer) ([][]byte, string) {
	c.seq++
	id := fmt.Sprintf("%s-%d", c.session, c.seq)
	h, _ := json.Marshal(Header{MsgID: id, Session: c.session, Username: "test", Date: time.Now().UTC().Format(time.RFC3339Nano), MsgType: msgType, Version: ProtocolVersion})
	body, _ := json.Marshal(content)
	m := &Message{RawHeader: h, Content: body}
	return Encode(m, signer), id
}

func (c *client) request(s zmq4.Socket, msgType string, content any) string {
	frames, id := c.build(msgType, content, c.signer)
	c.sendFrames(s, frames)
	return id
}

func (c *client) sendFrames(s zmq4.Socket, frames [][]byte) {
	if err := s.Send(zmq4.NewMsgFrom(frames...)); err != nil {
		c.t.Fatal(err)
	}
}

func (c *client) recv(ch chan *Message, msgType string, timeout time.Duration) *Message {
	c.t.Helper()
	select {
	case m := <-ch:
		if msgType != "" && m.Header.MsgType != msgType {
			c.t.Fatalf("got %s, want %s: %s", m.Header.MsgType, msgType, m.Content)
		}
		return m
	case <-time.After(timeout):
		c.t.Fatalf("no %s within %v", msgType, timeout)
	}
	return nil
}

func (c *client) drainIOPub() {
	for {
		select {
		case <-c.iopubCh:
		default:
			return
		}
	}
}

// parentID is the msg_id of m's parent header.
func parentID(m *Message) string {
	var p Header
	json.Unmarshal(m.ParentHeader, &p)
	return p.MsgID
}

// collect returns the iopub messages for request id, from busy to idle.
func (c *client) collect(id string, timeout time.Duration) []*Message {
	c.t.Helper()
	var out []*Message
	deadline := time.After(timeout)
	for {
		select {
		case m := <-c.iopubCh:
			if parentID(m) != id {
				continue
			}
			out = append(out, m)
			if m.Header.MsgType == "status" && strings.Contains(string(m.Content), `"idle"`) {
				return out
			}
		case <-deadline:
			c.t.Fatalf("no idle for %s within %v (got %d messages)", id, timeout, len(out))
		}
	}
}

// execute runs code and returns the reply and the iopub messages.
func (c *client) execute(code string, extra map[string]any) (*Message, []*Message) {
	c.t.Helper()
	content := map[string]any{"code": code, "silent": false, "store_history": true, "user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true}
	for k, v := range extra {
		content[k] = v
	}
	id := c.request(c.shell, "execute_request", content)
	reply := c.recv(c.shellCh, "execute_reply", 20*time.Second)
	if parentID(reply) != id {
		c.t.Fatalf("reply to %s, want %s", parentID(reply), id)
	}
	return reply, c.collect(id, 20*time.Second)
}

func decode(t *testing.T, m *Message) map[string]any {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(m.Content, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func types(ms []*Message) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Header.MsgType)
	}
	return out
}
