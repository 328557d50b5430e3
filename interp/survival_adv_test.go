package interp

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// An adversarial battery: cells a user could write that used to (or
// might) kill the process, hang the session or lose its variables. After
// every cell the session must still evaluate and keep a variable of an
// earlier cell.

// advCase is one hostile cell.
type advCase struct {
	name string
	code string
	// timeout cancels the cell (0: 5 s, a hang).
	timeout time.Duration
	// want is the error's Name; "" for success.
	want string
	// msg must be in the error's message (or, on success, in the output).
	msg string
	// within bounds how long the cell may take (0: timeout + 1.5 s).
	within time.Duration
	// out must be what the cell printed on stdout, when set.
	out *string
}

func strp(s string) *string { return &s }

// advEval runs code with a timeout and returns its *Error (nil on success)
// and how long it took.
func advEval(t *testing.T, s *Session, code string, timeout time.Duration) (Result, *Error, time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	start := time.Now()
	r, err := s.Eval(ctx, code)
	took := time.Since(start)
	if err == nil {
		return r, nil, took
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("Eval(%q) = %T %v, want *Error", code, err, err)
	}
	return r, e, took
}

// advAlive checks that s still runs cells and keeps kept.
func advAlive(t *testing.T, s *Session, after string) {
	t.Helper()
	r, e, _ := advEval(t, s, "kept * 2", 5*time.Second)
	if e != nil {
		t.Fatalf("after %s: the session no longer evaluates: %s: %s", after, e.Name, e.Message)
	}
	if r.Value != 8484 {
		t.Fatalf("after %s: kept*2 = %v, want 8484", after, r.Value)
	}
}

func runAdv(t *testing.T, opts Options, cases []advCase) {
	out, errb := &syncBuffer{}, &syncBuffer{}
	opts.Stdout, opts.Stderr = out, errb
	s, err := New(opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Eval(context.Background(), "kept := 4242"); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			timeout := c.timeout
			if timeout == 0 {
				timeout = 5 * time.Second
			}
			within := c.within
			if within == 0 {
				within = timeout + 1500*time.Millisecond
			}
			before := len(out.String())
			_, e, took := advEval(t, s, c.code, timeout)
			printed := out.String()[before:]
			switch {
			case c.want == "" && e != nil:
				t.Errorf("got %s: %s (%v), want success", e.Name, e.Message, e.Traceback)
			case c.want != "" && e == nil:
				t.Errorf("succeeded, want %s (printed %q)", c.want, printed)
			case e != nil && e.Name != c.want:
				t.Errorf("got %s: %s, want %s", e.Name, e.Message, c.want)
			case e != nil && !strings.Contains(e.Message, c.msg):
				t.Errorf("message %q, want it to contain %q", e.Message, c.msg)
			case e == nil && !strings.Contains(printed, c.msg):
				t.Errorf("printed %q, want it to contain %q", printed, c.msg)
			}
			if c.out != nil && printed != *c.out {
				t.Errorf("printed %q, want %q", printed, *c.out)
			}
			if took > within {
				t.Errorf("took %v, want at most %v", took, within)
			}
			advAlive(t, s, c.name)
		})
	}
}

