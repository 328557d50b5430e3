// Package kernel serves a gograd session as a Jupyter kernel: the Jupyter
// messaging protocol 5.3 over ZeroMQ (github.com/go-zeromq/zmq4), on the
// five sockets a connection file names: shell and control (ROUTER), iopub
// (PUB), stdin (ROUTER) and heartbeat (REP).
//
// Every message is signed with the connection file's key and scheme, and
// every incoming signature is checked in constant time; messages with a
// bad signature, a replayed signature, too few frames or malformed JSON
// are logged and dropped, never acted on.
//
// A cell's output reaches the front end as it is written: the session's
// os.Stdout and os.Stderr are writers that publish stream messages
// (small writes are gathered for up to 50 ms), display.* calls become
// display_data, update_display_data and clear_output, and os.Stdin reads
// ask the front end with input_request when it allows input. The shell
// runs one request at a time; control (interrupt, shutdown) and the
// heartbeat keep answering while a cell runs.
//
// The package knows nothing of Go interpretation: it serves any Session
// (*interp.Session in the gograd binary, a fake in tests). Installing the
// kernelspec is package install's job.
package kernel
