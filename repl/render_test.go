package repl

import (
	"bytes"
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/interp/display"
)

func TestDetectImageProtocol(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want imageProtocol
	}{
		{map[string]string{"TERM": "xterm-256color"}, protoNone},
		{map[string]string{"TERM": "xterm-kitty"}, protoKitty},
		{map[string]string{"TERM": "xterm-256color", "KITTY_WINDOW_ID": "1"}, protoKitty},
		{map[string]string{"TERM_PROGRAM": "iTerm.app"}, protoITerm2},
		{map[string]string{"TERM_PROGRAM": "WezTerm"}, protoITerm2},
		{map[string]string{"LC_TERMINAL": "iTerm2"}, protoITerm2},
		{map[string]string{"TERM": "screen-256color", "KITTY_WINDOW_ID": "1"}, protoNone},
		{map[string]string{"TERM": "xterm-kitty", "TMUX": "/tmp/tmux-0/default,1,0"}, protoNone},
	}
	for _, tt := range tests {
		got := detectImageProtocol(func(k string) string { return tt.env[k] })
		if got != tt.want {
			t.Errorf("%v: got %v, want %v", tt.env, got, tt.want)
		}
	}
	kitty := func(k string) string { return map[string]string{"KITTY_WINDOW_ID": "3"}[k] }
	plain := func(string) string { return "" }
	for _, tt := range []struct {
		mode   ImageMode
		getenv func(string) string
		want   imageProtocol
	}{
		{ImagesAuto, kitty, protoKitty}, {ImagesAuto, plain, protoNone},
		{ImagesFile, kitty, protoNone}, {ImagesInline, plain, protoKitty},
	} {
		if got := tt.mode.protocol(tt.getenv); got != tt.want {
			t.Errorf("mode %v: got %v, want %v", tt.mode, got, tt.want)
		}
	}
}

