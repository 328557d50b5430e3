package kbench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/go-zeromq/zmq4"

	"github.com/gograd/gograd/kernel"
)

// Subject is a kernel to measure.
type Subject struct {
	Name string
	// Argv starts the kernel; "{connection_file}" is replaced.
	Argv []string
	Env  []string
	// Code is the cell to execute and CompleteCode the text to complete
	// (at its end).
	Code, CompleteCode string
}

// Result holds one subject's measurements.
type Result struct {
	Name      string
	Startup   []time.Duration // process start to first kernel_info reply, one per start
	Execute   []time.Duration // execute_request to status idle (and reply)
	Complete  []time.Duration // complete_request to complete_reply
	Matches   int             // completions found for CompleteCode
	ExecValue string          // text/plain of the executed cell's result
}

// Median returns the median of ds (0 for none).
func Median(ds []time.Duration) time.Duration { return Quantile(ds, 0.5) }

// Quantile returns the q-quantile of ds (nearest rank).
func Quantile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := int(q * float64(len(s)-1))
	return s[i]
}

// Measure starts the subject starts times (measuring start-up each time),
// and in the last run executes Code n times and completes m times.
func Measure(ctx context.Context, sub Subject, starts, n, m int) (Result, error) {
	res := Result{Name: sub.Name}
	for i := 0; i < starts; i++ {
		last := i == starts-1
		if err := run(ctx, sub, &res, last, n, m); err != nil {
			return res, fmt.Errorf("%s: %w", sub.Name, err)
		}
	}
	return res, nil
}

type conn struct {
	signer  *kernel.Signer
	shell   zmq4.Socket
	control zmq4.Socket
	iopub   zmq4.Socket
	iopubCh chan *kernel.Message
	shellCh chan *kernel.Message
	seq     int
}

