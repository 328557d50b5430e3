package kernel

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/user"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gograd/gograd/interp"
)

// Session is what the kernel serves. *interp.Session satisfies it; tests
// use a fake.
type Session interface {
	Eval(ctx context.Context, code string) (interp.Result, error)
	Complete(code string, cursor int) interp.Completion
	Inspect(code string, cursor int) (interp.Inspection, bool)
	IsComplete(code string) (status, indent string)
}

// Config says how to run a kernel.
type Config struct {
	// Conn is the connection file's content. Ports that are 0 are chosen
	// by the system; Kernel.Conn reports the ones bound.
	Conn ConnectionInfo
	// NewSession builds the session the kernel serves, with the kernel's
	// writers, reader and display handler in opts. It runs in the
	// background so that the kernel answers kernel_info at once.
	NewSession func(opts interp.Options) (Session, error)
	// Version is the implementation version in kernel_info replies.
	Version string
	// Log receives the kernel's diagnostics (dropped messages and the
	// like). Nil means os.Stderr.
	Log io.Writer
	// HistoryFile is where executed cells are kept across restarts. Empty
	// means DefaultHistoryFile(); "-" keeps history in memory only.
	HistoryFile string
}

// Kernel is a running Jupyter kernel.
type Kernel struct {
	cfg      Config
	conn     ConnectionInfo
	signer   *Signer
	log      *log.Logger
	ctx      context.Context
	stop     context.CancelFunc
	session  string
	username string
	seq      atomic.Uint64
	// execReplyAt is when the last execute_reply was sent (unix ns).
	execReplyAt atomic.Int64

	shell, control, iopub, stdin, hb zmq4.Socket

	sessReady chan struct{}
	sess      Session
	sessErr   error

	// iomu orders everything sent on iopub, the buffered stream text
	// included.
	iomu sync.Mutex
	out  outBuffer

	// mu guards the running request.
	mu      sync.Mutex
	cancel  context.CancelFunc
	cur     *request
	inputCh chan *Message
	// stdinMu serializes reads of the session's os.Stdin.
	stdinMu sync.Mutex

	execCount int
	hist      *history
	replay    replayGuard

	shellq       chan *Message
	shutdownOnce sync.Once
	done         chan struct{}
	exitErr      error
}

// request is the execute_request being run.
type request struct {
	msg        *Message
	allowStdin bool
	ctx        context.Context
	warnedEOF  bool
}

// Start binds the five sockets, starts building the session in the
// background and serves requests until Shutdown or a shutdown_request.
func Start(cfg Config) (*Kernel, error) {
	if cfg.NewSession == nil {
		return nil, errors.New("kernel: Config.NewSession is nil")
	}
	conn := cfg.Conn
	if err := conn.check(); err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	signer, err := NewSigner(conn.SignatureScheme, []byte(conn.Key))
	if err != nil {
		return nil, fmt.Errorf("kernel: %w", err)
	}
	logw := cfg.Log
	if logw == nil {
		logw = os.Stderr
	}
	ctx, stop := context.WithCancel(context.Background())
	k := &Kernel{
		cfg:       cfg,
		signer:    signer,
		log:       log.New(logw, "gograd kernel: ", log.LstdFlags),
		ctx:       ctx,
		stop:      stop,
		session:   newID(),
		username:  userName(),
		sessReady: make(chan struct{}),
		inputCh:   make(chan *Message, 1),
		shellq:    make(chan *Message, 4096),
		done:      make(chan struct{}),
	}
	zlog := log.New(logw, "gograd kernel: zmq: ", log.LstdFlags)
	opts := []zmq4.Option{zmq4.WithLogger(zlog), zmq4.WithTimeout(10 * time.Second)}
	k.shell = zmq4.NewRouter(ctx, opts...)
	k.control = zmq4.NewRouter(ctx, opts...)
	k.stdin = zmq4.NewRouter(ctx, opts...)
	k.iopub = zmq4.NewPub(ctx, opts...)
	k.hb = zmq4.NewRep(ctx, opts...)
	for _, s := range []struct {
		name string
		sock zmq4.Socket
		port *int
	}{
		{"shell", k.shell, &conn.ShellPort},
		{"control", k.control, &conn.ControlPort},
		{"stdin", k.stdin, &conn.StdinPort},
		{"iopub", k.iopub, &conn.IOPubPort},
		{"heartbeat", k.hb, &conn.HBPort},
	} {
		if err := s.sock.Listen(conn.endpoint(*s.port)); err != nil {
			k.closeSockets()
			stop()
			return nil, fmt.Errorf("kernel: binding %s socket: %w", s.name, err)
		}
		if conn.Transport == "tcp" && *s.port == 0 {
			if a, ok := s.sock.Addr().(*net.TCPAddr); ok {
				*s.port = a.Port
			}
		}
	}
	k.conn = conn

	go k.serveHeartbeat()
	go k.readLoop(k.shell, "shell", k.enqueueShell)
	go k.readLoop(k.control, "control", k.handleControl)
	go k.readLoop(k.stdin, "stdin", k.handleStdin)
	go k.shellWorker()
	go k.buildSession()

	histPath := cfg.HistoryFile
	if histPath == "" {
		histPath = DefaultHistoryFile()
	}
	if histPath == "-" {
		histPath = ""
	}
	k.hist = openHistory(histPath, k.log)
	k.publish(nil, "status", map[string]any{"execution_state": "starting"})
	return k, nil
}