func TestParseImageMode(t *testing.T) {
	for in, want := range map[string]ImageMode{"": ImagesAuto, "auto": ImagesAuto, "inline": ImagesInline, "FILE": ImagesFile, "off": ImagesFile} {
		got, err := ParseImageMode(in)
		if err != nil || got != want {
			t.Errorf("ParseImageMode(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseImageMode("sixel"); err == nil || !strings.Contains(err.Error(), "sixel") {
		t.Errorf("bad mode: err = %v", err)
	}
}

func TestInlineImageSequences(t *testing.T) {
	data := bytes.Repeat([]byte("0123456789"), 1000) // base64 > 4096: chunked
	var k bytes.Buffer
	if !writeInlineImage(&k, protoKitty, "image/png", data) {
		t.Fatal("kitty refused a PNG")
	}
	// Reassemble the chunks and check the payload and the m= flags.
	var payload strings.Builder
	parts := strings.Split(strings.TrimSuffix(k.String(), "\n"), "\x1b\\")
	parts = parts[:len(parts)-1]
	if len(parts) < 3 {
		t.Fatalf("expected several chunks, got %d", len(parts))
	}
	for i, p := range parts {
		if !strings.HasPrefix(p, "\x1b_G") {
			t.Fatalf("chunk %d does not start an APC: %q", i, p[:min(10, len(p))])
		}
		ctl, b64, _ := strings.Cut(p[3:], ";")
		if len(b64) > 4096 {
			t.Errorf("chunk %d has %d bytes", i, len(b64))
		}
		wantMore := "m=1"
		if i == len(parts)-1 {
			wantMore = "m=0"
		}
		if !strings.Contains(ctl, wantMore) || (i == 0) != strings.Contains(ctl, "f=100") || (i == 0) != strings.Contains(ctl, "q=2") {
			t.Errorf("chunk %d control %q", i, ctl)
		}
		payload.WriteString(b64)
	}
	got, err := base64.StdEncoding.DecodeString(payload.String())
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("kitty payload does not round-trip: %v", err)
	}
	if writeInlineImage(&k, protoKitty, "image/jpeg", data) {
		t.Error("kitty accepted JPEG with f=100 (PNG)")
	}

	var it bytes.Buffer
	if !writeInlineImage(&it, protoITerm2, "image/png", []byte("png")) {
		t.Fatal("iTerm2 refused a PNG")
	}
	want := "\x1b]1337;File=inline=1;size=3;preserveAspectRatio=1:" + base64.StdEncoding.EncodeToString([]byte("png")) + "\a\n"
	if it.String() != want {
		t.Errorf("iTerm2 sequence %q, want %q", it.String(), want)
	}
	if writeInlineImage(&it, protoITerm2, "image/svg+xml", []byte("<svg/>")) || writeInlineImage(&it, protoNone, "image/png", data) {
		t.Error("inline image written where it cannot show")
	}
}

func TestRendererBundles(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nfake")
	tests := []struct {
		name    string
		proto   imageProtocol
		b       display.Bundle
		out     []string // substrings of stdout, in order
		files   map[string]string
		notOut  []string
		wantNil bool
	}{
		{name: "text", b: display.Bundle{"text/plain": "[1 2 3]\n", "text/html": "<b>x</b>"}, out: []string{"[1 2 3]\n"}, notOut: []string{"<b>"}},
		{name: "png saved", b: display.Bundle{"text/plain": "<plot loss>", "image/png": png},
			out: []string{"<plot loss>\n", "[image/png saved to ", "image-1.png]\n"}, files: map[string]string{"image-1.png": string(png)}, notOut: []string{"\x1b_G"}},
		{name: "png inline in kitty", proto: protoKitty, b: display.Bundle{"image/png": png},
			out: []string{"\x1b_Ga=T,f=100", "image-1.png"}},
		{name: "svg saved", b: display.Bundle{"text/plain": "s", "image/svg+xml": "<svg/>"},
			out: []string{"image-1.svg"}, files: map[string]string{"image-1.svg": "<svg/>"}},
		{name: "html only saved", b: display.Bundle{"text/html": "<table></table>"},
			out: []string{"[text/html saved to ", "output-1.html"}, files: map[string]string{"output-1.html": "<table></table>"}},
		{name: "markdown", b: display.Bundle{"text/markdown": "# T"}, out: []string{"# T\n"}},
		{name: "json", b: display.Bundle{"application/json": map[string]int{"a": 1}}, out: []string{"\"a\": 1"}},
		{name: "unknown", b: display.Bundle{"application/x-thing": 1}, out: []string{"[display: application/x-thing]"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var o, e bytes.Buffer
			dir := t.TempDir()
			r := newRenderer(&o, &e, false, tt.proto, dir)
			r.handle(display.Message{Kind: display.Show, Bundle: tt.b})
			rest := o.String()
			for _, w := range tt.out {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("stdout %q lacks %q (in order)", o.String(), w)
				}
				rest = rest[i+len(w):]
			}
			for _, w := range tt.notOut {
				if strings.Contains(o.String(), w) {
					t.Errorf("stdout %q has %q", o.String(), w)
				}
			}
			for name, want := range tt.files {
				got, err := os.ReadFile(filepath.Join(dir, name))
				if err != nil || string(got) != want {
					t.Errorf("%s = %q, %v; want %q", name, got, err, want)
				}
			}
			if e.Len() != 0 {
				t.Errorf("stderr %q", e.String())
			}
		})
	}
}

func TestRendererProgressBar(t *testing.T) {
	var o, e bytes.Buffer
	r := newRenderer(&o, &e, false, protoNone, t.TempDir())
	send := func(kind display.Kind, st display.ProgressState) {
		r.handle(display.Message{Kind: kind, ID: "bar", Bundle: st.Bundle()})
	}
	send(display.Show, display.ProgressState{Total: 4, Desc: "epochs"})
	for i := 1; i <= 4; i++ {
		send(display.Update, display.ProgressState{Current: i, Total: 4, Desc: "epochs"})
	}
	send(display.Update, display.ProgressState{Current: 4, Total: 4, Desc: "epochs", Done: true})
	r.finishBars()
	errOut := e.String()
	if !strings.Contains(errOut, "epochs") || !strings.Contains(errOut, "4/4") || !strings.Contains(errOut, "100%") {
		t.Errorf("bar output %q lacks the description, 4/4 or 100%%", errOut)
	}
	if !strings.HasSuffix(errOut, "\n") {
		t.Errorf("finished bar leaves the line open: %q", errOut)
	}
	if strings.Contains(errOut+o.String(), "vnd.gograd") || strings.Contains(o.String(), "█") {
		t.Errorf("progress printed as a value: stdout %q", o.String())
	}

	if len(r.bars) != 0 {
		t.Error("finished bar kept after the cell")
	}
	// Later updates of a finished bar draw nothing.
	e.Reset()
	send(display.Update, display.ProgressState{Current: 4, Total: 4, Desc: "epochs", Done: true})
	if e.Len() != 0 {
		t.Errorf("finished bar drew again: %q", e.String())
	}

	// A JSON-decoded state (a map) draws too; a bar the cell did not
	// finish has its line ended at the end of the cell and goes on in the
	// next one.
	e.Reset()
	r.handle(display.Message{Kind: display.Show, ID: "m", Bundle: display.Bundle{
		display.ProgressMIME: map[string]any{"current": 2.0, "total": 10.0, "desc": "from json"}}})
	r.finishBars()
	if !strings.Contains(e.String(), "from json") || !strings.Contains(e.String(), "2/10") || !strings.HasSuffix(e.String(), "\n") {
		t.Errorf("map state drew %q", e.String())
	}
	if r.bars["m"] == nil {
		t.Fatal("running bar dropped at the end of the cell")
	}
	r.handle(display.Message{Kind: display.Update, ID: "m", Bundle: display.ProgressState{Current: 10, Total: 10, Desc: "from json"}.Bundle()})
	if !strings.Contains(e.String(), "10/10") || !r.bars["m"].done {
		t.Errorf("bar did not go on in the next cell: %q", e.String())
	}
}

