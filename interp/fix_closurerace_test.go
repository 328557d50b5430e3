package interp

import "testing"

// A closure made in a loop and run on a goroutine is the one passed: when
// the previous iteration's closure returns on its goroutine between the
// making of the next closure and the call it is passed to, yaegi's
// write-back of the closure's slot (see fix_closurerace.go) made the call
// get the closure before it. wait forces that timing: it returns once the
// previous closure has run.
func TestClosureMadeWhileAnotherReturns(t *testing.T) {
	got := cellsOutput(t, `var mu sync.Mutex
var seen []int
var wg sync.WaitGroup
done := make(chan bool, 1)
func run(f func(), _ int) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}
func wait(i int) int {
	if i > 1 {
		select {
		case <-done:
		case <-time.After(2 * time.Second): // the closure before never ran
		}
		time.Sleep(5 * time.Millisecond)
	}
	return i
}
for i := 1; i <= 6; i++ {
	run(func() {
		mu.Lock()
		seen = append(seen, i)
		mu.Unlock()
		done <- true
	}, wait(i))
}
wg.Wait()
fmt.Println(seen)`)
	if got[0] != "[1 2 3 4 5 6]\n" {
		t.Errorf("closures ran as %q, want each once in order", got[0])
	}
}

// The same for a go statement of a func literal: its goroutine used to be
// started with the literal read from the frame after earlier goroutines
// of it had returned (a nil func ended the process). The argument
// wait(i) runs after the literal is made, as the race needs.
func TestGoLiteralStartedWhileAnotherReturns(t *testing.T) {
	got := cellsOutput(t, `var mu sync.Mutex
var seen []int
var wg sync.WaitGroup
done := make(chan bool, 1)
func wait(i int) int {
	if i > 1 {
		select {
		case <-done:
		case <-time.After(2 * time.Second): // the goroutine before never ran
		}
		time.Sleep(5 * time.Millisecond)
	}
	return i
}
for i := 1; i <= 6; i++ {
	wg.Add(1)
	go func(_ int) {
		defer wg.Done()
		mu.Lock()
		seen = append(seen, i)
		mu.Unlock()
		done <- true
	}(wait(i))
}
wg.Wait()
fmt.Println(seen)`)
	if got[0] != "[1 2 3 4 5 6]\n" {
		t.Errorf("goroutines ran as %q, want each once in order", got[0])
	}
}
