package kernel

import (
	"encoding/base64"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/go-zeromq/zmq4"
)

func TestKernelInfoReply(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	for _, sock := range []struct {
		name string
		s    zmq4.Socket
		ch   chan *Message
	}{{"shell", c.shell, c.shellCh}, {"control", c.control, c.controlCh}} {
		t.Run(sock.name, func(t *testing.T) {
			id := c.request(sock.s, "kernel_info_request", map[string]any{})
			r := c.recv(sock.ch, "kernel_info_reply", 5*time.Second)
			if parentID(r) != id {
				t.Errorf("parent %q, want %q", parentID(r), id)
			}
			if r.Header.Version != "5.3" || r.Header.Session == "" || r.Header.MsgID == "" || r.Header.Date == "" {
				t.Errorf("bad header %+v", r.Header)
			}
			v := decode(t, r)
			li := v["language_info"].(map[string]any)
			want := map[string]any{"name": "go", "version": strings.TrimPrefix(runtime.Version(), "go"), "mimetype": "text/x-go",
				"file_extension": ".go", "pygments_lexer": "go", "codemirror_mode": "go"}
			for key, w := range want {
				if li[key] != w {
					t.Errorf("language_info.%s = %v, want %v", key, li[key], w)
				}
			}
			if v["status"] != "ok" || v["protocol_version"] != "5.3" || v["implementation"] != "gograd" || v["implementation_version"] != "test" {
				t.Errorf("bad reply %v", v)
			}
			if b, _ := v["banner"].(string); !strings.Contains(b, "gograd") {
				t.Errorf("banner %q", b)
			}
			if hl, _ := v["help_links"].([]any); len(hl) == 0 {
				t.Errorf("no help_links")
			}
		})
	}
}

func TestExecuteMessages(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)

	reply, msgs := c.execute("print hello\neprint oops\n1+2", nil)
	got := types(msgs)
	want := []string{"status", "execute_input", "stream", "stream", "execute_result", "status"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("iopub %v, want %v", got, want)
	}
	if s := decode(t, msgs[0])["execution_state"]; s != "busy" {
		t.Errorf("first status %v", s)
	}
	in := decode(t, msgs[1])
	if in["code"] != "print hello\neprint oops\n1+2" || in["execution_count"] != 1.0 {
		t.Errorf("execute_input %v", in)
	}
	if s := decode(t, msgs[2]); s["name"] != "stdout" || s["text"] != "hello\n" {
		t.Errorf("stdout %v", s)
	}
	if s := decode(t, msgs[3]); s["name"] != "stderr" || s["text"] != "oops\n" {
		t.Errorf("stderr %v", s)
	}
	res := decode(t, msgs[4])
	data := res["data"].(map[string]any)
	if data["text/plain"] != "3" || data["text/html"] != "<pre>3</pre>" || res["execution_count"] != 1.0 {
		t.Errorf("execute_result %v", res)
	}
	r := decode(t, reply)
	if r["status"] != "ok" || r["execution_count"] != 1.0 {
		t.Errorf("reply %v", r)
	}

	// The count goes up with store_history, not with silent or without history.
	reply, _ = c.execute("1+1", nil)
	if n := decode(t, reply)["execution_count"]; n != 2.0 {
		t.Errorf("second count %v", n)
	}
	reply, msgs = c.execute("print quiet\n1+1", map[string]any{"silent": true})
	if n := decode(t, reply)["execution_count"]; n != 2.0 {
		t.Errorf("silent count %v", n)
	}
	if got := types(msgs); !reflect.DeepEqual(got, []string{"status", "stream", "status"}) {
		t.Errorf("silent iopub %v (want no execute_input or result)", got)
	}
	reply, _ = c.execute("1+1", map[string]any{"store_history": false})
	if n := decode(t, reply)["execution_count"]; n != 2.0 {
		t.Errorf("store_history=false count %v", n)
	}
	reply, _ = c.execute("1+1", nil)
	if n := decode(t, reply)["execution_count"]; n != 3.0 {
		t.Errorf("third count %v", n)
	}
}

