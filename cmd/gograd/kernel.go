package main

import (
	"flag"
	"fmt"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/gograd/gograd/interp"
	"github.com/gograd/gograd/kernel"
)

func init() {
	register("kernel", "serve a Jupyter kernel (gograd kernel -f connection.json)", runKernel)
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