func run(ctx context.Context, sub Subject, res *Result, full bool, n, m int) error {
	dir, err := os.MkdirTemp("", "gograd-kbench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ports, err := freePorts(5)
	if err != nil {
		return err
	}
	key := make([]byte, 16)
	rand.Read(key)
	ci := kernel.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1", ShellPort: ports[0], ControlPort: ports[1],
		IOPubPort: ports[2], StdinPort: ports[3], HBPort: ports[4], Key: hex.EncodeToString(key), SignatureScheme: "hmac-sha256"}
	cf := filepath.Join(dir, "connection.json")
	js, _ := json.Marshal(ci)
	if err := os.WriteFile(cf, js, 0o600); err != nil {
		return err
	}
	argv := make([]string, len(sub.Argv))
	for i, a := range sub.Argv {
		argv[i] = strings.ReplaceAll(a, "{connection_file}", cf)
	}
	cctx, cancel := context.WithCancel(ctx)
	defer cancel()
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = append(os.Environ(), sub.Env...)
	cmd.Env = append(cmd.Env, "XDG_DATA_HOME="+filepath.Join(dir, "data"), "IPYTHONDIR="+filepath.Join(dir, "ipython"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var stderr strings.Builder
	cmd.Stderr = &stderr

	signer, _ := kernel.NewSigner(ci.SignatureScheme, []byte(ci.Key))
	opts := []zmq4.Option{zmq4.WithDialerRetry(time.Millisecond), zmq4.WithDialerMaxRetries(20000), zmq4.WithLogger(nullLogger())}
	c := &conn{
		signer:  signer,
		shell:   zmq4.NewDealer(cctx, append(opts, zmq4.WithID(zmq4.SocketIdentity("kbench-"+hex.EncodeToString(key[:4]))))...),
		control: zmq4.NewDealer(cctx, opts...),
		iopub:   zmq4.NewSub(cctx, opts...),
		iopubCh: make(chan *kernel.Message, 1<<16),
		shellCh: make(chan *kernel.Message, 1024),
	}
	defer func() {
		c.shell.Close()
		c.control.Close()
		c.iopub.Close()
	}()

	start := time.Now()
	if err := cmd.Start(); err != nil {
		return err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		select {
		case <-exited:
		case <-time.After(5 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	}()
	fail := func(err error) error {
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		if s := strings.TrimSpace(stderr.String()); s != "" {
			err = fmt.Errorf("%w\nkernel stderr:\n%s", err, lastLines(s, 20))
		}
		return err
	}
	if err := c.shell.Dial(endpoint(ports[0])); err != nil {
		return fail(err)
	}
	go pump(c.shell, signer, c.shellCh)
	c.send(c.shell, "kernel_info_request", map[string]any{})
	if _, err := c.waitShell("kernel_info_reply", 30*time.Second); err != nil {
		return fail(err)
	}
	res.Startup = append(res.Startup, time.Since(start))

	if full {
		if err := c.control.Dial(endpoint(ports[1])); err != nil {
			return fail(err)
		}
		if err := c.iopub.Dial(endpoint(ports[2])); err != nil {
			return fail(err)
		}
		c.iopub.SetOption(zmq4.OptionSubscribe, "")
		go pump(c.iopub, signer, c.iopubCh)
		// PUB drops everything until the subscription arrives: poll.
		live := false
		for i := 0; i < 200 && !live; i++ {
			c.send(c.shell, "kernel_info_request", map[string]any{})
			if _, err := c.waitShell("kernel_info_reply", 10*time.Second); err != nil {
				return fail(err)
			}
			select {
			case <-c.iopubCh:
				live = true
			case <-time.After(20 * time.Millisecond):
			}
		}
		if !live {
			return fail(errors.New("iopub never delivered"))
		}
		time.Sleep(50 * time.Millisecond)
		for len(c.iopubCh) > 0 {
			<-c.iopubCh
		}
		for i := 0; i < n+10; i++ {
			d, v, err := c.execute(sub.Code)
			if err != nil {
				return fail(err)
			}
			if i >= 10 { // the first runs warm up
				res.Execute = append(res.Execute, d)
			}
			res.ExecValue = v
		}
		for i := 0; i < m+5; i++ {
			t0 := time.Now()
			c.send(c.shell, "complete_request", map[string]any{"code": sub.CompleteCode, "cursor_pos": len([]rune(sub.CompleteCode))})
			r, err := c.waitShell("complete_reply", 30*time.Second)
			if err != nil {
				return fail(err)
			}
			if i >= 5 {
				res.Complete = append(res.Complete, time.Since(t0))
			}
			var cr struct {
				Matches []string `json:"matches"`
			}
			json.Unmarshal(r.Content, &cr)
			res.Matches = len(cr.Matches)
		}
	}
	if !full {
		if err := c.control.Dial(endpoint(ports[1])); err != nil {
			return fail(err)
		}
	}
	go pump(c.control, signer, make(chan *kernel.Message, 16))
	c.send(c.control, "shutdown_request", map[string]any{"restart": false})
	return nil
}

func (c *conn) send(s zmq4.Socket, msgType string, content any) string {
	c.seq++
	id := fmt.Sprintf("kbench-%d", c.seq)
	h, _ := json.Marshal(kernel.Header{MsgID: id, Session: "kbench", Username: "kbench",
		Date: time.Now().UTC().Format(time.RFC3339Nano), MsgType: msgType, Version: kernel.ProtocolVersion})
	body, _ := json.Marshal(content)
	s.Send(zmq4.NewMsgFrom(kernel.Encode(&kernel.Message{RawHeader: h, Content: body}, c.signer)...))
	return id
}

func (c *conn) waitShell(msgType string, timeout time.Duration) (*kernel.Message, error) {
	deadline := time.After(timeout)
	for {
		select {
		case m := <-c.shellCh:
			if m.Header.MsgType == msgType {
				return m, nil
			}
		case <-deadline:
			return nil, fmt.Errorf("no %s within %v", msgType, timeout)
		}
	}
}

// execute runs code and times it until both the reply and the idle
// status have arrived.
func (c *conn) execute(code string) (time.Duration, string, error) {
	t0 := time.Now()
	id := c.send(c.shell, "execute_request", map[string]any{"code": code, "silent": false, "store_history": true,
		"user_expressions": map[string]any{}, "allow_stdin": false, "stop_on_error": true})
	gotReply, gotIdle := false, false
	value := ""
	deadline := time.After(30 * time.Second)
	for !gotReply || !gotIdle {
		select {
		case m := <-c.shellCh:
			if m.Header.MsgType == "execute_reply" && parentID(m) == id {
				gotReply = true
				var r struct {
					Status string `json:"status"`
				}
				json.Unmarshal(m.Content, &r)
				if r.Status != "ok" {
					return 0, "", fmt.Errorf("executing %q: %s", code, m.Content)
				}
			}
		case m := <-c.iopubCh:
			if parentID(m) != id {
				continue
			}
			switch m.Header.MsgType {
			case "status":
				gotIdle = strings.Contains(string(m.Content), `"idle"`)
			case "execute_result":
				var r struct {
					Data map[string]any `json:"data"`
				}
				json.Unmarshal(m.Content, &r)
				value, _ = r.Data["text/plain"].(string)
			}
		case <-deadline:
			return 0, "", fmt.Errorf("executing %q: no reply and idle within 30s", code)
		}
	}
	return time.Since(t0), value, nil
}

func parentID(m *kernel.Message) string {
	var h kernel.Header
	json.Unmarshal(m.ParentHeader, &h)
	return h.MsgID
}

func pump(s zmq4.Socket, signer *kernel.Signer, ch chan *kernel.Message) {
	for {
		zm, err := s.Recv()
		if err != nil {
			if errors.Is(err, context.Canceled) {
				return
			}
			if strings.Contains(err.Error(), "closed") {
				return
			}
			time.Sleep(time.Millisecond)
			continue
		}
		m, err := kernel.Decode(zm.Frames, signer)
		if err != nil {
			continue
		}
		select {
		case ch <- m:
		default:
		}
	}
}

func endpoint(port int) string { return fmt.Sprintf("tcp://127.0.0.1:%d", port) }

func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var ports []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func lastLines(s string, n int) string {
	l := strings.Split(s, "\n")
	if len(l) > n {
		l = l[len(l)-n:]
	}
	return strings.Join(l, "\n")
}
