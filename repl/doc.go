// Package repl is gograd's terminal front end: an interactive loop over one
// interpreted Go session (interp.Session), with line editing, persistent
// history (XDG data directory), reverse search, Tab completion from the
// session, multi-line input, meta commands (:help, :load, :reset, :vars,
// :doc, :time, :quit), interruption of running cells with Ctrl-C, images
// saved to files (and drawn inline in kitty and iTerm2), and progress bars
// for display.NewProgress.
//
// With input that is not a terminal, Run behaves like a script runner: no
// prompts, colours or echoed values, and the first error ends it with
// status 1.
//
// It is not a Jupyter front end (see package kernel) and does not evaluate
// Go itself: everything about the language is the session's business.
package repl
