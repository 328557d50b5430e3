package interp

import (
	"fmt"
	"reflect"
	"sync/atomic"
)

// maxDepth bounds the nesting of interpreted calls: yaegi uses several
// kilobytes of Go stack per interpreted call, and a Go stack overflow is a
// fatal error no recover catches. Every interpreted function begins with a
// call to enter (inserted by the cell rewrite), which panics with
// stackOverflow past the limit.
var maxDepth int64 = 20000

var depth atomic.Int64

// stackOverflow is the panic value of runaway recursion.
type stackOverflow struct{ depth int64 }

func (e stackOverflow) Error() string {
	return fmt.Sprintf("stack overflow: more than %d nested interpreted calls (runaway recursion?)", e.depth)
}

func enter() {
	if depth.Add(1) > maxDepth {
		depth.Add(-1)
		panic(stackOverflow{maxDepth})
	}
}

func leave() { depth.Add(-1) }

// runtimeSymbols is the compiled helper package the rewritten cells call,
// imported as gg__.
func runtimeSymbols() map[string]reflect.Value {
	return map[string]reflect.Value{
		"Enter": reflect.ValueOf(enter),
		"Leave": reflect.ValueOf(leave),
		"Clear": reflect.ValueOf(clearValue),
	}
}

// clearValue implements the clear builtin for maps and slices.
func clearValue(v any) {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Map:
		r.Clear()
	case reflect.Slice:
		r.Clear()
	default:
		panic(fmt.Sprintf("invalid argument: clear(%T): argument must be a map or slice", v))
	}
}

// preludeSource is interpreted at session start: generic helpers the
// rewrite of modern Go calls.
const preludeSource = `
func gg__min[T cmp.Ordered](x T, ys ...T) T {
	for _, y := range ys {
		if y < x || y != y {
			x = y
		}
	}
	return x
}

func gg__max[T cmp.Ordered](x T, ys ...T) T {
	for _, y := range ys {
		if y > x || y != y {
			x = y
		}
	}
	return x
}
`
