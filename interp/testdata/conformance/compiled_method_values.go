// Code generated from compiled_method_values.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
)

// Method values and method expressions of session types passed to compiled
// code as callbacks (sorting, strings.Map, WalkDir, AfterFunc, OnceFunc).
//
//line testdata/conformance/compiled_method_values.gos/_.go:1:1
type P struct{ X, Y int }

func (p P) Compare(q P) int { return cmp.Compare(p.X, q.X) }

type sorter struct {
	xs    []int
	calls int
}

func (s *sorter) less(i, j int) bool { s.calls++; return s.xs[i] < s.xs[j] }

type mapper struct{ shift rune }

func (m mapper) rot(r rune) rune {
	if r >= 'a' && r <= 'z' {
		return 'a' + (r-'a'+m.shift)%26
	}
	return r
}

type walker struct{ files []string }

func (w *walker) visit(path string, d fs.DirEntry, err error) error {
	if !d.IsDir() {
		w.files = append(w.files, d.Name())
	}
	return nil
}

type ticker struct {
	n    int
	done chan bool
}

func (t *ticker) tick() { t.n++; t.done <- true }

type initer struct{ v int }

func (i *initer) init() { i.v++ }

func (i *initer) value() (int, error) { return i.v * 10, nil }

var wg sync.WaitGroup

func main() {
	ps := []P{{3, 0}, {1, 1}, {2, 2}}
	slices.SortFunc(ps, P.Compare)
	fmt.Println(ps)
	s := &sorter{xs: []int{5, 2, 4, 1}}
	sort.Slice(s.xs, s.less)
	fmt.Println(s.xs, s.calls > 0)
	m := mapper{13}
	fmt.Println(strings.Map(m.rot, "hello"))
	f := m.rot
	fmt.Println(string(f('a')))
	dir, _ := os.MkdirTemp("", "w")
	os.WriteFile(filepath.Join(dir, "a.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), nil, 0o644)
	w := &walker{}
	filepath.WalkDir(dir, w.visit)
	fmt.Println(w.files)
	os.RemoveAll(dir)
	t := &ticker{done: make(chan bool)}
	time.AfterFunc(time.Millisecond, t.tick)
	<-t.done
	fmt.Println(t.n)
	in := &initer{}
	once := sync.OnceFunc(in.init)
	once()
	once()
	fmt.Println(in.v)
	ov := sync.OnceValues(in.value)
	fmt.Println(ov())
	wg.Add(1)
	go func() { defer wg.Done(); in.init() }()
	wg.Wait()
	fmt.Println(in.v)
	cmpP := func(a, b P) int { return b.Compare(a) }
	fmt.Println(slices.MaxFunc(ps, P.Compare), slices.MinFunc(ps, cmpP))
	fmt.Println(slices.IndexFunc(ps, func(p P) bool { return p.Y == 2 }))
	fmt.Println(strings.FieldsFunc("a-b_c", func(r rune) bool { return r == '-' || r == '_' }))
	ctx, cancel := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx, in.init)
	cancel()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(in.v, stop())
}
