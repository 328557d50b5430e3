// Code generated from switch_init_fallthrough.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// switch statements with init statements, fallthrough chains, no-tag
// switches over computed values, and switches on types and runes.
//
//line testdata/conformance/switch_init_fallthrough.gos/_.go:1:1
type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
	Fatal
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func actions(l Level) []string {
	var acts []string
	switch l {
	case Fatal:
		acts = append(acts, "exit")
		fallthrough
	case Error:
		acts = append(acts, "page")
		fallthrough
	case Warn:
		acts = append(acts, "mail")
		fallthrough
	default:
		acts = append(acts, "log")
	case Debug:

	}
	return acts
}

func grade(score int) (g string) {
	switch pct := score * 100 / 120; {
	case pct >= 90:
		g = "A"
	case pct >= 80:
		g = "B"
	case pct >= 65:
		g = "C"
		if pct < 70 {
			g += "-"
			break
		}
		g += "+"
	default:
		g = "F"
	}
	return
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		switch n := len(x); {
		case n == 0:
			return "empty string"
		case n > 5:
			return "long string"
		}
		return "string " + x
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	for l := Debug; l <= Fatal+1; l++ {
		fmt.Printf("%-9v %v\n", l, actions(l))
	}
	for _, s := range []int{120, 100, 97, 83, 79, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, v := range []any{nil, 3, int64(4), "", "hi", "longer one", errors.New("e"), Warn, 2.5, []int{}} {
		fmt.Println(classify(v))
	}
	calls := []string{}
	probe := func(name string, v int) int { calls = append(calls, name); return v }
	switch x := 5; probe("tag", x*2) {
	case probe("a", 1), probe("b", 10), probe("c", 10):
		fmt.Println("matched at b, calls:", calls)
	case probe("d", 10):
		fmt.Println("unreachable")
	}
	escape := func(s string) string {
		var sb strings.Builder
		for _, r := range s {
			switch r {
			case '<':
				sb.WriteString("&lt;")
			case '>':
				sb.WriteString("&gt;")
			case '&':
				sb.WriteString("&amp;")
			case '\t', '\n':
				sb.WriteByte(' ')
			default:
				if r > unicode.MaxASCII {
					fmt.Fprintf(&sb, "&#%d;", r)
					continue
				}
				sb.WriteRune(r)
			}
		}
		return sb.String()
	}
	fmt.Println(escape("a<b>&c\td é"))
	n := 15
	switch {
	case n%15 == 0:
		fmt.Print("FizzBuzz ")
		fallthrough
	case n%5 == 0:
		fmt.Print("(div5) ")
	case n%3 == 0:
		fmt.Print("(div3) ")
	}
	fmt.Println()
	switch s := strings.ToLower("YES"); s {
	case "y", "yes":
		fmt.Println("affirmative", s)
	}
}
