// Code generated from html_template_methods.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"strings"
)

type Link struct {
	Title string
	Href  string
	Tags  []string
}

func (l Link) Label() string { return l.Title + " <" + strings.Join(l.Tags, ",") + ">" }

func (l Link) URL() string { return l.Href }

func (l Link) Safe() htmpl.HTML { return htmpl.HTML("<em>" + l.Title + "</em>") }

func (l *Link) Count() int { return len(l.Tags) }

func (l Link) Query() string { return "q=" + l.Title + "&x=1" }

type Page struct {
	Heading string
	Links   []Link
	Pinned  *Link
}

func (p Page) Title() string { return strings.ToUpper(p.Heading) + ` & "co"` }

const page = `<h1 title="{{.Title}}">{{.Title}}</h1>
{{range .Links}}<a href="{{.URL}}" title="{{.Label}}">{{.Label}}</a> {{.Safe}} {{.Count}} <a href="/s?{{.Query}}">s</a>
{{end}}<script>var pinned = {{.Pinned.Label}}; var n = {{.Pinned.Count}};</script>
<p>{{with .Pinned}}{{.Title}}: {{.Label}}{{end}}</p>
`

// The template is escaped once; executing it again gives the same.
var b strings.Builder

func main() {
	p := Page{
		Heading: "news <today>",
		Links: []Link{
			{`a "quoted" title`, "https://example.com/a?x=1&y=2", []string{"x", "<y>"}},
			{"javascript", "javascript:alert(1)", nil},
		},
	}
	p.Pinned = &p.Links[0]
	t := htmpl.Must(htmpl.New("page").Parse(page))
	if err := t.Execute(os.Stdout, p); err != nil {
		fmt.Println("error:", err)
	}
	if err := t.Execute(&b, p); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(b.Len() > 0)
	if err := t.ExecuteTemplate(os.Stdout, "page", &p); err != nil {
		fmt.Println("error:", err)
	}
}
