package repl

import (
	"context"

	"github.com/gograd/gograd/interp"
)

// Session is the part of *interp.Session the REPL drives. It is an
// interface so that the REPL's own behaviour can be tested without a Go
// interpreter behind it.
type Session interface {
	Eval(ctx context.Context, code string) (interp.Result, error)
	Complete(code string, cursor int) interp.Completion
	Inspect(code string, cursor int) (interp.Inspection, bool)
	IsComplete(code string) (status, indent string)
	Vars() []interp.Var
	Close() error
}

var _ Session = (*interp.Session)(nil)

// NewInterpSession starts a real interpreted session; it is the default
// Config.NewSession.
func NewInterpSession(opts interp.Options) (Session, error) {
	s, err := interp.New(opts)
	if err != nil {
		return nil, err
	}
	return s, nil
}
