// Code generated from compiled_flag.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
)

// flag.Var and flag.Value with session types.
//
//line testdata/conformance/compiled_flag.gos/_.go:1:1
type list []string

func (l *list) String() string { return strings.Join(*l, ",") }

func (l *list) Set(s string) error { *l = append(*l, s); return nil }

type level int

func (l *level) String() string { return fmt.Sprint(int(*l)) }

func (l *level) Set(s string) error {
	n, err := strconv.Atoi(s)
	if n > 5 {
		return errors.New("too big")
	}
	*l = level(n)
	return err
}

var l list

var lv level

func main() {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	fs.Usage = func() { fmt.Println("usage called") }
	fs.Var(&l, "i", "include")
	fs.Var(&lv, "v", "verbosity")
	fs.TextVar(new(net.IP), "ip", net.IPv4(1, 2, 3, 4), "ip")
	err := fs.Parse([]string{"-i", "a", "-i", "b", "-v", "3", "rest"})
	fmt.Println(err, l, lv, fs.Args())
	fmt.Println(l.String(), lv.String())
	fs.VisitAll(func(f *flag.Flag) { fmt.Println(f.Name, f.Value.String(), f.DefValue) })
	err = fs.Parse([]string{"-v", "9"})
	fmt.Println(err)
	fl := fs.Lookup("i")
	fmt.Println(fl.Value)
	if g, ok := fl.Value.(flag.Getter); ok {
		fmt.Println("getter", g)
	}
}