func TestAdvGoroutinePanics(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "plain", code: "done := make(chan bool)\ngo func() { defer close(done); panic(\"g1\") }()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "g1"},
		{name: "nested", code: "done := make(chan bool)\ngo func() {\n\tgo func() { defer close(done); panic(\"g2\") }()\n}()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "g2"},
		{name: "in deferred func", code: "done := make(chan bool)\ngo func() {\n\tdefer close(done)\n\tdefer func() { panic(\"from defer\") }()\n}()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "from defer"},
		{name: "recover elsewhere", code: "defer func() { recover() }()\ndone := make(chan bool)\ngo func() { defer close(done); var m map[string]int; m[\"x\"] = 1 }()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "nil map"},
		{name: "repanic after recover", code: "done := make(chan bool)\ngo func() {\n\tdefer close(done)\n\tdefer func() { r := recover(); panic(fmt.Sprint(\"again: \", r)) }()\n\tpanic(\"first\")\n}()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "again: first"},
		{name: "method value", code: "type W struct{ n int }\nfunc (w *W) run() { _ = 10 / w.n }\nw := &W{}\ndone := make(chan bool)\ngo func() { defer close(done); w.run() }()\n<-done\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "divide by zero"},
		{name: "go method value", code: "type W2 struct{ n int }\nfunc (w W2) run() { _ = 10 / w.n }\ngo W2{}.run()\ntime.Sleep(50 * time.Millisecond)", want: "panic", msg: "divide by zero"},
		{name: "go func variable", code: "f := func(xs []int) { _ = xs[5] }\ngo f(nil)\ntime.Sleep(50 * time.Millisecond)", want: "panic", msg: "index out of range"},
		{name: "close closed channel", code: "ch := make(chan int)\nclose(ch)\nclose(ch)", want: "panic", msg: "close of closed channel"},
		{name: "send on closed channel in goroutine", code: "ch := make(chan int)\nclose(ch)\ngo func() { ch <- 1 }()\ntime.Sleep(50 * time.Millisecond)", want: "panic", msg: "send on closed channel"},
		{name: "nil map write in goroutine", code: "var m map[int]int\nvar wg sync.WaitGroup\nwg.Add(1)\ngo func() { defer wg.Done(); m[1] = 2 }()\nwg.Wait()\ntime.Sleep(20 * time.Millisecond)", want: "panic", msg: "nil map"},
		{name: "negative WaitGroup", code: "var wg sync.WaitGroup\nwg.Done()", want: "panic", msg: "negative WaitGroup counter"},
		{name: "negative WaitGroup in goroutine", code: "var wg sync.WaitGroup\ngo func() { wg.Done() }()\ntime.Sleep(50 * time.Millisecond)", want: "panic", msg: "negative WaitGroup counter"},
		{name: "panic after the cell ended", code: "go func() { time.Sleep(100 * time.Millisecond); panic(\"late\") }()"},
		{name: "the next cell after a late panic", code: "time.Sleep(200 * time.Millisecond)", want: "panic", msg: "late"},
		{name: "Goexit in goroutine", code: "done := make(chan bool)\ngo func() { defer close(done); runtime.Goexit() }()\n<-done\nfmt.Println(\"ok\")", msg: "ok"},
	})
}

func TestAdvPanicValues(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "panic nil", code: "panic(nil)", want: "panic", msg: "panic called with nil argument"},
		{name: "custom error", code: "type MyErr struct{ code int }\nfunc (e MyErr) Error() string { return fmt.Sprintf(\"my error %d\", e.code) }\npanic(MyErr{7})", want: "panic", msg: "my error 7"},
		{name: "custom error pointer", code: "type PErr struct{ code int }\nfunc (e *PErr) Error() string { return fmt.Sprintf(\"perr %d\", e.code) }\npanic(&PErr{8})", want: "panic", msg: "perr 8"},
		{name: "wrapped error", code: "panic(fmt.Errorf(\"wrapped: %w\", io.EOF))", want: "panic", msg: "wrapped: EOF"},
		{name: "error whose Error panics", code: "type BadErr struct{ x int }\nfunc (BadErr) Error() string { panic(\"Error panicked\") }\npanic(BadErr{})", want: "panic", msg: "Error panicked"},
		{name: "error whose Error panics in goroutine", code: "type BadErr2 struct{}\nfunc (BadErr2) Error() string { panic(\"Error panicked\") }\ngo func() { panic(BadErr2{}) }()\ntime.Sleep(50 * time.Millisecond)", want: "panic"},
		{name: "Stringer panic value", code: "type SV struct{ s string }\nfunc (SV) String() string { return \"sv!\" }\npanic(SV{})", want: "panic", msg: "sv!"},
		{name: "panic while printing", code: "type Boom struct{}\nfunc (Boom) String() string { panic(\"String boom\") }\nfmt.Println(Boom{})", msg: "String boom)"},
		{name: "recursive Error method", code: "type RecErr struct{ n int }\nfunc (e RecErr) Error() string { return fmt.Sprintf(\"rec %v\", e) }\npanic(RecErr{1})", want: "panic", timeout: 20 * time.Second, within: 20 * time.Second},
		// Displaying the final value calls String inside the cell's run.
		{name: "final value whose String panics", code: "type Boom2 struct{}\nfunc (Boom2) String() string { panic(\"String boom\") }\nBoom2{}", want: "panic", msg: "String boom"},
		{name: "final value whose String loops", code: "type Loop struct{}\nfunc (Loop) String() string { for {} }\nLoop{}", timeout: 300 * time.Millisecond, want: "Interrupted"},
		// The message of a panic with an error value calls its Error
		// method after the cell's code ended.
		{name: "error var whose Error panics", code: "var be error = BadErr{}\npanic(be)", want: "panic", msg: "Error panicked"},
		{name: "error var whose Error loops", code: "type LoopErr struct{}\nfunc (LoopErr) Error() string { for {} }\nvar le error = LoopErr{}\npanic(le)", want: "panic", msg: "did not return", within: 4 * time.Second},
		{name: "error var whose Error recurses", code: "var re error = RecErr{1}\npanic(re)", want: "panic", timeout: 20 * time.Second, within: 20 * time.Second},
		{name: "error var whose Error panics in goroutine", code: "var be2 error = BadErr{}\ngo func() { panic(be2) }()\ntime.Sleep(50 * time.Millisecond)", want: "panic", msg: "Error panicked"},
		{name: "deferred call panics with such an error", code: "var be3 error = BadErr{}\ndefer func() { panic(be3) }()", want: "panic", msg: "Error panicked"},
		{name: "error var", code: "func getErr() error { return MyErr{9} }\nerr := getErr()\npanic(err)", want: "panic", msg: "my error 9"},
		{name: "recursive String method printed", code: "type RecS struct{ n int }\nfunc (r RecS) String() string { return fmt.Sprint(r) }\nfmt.Println(RecS{1})", want: "StackOverflow", timeout: 20 * time.Second, within: 20 * time.Second},
	})
}