func TestRendererEndsOpenLines(t *testing.T) {
	var o, e bytes.Buffer
	r := newRenderer(&o, &e, false, protoNone, t.TempDir())
	r.out.Write([]byte("no newline"))
	r.value(resultLike{value: 7})
	if got := o.String(); got != "no newline\n7\n" {
		t.Errorf("stdout %q", got)
	}
	r.endLine()
	if got := o.String(); got != "no newline\n7\n" {
		t.Errorf("endLine after a full line wrote %q", got)
	}
}

func TestRendererProgressNotATerminal(t *testing.T) {
	var o, e bytes.Buffer
	r := newRenderer(&o, &e, false, protoNone, t.TempDir())
	r.liveBars = false
	for i := 0; i <= 3; i++ {
		r.handle(display.Message{Kind: display.Update, ID: "b", Bundle: display.ProgressState{Current: i, Total: 3, Desc: "load"}.Bundle()})
	}
	r.handle(display.Message{Kind: display.Update, ID: "b", Bundle: display.ProgressState{Current: 3, Total: 3, Desc: "load", Done: true}.Bundle()})
	r.finishBars()
	want := display.ProgressState{Current: 3, Total: 3, Desc: "load"}.Text() + "\n"
	if e.String() != want || o.Len() != 0 {
		t.Errorf("stderr %q, stdout %q; want only the final line %q", e.String(), o.String(), want)
	}
}

func TestCompleterSuffixes(t *testing.T) {
	f, _ := newFake(interp.Options{})
	r := &repl{sess: f}
	c := &completer{r: r}
	tests := []struct {
		line   string
		pos    int
		want   []string
		length int
	}{
		{"fmt.Prin", 8, []string{"t", "tf", "tln"}, 8}, // the fake's words include "fmt."
		{"x := pr", 7, []string{"int", "intn", "ogress"}, 2},
		{"zzz", 3, nil, 3},
		{"", 0, []string{"\t"}, 0},
		{"  ", 2, []string{"\t"}, 0},
		{"x := 1 ", 7, []string{"\t"}, 0},
		{"fmt.Prin + 1", 8, []string{"t", "tf", "tln"}, 8},
	}
	for _, tt := range tests {
		got, n := c.Do([]rune(tt.line), tt.pos)
		var gs []string
		for _, g := range got {
			gs = append(gs, string(g))
		}
		if strings.Join(gs, ",") != strings.Join(tt.want, ",") || n != tt.length {
			t.Errorf("Do(%q, %d) = %q, %d; want %q, %d", tt.line, tt.pos, gs, n, tt.want, tt.length)
		}
	}
	// Lines gathered so far are part of the code the session sees.
	r.acc.add("func f() {")
	got, n := c.Do([]rune("fmt.Prin"), 8)
	if len(got) != 3 || n != 8 {
		t.Errorf("in a multi-line cell: %q %d", got, n)
	}
}

// A bar's last update, held back by throttling when the cell ends, is
// still drawn: eval flushes it to the REPL's handler.
func TestEvalFlushesHeldProgress(t *testing.T) {
	var o, e bytes.Buffer
	factory, _ := fakeFactory()
	r := &repl{cfg: Config{NewSession: factory}, render: newRenderer(&o, &e, false, protoNone, t.TempDir())}
	if err := r.startSession(); err != nil {
		t.Fatal(err)
	}
	prev := display.SetHandler(r.render.handle) // as Run does
	defer display.SetHandler(prev)
	if _, err := r.eval("bar 500", false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(e.String(), "500/1000") {
		t.Errorf("bar output %q lacks the state the cell left it in (500/1000)", e.String())
	}
}
