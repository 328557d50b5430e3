package interp

import (
	"go/ast"
	"go/printer"
	"go/token"
	"os"
)

func dumpCell(pc *parsedCell) {
	if os.Getenv("GG_DUMP") == "" {
		return
	}
	for _, d := range pc.decls {
		printer.Fprint(os.Stderr, token.NewFileSet(), d)
		os.Stderr.WriteString("\n")
	}
	for _, st := range pc.stmts {
		printer.Fprint(os.Stderr, token.NewFileSet(), []ast.Stmt{st}[0])
		os.Stderr.WriteString("\n")
	}
}
