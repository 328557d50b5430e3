// Code generated from worker_pool_mutex.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// A worker pool: jobs on a channel, results on another, a mutex-guarded
// shared stats map, WaitGroup to close results; output sorted so it is
// deterministic.
//
//line testdata/conformance/worker_pool_mutex.gos/_.go:1:1
type Job struct {
	ID   int
	Text string
}

type Result struct {
	JobID  int
	Worker int
	Words  int
	Vowels int
	Err    error
}

type Stats struct {
	mu      sync.Mutex
	perWord map[string]int
	done    int
}

func (s *Stats) Add(words []string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, w := range words {
		s.perWord[strings.ToLower(w)]++
	}
	s.done++
}

var ErrEmpty = errors.New("empty text")

func process(worker int, j Job, st *Stats) Result {
	words := strings.FieldsFunc(j.Text, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return Result{JobID: j.ID, Worker: worker, Err: fmt.Errorf("job %d: %w", j.ID, ErrEmpty)}
	}
	v := 0
	for _, r := range strings.ToLower(j.Text) {
		if strings.ContainsRune("aeiou", r) {
			v++
		}
	}
	st.Add(words)
	return Result{JobID: j.ID, Worker: worker, Words: len(words), Vowels: v}
}

var wg sync.WaitGroup

const workers = 3

var all []Result

type kv struct {
	K string
	V int
}

var top []kv

var mu sync.Mutex

var wg2 sync.WaitGroup

func main() {
	texts := []string{
		"The cat sat on the mat.",
		"",
		"A stitch in time saves nine",
		"the end; THE END!",
		"--- 123 ---",
		"Go is fun, go go go",
		"Time flies like an arrow",
	}
	jobs := make(chan Job)
	results := make(chan Result, len(texts))
	st := &Stats{perWord: map[string]int{}}
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- process(w, j, st)
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- Job{i + 1, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	usedWorkers := map[int]bool{}
	for r := range results {
		all = append(all, r)
		usedWorkers[r.Worker] = true
	}
	slices.SortFunc(all, func(a, b Result) int { return a.JobID - b.JobID })
	totalWords := 0
	for _, r := range all {
		if r.Err != nil {
			fmt.Printf("job %d failed: %v (empty=%t)\n", r.JobID, r.Err, errors.Is(r.Err, ErrEmpty))
			continue
		}
		totalWords += r.Words
		fmt.Printf("job %d: %d words, %d vowels\n", r.JobID, r.Words, r.Vowels)
	}
	fmt.Println("total words", totalWords, "done", st.done, "workers ok:", len(usedWorkers) >= 1 && len(usedWorkers) <= workers)
	for k, v := range st.perWord {
		top = append(top, kv{k, v})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].V != top[j].V {
			return top[i].V > top[j].V
		}
		return top[i].K < top[j].K
	})
	fmt.Println(top[:5])
	sem := make(chan struct{}, 2)
	out := make([]int, 10)
	maxActive, active := 0, 0
	for i := range 10 {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			maxActive = max(maxActive, active)
			mu.Unlock()
			out[i] = i * i
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg2.Wait()
	fmt.Println(out, maxActive <= 2, active)
}