func TestAdvCompiledCallbacks(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "sort.Slice less panics", code: "xs := []int{3, 1, 2}\nsort.Slice(xs, func(i, j int) bool { panic(\"less\") })", want: "panic", msg: "less"},
		{name: "sort.Slice index out of range", code: "ys := []int{3, 1, 2}\nsort.Slice(ys, func(i, j int) bool { return ys[i+5] < ys[j] })", want: "panic", msg: "index out of range"},
		{name: "slices.SortFunc cmp panics", code: "zs := []int{3, 1, 2}\nslices.SortFunc(zs, func(a, b int) int { return a / (b - b) })", want: "panic", msg: "divide by zero"},
		{name: "strings.Map panics", code: "strings.Map(func(r rune) rune { var p *int; return rune(*p) }, \"abc\")", want: "panic", msg: "nil pointer"},
		{name: "strings.FieldsFunc panics", code: "strings.FieldsFunc(\"a b\", func(r rune) bool { panic(errors.New(\"ff\")) })", want: "panic", msg: "ff"},
		{name: "json Marshaler panics", code: "type JM struct{}\nfunc (JM) MarshalJSON() ([]byte, error) { panic(\"mj\") }\njson.Marshal(JM{})", want: "panic", msg: "mj"},
		{name: "template func panics", code: "tm := template.Must(template.New(\"x\").Funcs(template.FuncMap{\"f\": func() string { panic(\"tf\") }}).Parse(\"{{f}}\"))\nerr := tm.Execute(os.Stdout, nil)\nfmt.Println(err != nil)", msg: "true"},
		{name: "Goexit at top level", code: "runtime.Goexit()"},
		{name: "Goexit in a callback", code: "sort.Slice([]int{2, 1}, func(i, j int) bool { runtime.Goexit(); return false })"},
	})
}