func TestExecuteError(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	reply, msgs := c.execute("print before\nfail", nil)
	r := decode(t, reply)
	if r["status"] != "error" || r["ename"] != "CompileError" || r["evalue"] != "undefined: nope" || r["execution_count"] != 1.0 {
		t.Fatalf("reply %v", r)
	}
	if got := types(msgs); !reflect.DeepEqual(got, []string{"status", "execute_input", "stream", "error", "status"}) {
		t.Fatalf("iopub %v", got)
	}
	e := decode(t, msgs[3])
	tb := strings.Join(toStrings(e["traceback"]), "\n")
	for _, want := range []string{"CompileError", "cell line 2", "--->", "2 | fail", "^"} {
		if !strings.Contains(tb, want) {
			t.Errorf("traceback lacks %q:\n%s", want, tb)
		}
	}
}

func toStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func TestStopOnErrorAbortsQueue(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	first := c.request(c.shell, "execute_request", map[string]any{"code": "sleep 300\nfail", "stop_on_error": true})
	second := c.request(c.shell, "execute_request", map[string]any{"code": "print no"})
	third := c.request(c.shell, "execute_request", map[string]any{"code": "print no"})
	statuses := map[string]string{}
	for i := 0; i < 3; i++ {
		r := c.recv(c.shellCh, "execute_reply", 10*time.Second)
		statuses[parentID(r)] = decode(t, r)["status"].(string)
	}
	if statuses[first] != "error" || statuses[second] != "aborted" || statuses[third] != "aborted" {
		t.Fatalf("statuses %v", statuses)
	}
	// Aborted requests still get busy and idle, so clients stop waiting.
	c.collect(third, 5*time.Second)
	// After the abort the kernel runs requests again.
	reply, _ := c.execute("1+1", nil)
	if s := decode(t, reply)["status"]; s != "ok" {
		t.Fatalf("after abort: %v", s)
	}
	// stop_on_error=false does not abort.
	c.request(c.shell, "execute_request", map[string]any{"code": "fail", "stop_on_error": false})
	c.request(c.shell, "execute_request", map[string]any{"code": "1+1"})
	c.recv(c.shellCh, "execute_reply", 10*time.Second)
	if s := decode(t, c.recv(c.shellCh, "execute_reply", 10*time.Second))["status"]; s != "ok" {
		t.Fatalf("stop_on_error=false aborted the next cell: %v", s)
	}
}

// A request sent once the client has the failed cell's reply runs, even
// when the kernel is slow to take up the next message after that reply
// (under load, it counted the failure from then and aborted the request).
func TestRequestAfterFailureReplyRuns(t *testing.T) {
	afterFailedCell = func() { time.Sleep(300 * time.Millisecond) }
	t.Cleanup(func() { afterFailedCell = nil })
	k, _ := testKernel(t)
	c := newClient(t, k)
	// The next request goes out as soon as the error reply is in, before
	// the failed request's idle status.
	c.request(c.shell, "execute_request", map[string]any{"code": "fail", "stop_on_error": true})
	if s := decode(t, c.recv(c.shellCh, "execute_reply", 10*time.Second))["status"]; s != "error" {
		t.Fatalf("fail: %v", s)
	}
	reply, _ := c.execute("1+1", nil)
	if s := decode(t, reply)["status"]; s != "ok" {
		t.Fatalf("the request sent after the error reply: %v, want ok", s)
	}
}

func TestWrongKeyNotExecuted(t *testing.T) {
	k, logs := testKernel(t)
	c := newClient(t, k)
	bad, _ := NewSigner("hmac-sha256", []byte("not-the-key"))
	frames, _ := c.build("execute_request", map[string]any{"code": "set pwned yes\nprint pwned"}, bad)
	c.sendFrames(c.shell, frames)
	// Unsigned too.
	frames, _ = c.build("execute_request", map[string]any{"code": "set pwned yes"}, &Signer{})
	c.sendFrames(c.shell, frames)
	reply, _ := c.execute("pwned", nil)
	if s := decode(t, reply)["status"]; s != "error" {
		t.Fatalf("a badly signed cell ran: status %v", s)
	}
	if n := strings.Count(logs.String(), "bad or missing signature"); n != 2 {
		t.Errorf("%d bad signatures logged, want 2:\n%s", n, logs)
	}
	select {
	case m := <-c.shellCh:
		t.Errorf("unexpected reply %s", m.Header.MsgType)
	default:
	}
}

