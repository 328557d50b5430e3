package kernel

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-zeromq/zmq4"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/interp/display"
)

// abortGrace is how long after a failed cell requests still count as
// sent before the client could know of the failure (when their header's
// date says so): "run all" sends every cell at once, and the later ones
// may still be on the wire when a fast cell fails.
const abortGrace = 5 * time.Millisecond

// The contents of the status messages every request brings.
var (
	statusBusy = json.RawMessage(`{"execution_state":"busy"}`)
	statusIdle = json.RawMessage(`{"execution_state":"idle"}`)
)

// shellWorker handles shell requests one at a time, in order.
func (k *Kernel) shellWorker() {
	var failedAt time.Time // when a cell failed with stop_on_error
	for {
		var m *Message
		select {
		case m = <-k.shellq:
		case <-k.ctx.Done():
			return
		}
		k.publish(m, "status", statusBusy)
		if !failedAt.IsZero() && m.Header.MsgType == "execute_request" && sentBefore(m, failedAt) {
			k.reply(k.shell, m, "execute_reply", map[string]any{
				"status": "aborted", "execution_count": k.execCount,
			})
			k.publish(m, "status", statusIdle)
			continue
		}
		if failed := k.handleShell(m); failed {
			// The failure counts from its execute_reply: a request the
			// client sent once it had that reply is not aborted, however
			// long this goroutine took to get here.
			failedAt = time.Unix(0, k.execReplyAt.Load())
			if afterFailedCell != nil {
				afterFailedCell()
			}
		}
		k.publish(m, "status", statusIdle)
	}
}

// afterFailedCell, when set (by tests), runs in the shell worker after a
// cell failed with stop_on_error.
var afterFailedCell func()

// sentBefore reports whether request m was sent before t: received by
// then, or received just after with a header dated before it.
func sentBefore(m *Message, t time.Time) bool {
	if !m.received.After(t) {
		return true
	}
	if m.received.Sub(t) > abortGrace {
		return false
	}
	d, err := time.Parse(time.RFC3339Nano, m.Header.Date)
	return err == nil && d.Before(t)
}

// handleShell dispatches one shell request; it returns true when an
// execute_request failed and asked to stop on error.
func (k *Kernel) handleShell(m *Message) (stopOnError bool) {
	switch m.Header.MsgType {
	case "execute_request":
		return k.execute(m)
	case "kernel_info_request":
		k.reply(k.shell, m, "kernel_info_reply", k.kernelInfo())
	case "complete_request":
		k.complete(m)
	case "inspect_request":
		k.inspect(m)
	case "is_complete_request":
		k.isComplete(m)
	case "history_request":
		k.history(m)
	case "comm_info_request":
		k.reply(k.shell, m, "comm_info_reply", map[string]any{"status": "ok", "comms": map[string]any{}})
	case "comm_open":
		// No comm targets are registered: close it again, as ipykernel does.
		var c struct {
			CommID     string `json:"comm_id"`
			TargetName string `json:"target_name"`
		}
		json.Unmarshal(m.Content, &c)
		k.log.Printf("comm_open for unknown target %q: closing it", c.TargetName)
		k.publish(m, "comm_close", map[string]any{"comm_id": c.CommID, "data": map[string]any{}})
	case "comm_msg", "comm_close":
		// No comms are open; nothing to do.
	case "connect_request":
		k.reply(k.shell, m, "connect_reply", map[string]any{
			"status": "ok", "shell_port": k.conn.ShellPort, "iopub_port": k.conn.IOPubPort,
			"stdin_port": k.conn.StdinPort, "hb_port": k.conn.HBPort, "control_port": k.conn.ControlPort,
		})
	case "shutdown_request":
		k.shutdownRequest(k.shell, m)
	default:
		k.log.Printf("shell: ignored unknown message type %q", m.Header.MsgType)
	}
	return false
}

func (k *Kernel) handleControl(m *Message) {
	switch m.Header.MsgType {
	case "interrupt_request":
		k.Interrupt()
		k.reply(k.control, m, "interrupt_reply", map[string]any{"status": "ok"})
	case "shutdown_request":
		k.shutdownRequest(k.control, m)
	case "kernel_info_request":
		k.reply(k.control, m, "kernel_info_reply", k.kernelInfo())
	case "debug_request":
		k.reply(k.control, m, "debug_reply", map[string]any{})
	default:
		k.log.Printf("control: ignored unknown message type %q", m.Header.MsgType)
	}
}

