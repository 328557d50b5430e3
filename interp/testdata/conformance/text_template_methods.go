// Code generated from text_template_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Money float64

func (m Money) String() string { return fmt.Sprintf("$%.2f", float64(m)) }

type Item struct {
	Name  string
	Price Money
	Qty   int
}

func (i Item) Total() Money { return i.Price * Money(i.Qty) }

func (i *Item) Label() string { return "<" + strings.ToUpper(i.Name) + ">" }

func (i Item) Boom() string { panic("Boom is never used by the templates") }

func (i Item) InStock() bool { return i.Qty > 0 }

func (i Item) Check() (string, error) {
	if i.Qty == 0 {
		return "", fmt.Errorf("no %s left: %w", i.Name, errSoldOut)
	}
	return "ok", nil
}

var errSoldOut = errors.New("sold out")

type Base struct{ ID int }

func (b Base) Ref() string { return fmt.Sprintf("#%03d", b.ID) }

type Customer struct {
	Name string
	VIP  bool
}

func (c Customer) Greeting() string {
	if c.VIP {
		return "Dear " + c.Name
	}
	return "Hello " + c.Name
}

type Order struct {
	Base
	Customer Customer
	Items    []Item
	ByName   map[string]Item
}

func (o Order) Sum() Money {
	var s Money
	for _, it := range o.Items {
		s += it.Total()
	}
	return s
}

func (o Order) Biggest() Item {
	best := o.Items[0]
	for _, it := range o.Items[1:] {
		if it.Total() > best.Total() {
			best = it
		}
	}
	return best
}

const page = `{{.Customer.Greeting}}, order {{.Ref}} (id {{.ID}}, {{.Base.Ref}})
{{range $i, $it := .Items}}{{$i}}. {{$it.Label}} {{$it.Qty}} x {{$it.Price}} = {{$it.Total}}{{if $it.InStock}} in stock{{end}}
{{end}}sum {{.Sum}}, biggest {{.Biggest.Name}} ({{.Biggest.Total}})
{{range $k, $v := .ByName}}{{$k}}:{{$v.Total}} {{end}}
{{printf "%-6s|" .Biggest.Price}} {{printf "%.1f" .Sum}}
{{with .Customer}}{{.Greeting | len}}{{end}}
`

var b strings.Builder

func main() {
	o := Order{
		Base:     Base{7},
		Customer: Customer{"ann", true},
		Items:    []Item{{"pen", 1.5, 4}, {"book", 12, 1}, {"ink", 3.25, 2}},
	}
	o.ByName = map[string]Item{}
	for _, it := range o.Items {
		o.ByName[it.Name] = it
	}
	t := template.Must(template.New("page").Parse(page))
	if err := t.Execute(os.Stdout, o); err != nil {
		fmt.Println("error:", err)
	}
	check := template.Must(template.New("check").Parse(`{{range .Items}}{{.Name}}: {{.Check}}; {{end}}`))
	err := check.Execute(&b, o)
	fmt.Printf("%q %v\n", b.String(), err)
	o.Items[1].Qty = 0
	b.Reset()
	err = check.Execute(&b, o)
	fmt.Printf("%q\n%v\n", b.String(), err)
	fmt.Println(errors.Is(err, errSoldOut))
	set := template.Must(template.New("set").Parse(`{{define "line"}}{{.Label}}={{.Total}}{{end}}{{define "all"}}{{range .Items}}[{{template "line" .}}]{{end}} {{.Sum}}{{end}}`))
	if err := set.ExecuteTemplate(os.Stdout, "all", &o); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
	if err := set.ExecuteTemplate(os.Stdout, "line", &o.Items[2]); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println()
}
