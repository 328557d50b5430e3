// Code generated from middleware_chain.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A middleware chain over a tiny request/response model: func types,
// decorators returning closures, method values as handlers, variadic
// composition, and a recovering middleware that converts panics.
//
//line testdata/conformance/middleware_chain.gos/_.go:1:1
type Request struct {
	Path   string
	User   string
	Header map[string]string
}

type Response struct {
	Status int
	Body   string
}

type Handler func(*Request) Response

type Middleware func(Handler) Handler

func Chain(h Handler, mws ...Middleware) Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

var trace []string

func Logging(prefix string) Middleware {
	return func(next Handler) Handler {
		return func(r *Request) Response {
			trace = append(trace, prefix+" > "+r.Path)
			resp := next(r)
			trace = append(trace, fmt.Sprintf("%s < %s %d", prefix, r.Path, resp.Status))
			return resp
		}
	}
}

func Auth(allowed ...string) Middleware {
	ok := map[string]bool{}
	for _, u := range allowed {
		ok[u] = true
	}
	return func(next Handler) Handler {
		return func(r *Request) Response {
			if !ok[r.User] {
				return Response{403, "forbidden: " + r.User}
			}
			r.Header["X-User"] = strings.ToUpper(r.User)
			return next(r)
		}
	}
}

func Recover(next Handler) Handler {
	return func(r *Request) (resp Response) {
		defer func() {
			if e := recover(); e != nil {
				resp = Response{500, fmt.Sprint("internal error: ", e)}
			}
		}()
		return next(r)
	}
}

type App struct {
	visits map[string]int
}

func (a *App) Home(r *Request) Response {
	a.visits[r.Path]++
	return Response{200, fmt.Sprintf("hello %s (visit %d)", r.Header["X-User"], a.visits[r.Path])}
}

func (a *App) Crash(r *Request) Response {
	var m map[string]int
	m["boom"]++
	return Response{200, "unreachable"}
}

func (a App) Count(r *Request) Response {
	return Response{200, strconv.Itoa(len(a.visits))}
}

func main() {
	app := &App{visits: map[string]int{}}
	routes := map[string]Handler{
		"/":      Chain(app.Home, Logging("outer"), Recover, Auth("ada", "bob"), Logging("inner")),
		"/crash": Chain(app.Crash, Recover, Auth("ada")),
		"/count": Chain(app.Count),
		"/lambda": Chain(func(r *Request) Response {
			return Response{201, "created by " + r.User}
		}, Logging("lambda")),
	}
	reqs := []Request{
		{Path: "/", User: "ada"},
		{Path: "/", User: "eve"},
		{Path: "/", User: "bob"},
		{Path: "/crash", User: "ada"},
		{Path: "/crash", User: "bob"},
		{Path: "/count"},
		{Path: "/lambda", User: "cy"},
		{Path: "/missing"},
	}
	for i := range reqs {
		r := &reqs[i]
		r.Header = map[string]string{}
		h, ok := routes[r.Path]
		if !ok {
			h = func(*Request) Response { return Response{Status: 404} }
		}
		resp := h(r)
		fmt.Printf("%-8s %-4s %d %q\n", r.Path, r.User, resp.Status, resp.Body)
	}
	for _, t := range trace {
		fmt.Println(t)
	}
	fmt.Println(app.visits, reqs[0].Header, len(reqs[1].Header))
	var mw Middleware = Recover
	fmt.Println(mw(func(*Request) Response { panic(errors.New("typed")) })(&Request{}).Body)
}
