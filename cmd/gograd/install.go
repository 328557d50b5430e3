package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/gograd/gograd/install"
)

func init() {
	register("install", "install the Jupyter kernelspec (gograd install [--user|--sys-prefix|--prefix DIR])", runInstall)
}

func runInstall(args []string) int {
	fs := flag.NewFlagSet("install", flag.ContinueOnError)
	user := fs.Bool("user", false, "install for the current user (the default)")
	sysPrefix := fs.Bool("sys-prefix", false, "install into the prefix of the Python environment Jupyter runs from")
	prefix := fs.String("prefix", "", "install into `DIR`/share/jupyter/kernels")
	name := fs.String("name", install.DefaultName, "kernel name (the directory under kernels/)")
	fs.Usage = func() {
		fmt.Fprintln(os.Stderr, "Usage: gograd install [--user | --sys-prefix | --prefix DIR] [--name NAME]\n\nWrites the Jupyter kernelspec that runs this gograd binary, where `jupyter kernelspec list` finds it.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "gograd install: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	chosen := 0
	for _, b := range []bool{*user, *sysPrefix, *prefix != ""} {
		if b {
			chosen++
		}
	}
	if chosen > 1 {
		fmt.Fprintln(os.Stderr, "gograd install: choose one of --user, --sys-prefix and --prefix")
		return 2
	}
	if *name == "" || filepath.Base(*name) != *name || *name == "." || *name == ".." {
		fmt.Fprintf(os.Stderr, "gograd install: invalid kernel name %q\n", *name)
		return 2
	}
	var dataDir string
	var err error
	switch {
	case *sysPrefix:
		var p string
		if p, err = install.SysPrefix(); err == nil {
			dataDir = install.PrefixDataDir(p)
		}
	case *prefix != "":
		var p string
		if p, err = filepath.Abs(*prefix); err == nil {
			dataDir = install.PrefixDataDir(p)
		}
	default:
		dataDir, err = install.UserDataDir()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gograd install:", err)
		return 1
	}
	bin, err := os.Executable()
	if err == nil {
		bin, err = filepath.EvalSymlinks(bin)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gograd install: finding the gograd binary:", err)
		return 1
	}
	dir := install.KernelDir(dataDir, *name)
	if err := install.Write(dir, install.NewSpec(bin, Version)); err != nil {
		fmt.Fprintln(os.Stderr, "gograd install:", err)
		return 1
	}
	fmt.Printf("Installed the gograd kernelspec %q in %s\n", *name, dir)
	return 0
}
