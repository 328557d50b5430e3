// Package install writes gograd's Jupyter kernelspec: kernel.json, which
// tells Jupyter how to start `gograd kernel -f {connection_file}`, and the
// logos front ends show. `gograd install` uses it to put the kernelspec
// where `jupyter kernelspec list` finds it.
//
// It does not start kernels; that is package kernel.
package install