func TestAdvRecursion(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "method value", code: "type R struct{}\nfunc (r R) f(n int) int { return r.f(n+1) + 1 }\ng := R{}.f\ng(0)", want: "StackOverflow", timeout: 20 * time.Second, within: 20 * time.Second},
		{name: "mutual", code: "func ping(n int) int { return pong(n+1) }\nfunc pong(n int) int { return ping(n+1) }\nping(0)", want: "StackOverflow", timeout: 20 * time.Second, within: 20 * time.Second},
		{name: "in goroutine", code: "func deep(n int) int { return deep(n+1) + 1 }\ndone := make(chan bool)\ngo func() { defer close(done); deep(0) }()\n<-done", want: "StackOverflow", timeout: 20 * time.Second, within: 20 * time.Second},
		{name: "through sort callback", code: "var rec func()\nrec = func() { sort.Slice([]int{2, 1}, func(i, j int) bool { rec(); return true }) }\nrec()", want: "StackOverflow", timeout: 20 * time.Second, within: 20 * time.Second},
		{name: "deep legitimate", code: "func depth(n int) int { if n == 0 { return 0 }; return 1 + depth(n-1) }\ndepth(10000)", msg: ""},
		{name: "deep legitimate in goroutines", code: "func depth2(n int) int { if n == 0 { return 0 }; return 1 + depth2(n-1) }\nvar wg sync.WaitGroup\nres := make([]int, 4)\nfor i := range 4 { wg.Add(1); go func() { defer wg.Done(); res[i] = depth2(30000) }() }\nwg.Wait()\nfmt.Println(res)", msg: "[30000 30000 30000 30000]"},
	})
}

func TestAdvExits(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "os.Exit", code: "os.Exit(4)", want: "Exit"},
		{name: "log.Fatal", code: "log.Fatal(\"fatal!\")", want: "Exit"},
		{name: "Logger.Fatal", code: "l := log.New(os.Stderr, \"\", 0)\nl.Fatal(\"logger fatal\")", want: "Exit"},
		{name: "log.Default().Fatalf", code: "log.Default().Fatalf(\"x %d\", 1)", want: "Exit"},
		{name: "FlagSet ExitOnError", code: "fs := flag.NewFlagSet(\"x\", flag.ExitOnError)\nfs.Parse([]string{\"-nosuch\"})", want: "Exit"},
		{name: "os.Exit in goroutine", code: "go func() { os.Exit(5) }()\ntime.Sleep(50 * time.Millisecond)", want: "Exit"},
		{name: "os.Exit in deferred call", code: "func ex() { defer os.Exit(6) }\nex()", want: "Exit"},
		{name: "os.Exit in top-level deferred call", code: "defer os.Exit(7)\nfmt.Println(\"body\")", want: "Exit"},
		{name: "Goexit in top-level deferred call", code: "defer func() { runtime.Goexit() }()\n1"},
	})
}

func TestAdvCancel(t *testing.T) {
	const short = 200 * time.Millisecond
	runAdv(t, Options{}, []advCase{
		{name: "for loop", code: "for {}", timeout: short, want: "Interrupted"},
		{name: "time.Sleep", code: "time.Sleep(time.Hour)", timeout: short, want: "Interrupted"},
		{name: "channel receive", code: "c := make(chan int)\n<-c", timeout: short, want: "Interrupted"},
		{name: "goroutines blocked on channels", code: "c2 := make(chan int)\nfor range 5 { go func() { c2 <- 1 }() }\nfor range 5 { go func() { <-c2; <-c2 }() }\nselect {}", timeout: short, want: "Interrupted"},
		{name: "infinite loop in a deferred call", code: "func loopy() { defer func() { for {} }() }\nloopy()", timeout: short, want: "Interrupted"},
		{name: "infinite loop in a top-level defer", code: "defer func() { for {} }()\nfmt.Println(\"body\")", timeout: short, want: "Interrupted"},
		{name: "blocked top-level defer", code: "defer func() { select {} }()", timeout: short, want: "Interrupted"},
		{name: "WaitGroup.Wait forever", code: "var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()", timeout: short, want: "Interrupted"},
		{name: "Mutex.Lock forever", code: "var mu sync.Mutex\nmu.Lock()\nmu.Lock()", timeout: short, want: "Interrupted"},
		{name: "RWMutex.RLock forever", code: "var rw sync.RWMutex\nrw.Lock()\nrw.RLock()", timeout: short, want: "Interrupted"},
		{name: "Cond.Wait forever", code: "var cm sync.Mutex\ncond := sync.NewCond(&cm)\ncm.Lock()\ncond.Wait()", timeout: short, want: "Interrupted"},
		{name: "for loop in a compiled callback", code: "sort.Slice([]int{2, 1, 3}, func(i, j int) bool { for {} })", timeout: short, want: "Interrupted"},
		{name: "time.Sleep in a goroutine waited for", code: "var wg2 sync.WaitGroup\nwg2.Add(1)\ngo func() { defer wg2.Done(); time.Sleep(time.Hour) }()\nwg2.Wait()", timeout: short, want: "Interrupted"},
		// A compiled call that blocks 1.5 s: the cell reports the interrupt
		// within about a second; the next one waits for the call to end.
		{name: "long compiled call", code: "exec.Command(\"sleep\", \"1.5\").Run()\nfor {}", timeout: short, want: "Interrupted", within: 2 * time.Second},
	})
}

