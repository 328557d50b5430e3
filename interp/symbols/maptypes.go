package symbols

import (
	"encoding"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"log"
	"log/slog"
	"reflect"

	"github.com/gograd/gograd/interp/display"
)

// MapTypes tells yaegi which interfaces to look for when an interpreted
// value is passed as `any` to these compiled functions, so that fmt calls
// the String method of an interpreted type, json its MarshalJSON, and so on.
var MapTypes = map[reflect.Value][]reflect.Type{}

func init() {
	fmtTypes := []reflect.Type{
		reflect.TypeFor[fmt.Formatter](),
		reflect.TypeFor[fmt.Stringer](),
		reflect.TypeFor[error](),
	}
	for _, f := range []any{
		fmt.Errorf, fmt.Fprint, fmt.Fprintf, fmt.Fprintln, fmt.Print, fmt.Printf, fmt.Println,
		fmt.Sprint, fmt.Sprintf, fmt.Sprintln, fmt.Append, fmt.Appendf, fmt.Appendln,
		log.Fatal, log.Fatalf, log.Fatalln, log.Panic, log.Panicf, log.Panicln, log.Print, log.Printf, log.Println,
	} {
		MapTypes[reflect.ValueOf(f)] = fmtTypes
	}
	scanTypes := []reflect.Type{reflect.TypeFor[fmt.Scanner]()}
	for _, f := range []any{fmt.Scan, fmt.Scanf, fmt.Scanln, fmt.Sscan, fmt.Sscanf, fmt.Sscanln, fmt.Fscan, fmt.Fscanf, fmt.Fscanln} {
		MapTypes[reflect.ValueOf(f)] = scanTypes
	}
	// display: an interpreted value shown with display.Show, New or Update
	// is wrapped so Render sees its Display* method (yaegi wraps for the
	// first of these interfaces the value implements).
	displayTypes := []reflect.Type{
		reflect.TypeFor[display.HTMLer](),
		reflect.TypeFor[display.PNGer](),
		reflect.TypeFor[display.SVGer](),
		reflect.TypeFor[display.Markdowner](),
		reflect.TypeFor[fmt.Stringer](),
	}
	for _, f := range []any{display.ShowValue, display.New, (*display.Handle).Update, display.Render, display.Text} {
		MapTypes[reflect.ValueOf(f)] = displayTypes
	}
	// log/slog: a session value among the attributes resolves its LogValue
	// and prints through String or Error (the text handlers print %+v).
	slogTypes := []reflect.Type{
		reflect.TypeFor[slog.LogValuer](),
		reflect.TypeFor[fmt.Stringer](),
		reflect.TypeFor[error](),
	}
	for _, f := range []any{
		slog.Debug, slog.Info, slog.Warn, slog.Error, slog.Log,
		slog.DebugContext, slog.InfoContext, slog.WarnContext, slog.ErrorContext,
		slog.Any, slog.AnyValue, slog.Group, slog.With,
		(*slog.Logger).Debug, (*slog.Logger).Info, (*slog.Logger).Warn, (*slog.Logger).Error, (*slog.Logger).Log,
		(*slog.Logger).DebugContext, (*slog.Logger).InfoContext, (*slog.Logger).WarnContext, (*slog.Logger).ErrorContext,
		(*slog.Logger).With,
	} {
		MapTypes[reflect.ValueOf(f)] = slogTypes
	}
	MapTypes[reflect.ValueOf(json.Marshal)] = []reflect.Type{reflect.TypeFor[json.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(json.MarshalIndent)] = MapTypes[reflect.ValueOf(json.Marshal)]
	MapTypes[reflect.ValueOf(json.Unmarshal)] = []reflect.Type{reflect.TypeFor[json.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
	MapTypes[reflect.ValueOf(xml.Marshal)] = []reflect.Type{reflect.TypeFor[xml.Marshaler](), reflect.TypeFor[encoding.TextMarshaler]()}
	MapTypes[reflect.ValueOf(xml.Unmarshal)] = []reflect.Type{reflect.TypeFor[xml.Unmarshaler](), reflect.TypeFor[encoding.TextUnmarshaler]()}
}