// Conn returns the connection info with the ports actually bound.
func (k *Kernel) Conn() ConnectionInfo { return k.conn }

// Wait blocks until the kernel has shut down.
func (k *Kernel) Wait() error {
	<-k.done
	return k.exitErr
}

// Interrupt stops the running cell, if any, as an interrupt_request or
// SIGINT does. The session and its variables stay.
func (k *Kernel) Interrupt() {
	k.mu.Lock()
	if k.cancel != nil {
		k.cancel()
	}
	k.mu.Unlock()
}

// Shutdown stops the kernel: the running cell is interrupted, sockets are
// closed and Wait returns.
func (k *Kernel) Shutdown() {
	k.shutdownOnce.Do(func() {
		k.Interrupt()
		// Give the PUB queue a moment to send what is queued (the shutdown
		// reply and the last idle) before the sockets close.
		time.Sleep(30 * time.Millisecond)
		k.stop()
		k.closeSockets()
		if k.conn.Transport == "ipc" {
			// zmq4 removes only ipc:// socket files; ours are gograd-ipc://.
			for _, p := range []int{k.conn.ShellPort, k.conn.ControlPort, k.conn.StdinPort, k.conn.IOPubPort, k.conn.HBPort} {
				os.Remove(k.conn.IP + "-" + strconv.Itoa(p))
			}
		}
		k.hist.close()
		if c, ok := k.sessionIfReady().(io.Closer); ok {
			c.Close()
		}
		close(k.done)
	})
}

func (k *Kernel) closeSockets() {
	for _, s := range []zmq4.Socket{k.shell, k.control, k.stdin, k.iopub, k.hb} {
		if s != nil {
			s.Close()
		}
	}
}

func (k *Kernel) buildSession() {
	opts := interp.Options{
		Stdout:  &streamWriter{k: k, name: "stdout"},
		Stderr:  &streamWriter{k: k, name: "stderr"},
		Stdin:   &stdinReader{k: k},
		Args:    []string{"gograd"},
		Display: k.display,
	}
	s, err := k.cfg.NewSession(opts)
	if err == nil && s == nil {
		err = errors.New("no session")
	}
	k.sess, k.sessErr = s, err
	if err != nil {
		k.log.Printf("starting the session: %v", err)
	}
	close(k.sessReady)
}

// waitSession returns the session once built.
func (k *Kernel) waitSession() (Session, error) {
	select {
	case <-k.sessReady:
		if k.sessErr != nil {
			return nil, fmt.Errorf("the gograd session failed to start: %w", k.sessErr)
		}
		return k.sess, nil
	case <-k.ctx.Done():
		return nil, k.ctx.Err()
	}
}

func (k *Kernel) sessionIfReady() Session {
	select {
	case <-k.sessReady:
		return k.sess
	default:
		return nil
	}
}

func (k *Kernel) serveHeartbeat() {
	for {
		msg, err := k.hb.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("heartbeat: %v", err)
			continue
		}
		if err := k.hb.Send(msg); err != nil && k.ctx.Err() == nil {
			k.log.Printf("heartbeat: %v", err)
		}
	}
}

