// Code generated from slog_session_types.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"log/slog"
	"os"
)

// log/slog with the session's types: LogValue resolved, String and Error
// used by the text handler, through package functions and Logger methods,
// and a JSON handler.
//
//line testdata/conformance/slog_session_types.gos/_.go:1:1
type Level int

func (l Level) String() string { return fmt.Sprintf("L%d", int(l)) }

type User struct {
	Name string
	Age  int
}

func (u User) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", u.Name), slog.Int("age", u.Age))
}

type Failure struct{ Code int }

func (f Failure) Error() string { return fmt.Sprintf("failure %d", f.Code) }

type Point struct{ X, Y int }

func main() {
	noTime := func(groups []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}
	text := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime, Level: slog.LevelDebug}))
	text.Info("start", "level", Level(2), "user", User{"ann", 30}, "pt", Point{1, 2})
	text.Debug("debug", slog.Any("lvl", Level(5)), slog.Int("n", 3))
	req := text.With("req", Level(9), "who", User{"bob", 41})
	req.Warn("slow", "err", Failure{7}, "ms", 120)
	req.Error("failed", "err", fmt.Errorf("wrap: %w", Failure{8}))
	slog.SetDefault(text)
	slog.Info("via default", "level", Level(1), "group", slog.GroupValue(slog.Int("a", 1)))
	js := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: noTime}))
	js.Info("json", "user", User{"cy", 5}, "pt", Point{3, 4}, "n", 1)
}