func (k *Kernel) shutdownRequest(sock zmq4.Socket, m *Message) {
	var c struct {
		Restart bool `json:"restart"`
	}
	json.Unmarshal(m.Content, &c)
	content := map[string]any{"status": "ok", "restart": c.Restart}
	k.reply(sock, m, "shutdown_reply", content)
	k.publish(m, "shutdown_reply", content)
	go k.Shutdown()
}

func (k *Kernel) handleStdin(m *Message) {
	if m.Header.MsgType != "input_reply" {
		k.log.Printf("stdin: ignored unexpected message type %q", m.Header.MsgType)
		return
	}
	select {
	case k.inputCh <- m:
	default:
		k.log.Printf("stdin: dropped an input_reply nobody asked for")
	}
}

func (k *Kernel) kernelInfo() map[string]any {
	goVersion := strings.TrimPrefix(runtime.Version(), "go")
	return map[string]any{
		"status":                 "ok",
		"protocol_version":       ProtocolVersion,
		"implementation":         "gograd",
		"implementation_version": k.cfg.Version,
		"language_info": map[string]any{
			"name":               "go",
			"version":            goVersion,
			"mimetype":           "text/x-go",
			"file_extension":     ".go",
			"pygments_lexer":     "go",
			"codemirror_mode":    "go",
			"nbconvert_exporter": "script",
		},
		"banner": "gograd " + k.cfg.Version + " — an interactive deep-learning workbench for Go (Go " + goVersion + ", interpreted by yaegi)\n" +
			"Tensors with autograd (tensor), GPT-2 (gpt), safetensors (st), tokenizers (tok) and display.* are preloaded.",
		"help_links": []map[string]string{
			{"text": "gograd", "url": "https://github.com/gograd/gograd"},
			{"text": "Go documentation", "url": "https://go.dev/doc/"},
			{"text": "Go standard library", "url": "https://pkg.go.dev/std"},
			{"text": "yaegi", "url": "https://github.com/traefik/yaegi"},
		},
		"debugger": false,
	}
}

type executeRequest struct {
	Code            string            `json:"code"`
	Silent          bool              `json:"silent"`
	StoreHistory    *bool             `json:"store_history"`
	UserExpressions map[string]string `json:"user_expressions"`
	AllowStdin      bool              `json:"allow_stdin"`
	StopOnError     *bool             `json:"stop_on_error"`
}

