package interp

func (s *Session) complete(code string, cursor int) Completion { return Completion{} }

func (s *Session) inspect(code string, cursor int) (Inspection, bool) { return Inspection{}, false }

func isComplete(code string) (string, string) { return "complete", "" }

func (s *Session) vars() []Var { return nil }
