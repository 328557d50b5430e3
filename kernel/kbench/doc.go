// Package kbench measures Jupyter kernels from the outside, the same way
// for any kernel: time from process start to the first kernel_info
// reply, the round trip of an execute_request until the kernel is idle
// again, and completion latency. `gograd bench kernel` uses it to compare
// gograd with ipykernel.
package kbench
