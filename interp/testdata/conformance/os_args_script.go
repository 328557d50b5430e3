// Code generated from os_args_script.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

func main() {
	args := os.Args[1:]
	fmt.Println("extra args:", len(args), args)
	fmt.Println(len(os.Args) >= 1, filepath.Base("dir/sub/file.gos"), filepath.Ext("x.tar.gz"))
	name := "default"
	if len(args) > 0 {
		name = args[0]
	}
	fmt.Println("name:", name)
	flags := flag.NewFlagSet("tool", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	n := flags.Int("n", 3, "count")
	v := flags.Bool("v", false, "verbose")
	word := flags.String("word", "hi", "word")
	err := flags.Parse([]string{"-n", "5", "-v", "--word=yo", "rest1", "rest2"})
	fmt.Println(*n, *v, *word, flags.Args(), flags.NArg(), err)
	err = flags.Parse([]string{"-bogus"})
	fmt.Println(err)
	err = flags.Parse([]string{"-n", "x"})
	fmt.Println(err)
	_, ok := os.LookupEnv("GOGRAD_SURELY_UNSET_VAR_123")
	fmt.Println(ok, os.Getenv("GOGRAD_SURELY_UNSET_VAR_123") == "")
	os.Setenv("GOGRAD_TEST_VAR", "value1")
	fmt.Println(os.Getenv("GOGRAD_TEST_VAR"), os.ExpandEnv("x=$GOGRAD_TEST_VAR"))
	dir, err := os.MkdirTemp("", "corpus")
	fmt.Println(err)
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "note.txt")
	err = os.WriteFile(p, []byte("line1\nline2\n"), 0o644)
	fmt.Println(err)
	data, err := os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)
	f, _ := os.OpenFile(p, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("line3\n")
	f.Close()
	info, err := os.Stat(p)
	fmt.Println(info.Size(), info.Name(), info.IsDir(), err)
	_, err = os.Stat(filepath.Join(dir, "missing"))
	fmt.Println(errors.Is(err, os.ErrNotExist), os.IsNotExist(err))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println("entry", e.Name())
	}
	fmt.Fprintln(os.Stderr, "to stderr (not compared)")
}