func TestReplayedMessageDropped(t *testing.T) {
	k, logs := testKernel(t)
	c := newClient(t, k)
	frames, id := c.build("execute_request", map[string]any{"code": "print once"}, c.signer)
	c.sendFrames(c.shell, frames)
	c.recv(c.shellCh, "execute_reply", 5*time.Second)
	c.collect(id, 5*time.Second)
	c.sendFrames(c.shell, frames)
	reply, _ := c.execute("1+1", nil)
	if n := decode(t, reply)["execution_count"]; n != 2.0 {
		t.Errorf("replayed request ran: count %v", n)
	}
	if !strings.Contains(logs.String(), "replayed") {
		t.Errorf("replay not logged:\n%s", logs)
	}
}

func TestMalformedIgnored(t *testing.T) {
	k, logs := testKernel(t)
	c := newClient(t, k)
	good, _ := c.build("execute_request", map[string]any{"code": "set x 1"}, c.signer)
	// Truncated: the frames up to the header only.
	c.sendFrames(c.shell, good[:3])
	// No delimiter at all.
	c.sendFrames(c.shell, [][]byte{[]byte("garbage")})
	// Signed, but the content is not JSON.
	h := good[2]
	bad := &Message{RawHeader: h, Content: []byte("{not json")}
	c.sendFrames(c.shell, Encode(bad, c.signer))
	// Signed JSON that is not an object.
	bad = &Message{RawHeader: h, Content: []byte("[1]")}
	c.sendFrames(c.shell, Encode(bad, c.signer))
	// Signed header without a msg_type.
	bad = &Message{RawHeader: []byte(`{"msg_id":"x"}`), Content: []byte(`{}`)}
	c.sendFrames(c.shell, Encode(bad, c.signer))
	// Wrong field types in the content.
	frames, _ := c.build("execute_request", map[string]any{"code": 42}, c.signer)
	c.sendFrames(c.shell, frames)
	r := c.recv(c.shellCh, "execute_reply", 5*time.Second)
	if s := decode(t, r)["status"]; s != "error" {
		t.Errorf("bad content: status %v", s)
	}
	reply, _ := c.execute("x", nil)
	if s := decode(t, reply)["status"]; s != "error" {
		t.Errorf("truncated message was executed")
	}
	reply, _ = c.execute("1+1", nil)
	if s := decode(t, reply)["status"]; s != "ok" {
		t.Errorf("kernel broken after bad input: %v", s)
	}
	for _, want := range []string{"truncated", "no <IDS|MSG>", "content is not a JSON object", "no msg_type", "bad content"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
}

func TestStreamBurstCompleteAndOrdered(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	const lines = 210000 // 100 bytes each: 21 MB
	reply, msgs := c.execute(fmt.Sprintf("burst %d", lines), nil)
	if s := decode(t, reply)["status"]; s != "ok" {
		t.Fatal(s)
	}
	var sb strings.Builder
	streams := 0
	for _, m := range msgs {
		if m.Header.MsgType == "stream" {
			streams++
			sb.WriteString(decode(t, m)["text"].(string))
		}
	}
	text := sb.String()
	if len(text) != lines*100 {
		t.Fatalf("got %d bytes in %d messages, want %d", len(text), streams, lines*100)
	}
	for i := 0; i < lines; i += 997 {
		want := fmt.Sprintf("%08d ", i)
		if got := text[i*100 : i*100+9]; got != want {
			t.Fatalf("line %d starts %q, want %q", i, got, want)
		}
	}
	if streams < 2 {
		t.Errorf("21 MB came in %d message(s); it should be streamed in pieces", streams)
	}
}

func TestStreamSplitsRunesWhole(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	// Write "é" one byte at a time across a flush.
	c.execute("1+1", nil)
	k.writeStream("stdout", []byte{0xc3})
	k.iomu.Lock()
	k.flushLocked(false)
	k.iomu.Unlock()
	k.writeStream("stdout", []byte{0xa9, '\n'})
	k.flushStreams()
	deadline := time.After(5 * time.Second)
	var text string
	for text != "é\n" {
		select {
		case m := <-c.iopubCh:
			if m.Header.MsgType == "stream" {
				text += decode(t, m)["text"].(string)
			}
		case <-deadline:
			t.Fatalf("got %q", text)
		}
	}
}

func TestInterruptAndHeartbeat(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	c.execute("set keep me", nil)
	id := c.request(c.shell, "execute_request", map[string]any{"code": "spin"})
	time.Sleep(100 * time.Millisecond)
	// Heartbeat and control answer while the cell runs.
	for i := 0; i < 3; i++ {
		ping := []byte(fmt.Sprintf("ping-%d", i))
		if err := c.hb.Send(zmq4.NewMsg(ping)); err != nil {
			t.Fatal(err)
		}
		done := make(chan zmq4.Msg, 1)
		go func() { m, _ := c.hb.Recv(); done <- m }()
		select {
		case m := <-done:
			if string(m.Bytes()) != string(ping) {
				t.Fatalf("heartbeat echoed %q", m.Bytes())
			}
		case <-time.After(2 * time.Second):
			t.Fatal("no heartbeat while a cell runs")
		}
	}
	c.request(c.control, "kernel_info_request", map[string]any{})
	c.recv(c.controlCh, "kernel_info_reply", 2*time.Second)
	start := time.Now()
	c.request(c.control, "interrupt_request", map[string]any{})
	c.recv(c.controlCh, "interrupt_reply", 2*time.Second)
	r := c.recv(c.shellCh, "execute_reply", 5*time.Second)
	if parentID(r) != id {
		t.Fatal("reply to the wrong request")
	}
	v := decode(t, r)
	if v["status"] != "error" || v["ename"] != "Interrupted" {
		t.Errorf("interrupted reply %v", v)
	}
	t.Logf("interrupt took %v", time.Since(start))
	reply, msgs := c.execute("keep", nil)
	if s := decode(t, reply)["status"]; s != "ok" {
		t.Fatalf("variable lost after interrupt: %v", s)
	}
	for _, m := range msgs {
		if m.Header.MsgType == "execute_result" && decode(t, m)["data"].(map[string]any)["text/plain"] != "me" {
			t.Errorf("keep = %v", decode(t, m)["data"])
		}
	}
}

func TestDisplayMessages(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	_, msgs := c.execute("print a\nshow\nshow d1\nupdate d1 new\nclear", nil)
	got := types(msgs)
	want := []string{"status", "execute_input", "stream", "display_data", "display_data", "update_display_data", "clear_output", "status"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("iopub %v, want %v", got, want)
	}
	d := decode(t, msgs[3])
	data := d["data"].(map[string]any)
	png, err := base64.StdEncoding.DecodeString(data["image/png"].(string))
	if err != nil || string(png) != "\x89PNG" || data["text/html"] != "<b>shown</b>" {
		t.Errorf("display_data %v", d)
	}
	if _, ok := d["transient"]; ok {
		t.Errorf("display without id has transient: %v", d)
	}
	if id := decode(t, msgs[4])["transient"].(map[string]any)["display_id"]; id != "d1" {
		t.Errorf("display id %v", id)
	}
	u := decode(t, msgs[5])
	if u["transient"].(map[string]any)["display_id"] != "d1" || u["data"].(map[string]any)["text/plain"] != "new" {
		t.Errorf("update_display_data %v", u)
	}
	if w := decode(t, msgs[6])["wait"]; w != false {
		t.Errorf("clear_output %v", w)
	}
}

func TestStdin(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	id := c.request(c.shell, "execute_request", map[string]any{"code": "print Name?\ninput", "allow_stdin": true})
	req := c.recv(c.stdinCh, "input_request", 5*time.Second)
	if parentID(req) != id {
		t.Errorf("input_request parent %q", parentID(req))
	}
	frames, _ := c.build("input_reply", map[string]any{"value": "Ada"}, c.signer)
	m, _ := Decode(frames, c.signer)
	m.ParentHeader = req.RawHeader
	c.sendFrames(c.stdin, Encode(m, c.signer))
	c.recv(c.shellCh, "execute_reply", 5*time.Second)
	msgs := c.collect(id, 5*time.Second)
	var out string
	for _, m := range msgs {
		if m.Header.MsgType == "stream" {
			out += decode(t, m)["text"].(string)
		}
	}
	if out != "Name?\ngot \"Ada\" err=<nil>\n" {
		t.Errorf("output %q", out)
	}

	// Without allow_stdin, reading gets EOF and a message says why.
	_, msgs = c.execute("input", map[string]any{"allow_stdin": false})
	out = ""
	for _, m := range msgs {
		if m.Header.MsgType == "stream" {
			out += decode(t, m)["text"].(string)
		}
	}
	if !strings.Contains(out, "allow_stdin is false") || !strings.Contains(out, `got "" err=EOF`) {
		t.Errorf("output %q", out)
	}
}

func TestCompleteInspectIsComplete(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	c.request(c.shell, "complete_request", map[string]any{"code": "set x 1\npr", "cursor_pos": 10})
	r := decode(t, c.recv(c.shellCh, "complete_reply", 5*time.Second))
	if r["status"] != "ok" || r["cursor_start"] != 8.0 || r["cursor_end"] != 10.0 || !reflect.DeepEqual(r["matches"], []any{"print"}) {
		t.Errorf("complete_reply %v", r)
	}
	types := r["metadata"].(map[string]any)["_jupyter_types_experimental"].([]any)
	if len(types) != 1 || types[0].(map[string]any)["type"] != "func" || types[0].(map[string]any)["text"] != "print" {
		t.Errorf("types %v", types)
	}
	// Cursor counted in runes.
	c.request(c.shell, "complete_request", map[string]any{"code": "é\nsp", "cursor_pos": 4})
	r = decode(t, c.recv(c.shellCh, "complete_reply", 5*time.Second))
	if r["cursor_start"] != 2.0 || !reflect.DeepEqual(r["matches"], []any{"spin"}) {
		t.Errorf("rune cursor: %v", r)
	}

	c.request(c.shell, "inspect_request", map[string]any{"code": "print x", "cursor_pos": 2, "detail_level": 0})
	r = decode(t, c.recv(c.shellCh, "inspect_reply", 5*time.Second))
	data := r["data"].(map[string]any)
	if r["found"] != true || !strings.Contains(data["text/plain"].(string), "func print(arg string)") ||
		!strings.Contains(data["text/markdown"].(string), "```go") || !strings.Contains(data["text/plain"].(string), "fake command") {
		t.Errorf("inspect_reply %v", r)
	}
	c.request(c.shell, "inspect_request", map[string]any{"code": "zzz", "cursor_pos": 1})
	if r = decode(t, c.recv(c.shellCh, "inspect_reply", 5*time.Second)); r["found"] != false || r["status"] != "ok" {
		t.Errorf("inspect not found %v", r)
	}

	for _, tc := range []struct{ code, status, indent string }{
		{"print x", "complete", ""},
		{"for {", "incomplete", "\t"},
		{"} x", "invalid", ""},
	} {
		c.request(c.shell, "is_complete_request", map[string]any{"code": tc.code})
		r = decode(t, c.recv(c.shellCh, "is_complete_reply", 5*time.Second))
		if r["status"] != tc.status {
			t.Errorf("is_complete(%q) = %v", tc.code, r)
		}
		if ind, ok := r["indent"]; (tc.status == "incomplete") != ok || (ok && ind != tc.indent) {
			t.Errorf("is_complete(%q) indent %v", tc.code, r)
		}
	}
}

func TestCommsAndUnknown(t *testing.T) {
	k, logs := testKernel(t)
	c := newClient(t, k)
	c.request(c.shell, "comm_info_request", map[string]any{})
	r := decode(t, c.recv(c.shellCh, "comm_info_reply", 5*time.Second))
	if r["status"] != "ok" || len(r["comms"].(map[string]any)) != 0 {
		t.Errorf("comm_info_reply %v", r)
	}
	id := c.request(c.shell, "comm_open", map[string]any{"comm_id": "c1", "target_name": "jupyter.widget", "data": map[string]any{}})
	msgs := c.collect(id, 5*time.Second)
	found := false
	for _, m := range msgs {
		if m.Header.MsgType == "comm_close" && decode(t, m)["comm_id"] == "c1" {
			found = true
		}
	}
	if !found {
		t.Errorf("no comm_close for an unknown target: %v", types(msgs))
	}
	c.request(c.shell, "comm_msg", map[string]any{"comm_id": "c1", "data": map[string]any{}})
	c.request(c.shell, "no_such_request", map[string]any{})
	reply, _ := c.execute("1+1", nil)
	if decode(t, reply)["status"] != "ok" {
		t.Error("kernel broken after unknown messages")
	}
	if !strings.Contains(logs.String(), `unknown message type "no_such_request"`) {
		t.Errorf("unknown type not logged")
	}
}

func TestUserExpressions(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	reply, _ := c.execute("set a 7", map[string]any{"user_expressions": map[string]any{"x": "a", "y": "nope"}})
	ue := decode(t, reply)["user_expressions"].(map[string]any)
	x := ue["x"].(map[string]any)
	if x["status"] != "ok" || x["data"].(map[string]any)["text/plain"] != "7" {
		t.Errorf("x %v", x)
	}
	if y := ue["y"].(map[string]any); y["status"] != "error" || y["ename"] != "CompileError" {
		t.Errorf("y %v", y)
	}
}

func TestShutdown(t *testing.T) {
	for _, restart := range []bool{false, true} {
		t.Run(fmt.Sprint("restart=", restart), func(t *testing.T) {
			k, _ := testKernel(t)
			c := newClient(t, k)
			c.request(c.control, "shutdown_request", map[string]any{"restart": restart})
			r := decode(t, c.recv(c.controlCh, "shutdown_reply", 5*time.Second))
			if r["status"] != "ok" || r["restart"] != restart {
				t.Errorf("shutdown_reply %v", r)
			}
			done := make(chan struct{})
			go func() { k.Wait(); close(done) }()
			select {
			case <-done:
			case <-time.After(5 * time.Second):
				t.Fatal("kernel did not stop")
			}
		})
	}
}

func TestHelpCellPages(t *testing.T) {
	k, _ := testKernel(t)
	c := newClient(t, k)
	for _, code := range []string{"?print", "print?", "  ?? print \n"} {
		reply, msgs := c.execute(code, nil)
		r := decode(t, reply)
		p, _ := r["payload"].([]any)
		if r["status"] != "ok" || len(p) != 1 {
			t.Fatalf("%q: reply %v", code, r)
		}
		page := p[0].(map[string]any)
		if page["source"] != "page" || !strings.Contains(page["data"].(map[string]any)["text/plain"].(string), "func print(arg string)") {
			t.Errorf("%q: payload %v", code, page)
		}
		for _, m := range msgs {
			if m.Header.MsgType == "execute_result" || m.Header.MsgType == "error" {
				t.Errorf("%q: unexpected %s", code, m.Header.MsgType)
			}
		}
	}
	reply, _ := c.execute("?nosuch", nil)
	if r := decode(t, reply); r["status"] != "error" || r["ename"] != "NameError" {
		t.Errorf("unknown name: %v", r)
	}
	// Not help: a ? inside code is left to the session.
	reply, _ = c.execute("1+1 // ?x", nil)
	if r := decode(t, reply); r["status"] != "error" || r["ename"] != "CompileError" {
		t.Errorf("code with ? was taken for help: %v", r)
	}
}

func TestSessionPanicsDoNotKillKernel(t *testing.T) {
	k, logs := testKernel(t)
	c := newClient(t, k)
	reply, _ := c.execute("set v 1\ncrash", nil)
	if r := decode(t, reply); r["status"] != "error" || r["ename"] != "InternalError" {
		t.Errorf("reply %v", r)
	}
	c.request(c.shell, "complete_request", map[string]any{"code": "crash", "cursor_pos": 5})
	if r := decode(t, c.recv(c.shellCh, "complete_reply", 5*time.Second)); r["status"] != "ok" || len(r["matches"].([]any)) != 0 {
		t.Errorf("complete_reply %v", r)
	}
	if !strings.Contains(logs.String(), "fake completion bug") {
		t.Error("completion panic not logged")
	}
	reply, _ = c.execute("v", nil)
	if r := decode(t, reply); r["status"] != "ok" {
		t.Errorf("kernel or session lost after a panic: %v", r)
	}
}