func TestAdvLeftovers(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "spinning goroutine", code: "spins := 0\ngo func() { for { spins++ } }()"},
		{name: "next cell while it spins", code: "x := 0\nfor i := range 1000 { x += i }\nfmt.Println(x)", msg: "499500"},
		{name: "blocked goroutine", code: "blk := make(chan int)\ngo func() { <-blk; panic(\"woken\") }()"},
		{name: "late stdout write", code: "go func() { time.Sleep(100 * time.Millisecond); fmt.Println(\"late line\") }()"},
		{name: "cell after the late write", code: "time.Sleep(200 * time.Millisecond)\nfmt.Println(\"now\")", msg: "now"},
		{name: "held stdout written after the cell", code: "w := os.Stdout\ngo func() { time.Sleep(50 * time.Millisecond); fmt.Fprintln(w, \"to a closed pipe\") }()"},
		{name: "cell after the held write", code: "time.Sleep(100 * time.Millisecond)\n1"},
		{name: "interrupt with leftovers", code: "for {}", timeout: 200 * time.Millisecond, want: "Interrupted"},
		{name: "goroutine flood then cancel", code: "for i := 0; ; i++ { if i < 2000 { go func() { select {} }() } }", timeout: 300 * time.Millisecond, want: "Interrupted"},
		{name: "close stdout", code: "os.Stdout.Close()\nfmt.Println(\"lost\")"},
		{name: "stdout after closing it", code: "fmt.Println(\"back\")", out: strp("back\n")},
	})
}

func TestAdvOutputOrder(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "interleaved", code: "fmt.Print(\"a\")\nos.Stdout.WriteString(\"b\")\nfmt.Fprint(os.Stdout, \"c\")\nfmt.Print(tensor.Zeros(2).Shape())\nio.WriteString(os.Stdout, \"d\\n\")", out: strp("abc[2]d\n")},
		{name: "goroutine output in order", code: "done := make(chan bool)\nfmt.Println(\"1\")\ngo func() { fmt.Println(\"2\"); done <- true }()\n<-done\nfmt.Println(\"3\")", out: strp("1\n2\n3\n")},
		{name: "output before a panic", code: "fmt.Println(\"before\")\npanic(\"after\")", want: "panic", out: strp("before\n")},
		{name: "output before an interrupt", code: "fmt.Println(\"before\")\nfor {}", timeout: 200 * time.Millisecond, want: "Interrupted", out: strp("before\n")},
	})
}

func TestAdvDeadlock(t *testing.T) {
	runAdv(t, Options{DetectDeadlock: true}, []advCase{
		{name: "select{}", code: "select {}", want: "Deadlock", within: 3 * time.Second},
		// The rewritten wg.Wait (survive_rewrite.go) still counts as blocked.
		{name: "WaitGroup", code: "var wg sync.WaitGroup\nwg.Add(1)\nwg.Wait()", want: "Deadlock", within: 3 * time.Second},
	})
}

func TestAdvMemory(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "make 1<<40", code: "b := make([]byte, 1<<40)\nlen(b)", want: "panic"},
		{name: "make 1<<62", code: "b2 := make([]int64, 1<<62)\nlen(b2)", want: "panic"},
		{name: "make negative", code: "n := -1\nb3 := make([]int, n)\nlen(b3)", want: "panic", msg: "len out of range"},
	})
}

