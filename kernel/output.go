package kernel

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gograd/gograd/interp/display"
)

const (
	// flushDelay is how long small writes wait to be sent together.
	flushDelay = 50 * time.Millisecond
	// flushSize sends buffered text at once when this much is waiting.
	flushSize = 64 << 10
)

// outBuffer holds stream text not yet published. One buffer serves
// stdout and stderr, so their relative order is kept.
type outBuffer struct {
	name       string // "stdout" or "stderr"
	buf        []byte
	timerArmed bool
	// parent is the request that output belongs to: the running cell, or
	// the last one for output written after it ended.
	parent *Message
}

// streamWriter is the io.Writer a session's os.Stdout or os.Stderr
// writes to; its text is published as stream messages.
type streamWriter struct {
	k    *Kernel
	name string
}

func (w *streamWriter) Write(p []byte) (int, error) {
	w.k.writeStream(w.name, p)
	return len(p), nil
}

func (k *Kernel) writeStream(name string, p []byte) {
	k.iomu.Lock()
	defer k.iomu.Unlock()
	if k.out.name != name && len(k.out.buf) > 0 {
		k.flushLocked(true)
	}
	k.out.name = name
	for len(p) > 0 {
		n := min(len(p), flushSize-len(k.out.buf))
		k.out.buf = append(k.out.buf, p[:n]...)
		p = p[n:]
		if len(k.out.buf) >= flushSize {
			k.flushLocked(false)
		}
	}
	if len(k.out.buf) > 0 && !k.out.timerArmed {
		k.out.timerArmed = true
		time.AfterFunc(flushDelay, func() {
			k.iomu.Lock()
			k.out.timerArmed = false
			k.flushLocked(false)
			k.iomu.Unlock()
		})
	}
}

// flushStreams publishes all buffered stream text.
func (k *Kernel) flushStreams() {
	k.iomu.Lock()
	k.flushLocked(true)
	k.iomu.Unlock()
}

// flushLocked publishes the buffered text. Unless all is set, a trailing
// incomplete UTF-8 sequence waits for the rest of its bytes.
func (k *Kernel) flushLocked(all bool) {
	b := k.out.buf
	if len(b) == 0 {
		return
	}
	cut := len(b)
	if !all {
		for j := len(b) - 1; j >= 0 && j >= len(b)-utf8.UTFMax; j-- {
			if utf8.RuneStart(b[j]) {
				if !utf8.FullRune(b[j:]) {
					cut = j
				}
				break
			}
		}
	}
	if cut == 0 {
		return
	}
	text := string(b[:cut])
	k.out.buf = append(k.out.buf[:0], b[cut:]...)
	k.publishLocked(k.out.parent, "stream", map[string]any{"name": k.out.name, "text": text})
}

// display publishes a display request from a cell.
func (k *Kernel) display(m display.Message) {
	k.iomu.Lock()
	defer k.iomu.Unlock()
	k.flushLocked(true)
	parent := k.out.parent
	switch m.Kind {
	case display.Show:
		content := map[string]any{"data": mimeData(k, m.Bundle), "metadata": map[string]any{}}
		if m.ID != "" {
			content["transient"] = map[string]any{"display_id": m.ID}
		}
		k.publishLocked(parent, "display_data", content)
	case display.Update:
		k.publishLocked(parent, "update_display_data", map[string]any{
			"data": mimeData(k, m.Bundle), "metadata": map[string]any{},
			"transient": map[string]any{"display_id": m.ID},
		})
	case display.ClearOutput:
		k.publishLocked(parent, "clear_output", map[string]any{"wait": m.Wait})
	default:
		k.log.Printf("display: ignored unknown message kind %d", m.Kind)
	}
}

// mimeData converts a bundle to Jupyter's data dict: text stays text,
// binary data is base64-encoded, anything else must marshal as JSON.
func mimeData(k *Kernel, b display.Bundle) map[string]any {
	data := make(map[string]any, len(b))
	for mime, v := range b {
		switch v := v.(type) {
		case string:
			data[mime] = v
		case []byte:
			if strings.HasPrefix(mime, "text/") || strings.HasSuffix(mime, "+xml") || strings.HasSuffix(mime, "json") {
				data[mime] = string(v)
			} else {
				data[mime] = base64.StdEncoding.EncodeToString(v)
			}
		case json.RawMessage:
			if json.Valid(v) {
				data[mime] = v
			}
		default:
			raw, err := marshal(v)
			if err != nil {
				if k != nil {
					k.log.Printf("display: dropped %s: %v", mime, err)
				}
				continue
			}
			data[mime] = json.RawMessage(raw)
		}
	}
	return data
}

// stdinReader is the session's os.Stdin: each read that needs more text
// asks the front end with an input_request, when the running request
// allows it.
type stdinReader struct {
	k       *Kernel
	pending []byte
}

// noStdinMessage explains why a cell's read of os.Stdin got EOF.
const noStdinMessage = "gograd: this front end does not accept input (allow_stdin is false); os.Stdin reads return EOF\n"

func (r *stdinReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	r.k.stdinMu.Lock()
	defer r.k.stdinMu.Unlock()
	if len(r.pending) > 0 {
		n := copy(p, r.pending)
		r.pending = r.pending[n:]
		return n, nil
	}
	k := r.k
	k.mu.Lock()
	cur := k.cur
	warn := false
	if cur != nil && !cur.allowStdin && !cur.warnedEOF {
		cur.warnedEOF = true
		warn = true
	}
	k.mu.Unlock()
	if cur == nil {
		return 0, io.EOF
	}
	if !cur.allowStdin {
		if warn {
			k.writeStream("stderr", []byte(noStdinMessage))
		}
		return 0, io.EOF
	}
	// Show what the cell printed (its prompt) before asking.
	k.flushStreams()
	for {
		select {
		case <-k.inputCh: // drop a stale reply
			continue
		default:
		}
		break
	}
	req, err := k.newMessage(cur.msg, "input_request", map[string]any{"prompt": "", "password": false})
	if err != nil {
		return 0, err
	}
	req.Identities = cur.msg.Identities
	k.send(k.stdin, req)
	for {
		select {
		case m := <-k.inputCh:
			var parent struct {
				MsgID string `json:"msg_id"`
			}
			json.Unmarshal(m.ParentHeader, &parent)
			if parent.MsgID != "" && parent.MsgID != req.Header.MsgID {
				continue // a reply to an earlier request
			}
			var c struct {
				Value string `json:"value"`
			}
			if err := json.Unmarshal(m.Content, &c); err != nil {
				return 0, errors.New("gograd: malformed input_reply")
			}
			r.pending = append(r.pending[:0], c.Value...)
			r.pending = append(r.pending, '\n')
			n := copy(p, r.pending)
			r.pending = r.pending[n:]
			return n, nil
		case <-cur.ctx.Done():
			return 0, errors.New("gograd: input interrupted")
		}
	}
}
