package kernel

import (
	"io"
	"log"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestHistoryAcrossRestarts(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gograd", "kernel-history.jsonl")
	lg := log.New(io.Discard, "", 0)

	h := openHistory(path, lg)
	h.add(1, "a := 1", "")
	h.add(2, "a + 1", "2")
	h.close()
	<-h.loaded

	// A torn line from a crash is skipped, not fatal.
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"session":1,"line":3,"sou` + "\n")
	f.Close()

	h2 := openHistory(path, lg)
	h2.add(1, "fmt.Println(a)", "")
	defer h2.close()

	n := func(v int) *int { return &v }
	for _, tc := range []struct {
		name string
		req  historyRequest
		want []any
	}{
		{"tail", historyRequest{HistAccessType: "tail", N: n(2)},
			[]any{[]any{1, 2, "a + 1"}, []any{2, 1, "fmt.Println(a)"}}},
		{"tail output", historyRequest{HistAccessType: "tail", N: n(1), Output: true},
			[]any{[]any{2, 1, []any{"fmt.Println(a)", nil}}}},
		{"range earlier session", historyRequest{HistAccessType: "range", Session: 1, Start: 2, Stop: 3, Output: true},
			[]any{[]any{1, 2, []any{"a + 1", "2"}}}},
		{"range this session", historyRequest{HistAccessType: "range", Session: 0, Start: 1},
			[]any{[]any{2, 1, "fmt.Println(a)"}}},
		{"range previous session relative", historyRequest{HistAccessType: "range", Session: -1, Start: 1, Stop: 2},
			[]any{[]any{1, 1, "a := 1"}}},
		{"search", historyRequest{HistAccessType: "search", Pattern: "a*"},
			[]any{[]any{1, 1, "a := 1"}, []any{1, 2, "a + 1"}}},
		{"search n", historyRequest{HistAccessType: "search", Pattern: "*a*", N: n(1)},
			[]any{[]any{2, 1, "fmt.Println(a)"}}},
	} {
		if got := h2.query(tc.req); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestHistorySearchUnique(t *testing.T) {
	h := openHistory("", log.New(io.Discard, "", 0))
	for i, src := range []string{"x", "y", "x", "x"} {
		h.add(i+1, src, "")
	}
	got := h.query(historyRequest{HistAccessType: "search", Pattern: "x", Unique: true})
	if want := []any{[]any{1, 4, "x"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("unique: %v", got)
	}
	if got := h.query(historyRequest{HistAccessType: "search", Pattern: "x"}); len(got) != 3 {
		t.Errorf("all: %v", got)
	}
}

func TestGlobMatch(t *testing.T) {
	for _, tc := range []struct {
		p, s string
		want bool
	}{
		{"*", "anything\nat all", true},
		{"1?2*", "1+2", true},
		{"1?2*", "1+3", false},
		{"a*b*c", "a/x/b\nc", true},
		{"abc", "abcd", false},
		{"", "", true},
	} {
		if got := globMatch(tc.p, tc.s); got != tc.want {
			t.Errorf("globMatch(%q, %q) = %v", tc.p, tc.s, got)
		}
	}
}
