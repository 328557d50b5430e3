// Code generated from error_hierarchy_as.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// A custom error hierarchy: value and pointer receivers, wrapping with
// %w, errors.As into both kinds, Is methods, Unwrap []error.
//
//line testdata/conformance/error_hierarchy_as.gos/_.go:1:1
type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type PermError struct {
	User string
	Op   string
}

func (e *PermError) Error() string { return fmt.Sprintf("%s may not %s", e.User, e.Op) }

type Temporary interface {
	Temporary() bool
}

type TimeoutError struct {
	Op    string
	After time.Duration
}

func (e *TimeoutError) Error() string { return fmt.Sprintf("%s timed out after %v", e.Op, e.After) }

func (e *TimeoutError) Temporary() bool { return true }

func (e *TimeoutError) Is(target error) bool {
	t, ok := target.(*TimeoutError)
	return ok && (t.Op == "" || t.Op == e.Op)
}

type OpError struct {
	Op   string
	Errs []error
}

func (e *OpError) Error() string {
	msgs := make([]string, len(e.Errs))
	for i, err := range e.Errs {
		msgs[i] = err.Error()
	}
	return e.Op + ": [" + strings.Join(msgs, "; ") + "]"
}

func (e *OpError) Unwrap() []error { return e.Errs }

var ErrStore = errors.New("store error")

func lookup(key string) error {
	switch {
	case key == "":
		return fmt.Errorf("lookup: %w", ErrStore)
	case strings.HasPrefix(key, "admin/"):
		return fmt.Errorf("lookup %q: %w", key, &PermError{"guest", "read " + key})
	case strings.HasPrefix(key, "slow/"):
		return fmt.Errorf("wrapped twice: %w", fmt.Errorf("lookup: %w", &TimeoutError{"get", 1500 * time.Millisecond}))
	case key == "multi":
		return &OpError{"batch", []error{NotFound{"a"}, &TimeoutError{"put", time.Second}, ErrStore}}
	case key != "ok":
		return fmt.Errorf("lookup: %w", NotFound{key})
	}
	return nil
}

func classify(err error) string {
	var nf NotFound
	var pe *PermError
	var te *TimeoutError
	var tmp Temporary
	var parts []string
	if errors.As(err, &nf) {
		parts = append(parts, "notfound("+nf.Key+")")
	}
	if errors.As(err, &pe) {
		parts = append(parts, "perm("+pe.User+")")
	}
	if errors.As(err, &te) {
		parts = append(parts, fmt.Sprintf("timeout(%s,%v)", te.Op, te.After.Seconds()))
	}
	if errors.As(err, &tmp) && tmp.Temporary() {
		parts = append(parts, "temporary")
	}
	if errors.Is(err, ErrStore) {
		parts = append(parts, "store")
	}
	if errors.Is(err, &TimeoutError{Op: "get"}) {
		parts = append(parts, "is-get-timeout")
	}
	if errors.Is(err, &TimeoutError{}) {
		parts = append(parts, "is-any-timeout")
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ",")
}

// errors.As with a pointer to a value-receiver type does not match a value
var pnf *NotFound

var nf NotFound

func main() {
	for _, k := range []string{"ok", "", "admin/keys", "slow/x", "missing", "multi"} {
		err := lookup(k)
		fmt.Printf("%-10q %-45v %s\n", k, err, classify(err))
	}
	fmt.Println(errors.As(lookup("zz"), &pnf), pnf == nil)
	err := fmt.Errorf("ptr: %w", &NotFound{"p"})
	fmt.Println(errors.As(err, &pnf), pnf.Key, errors.As(err, &nf))
	joined := errors.Join(lookup("x1"), nil, lookup("admin/y"))
	fmt.Println(classify(joined))
	fmt.Println(strings.ReplaceAll(joined.Error(), "\n", " | "))
	fmt.Println(errors.Unwrap(joined) == nil, errors.Unwrap(lookup("")) == ErrStore)
	switch e := lookup("admin/z").(type) {
	case *PermError:
		fmt.Println("direct perm", e.User)
	case interface{ Unwrap() error }:
		fmt.Printf("wrapper %T around %T\n", e, e.Unwrap())
	}
}
