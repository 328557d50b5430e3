// Code generated from compiled_callbacks.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Session funcs and method values passed to compiled code as callbacks
// (sorting, strings, filepath walks, timers, sync.Once*, iterators),
// panics inside them recovered by the session.
//
//line testdata/conformance/compiled_callbacks.gos/_.go:1:1
type P struct{ X, Y int }

func (p P) Less(q P) bool { return p.X < q.X || p.X == q.X && p.Y < q.Y }

func (p P) Key() string { return fmt.Sprint(p.X, p.Y) }

var seen []string

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func main() {
	ps := []P{{3, 1}, {1, 2}, {1, 1}, {2, 0}}
	slices.SortFunc(ps, func(a, b P) int { return cmp.Compare(a.X, b.X) })
	fmt.Println(ps)
	sort.Slice(ps, func(i, j int) bool { return ps[i].Less(ps[j]) })
	fmt.Println(ps)
	sort.SliceStable(ps, func(i, j int) bool { return ps[i].Y < ps[j].Y })
	fmt.Println(ps)
	idx, found := slices.BinarySearchFunc([]P{{1, 1}, {2, 2}, {3, 3}}, 2, func(p P, x int) int { return cmp.Compare(p.X, x) })
	fmt.Println(idx, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, "banana"))
	fmt.Println(strings.FieldsFunc("a1b2c3", unicode.IsDigit))
	fmt.Println(strings.IndexFunc("hello", func(r rune) bool { return r == 'l' }))
	keyOf := P.Key
	fmt.Println(keyOf(P{4, 5}))
	p := P{6, 7}
	mk := p.Key
	fmt.Println(strings.ToUpper(mk()))
	names := []string{"b", "a"}
	sort.Slice(names, func(i, j int) bool { return names[i] < names[j] })
	fmt.Println(names)
	dir, _ := os.MkdirTemp("", "walk")
	os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(dir, "a", "b", "y.txt"), []byte("yy"), 0o644)
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, path)
		if d.IsDir() && d.Name() == "b" {
			seen = append(seen, rel+"/ (skip)")
			return filepath.SkipDir
		}
		seen = append(seen, rel)
		return nil
	})
	fmt.Println(seen)
	total := int64(0)
	filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	fmt.Println(total)
	fs.WalkDir(os.DirFS(dir), ".", func(path string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			fmt.Println("fs", path)
		}
		return nil
	})
	os.RemoveAll(dir)
	done := make(chan P)
	time.AfterFunc(10*time.Millisecond, func() { done <- P{1, 1} })
	fmt.Println(<-done)
	once := sync.OnceFunc(func() { fmt.Println("once!") })
	once()
	once()
	ov := sync.OnceValue(func() P { fmt.Println("computing"); return P{2, 2} })
	fmt.Println(ov(), ov())
	ovs := sync.OnceValues(func() (P, error) { return P{3, 3}, nil })
	pv, err := ovs()
	fmt.Println(pv, err)
	counts := map[string]int{"b": 2, "a": 1, "c": 3}
	ks := slices.Sorted(maps.Keys(counts))
	fmt.Println(ks)
	for k, v := range maps.All(map[P]int{{1, 1}: 1}) {
		fmt.Println(k, v)
	}
	vs := slices.Collect(maps.Values(map[string]P{"x": {5, 5}}))
	fmt.Println(vs)
	fmt.Println(safe(func() {
		sort.Slice(ps, func(i, j int) bool { panic("boom in less") })
	}))
	fmt.Println(safe(func() {
		strings.Map(func(r rune) rune { panic(fmt.Sprintf("bad rune %c", r)) }, "x")
	}))
	fmt.Println(safe(func() {
		slices.SortFunc(ps, func(a, b P) int { var m map[string]int; m["x"] = 1; return 0 })
	}))
	fmt.Println(safe(func() {
		var arr []int
		sort.Slice(ps, func(i, j int) bool { x := arr[5]; return x > 0 })
	}))
	fmt.Println("alive", ps)
	seq := func(yield func(P) bool) {
		for i := range 3 {
			if !yield(P{i, -i}) {
				return
			}
		}
	}
	fmt.Println(slices.Collect(seq))
	for p := range seq {
		if p.X == 1 {
			break
		}
		fmt.Println("it", p)
	}
}
