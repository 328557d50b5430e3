// Code generated from compiled_callback_panics.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Panics of session error types inside callbacks of compiled code,
// recovered and asserted back.
//
//line testdata/conformance/compiled_callback_panics.gos/_.go:1:1
type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type PErr struct{ msg string }

func (e *PErr) Error() string { return e.msg }

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

var target *PErr

var me MyErr

func main() {
	r := try(func() {
		sort.Slice([]int{2, 1}, func(i, j int) bool { panic(MyErr{7}) })
	})
	fmt.Println(r)
	if e, ok := r.(error); ok {
		fmt.Println("error:", e.Error())
	}
	if me, ok := r.(MyErr); ok {
		fmt.Println("MyErr", me.Code)
	}
	r = try(func() {
		strings.Map(func(rn rune) rune { panic(&PErr{"p"}) }, "x")
	})
	fmt.Println(r)
	if pe, ok := r.(*PErr); ok {
		fmt.Println("PErr", pe.msg)
	}
	fmt.Println(errors.As(r.(error), &target), target.msg)
	r = try(func() {
		slices.SortFunc([]int{1, 2}, func(a, b int) int { panic(fmt.Errorf("wrapped: %w", MyErr{8})) })
	})
	fmt.Println(r)
	fmt.Println(errors.As(r.(error), &me), me.Code)
	r = try(func() {
		var o sync.Once
		o.Do(func() { panic("in once") })
	})
	fmt.Println(r)
	r = try(func() {
		filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error { panic(errors.New("walk")) })
	})
	fmt.Println(r)
	r = try(func() {
		json.Marshal(map[string]any{"x": func() {}})
		var x []int
		_ = x[3]
	})
	fmt.Println(r)
	err, ok := try(func() { panic(MyErr{9}) }).(error)
	fmt.Println(err, ok)
}
