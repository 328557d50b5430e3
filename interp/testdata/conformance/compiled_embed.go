// Code generated from compiled_embed.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
	"sync"
	"time"
)

// Session structs embedding compiled types (sync, bytes.Buffer, strings.Builder,
// *log.Logger, time.Time, *bufio.Writer) used through promoted methods and
// passed to compiled functions as the embedded interface.
//
//line testdata/conformance/compiled_embed.gos/_.go:1:1
type W struct{ strings.Builder }

var w W

type M struct {
	sync.Mutex
	n int
}

var m M

func withLock(l sync.Locker, f func()) { l.Lock(); defer l.Unlock(); f() }

type L struct{ *log.Logger }

type T struct {
	time.Time
	N string
}

type BW struct{ *bufio.Writer }

type WG struct {
	sync.WaitGroup
	sync.Once
}

var wg WG

type RW struct {
	sync.RWMutex
	m map[string]int
}

type Buf struct {
	bytes.Buffer
	name string
}

func main() {
	fmt.Fprint(&w, "w")
	fmt.Println(w.String())
	l := sync.Locker(&m)
	l.Lock()
	m.n++
	l.Unlock()
	fmt.Println(m.n)
	withLock(&m, func() { m.n++ })
	fmt.Println(m.n)
	lg := L{log.New(os.Stdout, "L: ", 0)}
	lg.Println("hi")
	lg.Printf("%d", 5)
	t := T{time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "x"}
	fmt.Println(t.Year(), t.Format("2006-01-02"), t.N)
	fmt.Println(t)
	bw := BW{bufio.NewWriter(os.Stdout)}
	fmt.Fprintf(bw, "bw %d\n", 1)
	bw.Flush()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); wg.Do(func() { fmt.Println("once") }) }()
	}
	wg.Wait()
	rw := &RW{m: map[string]int{}}
	rw.Lock()
	rw.m["a"] = 1
	rw.Unlock()
	rw.RLock()
	fmt.Println(rw.m)
	rw.RUnlock()
	rl := rw.RLocker()
	rl.Lock()
	rl.Unlock()
	b := &Buf{name: "b"}
	b.WriteString("hello ")
	fmt.Fprintf(b, "%s!", "world")
	io.WriteString(b, " more")
	fmt.Println(b.String(), b.Len(), b.name)
	wr := io.Writer(b)
	fmt.Fprint(wr, "+")
	fmt.Println(b.String())
	data, _ := io.ReadAll(b)
	fmt.Println(string(data))
	fmt.Println(b)
}
