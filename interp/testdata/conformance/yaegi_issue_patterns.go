// Code generated from yaegi_issue_patterns.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"time"
)

//line testdata/conformance/yaegi_issue_patterns.gos/_.go:1:1
type foobar struct {
	callback func(string) func() string
}

func cb(text string) func() string {
	return func() string { return "cb:" + text }
}

type Inter interface {
	Hello() string
	World() string
}

type SomeStruct struct{}

func (s *SomeStruct) Hello() string { return "hello" }

func (s *SomeStruct) World() string { return "world" }

type AnotherStruct struct {
	Inter
	text string
}

func (s *AnotherStruct) World() string { return s.Hello() + "+" + s.text }

type T struct{ v any }

func f() (ret int64, err error) {
	ret += 2
	return
}

type Core interface{ Enabled() bool }

type Logger struct{ core Core }

type TT struct{}

func (t *TT) Enabled() bool { return true }

func (l *Logger) GetCore() Core { return l.core }

type CodeErr struct{ Code int }

func (c CodeErr) Error() string { return fmt.Sprint("code ", c.Code) }

type Result struct {
	Name string
	Err  error
}

func main() {
	fb := &foobar{callback: cb}
	fmt.Println(fb.callback("x")())
	as := AnotherStruct{&SomeStruct{}, "test"}
	fmt.Println(as.World(), as.Hello())
	in := Inter(&as)
	fmt.Println(in.World())
	t := &T{}
	t.v, _ = f()
	fmt.Println(t.v.(int64), t.v)
	base := &Logger{&TT{}}
	fmt.Println(base.GetCore().Enabled())
	en := base.core.Enabled
	fmt.Println(en())
	pair := func() (int, string) { return 7, "seven" }
	show := func(n int, s string) string { return fmt.Sprint(n, "=", s) }
	fmt.Println(show(pair()))
	args := []any{1, "a", T{3}, &SomeStruct{}}
	fmt.Println(args[:3]...)
	fmt.Printf("%[2]v %[1]d %[3]T|%*s%+v|%-*v|\n", 10, T{"z"}, T{}, 3, "", T{"w"}, 6, T{1})
	fmt.Printf("%[1]*[2]d|%-[1]*[2]d|\n", 5, 42)
	describe := func(x any) string {
		switch v := x.(type) {
		case int, int64:
			return fmt.Sprintf("integer %v", v)
		case string, []byte:
			return fmt.Sprintf("text %v", v)
		case nil:
			return "nil"
		case error:
			return "error " + v.Error()
		case fmt.Stringer:
			return "stringer " + v.String()
		}
		return "other"
	}
	fmt.Println(describe(3), describe(int64(4)), describe("s"), describe([]byte("b")), describe(nil), describe(errors.New("e")), describe(time.Second), describe(2.5))
	var (
		ErrA = errors.New("a failed")
		ErrB = errors.New("b failed")
	)
	for _, err := range []error{ErrA, ErrB, CodeErr{4}, fmt.Errorf("w: %w", ErrA), nil} {
		switch err {
		case nil:
			fmt.Print("nil; ")
		case ErrA:
			fmt.Print("A; ")
		case ErrB:
			fmt.Print("B; ")
		case CodeErr{4}:
			fmt.Print("code4; ")
		default:
			fmt.Print("other:", err, "; ")
		}
	}
	fmt.Println()
	res := []Result{{"x", CodeErr{2}}, {"y", nil}, {"z", ErrB}}
	fmt.Println(res)
	fmt.Printf("%+v\n", res[0])
}
