// Code generated from text_template2.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

//line testdata/conformance/text_template2.gos/_.go:1:1
type Item struct {
	Name  string
	Price float64
	Qty   int
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func main() {
	tmpl := template.Must(template.New("inv").Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"money": func(f float64) string { return fmt.Sprintf("$%.2f", f) },
	}).Parse(`{{range $i, $it := .Items}}{{$i}}: {{upper $it.Name}} x{{$it.Qty}} = {{money $it.Total}}
{{else}}none
{{end}}{{if gt (len .Items) 1}}many{{else}}few{{end}} items for {{.Owner}}
`))
	data := struct {
		Owner string
		Items []Item
	}{"ann", []Item{{"pen", 1.5, 4}, {"book", 12, 1}}}
	if err := tmpl.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
	data.Items = nil
	tmpl.Execute(os.Stdout, data)
	err := template.Must(template.New("x").Parse("{{.Missing}}")).Execute(io.Discard, data)
	fmt.Println(err != nil)
}
