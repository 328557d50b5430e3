package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strconv"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/kernel"
	"github.com/gograd/gograd/kernel/kbench"
)

func init() {
	register("kernel", "serve a Jupyter kernel (gograd kernel -f connection.json)", runKernel)
	registerBench("kernel", "Jupyter kernel: start-up, execute round trip, completion; vs ipykernel", benchKernel)
}

func runKernel(args []string) int {
	fs := flag.NewFlagSet("kernel", flag.ContinueOnError)
	connFile := fs.String("f", "", "Jupyter connection file (JSON)")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: gograd kernel -f connection.json\n\nServes the Jupyter messaging protocol; Jupyter starts it from the kernelspec that `gograd install` writes.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *connFile == "" {
		fmt.Fprintln(os.Stderr, "gograd kernel: -f connection.json is required")
		fs.Usage()
		return 2
	}
	ci, err := kernel.ReadConnectionFile(*connFile)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gograd kernel:", err)
		return 1
	}
	// The kernel's own stdin is whatever Jupyter left it (often a pipe
	// nobody writes to); cells read input through the stdin channel. Make
	// any direct read of fd 0 see EOF instead of hanging the cell.
	if null, err := os.Open(os.DevNull); err == nil {
		unix.Dup2(int(null.Fd()), 0)
		null.Close()
	}
	// Catch SIGINT before the sockets open: an interrupt must never kill
	// the kernel, only stop the running cell.
	sigs := make(chan os.Signal, 4)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	k, err := kernel.Start(kernel.Config{
		Conn:    ci,
		Version: Version,
		NewSession: func(o interp.Options) (kernel.Session, error) {
			s, err := interp.New(o)
			if err != nil {
				return nil, err
			}
			return s, nil
		},
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "gograd kernel:", err)
		return 1
	}
	watchParent(k)
	go func() {
		for s := range sigs {
			if s == os.Interrupt {
				k.Interrupt()
				continue
			}
			k.Shutdown()
		}
	}()
	if err := k.Wait(); err != nil {
		fmt.Fprintln(os.Stderr, "gograd kernel:", err)
		return 1
	}
	return 0
}

// watchParent stops the kernel when the process that launched it dies:
// jupyter_client names itself in JPY_PARENT_PID, as ipykernel expects,
// and a kernel outliving its client would only hold ports and memory.
func watchParent(k *kernel.Kernel) {
	pid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID"))
	if err != nil || pid <= 1 || os.Getppid() != pid {
		return
	}
	go func() {
		for range time.Tick(time.Second) {
			if os.Getppid() != pid {
				fmt.Fprintln(os.Stderr, "gograd kernel: parent process exited; shutting down")
				k.Shutdown()
				return
			}
		}
	}()
}

// benchKernel measures this binary's kernel and ipykernel with the same
// client (package kbench) and prints both and their ratios.
func benchKernel(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench kernel", flag.ContinueOnError)
	n := fs.Int("n", 200, "execute round trips to time")
	m := fs.Int("m", 50, "completions to time")
	starts := fs.Int("starts", 5, "kernel starts to time")
	python := fs.String("python", "/usr/bin/python3", "Python with ipykernel, for the baseline (empty: no baseline)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	subjects := []kbench.Subject{{
		Name: "gograd", Argv: []string{self, "kernel", "-f", "{connection_file}"},
		Code: "1+1", CompleteCode: "fmt.Prin",
	}}
	if *python != "" {
		if err := exec.Command(*python, "-c", "import ipykernel").Run(); err != nil {
			fmt.Fprintf(os.Stderr, "gograd bench kernel: no ipykernel for %s (Debian: python3-ipykernel), measuring gograd alone\n", *python)
		} else {
			subjects = append(subjects, kbench.Subject{
				Name: "ipykernel", Argv: []string{*python, "-m", "ipykernel_launcher", "-f", "{connection_file}"},
				Code: "1+1", CompleteCode: "import os; os.pa",
			})
		}
	}
	var results []kbench.Result
	for _, s := range subjects {
		r, err := kbench.Measure(context.Background(), s, *starts, *n, *m)
		if err != nil {
			return err
		}
		if r.ExecValue != "2" {
			return fmt.Errorf("%s: 1+1 gave %q", s.Name, r.ExecValue)
		}
		results = append(results, r)
	}
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	if jsonOut {
		enc := json.NewEncoder(os.Stdout)
		for _, r := range results {
			for _, x := range []struct {
				metric string
				v      float64
			}{
				{"first_kernel_info_ms", ms(kbench.Median(r.Startup))},
				{"execute_median_ms", ms(kbench.Median(r.Execute))},
				{"execute_p90_ms", ms(kbench.Quantile(r.Execute, 0.9))},
				{"complete_median_ms", ms(kbench.Median(r.Complete))},
			} {
				enc.Encode(map[string]any{"bench": "kernel", "kernel": r.Name, "metric": x.metric, "value": x.v})
			}
		}
		return nil
	}
	fmt.Printf("Jupyter kernels, same Go client (%d starts, %d executes of 1+1, %d completions; GOMAXPROCS=%d)\n", *starts, *n, *m, runtime.GOMAXPROCS(0))
	fmt.Printf("%-10s %22s %26s %22s\n", "kernel", "first kernel_info (ms)", "execute 1+1 to idle (ms)", "complete (ms)")
	fmt.Printf("%-10s %22s %26s %22s\n", "", "median [min-max]", "median (p10-p90)", "median (p10-p90)")
	for _, r := range results {
		fmt.Printf("%-10s %10.1f [%.0f-%.0f] %14.3f (%.3f-%.3f) %12.2f (%.2f-%.2f)  %d matches\n", r.Name,
			ms(kbench.Median(r.Startup)), ms(kbench.Quantile(r.Startup, 0)), ms(kbench.Quantile(r.Startup, 1)),
			ms(kbench.Median(r.Execute)), ms(kbench.Quantile(r.Execute, 0.1)), ms(kbench.Quantile(r.Execute, 0.9)),
			ms(kbench.Median(r.Complete)), ms(kbench.Quantile(r.Complete, 0.1)), ms(kbench.Quantile(r.Complete, 0.9)), r.Matches)
	}
	if len(results) == 2 {
		g, p := results[0], results[1]
		ratio := func(a, b []time.Duration) float64 { return float64(kbench.Median(a)) / float64(kbench.Median(b)) }
		fmt.Printf("ipykernel/gograd: start-up %.1fx, execute %.1fx, complete %.1fx (above 1: gograd is faster)\n",
			ratio(p.Startup, g.Startup), ratio(p.Execute, g.Execute), ratio(p.Complete, g.Complete))
	}
	fmt.Println("targets: first kernel_info <= 200 ms, execute <= 1 ms, complete <= 5 ms")
	return nil
}
