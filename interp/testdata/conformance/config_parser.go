// Code generated from config_parser.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

//line testdata/conformance/config_parser.gos/_.go:1:1
const input = `# server config
name = gograd
port = 8080
debug = true
ratio = 0.75
[limits]
max_conn = 100
timeout = 2s
bad line here
[limits]
retries = x3
`

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Config map[string]map[string]string

func parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			if _, dup := cfg[section]; dup {
				errs = append(errs, &ParseError{n, "duplicate section " + section})
				continue
			}
			cfg[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, &ParseError{n, fmt.Sprintf("no '=' in %q", line)})
				continue
			}
			cfg[section][strings.TrimSpace(k)] = strings.TrimSpace(v)
		}
	}
	return cfg, errs
}

func main() {
	cfg, errs := parse(input)
	for _, e := range errs {
		fmt.Println("error:", e)
		var pe *ParseError
		if errors.As(e, &pe) {
			fmt.Println("  at line", pe.Line)
		}
	}
	port, err := strconv.Atoi(cfg[""]["port"])
	fmt.Println(port+1, err)
	debug, _ := strconv.ParseBool(cfg[""]["debug"])
	ratio, _ := strconv.ParseFloat(cfg[""]["ratio"], 64)
	timeout, _ := time.ParseDuration(cfg["limits"]["timeout"])
	fmt.Println(debug, ratio*4, timeout*3)
	_, err = strconv.Atoi(cfg["limits"]["retries"])
	fmt.Println(err)
	sections := make([]string, 0)
	for s := range cfg {
		sections = append(sections, fmt.Sprintf("%q:%d", s, len(cfg[s])))
	}
	sort.Strings(sections)
	fmt.Println(strings.Join(sections, " "))
	joined := errors.Join(errs...)
	fmt.Println(joined)
}
