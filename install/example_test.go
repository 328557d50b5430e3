package install_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/gograd/gograd/install"
)

// Install the kernelspec under a prefix, as `gograd install --prefix DIR`
// does; JUPYTER_PATH=DIR/share/jupyter then makes Jupyter find it.
func Example() {
	prefix, _ := os.MkdirTemp("", "prefix")
	defer os.RemoveAll(prefix)
	dir := install.KernelDir(install.PrefixDataDir(prefix), install.DefaultName)
	if err := install.Write(dir, install.NewSpec("/usr/local/bin/gograd", "0.1.0")); err != nil {
		fmt.Println(err)
		return
	}
	files, _ := os.ReadDir(dir)
	for _, f := range files {
		fmt.Println(filepath.Join("share/jupyter/kernels/gograd", f.Name()))
	}
	// Output:
	// share/jupyter/kernels/gograd/kernel.json
	// share/jupyter/kernels/gograd/logo-32x32.png
	// share/jupyter/kernels/gograd/logo-64x64.png
}