// execute runs an execute_request; it returns true when the cell failed
// and the request asked to stop on error.
func (k *Kernel) execute(m *Message) bool {
	var req executeRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Printf("execute_request: bad content: %v", err)
		k.reply(k.shell, m, "execute_reply", errorReply("BadRequest", "execute_request content: "+err.Error(), nil, k.execCount))
		return false
	}
	storeHistory := !req.Silent && (req.StoreHistory == nil || *req.StoreHistory)
	stopOnError := req.StopOnError == nil || *req.StopOnError
	if storeHistory {
		k.execCount++
	}
	count := k.execCount
	if !req.Silent {
		k.publish(m, "execute_input", map[string]any{"code": req.Code, "execution_count": count})
	}

	sess, err := k.waitSession()
	if err != nil {
		tb := []string{"\x1b[0;31mSessionError\x1b[0m: " + err.Error()}
		if !req.Silent {
			k.publish(m, "error", map[string]any{"ename": "SessionError", "evalue": err.Error(), "traceback": tb})
		}
		k.reply(k.shell, m, "execute_reply", errorReply("SessionError", err.Error(), tb, count))
		return stopOnError
	}

	if name, ok := helpQuery(req.Code); ok {
		return k.page(m, sess, name, count, stopOnError, req.Silent)
	}

	ctx, cancel := context.WithCancel(k.ctx)
	k.mu.Lock()
	k.cancel = cancel
	k.cur = &request{msg: m, allowStdin: req.AllowStdin, ctx: ctx}
	k.mu.Unlock()
	k.iomu.Lock()
	k.out.parent = m
	k.iomu.Unlock()

	res, evalErr := safeEval(sess, ctx, req.Code)
	if evalErr != nil && ctx.Err() != nil {
		var ie *interp.Error
		if !errors.As(evalErr, &ie) {
			evalErr = &interp.Error{Name: "Interrupted", Message: "the cell was interrupted"}
		}
	}

	var userExprs map[string]any
	if evalErr == nil && len(req.UserExpressions) > 0 {
		userExprs = make(map[string]any, len(req.UserExpressions))
		for name, expr := range req.UserExpressions {
			r, err := safeEval(sess, ctx, expr)
			if err != nil {
				ename, evalue, tb := errorParts(err, expr)
				userExprs[name] = map[string]any{"status": "error", "ename": ename, "evalue": evalue, "traceback": tb}
				continue
			}
			userExprs[name] = map[string]any{"status": "ok", "data": mimeData(k, resultBundle(r)), "metadata": map[string]any{}}
		}
	}

	k.mu.Lock()
	k.cancel = nil
	k.cur = nil
	k.mu.Unlock()
	cancel()

	output := ""
	if evalErr != nil {
		ename, evalue, tb := errorParts(evalErr, req.Code)
		if !req.Silent {
			k.publish(m, "error", map[string]any{"ename": ename, "evalue": evalue, "traceback": tb})
		}
		if storeHistory {
			k.hist.add(count, req.Code, "")
		}
		k.reply(k.shell, m, "execute_reply", errorReply(ename, evalue, tb, count))
		return stopOnError
	}
	if res.HasValue && !req.Silent {
		b := resultBundle(res)
		if s, ok := b["text/plain"].(string); ok {
			output = s
		}
		k.publish(m, "execute_result", map[string]any{
			"execution_count": count, "data": mimeData(k, b), "metadata": map[string]any{},
		})
	} else {
		k.flushStreams()
	}
	if storeHistory {
		k.hist.add(count, req.Code, output)
	}
	if userExprs == nil {
		userExprs = map[string]any{}
	}
	k.reply(k.shell, m, "execute_reply", map[string]any{
		"status": "ok", "execution_count": count, "payload": []any{}, "user_expressions": userExprs,
	})
	return false
}

func errorReply(ename, evalue string, tb []string, count int) map[string]any {
	if tb == nil {
		tb = []string{}
	}
	return map[string]any{
		"status": "error", "ename": ename, "evalue": evalue, "traceback": tb,
		"execution_count": count, "user_expressions": map[string]any{}, "payload": []any{},
	}
}

// resultBundle is the bundle of an execute result, falling back on %v
// when the session gave none.
func resultBundle(r interp.Result) display.Bundle {
	if len(r.Bundle) > 0 {
		return r.Bundle
	}
	return display.Bundle{"text/plain": fmt.Sprintf("%v", r.Value)}
}

// errorParts turns an evaluation error into Jupyter's ename, evalue and a
// traceback that shows the failing line of the cell.
func errorParts(err error, code string) (ename, evalue string, tb []string) {
	var ie *interp.Error
	if !errors.As(err, &ie) {
		ename, evalue = "Error", err.Error()
		return ename, evalue, []string{"\x1b[0;31m" + ename + "\x1b[0m: " + evalue}
	}
	ename, evalue = ie.Name, ie.Message
	if ename == "" {
		ename = "Error"
	}
	tb = append(tb, "\x1b[0;31m"+ename+"\x1b[0m: "+evalue)
	if ie.Line > 0 {
		lines := strings.Split(code, "\n")
		if ie.Line <= len(lines) {
			tb = append(tb, fmt.Sprintf("\x1b[0;32mcell line %d\x1b[0m:", ie.Line))
			from := max(ie.Line-2, 1)
			to := min(ie.Line+1, len(lines))
			for n := from; n <= to; n++ {
				marker := "    "
				if n == ie.Line {
					marker = "\x1b[0;31m--->\x1b[0m"
				}
				tb = append(tb, fmt.Sprintf("%s %3d | %s", marker, n, lines[n-1]))
				if n == ie.Line && ie.Col > 0 {
					prefix := lines[n-1]
					col := ie.Col - 1
					if col > len(prefix) {
						col = len(prefix)
					}
					// Keep tabs so the caret lines up under the column.
					pad := []rune{}
					for _, r := range prefix[:col] {
						if r == '\t' {
							pad = append(pad, '\t')
						} else {
							pad = append(pad, ' ')
						}
					}
					tb = append(tb, "          | "+string(pad)+"\x1b[0;31m^\x1b[0m")
				}
			}
		}
	}
	for _, l := range ie.Traceback {
		tb = append(tb, l)
	}
	return ename, evalue, tb
}

