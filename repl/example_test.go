package repl_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/gograd/gograd/repl"
)

// Piped input runs as a script in a fresh session: cells are gathered by
// completeness, and the exit status says whether all of them succeeded.
func Example() {
	script := `
func square(x int) int {
	return x * x
}
fmt.Println(square(6) + 6)
`
	status := repl.Run(repl.Config{
		Stdin:       strings.NewReader(script),
		Stdout:      os.Stdout,
		Stderr:      os.Stdout,
		HistoryFile: "-",
	})
	fmt.Println("exit status", status)
	// Output:
	// 42
	// exit status 0
}

func ExampleParseMeta() {
	m, err := repl.ParseMeta(":time x.MatMul(y)")
	fmt.Printf("%s %q %v\n", m.Name, m.Arg, err)
	_, err = repl.ParseMeta(":lod model.gos")
	fmt.Println(err)
	// Output:
	// time "x.MatMul(y)" <nil>
	// unknown command :lod (did you mean :load?); :help lists the commands
}
