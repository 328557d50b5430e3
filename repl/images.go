package repl

import (
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

// ImageMode says how the REPL shows images: always as a file whose path is
// printed, and also inline when the terminal speaks an image protocol.
type ImageMode int

const (
	// ImagesAuto shows images inline when the terminal is recognised
	// (kitty, iTerm2 and terminals speaking their protocols).
	ImagesAuto ImageMode = iota
	// ImagesInline always writes the inline escape sequence (kitty's
	// protocol unless the terminal is recognised as iTerm2-compatible).
	ImagesInline
	// ImagesFile never draws inline; only the saved file's path is printed.
	ImagesFile
)

// ParseImageMode parses "auto", "inline" or "file" (as given to
// --images or GOGRAD_IMAGES).
func ParseImageMode(s string) (ImageMode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return ImagesAuto, nil
	case "inline", "on", "1", "true":
		return ImagesInline, nil
	case "file", "off", "0", "false":
		return ImagesFile, nil
	}
	return ImagesAuto, fmt.Errorf("image mode %q: want auto, inline or file", s)
}

// imageProtocol is an inline image escape-sequence dialect.
type imageProtocol int

const (
	protoNone imageProtocol = iota
	protoKitty
	protoITerm2
)

// detectImageProtocol recognises terminals with an inline image protocol
// from the environment they set. Inside tmux or screen the sequences would
// need passthrough, so those get none.
func detectImageProtocol(getenv func(string) string) imageProtocol {
	term, prog := getenv("TERM"), getenv("TERM_PROGRAM")
	if getenv("TMUX") != "" || strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux") {
		return protoNone
	}
	switch {
	case getenv("KITTY_WINDOW_ID") != "", term == "xterm-kitty", term == "xterm-ghostty", prog == "ghostty":
		return protoKitty
	case prog == "iTerm.app", prog == "WezTerm", getenv("ITERM_SESSION_ID") != "", getenv("LC_TERMINAL") == "iTerm2":
		return protoITerm2
	}
	return protoNone
}

func (m ImageMode) protocol(getenv func(string) string) imageProtocol {
	switch m {
	case ImagesFile:
		return protoNone
	case ImagesInline:
		if p := detectImageProtocol(getenv); p != protoNone {
			return p
		}
		return protoKitty
	}
	return detectImageProtocol(getenv)
}

// writeInlineImage draws data (an encoded image of the given MIME type)
// at the cursor. Kitty's protocol takes PNG only; iTerm2's any format the
// OS can decode. It returns false when the protocol cannot show the type.
func writeInlineImage(w io.Writer, p imageProtocol, mime string, data []byte) bool {
	enc := base64.StdEncoding.EncodeToString(data)
	switch p {
	case protoKitty:
		if mime != "image/png" {
			return false
		}
		// Transmit-and-display, PNG, in 4096-byte chunks (m=1: more follow);
		// q=2 stops the terminal answering on stdin, where readline would
		// take the answer for typing.
		const chunk = 4096
		for i := 0; i < len(enc); i += chunk {
			end := min(i+chunk, len(enc))
			more := 0
			if end < len(enc) {
				more = 1
			}
			if i == 0 {
				fmt.Fprintf(w, "\x1b_Ga=T,f=100,q=2,m=%d;%s\x1b\\", more, enc[i:end])
			} else {
				fmt.Fprintf(w, "\x1b_Gm=%d;%s\x1b\\", more, enc[i:end])
			}
		}
		io.WriteString(w, "\n")
		return true
	case protoITerm2:
		if !strings.HasPrefix(mime, "image/") || mime == "image/svg+xml" {
			return false
		}
		fmt.Fprintf(w, "\x1b]1337;File=inline=1;size=%d;preserveAspectRatio=1:%s\a\n", len(data), enc)
		return true
	}
	return false
}

// imageStore saves images shown in the session under one temporary
// directory, created on first use and kept after exit so the files can
// still be opened.
type imageStore struct {
	dir string
	n   int
}

var imageExt = map[string]string{
	"image/png":     ".png",
	"image/jpeg":    ".jpg",
	"image/gif":     ".gif",
	"image/svg+xml": ".svg",
	"text/html":     ".html",
}

func (s *imageStore) save(mime string, data []byte) (string, error) {
	if s.dir == "" {
		d, err := os.MkdirTemp("", "gograd-repl-")
		if err != nil {
			return "", fmt.Errorf("creating a directory for images: %w", err)
		}
		s.dir = d
	} else if err := os.MkdirAll(s.dir, 0o755); err != nil {
		return "", fmt.Errorf("creating image directory: %w", err)
	}
	s.n++
	kind := "image"
	if mime == "text/html" {
		kind = "output"
	}
	path := fmt.Sprintf("%s/%s-%d%s", s.dir, kind, s.n, imageExt[mime])
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", fmt.Errorf("saving %s: %w", mime, err)
	}
	return path, nil
}
