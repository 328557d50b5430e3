// Code generated from text_template_report.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"text/template"
)

//line testdata/conformance/text_template_report.gos/_.go:1:1
type Item struct {
	Name  string
	Price float64
	Qty   int
}

type Order struct {
	ID       int
	Customer string
	Items    []Item
	Notes    map[string]string
}

const tpl = `Order #{{.ID}} for {{.Customer | printf "%q"}}
{{range $i, $it := .Items}}{{$i}}. {{$it.Name | printf "%-8s"}} {{$it.Qty}} x {{printf "%.2f" $it.Price}}
{{end}}{{if gt (len .Items) 2}}big order{{else}}small order{{end}}
{{with .Notes}}{{range $k, $v := .}}{{$k}}={{$v}};{{end}}{{end}}
`

var sb strings.Builder

func main() {
	t := template.Must(template.New("order").Parse(tpl))
	o := Order{ID: 42, Customer: "Ann", Items: []Item{{"apple", 0.5, 4}, {"pear", 0.75, 2}}, Notes: map[string]string{"gift": "yes", "door": "back"}}
	err := t.Execute(os.Stdout, o)
	fmt.Println(err)
	o.Items = append(o.Items, Item{"kiwi", 0.2, 10})
	o.Notes = nil
	t.Execute(&sb, o)
	fmt.Print(sb.String())
	funcs := template.FuncMap{"upper": strings.ToUpper, "total": func(items []Item) float64 {
		s := 0.0
		for _, it := range items {
			s += it.Price * float64(it.Qty)
		}
		return s
	}}
	t2 := template.Must(template.New("x").Funcs(funcs).Parse("{{upper .Customer}} owes {{total .Items | printf \"%.2f\"}}\n"))
	t2.Execute(os.Stdout, o)
	_, err = template.New("bad").Parse("{{.Missing")
	fmt.Println(err != nil)
	err = template.Must(template.New("e").Parse("{{.Nope}}")).Execute(io.Discard, o)
	fmt.Println(err != nil)
}
