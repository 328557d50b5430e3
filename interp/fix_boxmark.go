package interp

import (
	"reflect"
	"sync"
	"unsafe"
	"weak"
)

// Boxed errors told from real pointers. An error of a session struct type
// with value receivers is boxed as a pointer to a copy (see boxErr), so an
// errors.As with a T target found the *T the program made itself, and
// one with a *T target found a boxed T. Each box is marked when it is
// made (weakly: a box the program dropped is forgotten with it), and the
// assertions that look for boxes ask whether a pointer is one.

var boxes struct {
	mu sync.Mutex
	m  map[uintptr]weak.Pointer[byte]
}

// markBox records the pointer p (a box) and returns it.
func markBox(p any) any {
	rv := reflect.ValueOf(p)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return p
	}
	ptr := rv.UnsafePointer()
	boxes.mu.Lock()
	if boxes.m == nil {
		boxes.m = map[uintptr]weak.Pointer[byte]{}
	}
	if len(boxes.m) > 4096 {
		for k, w := range boxes.m {
			if w.Value() == nil {
				delete(boxes.m, k)
			}
		}
	}
	boxes.m[uintptr(ptr)] = weak.Make((*byte)(ptr))
	boxes.mu.Unlock()
	return p
}

// isBox reports whether p is a pointer markBox recorded.
func isBox(p any) bool {
	rv := reflect.ValueOf(p)
	if !rv.IsValid() || rv.Kind() != reflect.Pointer || rv.IsNil() {
		return false
	}
	ptr := rv.UnsafePointer()
	boxes.mu.Lock()
	defer boxes.mu.Unlock()
	w, ok := boxes.m[uintptr(ptr)]
	return ok && unsafe.Pointer(w.Value()) == ptr
}

func init() {
	extraRuntime["MarkBox"] = reflect.ValueOf(func(p any) { markBox(p) })
	extraRuntime["IsBox"] = reflect.ValueOf(isBox)
	// AssertFailed panics as a failed type assertion does.
	extraRuntime["AssertFailed"] = reflect.ValueOf(func(msg string) { panic(&typeAssertionError{msg}) })
}
