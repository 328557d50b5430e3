// Code generated from embedded_ptr_methodsets.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

// Method sets through embedded pointers and values: which types satisfy
// which interfaces, promoted methods, shadowing, and nil embedded pointers.
//
//line testdata/conformance/embedded_ptr_methodsets.gos/_.go:1:1
type Namer interface{ Name() string }

type Renamer interface {
	Namer
	Rename(string)
}

type Entity struct{ name string }

func (e Entity) Name() string { return e.name }

func (e *Entity) Rename(n string) { e.name = n }

type Logger struct {
	prefix string
	out    *[]string
}

func (l *Logger) Logf(format string, args ...any) {
	*l.out = append(*l.out, l.prefix+fmt.Sprintf(format, args...))
}

type User struct {
	*Entity
	*Logger
	Email string
}

type Admin struct {
	User
	Level int
}

func (a Admin) Name() string { return "admin:" + a.User.Name() }

type Robot struct {
	Entity
	Model string
}

func describe(n Namer) string {
	_, canRename := n.(Renamer)
	return fmt.Sprintf("%s (%T, rename=%t)", n.Name(), n, canRename)
}

var logs []string

func main() {
	lg := &Logger{"[u] ", &logs}
	u := User{&Entity{"ann"}, lg, "ann@example.com"}
	u.Rename("anna")
	u.Logf("renamed to %s", u.Name())
	fmt.Println(describe(u), describe(&u))
	a := Admin{User: u, Level: 3}
	a.Rename("root")
	fmt.Println(a.Name(), u.Name(), a.User.Entity == u.Entity)
	fmt.Println(describe(a), describe(&a))
	a.Logf("level %d", a.Level)
	r := Robot{Entity{"r2"}, "astromech"}
	fmt.Println(describe(r), describe(&r))
	rn := Renamer(&r)
	rn.Rename("r2d2")
	fmt.Println(r.Name(), rn.Name())
	nn := []Namer{u, a, r, &r, Entity{"plain"}, &Entity{"ptr"}}
	for _, n := range nn {
		if rr, ok := n.(Renamer); ok {
			rr.Rename(strings.ToUpper(rr.Name()))
		}
	}
	for _, n := range nn {
		fmt.Print(n.Name(), " ")
	}
	fmt.Println()
	empty := User{Email: "x"}
	func() {
		defer func() {
			if e := recover(); e != nil {
				fmt.Println("recovered:", strings.Contains(fmt.Sprint(e), "nil pointer"))
			}
		}()
		fmt.Println(empty.Name())
	}()
	fmt.Println(empty.Entity == nil, empty.Email)
	nameOf := Entity.Name
	renameOf := (*Entity).Rename
	e := Entity{"e"}
	renameOf(&e, "E")
	fmt.Println(nameOf(e), Admin.Name(a))
	for _, l := range logs {
		fmt.Println(l)
	}
	fmt.Printf("%+v\n", *a.Entity)
}