// runeOffset clamps a cursor in runes to code.
func clampCursor(code string, cursor *int) int {
	n := utf8.RuneCountInString(code)
	if cursor == nil || *cursor > n || *cursor < 0 {
		return n
	}
	return *cursor
}

func (k *Kernel) complete(m *Message) {
	var req struct {
		Code      string `json:"code"`
		CursorPos *int   `json:"cursor_pos"`
	}
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Printf("complete_request: bad content: %v", err)
		k.reply(k.shell, m, "complete_reply", errorReply("BadRequest", err.Error(), nil, k.execCount))
		return
	}
	cursor := clampCursor(req.Code, req.CursorPos)
	sess, err := k.waitSession()
	if err != nil {
		k.reply(k.shell, m, "complete_reply", map[string]any{
			"status": "ok", "matches": []string{}, "cursor_start": cursor, "cursor_end": cursor, "metadata": map[string]any{},
		})
		return
	}
	var c interp.Completion
	k.guard("complete_request", func() { c = sess.Complete(req.Code, cursor) })
	start, end := c.Start, c.End
	if len(c.Matches) == 0 || start < 0 || end < start {
		start, end = cursor, cursor
	}
	matches := c.Matches
	if matches == nil {
		matches = []string{}
	}
	types := make([]map[string]any, 0, len(matches))
	for i, mt := range matches {
		t := ""
		if i < len(c.Types) {
			t = c.Types[i]
		}
		types = append(types, map[string]any{"start": start, "end": end, "text": mt, "type": t})
	}
	k.reply(k.shell, m, "complete_reply", map[string]any{
		"status": "ok", "matches": matches, "cursor_start": start, "cursor_end": end,
		"metadata": map[string]any{"_jupyter_types_experimental": types},
	})
}

func (k *Kernel) inspect(m *Message) {
	var req struct {
		Code        string `json:"code"`
		CursorPos   *int   `json:"cursor_pos"`
		DetailLevel int    `json:"detail_level"`
	}
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Printf("inspect_request: bad content: %v", err)
		k.reply(k.shell, m, "inspect_reply", errorReply("BadRequest", err.Error(), nil, k.execCount))
		return
	}
	cursor := clampCursor(req.Code, req.CursorPos)
	notFound := map[string]any{"status": "ok", "found": false, "data": map[string]any{}, "metadata": map[string]any{}}
	sess, err := k.waitSession()
	if err != nil {
		k.reply(k.shell, m, "inspect_reply", notFound)
		return
	}
	var in interp.Inspection
	var ok bool
	k.guard("inspect_request", func() { in, ok = sess.Inspect(req.Code, cursor) })
	if !ok {
		k.reply(k.shell, m, "inspect_reply", notFound)
		return
	}
	plain, md := inspectionText(in)
	k.reply(k.shell, m, "inspect_reply", map[string]any{
		"status": "ok", "found": true, "metadata": map[string]any{},
		"data": map[string]any{"text/plain": plain, "text/markdown": md},
	})
}

func (k *Kernel) isComplete(m *Message) {
	var req struct {
		Code string `json:"code"`
	}
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Printf("is_complete_request: bad content: %v", err)
		k.reply(k.shell, m, "is_complete_reply", map[string]any{"status": "unknown"})
		return
	}
	sess, err := k.waitSession()
	if err != nil {
		k.reply(k.shell, m, "is_complete_reply", map[string]any{"status": "unknown"})
		return
	}
	status, indent := "unknown", ""
	k.guard("is_complete_request", func() { status, indent = sess.IsComplete(req.Code) })
	switch status {
	case "complete", "invalid", "unknown":
		k.reply(k.shell, m, "is_complete_reply", map[string]any{"status": status})
	case "incomplete":
		k.reply(k.shell, m, "is_complete_reply", map[string]any{"status": status, "indent": indent})
	default:
		k.reply(k.shell, m, "is_complete_reply", map[string]any{"status": "unknown"})
	}
}