func TestAdvSyncFatal(t *testing.T) {
	runAdv(t, Options{}, []advCase{
		{name: "unlock of unlocked mutex", code: "var mu sync.Mutex\nmu.Unlock()", want: "panic", msg: "unlock of unlocked mutex"},
		{name: "RUnlock of unlocked RWMutex", code: "var rw sync.RWMutex\nrw.RUnlock()", want: "panic", msg: "RUnlock of unlocked RWMutex"},
		{name: "deferred unlock of unlocked mutex", code: "var mu2 sync.Mutex\nfunc g() { defer mu2.Unlock() }\ng()", want: "panic", msg: "unlock of unlocked mutex"},
		{name: "Lock and deferred Unlock", code: "var mu3 sync.Mutex\nn := 0\nfunc inc() { mu3.Lock(); defer mu3.Unlock(); n++ }\ninc()\ninc()\nfmt.Println(n)", msg: "2"},
		{name: "embedded mutex", code: "type Counter struct {\n\tsync.Mutex\n\tn int\n}\nc := &Counter{}\nc.Lock()\nc.n++\nc.Unlock()\nc.Unlock()", want: "panic", msg: "unlock of unlocked mutex"},
		// Still fatal: concurrent map writes (see the report).
	})
}

// A compiled call blocked for good (a server's Accept) held up every later
// cell: the session goes on without it, with a warning.
func TestAdvBlockedForGood(t *testing.T) {
	old := abandonAfter
	abandonAfter = 500 * time.Millisecond
	defer func() { abandonAfter = old }()
	s, _, errb := testSession(t)
	eval(t, s, "kept := 4242")
	_, e, took := advEval(t, s, "l, _ := net.Listen(\"tcp\", \"127.0.0.1:0\")\nfmt.Println(\"listening\")\nl.Accept()", 200*time.Millisecond)
	if e == nil || e.Name != "Interrupted" || took > 2*time.Second {
		t.Fatalf("got %v after %v, want Interrupted within about a second", e, took)
	}
	start := time.Now()
	advAlive(t, s, "a blocked Accept")
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("the next cell waited %v", d)
	}
	if !strings.Contains(errb.String(), "still blocked in a compiled call") {
		t.Errorf("no warning on stderr: %q", errb.String())
	}
	advAlive(t, s, "the warning")
}

// Vars (the REPL's :vars) formats every variable while it holds the
// session: a String or Error method of a session type, held in an
// interface variable, runs then. One that loops, recurses or panics used
// to hang the session for good or end the process.
func TestAdvVars(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, "kept := 4242")
	eval(t, s, `type Loop struct{ x int }
func (Loop) String() string { for {} }
var st fmt.Stringer = Loop{}
type RecE struct{ n int }
func (e RecE) Error() string { return fmt.Sprintf("rec %v", e) }
var re error = RecE{1}
type PE struct{ n int }
func (e PE) Error() string { panic("pe") }
var pe error = PE{1}`)
	done := make(chan []Var)
	go func() { done <- s.Vars() }()
	var vars []Var
	select {
	case vars = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Vars hangs")
	}
	got := map[string]string{}
	for _, v := range vars {
		got[v.Name] = v.Value
	}
	// The recursion ends at its depth limit, or, on a loaded machine, at
	// the half second a value's method may take.
	recursed := strings.Contains(got["re"], "recursed") || strings.Contains(got["re"], "did not return")
	if got["kept"] != "4242" || !strings.Contains(got["st"], "did not return") || !recursed || !strings.Contains(got["pe"], "panicked") {
		t.Errorf("Vars = %q", got)
	}
	advAlive(t, s, "Vars")
}

// After an interrupt, functions of earlier cells that compiled code calls
// back (sort.Slice's less, a String method through fmt.Stringer) returned
// at once, doing nothing, for the rest of the session.
func TestAdvCallbacksAfterInterrupt(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, `xs := []int{3, 1, 2}
less := func(i, j int) bool { return xs[i] < xs[j] }
type T struct{ n int }
func (t T) String() string { return fmt.Sprint("T", t.n) }
var st fmt.Stringer = T{7}`)
	if _, e, _ := advEval(t, s, "for {}", 200*time.Millisecond); e == nil || e.Name != "Interrupted" {
		t.Fatalf("got %v, want Interrupted", e)
	}
	before := len(out.String())
	eval(t, s, "sort.Slice(xs, less)\nfmt.Println(xs, st.String())")
	if got := out.String()[before:]; got != "[1 2 3] T7\n" {
		t.Errorf("printed %q, want %q", got, "[1 2 3] T7\n")
	}
}

