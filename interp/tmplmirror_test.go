package interp

import (
	"strings"
	"testing"
)

// TestTemplateMirrorLimits: what the template mirrors (tmplmirror.go) do
// where they cannot do what Go does, and where they must stay out of the
// way.
func TestTemplateMirrorLimits(t *testing.T) {
	s, out, _ := testSession(t)
	eval(t, s, `type Item struct {
	Name  string
	Price float64
}

func (i Item) Total() float64         { return i.Price * 2 }
func (i Item) Boom() string           { panic("boom " + i.Name) }
func (i Item) Discount(p int) float64 { return i.Price * float64(100-p) / 100 }

type Plain struct{ N int }

func run(src string, data any, funcs template.FuncMap) {
	t := template.Must(template.New("t").Funcs(funcs).Parse(src))
	var b strings.Builder
	err := t.Execute(&b, data)
	fmt.Printf("%s|%v\n", b.String(), err)
}`)
	for _, tc := range []struct{ name, code, want string }{
		{
			// A method the template does not name is not called, and the
			// value reaches a function of the template's FuncMap as the
			// session's value.
			"unused methods", `run("{{range .}}{{desc .}} {{end}}", []Item{{"pen", 1}}, template.FuncMap{"desc": func(i Item) string { return "D" + i.Name }})`,
			"Dpen |<nil>\n",
		},
		{
			"no methods", `run("{{range .}}{{twice .}} {{end}}", []Plain{{2}}, template.FuncMap{"twice": func(p Plain) int { return 2 * p.N }})`,
			"4 |<nil>\n",
		},
		{
			// Through a parameter of type any: the dynamic type is found.
			"dynamic", `run("{{.Total}} {{(index .List 0).Total}}", map[string]any{"Total": 1, "List": []Item{{"ink", 3}}}, nil)`,
			"1 6|<nil>\n",
		},
		{
			// Go calls Discount(10); the mirror cannot, and says so.
			"arguments", `run("{{range .}}{{.Discount 10}}{{end}}", []Item{{"pen", 1}}, nil)`,
			"methods with parameters",
		},
		{
			// A panicking method is an error of Execute, as in Go.
			"panic", `run("{{range .}}{{.Boom}}{{end}}", []Item{{"pen", 1}}, nil)`,
			"boom pen",
		},
	} {
		before := len(out.String())
		eval(t, s, tc.code)
		got := out.String()[before:]
		if tc.want == "" || !strings.Contains(got, tc.want) || strings.HasSuffix(tc.want, "\n") && got != tc.want {
			t.Errorf("%s: output %q, want %q", tc.name, got, tc.want)
		}
	}
}
