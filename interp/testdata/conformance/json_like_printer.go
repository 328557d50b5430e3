// Code generated from json_like_printer.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
)

// A JSON-ish value model on any: decode with encoding/json into any,
// walk it with a recursive type switch, pretty-print with sorted keys,
// query paths, and compute stats.
//
//line testdata/conformance/json_like_printer.gos/_.go:1:1
const doc = `{
  "name": "gograd",
  "version": 1.5,
  "tags": ["ml", "go", "notebook"],
  "owner": {"login": "ada", "id": 42, "admin": true},
  "deps": [
    {"name": "yaegi", "pinned": true, "size": 1200},
    {"name": "gonum", "pinned": false, "size": 5400.5}
  ],
  "notes": null
}`

var v any

func pretty(sb *strings.Builder, v any, indent string) {
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		if x == math.Trunc(x) {
			fmt.Fprintf(sb, "%d", int64(x))
		} else {
			fmt.Fprintf(sb, "%g", x)
		}
	case string:
		sb.WriteString(strconv.Quote(x))
	case []any:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(indent + "  ")
			pretty(sb, e, indent+"  ")
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "]")
	case map[string]any:
		keys := slices.Sorted(maps.Keys(x))
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", indent, k)
			pretty(sb, x[k], indent+"  ")
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(indent + "}")
	default:
		fmt.Fprintf(sb, "<%T>", x)
	}
}

var sb strings.Builder

var ErrPath = errors.New("bad path")

func get(v any, path string) (any, error) {
	for _, part := range strings.Split(path, ".") {
		switch x := v.(type) {
		case map[string]any:
			next, ok := x[part]
			if !ok {
				return nil, fmt.Errorf("%w: no key %q", ErrPath, part)
			}
			v = next
		case []any:
			i, err := strconv.Atoi(part)
			if err != nil || i < 0 || i >= len(x) {
				return nil, fmt.Errorf("%w: index %q of %d", ErrPath, part, len(x))
			}
			v = x[i]
		default:
			return nil, fmt.Errorf("%w: %q into %T", ErrPath, part, x)
		}
	}
	return v, nil
}

var walk func(v any, depth int) int

func main() {
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println("error:", err)
	}
	pretty(&sb, v, "")
	fmt.Println(sb.String())
	for _, p := range []string{"owner.login", "deps.1.size", "tags.2", "deps.5", "owner.id.x", "notes", "version"} {
		got, err := get(v, p)
		fmt.Printf("%-12s %v %v\n", p, got, err)
	}
	counts := map[string]int{}
	walk = func(v any, depth int) int {
		maxDepth := depth
		switch x := v.(type) {
		case map[string]any:
			counts["object"]++
			for _, e := range x {
				maxDepth = max(maxDepth, walk(e, depth+1))
			}
		case []any:
			counts["array"]++
			for _, e := range x {
				maxDepth = max(maxDepth, walk(e, depth+1))
			}
		case string:
			counts["string"]++
		case float64:
			counts["number"]++
		case bool:
			counts["bool"]++
		case nil:
			counts["null"]++
		}
		return maxDepth
	}
	fmt.Println("depth", walk(v, 0))
	for _, k := range slices.Sorted(maps.Keys(counts)) {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	out, _ := json.Marshal(map[string]any{"b": []any{1, "x", nil}, "a": map[string]bool{"t": true}})
	fmt.Println(string(out))
}
