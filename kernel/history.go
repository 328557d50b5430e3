package kernel

import (
	"bufio"
	"encoding/json"
	"log"
	"os"
	"path/filepath"
	"sync"
)

// DefaultHistoryFile is where the kernel keeps executed cells:
// $XDG_DATA_HOME/gograd/kernel-history.jsonl, or under ~/.local/share.
func DefaultHistoryFile() string {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "gograd", "kernel-history.jsonl")
}

// maxHistory bounds the entries kept in memory (and read back at start).
const maxHistory = 20000

// histEntry is one executed cell; the file holds one JSON object a line.
type histEntry struct {
	Session int    `json:"session"`
	Line    int    `json:"line"`
	Source  string `json:"source"`
	Output  string `json:"output,omitempty"`
}

// history is the cells executed in this and earlier kernel sessions.
type history struct {
	path    string
	log     *log.Logger
	loaded  chan struct{}
	mu      sync.Mutex
	entries []histEntry
	session int // this kernel's session number
	f       *os.File
	// lines go to the file from a goroutine, off the execute path; wmu
	// guards sending on it against closing it.
	wmu    sync.Mutex
	lines  chan []byte
	closed chan struct{}
}

// openHistory starts reading path in the background (an empty path keeps
// history in memory only).
func openHistory(path string, lg *log.Logger) *history {
	h := &history{path: path, log: lg, loaded: make(chan struct{}), session: 1,
		lines: make(chan []byte, 1024), closed: make(chan struct{})}
	go h.load()
	go h.writeLines(h.lines)
	return h
}

func (h *history) load() {
	defer close(h.loaded)
	if h.path == "" {
		return
	}
	if err := os.MkdirAll(filepath.Dir(h.path), 0o700); err != nil {
		h.log.Printf("history: %v", err)
		return
	}
	f, err := os.OpenFile(h.path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		h.log.Printf("history: %v", err)
		return
	}
	var entries []histEntry
	last := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	for sc.Scan() {
		var e histEntry
		if json.Unmarshal(sc.Bytes(), &e) != nil || e.Session <= 0 {
			continue // a torn or foreign line: skip it
		}
		last = max(last, e.Session)
		entries = append(entries, e)
		if len(entries) > 2*maxHistory {
			entries = append(entries[:0], entries[len(entries)-maxHistory:]...)
		}
	}
	if err := sc.Err(); err != nil {
		h.log.Printf("history: reading %s: %v", h.path, err)
	}
	if len(entries) > maxHistory {
		entries = entries[len(entries)-maxHistory:]
	}
	h.mu.Lock()
	h.session = last + 1
	h.entries = append(entries, h.entries...)
	h.f = f
	h.mu.Unlock()
}

func (h *history) add(line int, source, output string) {
	<-h.loaded
	h.mu.Lock()
	e := histEntry{Session: h.session, Line: line, Source: source, Output: output}
	h.entries = append(h.entries, e)
	if len(h.entries) > 2*maxHistory {
		h.entries = append(h.entries[:0], h.entries[len(h.entries)-maxHistory:]...)
	}
	toFile := h.f != nil
	h.mu.Unlock()
	if !toFile {
		return
	}
	b, err := json.Marshal(e)
	if err != nil {
		h.log.Printf("history: %v", err)
		return
	}
	h.wmu.Lock()
	if h.lines != nil {
		h.lines <- append(b, '\n')
	}
	h.wmu.Unlock()
}

// writeLines appends entries to the file, one write each: O_APPEND keeps
// the lines of kernels sharing the file whole.
func (h *history) writeLines(lines <-chan []byte) {
	defer close(h.closed)
	<-h.loaded
	for line := range lines {
		h.mu.Lock()
		f := h.f
		h.mu.Unlock()
		if f == nil {
			continue
		}
		if _, err := f.Write(line); err != nil {
			h.log.Printf("history: %v", err)
		}
	}
	h.mu.Lock()
	if h.f != nil {
		h.f.Close()
		h.f = nil
	}
	h.mu.Unlock()
}

// close writes what is pending and closes the file.
func (h *history) close() {
	h.wmu.Lock()
	if h.lines != nil {
		close(h.lines)
		h.lines = nil
	}
	h.wmu.Unlock()
	<-h.closed
}

// historyRequest is the content of a history_request.
type historyRequest struct {
	Output         bool   `json:"output"`
	Raw            bool   `json:"raw"`
	HistAccessType string `json:"hist_access_type"`
	Session        int    `json:"session"`
	Start          int    `json:"start"`
	Stop           int    `json:"stop"`
	N              *int   `json:"n"`
	Pattern        string `json:"pattern"`
	Unique         bool   `json:"unique"`
}

// query answers a history request: a list of [session, line, source] or,
// with output, [session, line, [source, output]].
func (h *history) query(req historyRequest) []any {
	<-h.loaded
	h.mu.Lock()
	defer h.mu.Unlock()
	var picked []histEntry
	switch req.HistAccessType {
	case "tail":
		n := len(h.entries)
		if req.N != nil && *req.N >= 0 && *req.N < n {
			n = *req.N
		}
		picked = h.entries[len(h.entries)-n:]
	case "range":
		// Session 0 is this one; negative sessions count back from it.
		session := req.Session
		if session <= 0 {
			session += h.session
		}
		for _, e := range h.entries {
			if e.Session == session && e.Line >= req.Start && (req.Stop <= 0 || e.Line < req.Stop) {
				picked = append(picked, e)
			}
		}
	case "search":
		pattern := req.Pattern
		if pattern == "" {
			pattern = "*"
		}
		seen := map[string]bool{}
		// Walk newest first so unique keeps the latest run of a source.
		for i := len(h.entries) - 1; i >= 0; i-- {
			e := h.entries[i]
			if !globMatch(pattern, e.Source) {
				continue
			}
			if req.Unique {
				if seen[e.Source] {
					continue
				}
				seen[e.Source] = true
			}
			picked = append(picked, e)
			if req.N != nil && *req.N > 0 && len(picked) == *req.N {
				break
			}
		}
		for i, j := 0, len(picked)-1; i < j; i, j = i+1, j-1 {
			picked[i], picked[j] = picked[j], picked[i]
		}
	}
	out := make([]any, 0, len(picked))
	for _, e := range picked {
		if req.Output {
			var o any
			if e.Output != "" {
				o = e.Output
			}
			out = append(out, []any{e.Session, e.Line, []any{e.Source, o}})
		} else {
			out = append(out, []any{e.Session, e.Line, e.Source})
		}
	}
	return out
}

// globMatch is fnmatch-style matching as IPython's history search uses:
// * and ? match any characters, newlines and slashes included.
func globMatch(pattern, s string) bool {
	p, t := []rune(pattern), []rune(s)
	var pi, ti, starP, starT = 0, 0, -1, 0
	for ti < len(t) {
		switch {
		case pi < len(p) && (p[pi] == '?' || p[pi] == t[ti]):
			pi++
			ti++
		case pi < len(p) && p[pi] == '*':
			starP, starT = pi, ti
			pi++
		case starP >= 0:
			pi = starP + 1
			starT++
			ti = starT
		default:
			return false
		}
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p)
}
