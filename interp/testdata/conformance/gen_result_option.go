// Code generated from gen_result_option.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Generic Option and Result types with methods, chaining through
// generic functions (methods cannot have type parameters), errors inside
// results, and a constraint with a method and an underlying type.
//
//line testdata/conformance/gen_result_option.gos/_.go:1:1
type Option[T any] struct {
	val T
	ok  bool
}

func Some[T any](v T) Option[T] { return Option[T]{v, true} }

func None[T any]() Option[T] { return Option[T]{} }

func (o Option[T]) Get() (T, bool) { return o.val, o.ok }

func (o Option[T]) OrElse(d T) T {
	if o.ok {
		return o.val
	}
	return d
}

func (o Option[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.val)
}

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T] { return Result[T]{Val: v} }

func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) Unwrap() T {
	if r.Err != nil {
		panic(fmt.Sprintf("unwrap of error result: %v", r.Err))
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	u, err := f(r.Val)
	if err != nil {
		return Fail[U](fmt.Errorf("then: %w", err))
	}
	return Ok(u)
}

func MapOpt[T, U any](o Option[T], f func(T) U) Option[U] {
	if v, ok := o.Get(); ok {
		return Some(f(v))
	}
	return None[U]()
}

func Find[T any](xs []T, pred func(T) bool) Option[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

type Labeled interface {
	~int | ~int64
	Label() string
}

type Priority int

func (p Priority) Label() string { return [...]string{"low", "mid", "high"}[min(int(p), 2)] }

func Labels[T Labeled](xs ...T) []string {
	out := make([]string, 0, len(xs))
	for _, x := range xs {
		out = append(out, fmt.Sprintf("%d:%s", int64(x), x.Label()))
	}
	return out
}

var ErrNeg = errors.New("negative")

var okVals []string

var errs []error

func main() {
	nums := []int{3, 8, -2, 15}
	big := Find(nums, func(n int) bool { return n > 5 })
	huge := Find(nums, func(n int) bool { return n > 100 })
	fmt.Println(big, huge, big.OrElse(0), huge.OrElse(-1))
	fmt.Println(MapOpt(big, func(n int) string { return strings.Repeat("*", n) }), MapOpt(huge, strconv.Itoa))
	sqrt := func(n int) (float64, error) {
		if n < 0 {
			return 0, fmt.Errorf("sqrt(%d): %w", n, ErrNeg)
		}
		return math.Sqrt(float64(n)), nil
	}
	format := func(f float64) (string, error) { return strconv.FormatFloat(f, 'f', 3, 64), nil }
	for _, n := range nums {
		r := Then(Then(Ok(n), sqrt), format)
		if r.Err != nil {
			fmt.Printf("%d: error %v (neg=%t)\n", n, r.Err, errors.Is(r.Err, ErrNeg))
			continue
		}
		fmt.Printf("%d: %s\n", n, r.Unwrap())
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		Fail[int](ErrNeg).Unwrap()
	}()
	fmt.Println(Labels(Priority(0), Priority(2), Priority(7)))
	pairs := Find([]struct {
		K string
		V int
	}{{"a", 1}, {"b", 2}}, func(p struct {
		K string
		V int
	}) bool {
		return p.V == 2
	})
	fmt.Printf("%v %+v\n", pairs, pairs.OrElse(struct {
		K string
		V int
	}{}))
	results := []Result[string]{Ok("x"), Fail[string](ErrNeg), Ok("y")}
	for _, r := range results {
		if r.Err != nil {
			errs = append(errs, r.Err)
			continue
		}
		okVals = append(okVals, r.Val)
	}
	fmt.Println(okVals, errors.Join(errs...), len(errs))
	fmt.Printf("%T %T\n", big, results[0])
}