func (k *Kernel) history(m *Message) {
	var req historyRequest
	if err := json.Unmarshal(m.Content, &req); err != nil {
		k.log.Printf("history_request: bad content: %v", err)
		k.reply(k.shell, m, "history_reply", errorReply("BadRequest", err.Error(), nil, k.execCount))
		return
	}
	k.reply(k.shell, m, "history_reply", map[string]any{"status": "ok", "history": k.hist.query(req)})
}

// helpQuery recognizes a help cell, "?name" or "name?" (IPython's
// syntax), where name is an identifier or a selector like fmt.Println.
func helpQuery(code string) (string, bool) {
	c := strings.TrimSpace(code)
	var name string
	switch {
	case strings.HasPrefix(c, "?"):
		name = strings.TrimSpace(strings.TrimLeft(c, "?"))
	case strings.HasSuffix(c, "?"):
		name = strings.TrimSpace(strings.TrimRight(c, "?"))
	default:
		return "", false
	}
	if name == "" {
		return "", false
	}
	for i, r := range name {
		ok := r == '_' || r == '.' && i > 0 || unicode.IsLetter(r) || unicode.IsDigit(r) && i > 0
		if !ok {
			return "", false
		}
	}
	return name, true
}

// page answers a help cell with the documentation of name as a pager
// payload, which front ends show beside the notebook.
func (k *Kernel) page(m *Message, sess Session, name string, count int, stopOnError, silent bool) bool {
	var in interp.Inspection
	var ok bool
	k.guard("help", func() { in, ok = sess.Inspect(name, utf8.RuneCountInString(name)) })
	if !ok {
		ename, evalue := "NameError", "no documentation found for "+name
		tb := []string{"\x1b[0;31m" + ename + "\x1b[0m: " + evalue}
		if !silent {
			k.publish(m, "error", map[string]any{"ename": ename, "evalue": evalue, "traceback": tb})
		}
		k.reply(k.shell, m, "execute_reply", errorReply(ename, evalue, tb, count))
		return stopOnError
	}
	plain, md := inspectionText(in)
	k.reply(k.shell, m, "execute_reply", map[string]any{
		"status": "ok", "execution_count": count, "user_expressions": map[string]any{},
		"payload": []any{map[string]any{
			"source": "page", "start": 0,
			"data": map[string]any{"text/plain": plain, "text/markdown": md},
		}},
	})
	return false
}

// inspectionText renders help as plain text and Markdown.
func inspectionText(in interp.Inspection) (string, string) {
	var plain, md strings.Builder
	if in.Signature != "" {
		plain.WriteString(in.Signature)
		fmt.Fprintf(&md, "```go\n%s\n```\n", in.Signature)
	} else {
		plain.WriteString(in.Name)
		fmt.Fprintf(&md, "**%s**\n", in.Name)
	}
	if in.Doc != "" {
		plain.WriteString("\n\n" + in.Doc)
		md.WriteString("\n" + in.Doc + "\n")
	}
	return plain.String(), md.String()
}

// safeEval runs a cell; a panic that escapes the session (a bug there)
// becomes an error reply instead of taking the kernel down.
func safeEval(sess Session, ctx context.Context, code string) (res interp.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = &interp.Error{Name: "InternalError", Message: fmt.Sprintf("the session panicked: %v", p),
				Traceback: []string{string(debug.Stack())}}
		}
	}()
	return sess.Eval(ctx, code)
}

// guard runs f, logging a panic instead of dying of it.
func (k *Kernel) guard(what string, f func()) {
	defer func() {
		if p := recover(); p != nil {
			k.log.Printf("%s: the session panicked: %v\n%s", what, p, debug.Stack())
		}
	}()
	f()
}
