// Command fakekernel serves the kernel protocol over the fake session of
// kernel/internal/fakesession, for protocol tests with real Jupyter
// clients that do not depend on the interpreter.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"time"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/kernel"
	"github.com/gograd/gograd/kernel/internal/fakesession"
)

func main() {
	f := flag.String("f", "", "connection file")
	flag.Parse()
	ci, err := kernel.ReadConnectionFile(*f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	k, err := kernel.Start(kernel.Config{Conn: ci, Version: "fake", NewSession: func(o interp.Options) (kernel.Session, error) {
		return fakesession.New(o)
	}})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if pid, err := strconv.Atoi(os.Getenv("JPY_PARENT_PID")); err == nil && pid == os.Getppid() {
		go func() {
			for range time.Tick(time.Second) {
				if os.Getppid() != pid {
					k.Shutdown()
				}
			}
		}()
	}
	go func() {
		for range sigs {
			k.Interrupt()
		}
	}()
	k.Wait()
}