// readLoop receives messages on a ROUTER socket, verifies them and hands
// the good ones to handle. Bad ones are logged and dropped.
func (k *Kernel) readLoop(sock zmq4.Socket, name string, handle func(*Message)) {
	for {
		zm, err := sock.Recv()
		if err != nil {
			if k.ctx.Err() != nil {
				return
			}
			k.log.Printf("%s: receive: %v", name, err)
			continue
		}
		m, err := Decode(zm.Frames, k.signer)
		if err != nil {
			k.log.Printf("%s: dropped a message: %v", name, err)
			continue
		}
		if !k.replay.fresh(m.Signature) {
			k.log.Printf("%s: dropped a replayed message (duplicate signature) %s", name, m.Header.MsgType)
			continue
		}
		m.received = time.Now()
		handle(m)
	}
}

func (k *Kernel) enqueueShell(m *Message) {
	select {
	case k.shellq <- m:
	case <-k.ctx.Done():
	}
}

// newID returns a random UUID-formatted id.
func newID() string {
	var b [16]byte
	if _, err := io.ReadFull(rand.Reader, b[:]); err != nil {
		// Fall back on the clock: ids need only be unique, not secret.
		binaryPutTime(b[:])
	}
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	h := hex.EncodeToString(b[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
}

func binaryPutTime(b []byte) {
	t := time.Now().UnixNano()
	for i := range b {
		b[i] = byte(t >> (8 * (i % 8)))
	}
}

func userName() string {
	if u := os.Getenv("USER"); u != "" {
		return u
	}
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "gograd"
}

// marshal encodes v as JSON without HTML escaping (bundles carry HTML).
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// newMessage builds a message of msgType in reply to parent (nil for none).
func (k *Kernel) newMessage(parent *Message, msgType string, content any) (*Message, error) {
	var c []byte
	if raw, ok := content.(json.RawMessage); ok {
		c = raw
	} else {
		var err error
		if c, err = marshal(content); err != nil {
			return nil, fmt.Errorf("encoding %s: %w", msgType, err)
		}
	}
	h := Header{
		MsgID:    k.session + "_" + strconv.FormatUint(k.seq.Add(1), 10),
		Session:  k.session,
		Username: k.username,
		Date:     time.Now().UTC().Format("2006-01-02T15:04:05.000000Z"),
		MsgType:  msgType,
		Version:  ProtocolVersion,
	}
	hb, err := json.Marshal(h)
	if err != nil {
		return nil, err
	}
	m := &Message{Header: h, RawHeader: hb, Content: c, Metadata: json.RawMessage("{}")}
	if parent != nil {
		m.ParentHeader = parent.RawHeader
	}
	return m, nil
}

// reply sends a reply to req on sock (shell, control or stdin), routed to
// the request's sender.
func (k *Kernel) reply(sock zmq4.Socket, req *Message, msgType string, content any) {
	m, err := k.newMessage(req, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	m.Identities = req.Identities
	if msgType == "execute_reply" {
		k.execReplyAt.Store(time.Now().UnixNano())
	}
	k.send(sock, m)
}

func (k *Kernel) send(sock zmq4.Socket, m *Message) {
	frames := Encode(m, k.signer)
	if err := sock.Send(zmq4.NewMsgFrom(frames...)); err != nil && k.ctx.Err() == nil {
		k.log.Printf("sending %s: %v", m.Header.MsgType, err)
	}
}

// publish sends a message on iopub, after any buffered stream text.
func (k *Kernel) publish(parent *Message, msgType string, content any) {
	k.iomu.Lock()
	defer k.iomu.Unlock()
	k.flushLocked(true)
	k.publishLocked(parent, msgType, content)
}

func (k *Kernel) publishLocked(parent *Message, msgType string, content any) {
	m, err := k.newMessage(parent, msgType, content)
	if err != nil {
		k.log.Print(err)
		return
	}
	m.Identities = [][]byte{[]byte("kernel." + k.session + "." + msgType)}
	k.send(k.iopub, m)
}

// replayGuard remembers recent signatures so a captured message cannot be
// sent again (ipykernel does the same).
type replayGuard struct {
	mu   sync.Mutex
	seen map[string]struct{}
	ring []string
	next int
}

const replayWindow = 1 << 16

func (g *replayGuard) fresh(sig []byte) bool {
	if len(sig) == 0 {
		return true // signing disabled
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.seen == nil {
		g.seen = make(map[string]struct{}, 1024)
		g.ring = make([]string, replayWindow)
	}
	s := string(sig)
	if _, dup := g.seen[s]; dup {
		return false
	}
	if old := g.ring[g.next]; old != "" {
		delete(g.seen, old)
	}
	g.ring[g.next] = s
	g.next = (g.next + 1) % replayWindow
	g.seen[s] = struct{}{}
	return true
}
