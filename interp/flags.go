package interp

import (
	"encoding"
	"flag"
	"reflect"
	"sync"
	"time"

	"github.com/gograd/gograd/interp/symbols"
)

// sessionFlags is a session's command line: the flag package's functions
// called from cells define and parse flags here instead of on the
// process's flag.CommandLine, which the kernel and the tests share (a
// second session's flag.Int("n", ...) panicked "flag redefined"), and
// whose Parse read the process's arguments and ended the process on a bad
// flag. Parse reads the session's os.Args[1:]; a bad flag or -h ends the
// cell (or the script) with exit status 2 or 0 after the usage message,
// as in a Go program. Defining a flag again (a re-run notebook cell)
// replaces it.
type sessionFlags struct {
	mu     sync.Mutex
	args   *[]string
	set    *flag.FlagSet
	parsed bool
}

func (s *sessionFlags) name() string {
	if a := *s.args; len(a) > 0 {
		return a[0]
	}
	return "gograd"
}

// current returns the flag set.
func (s *sessionFlags) current() *flag.FlagSet {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.set == nil {
		s.set = flag.NewFlagSet(s.name(), flag.ContinueOnError)
	}
	return s.set
}

// define returns the flag set to define name in, without an earlier flag
// of that name.
func (s *sessionFlags) define(name string) *flag.FlagSet {
	set := s.current()
	if set.Lookup(name) == nil {
		return set
	}
	fresh := flag.NewFlagSet(set.Name(), flag.ContinueOnError)
	set.VisitAll(func(f *flag.Flag) {
		if f.Name != name {
			fresh.Var(f.Value, f.Name, f.Usage)
		}
	})
	s.mu.Lock()
	s.set = fresh
	s.mu.Unlock()
	return fresh
}

func (s *sessionFlags) parse() {
	a := *s.args
	if len(a) > 0 {
		a = a[1:]
	}
	err := s.current().Parse(a)
	s.mu.Lock()
	s.parsed = true
	s.mu.Unlock()
	switch {
	case err == flag.ErrHelp:
		panic(symbols.Exit{Code: 0})
	case err != nil:
		panic(symbols.Exit{Code: 2})
	}
}

// flagSymbols are the flag package's functions for a session whose
// os.Args is *args.
func flagSymbols(args *[]string) map[string]reflect.Value {
	s := &sessionFlags{args: args}
	return map[string]reflect.Value{
		"Parse": reflect.ValueOf(s.parse),
		"Parsed": reflect.ValueOf(func() bool {
			s.mu.Lock()
			defer s.mu.Unlock()
			return s.parsed
		}),
		"Args":          reflect.ValueOf(func() []string { return s.current().Args() }),
		"NArg":          reflect.ValueOf(func() int { return s.current().NArg() }),
		"Arg":           reflect.ValueOf(func(i int) string { return s.current().Arg(i) }),
		"NFlag":         reflect.ValueOf(func() int { return s.current().NFlag() }),
		"Lookup":        reflect.ValueOf(func(name string) *flag.Flag { return s.current().Lookup(name) }),
		"Set":           reflect.ValueOf(func(name, value string) error { return s.current().Set(name, value) }),
		"Visit":         reflect.ValueOf(func(fn func(*flag.Flag)) { s.current().Visit(fn) }),
		"VisitAll":      reflect.ValueOf(func(fn func(*flag.Flag)) { s.current().VisitAll(fn) }),
		"PrintDefaults": reflect.ValueOf(func() { s.current().PrintDefaults() }),
		"Bool":          reflect.ValueOf(func(n string, v bool, u string) *bool { return s.define(n).Bool(n, v, u) }),
		"BoolVar":       reflect.ValueOf(func(p *bool, n string, v bool, u string) { s.define(n).BoolVar(p, n, v, u) }),
		"BoolFunc":      reflect.ValueOf(func(n, u string, fn func(string) error) { s.define(n).BoolFunc(n, u, fn) }),
		"Duration":      reflect.ValueOf(func(n string, v time.Duration, u string) *time.Duration { return s.define(n).Duration(n, v, u) }),
		"DurationVar":   reflect.ValueOf(func(p *time.Duration, n string, v time.Duration, u string) { s.define(n).DurationVar(p, n, v, u) }),
		"Float64":       reflect.ValueOf(func(n string, v float64, u string) *float64 { return s.define(n).Float64(n, v, u) }),
		"Float64Var":    reflect.ValueOf(func(p *float64, n string, v float64, u string) { s.define(n).Float64Var(p, n, v, u) }),
		"Func":          reflect.ValueOf(func(n, u string, fn func(string) error) { s.define(n).Func(n, u, fn) }),
		"Int":           reflect.ValueOf(func(n string, v int, u string) *int { return s.define(n).Int(n, v, u) }),
		"IntVar":        reflect.ValueOf(func(p *int, n string, v int, u string) { s.define(n).IntVar(p, n, v, u) }),
		"Int64":         reflect.ValueOf(func(n string, v int64, u string) *int64 { return s.define(n).Int64(n, v, u) }),
		"Int64Var":      reflect.ValueOf(func(p *int64, n string, v int64, u string) { s.define(n).Int64Var(p, n, v, u) }),
		"String":        reflect.ValueOf(func(n, v, u string) *string { return s.define(n).String(n, v, u) }),
		"StringVar":     reflect.ValueOf(func(p *string, n, v, u string) { s.define(n).StringVar(p, n, v, u) }),
		"TextVar": reflect.ValueOf(func(p encoding.TextUnmarshaler, n string, v encoding.TextMarshaler, u string) {
			s.define(n).TextVar(p, n, v, u)
		}),
		"Uint":      reflect.ValueOf(func(n string, v uint, u string) *uint { return s.define(n).Uint(n, v, u) }),
		"UintVar":   reflect.ValueOf(func(p *uint, n string, v uint, u string) { s.define(n).UintVar(p, n, v, u) }),
		"Uint64":    reflect.ValueOf(func(n string, v uint64, u string) *uint64 { return s.define(n).Uint64(n, v, u) }),
		"Uint64Var": reflect.ValueOf(func(p *uint64, n string, v uint64, u string) { s.define(n).Uint64Var(p, n, v, u) }),
		"Var":       reflect.ValueOf(func(v flag.Value, n, u string) { s.define(n).Var(v, n, u) }),
	}
}