// A runaway recursion in a goroutine that outlived its cell has no cell
// to stop: it ran until Go's stack limit ended the process.
func TestAdvOrphanRecursion(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, "kept := 4242")
	eval(t, s, "func deep3(n int) int { return deep3(n+1) + 1 }\ngo deep3(0)")
	// It is stopped (and reported on the process's stderr).
	deadline := time.Now().Add(15 * time.Second)
	for s.guard.goroutines.Load() == 0 && time.Now().Before(deadline) {
		time.Sleep(time.Millisecond) // not started yet
	}
	for s.guard.goroutines.Load() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("the recursing goroutine was not stopped")
		}
		time.Sleep(50 * time.Millisecond)
	}
	advAlive(t, s, "an orphan recursion")
	// Functions of earlier cells still run when compiled code calls them.
	r, e, _ := advEval(t, s, "ys := []int{2, 1}\nsort.Slice(ys, func(i, j int) bool { return ys[i] < ys[j] })\nys[0]", 5*time.Second)
	if e != nil || r.Value != 1 {
		t.Errorf("after the orphan's stop: %v %v", r.Value, e)
	}
}

// Close stops the goroutines the session's cells left running: a spinning
// one would use a core for as long as the process lives, and one blocked
// on a channel would never end.
func TestCloseStopsLeftoverGoroutines(t *testing.T) {
	s, _, _ := testSession(t)
	// The third sleeps an hour from after its cell: a sleep no interrupt
	// ends, but closing the session does.
	eval(t, s, "spins := 0\ngo func() { for { spins++ } }()\nblk := make(chan int)\ngo func() { <-blk }()\n"+
		"go func() { time.Sleep(100 * time.Millisecond); time.Sleep(time.Hour) }()")
	time.Sleep(300 * time.Millisecond)
	deadline := time.Now().Add(10 * time.Second)
	for s.guard.goroutines.Load() < 3 {
		if time.Now().After(deadline) {
			t.Fatal("the goroutines did not start")
		}
		time.Sleep(time.Millisecond)
	}
	s.Close()
	for s.guard.goroutines.Load() != 0 {
		if time.Now().After(deadline) {
			t.Fatalf("%d goroutines still run after Close", s.guard.goroutines.Load())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if _, err := s.Eval(context.Background(), "1"); err == nil || !strings.Contains(err.Error(), "closed") {
		t.Errorf("Eval after Close: %v, want a closed-session error", err)
	}
}

// A goroutine's time.Sleep lasts as long as asked when the chunk that was
// running as it began ends: it ended with that chunk (a cell's statements
// before its final expression, or the whole cell), so a goroutine that
// slept before signalling went on at once, now and then.
func TestGoroutineSleepOutlivesItsChunk(t *testing.T) {
	s, _, _ := testSession(t)
	eval(t, s, "t0 := time.Now()\nslept := make(chan time.Duration, 1)\n"+
		"go func() { time.Sleep(300 * time.Millisecond); slept <- time.Since(t0) }()\n"+
		"time.Sleep(20 * time.Millisecond) // the goroutine sleeps\n1")
	r := eval(t, s, "<-slept")
	if d, ok := r.Value.(time.Duration); !ok || d < 300*time.Millisecond {
		t.Errorf("the goroutine slept %v, want 300ms", r.Value)
	}
	// An interrupt still ends it (and stops the goroutine). The goroutine
	// is asleep when the interrupt comes: one that has not begun to run by
	// then may miss it, as yaegi's interrupt is over once the cell stopped.
	if _, e, _ := advEval(t, s, "began := make(chan bool)\ngo func() { close(began); time.Sleep(time.Hour) }()\n<-began\ntime.Sleep(100 * time.Millisecond)\nselect {}", 400*time.Millisecond); e == nil || e.Name != "Interrupted" {
		t.Fatalf("got %v, want Interrupted", e)
	}
	for deadline := time.Now().Add(2 * time.Second); s.guard.goroutines.Load() != 0; {
		if time.Now().After(deadline) {
			t.Fatal("a goroutine in time.Sleep(time.Hour) still runs after an interrupt")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
