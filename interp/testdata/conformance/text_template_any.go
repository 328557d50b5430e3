// Code generated from text_template_any.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type City struct {
	Name string
	Temp Temp
	Pop  int
}

func (c City) Big() bool { return c.Pop > 1000000 }

func (c *City) Key() string { return strings.ToLower(c.Name[:3]) }

func (c City) Summary() string { return fmt.Sprintf("%s (%v)", c.Name, c.Temp) }

func render(t *template.Template, data any) {
	if err := t.Execute(os.Stdout, data); err != nil {
		fmt.Println("error:", err)
	}
}

func main() {
	cities := []City{{"Paris", 21.5, 2100000}, {"Lyon", 19, 520000}}
	t := template.Must(template.New("w").Parse(`{{.title}}
{{range .cities}}{{.Key}} {{.Summary}}{{if .Big}} big{{end}} {{.Temp}}
{{end}}top: {{.top.Summary}} / {{.ptr.Key}} / {{.n}}
`))
	render(t, map[string]any{"title": "Weather", "cities": cities, "top": cities[0], "ptr": &cities[1], "n": 3})
	one := template.Must(template.New("one").Parse("{{.Summary}} {{.Name}}\n"))
	render(one, cities[1])
	render(one, &cities[0])
	render(template.Must(template.New("plain").Parse("{{.}}\n")), 42)
}
