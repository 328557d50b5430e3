// Code generated from text_adventure.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"sort"
	"strings"
)

// A text-adventure state machine: rooms, items, commands parsed from
// a scripted list of inputs, and a map of command handlers.
//
//line testdata/conformance/text_adventure.gos/_.go:1:1
type Dir string

const (
	North Dir = "north"
	South Dir = "south"
	East  Dir = "east"
	West  Dir = "west"
)

type Room struct {
	Name  string
	Desc  string
	Exits map[Dir]string
	Items []string
	Lock  *Lock
}

type Lock struct {
	Dir Dir
	Key string
}

type Game struct {
	rooms map[string]*Room
	cur   *Room
	inv   map[string]bool
	moves int
	over  bool
	log   []string
}

type GameState int

const (
	Playing GameState = iota
	Won
	Quit
)

var stateNames = map[GameState]string{Playing: "playing", Won: "won", Quit: "quit"}

func (s GameState) String() string { return stateNames[s] }

func (g *Game) say(format string, args ...any) {
	g.log = append(g.log, fmt.Sprintf(format, args...))
}

func (g *Game) take(item string) {
	r := g.cur
	for i, it := range r.Items {
		if it == item {
			r.Items = append(r.Items[:i], r.Items[i+1:]...)
			g.inv[item] = true
			g.say("taken: %s", item)
			return
		}
	}
	g.say("no %s here", item)
}

func (g *Game) move(d Dir) GameState {
	next, ok := g.cur.Exits[d]
	if !ok {
		g.say("you can't go %s", d)
		return Playing
	}
	if l := g.cur.Lock; l != nil && l.Dir == d {
		if !g.inv[l.Key] {
			g.say("the way %s is locked", d)
			return Playing
		}
		g.say("you unlock the door with the %s", l.Key)
		g.cur.Lock = nil
	}
	g.cur = g.rooms[next]
	g.moves++
	g.say("%s: %s", g.cur.Name, g.cur.Desc)
	if g.cur.Name == "vault" {
		return Won
	}
	return Playing
}

func (g *Game) Run(cmds []string) GameState {
	handlers := map[string]func(args []string) GameState{
		"go": func(a []string) GameState {
			if len(a) == 0 {
				g.say("go where?")
				return Playing
			}
			return g.move(Dir(a[0]))
		},
		"take": func(a []string) GameState {
			for _, it := range a {
				g.take(it)
			}
			return Playing
		},
		"inv": func([]string) GameState {
			items := make([]string, 0, len(g.inv))
			for k := range g.inv {
				items = append(items, k)
			}
			sort.Strings(items)
			g.say("you carry %q", items)
			return Playing
		},
		"look": func([]string) GameState {
			g.say("%s (items %v)", g.cur.Desc, g.cur.Items)
			return Playing
		},
		"quit": func([]string) GameState { return Quit },
	}
	for _, line := range cmds {
		f := strings.Fields(strings.ToLower(line))
		if len(f) == 0 {
			continue
		}
		h, ok := handlers[f[0]]
		if !ok {
			g.say("unknown command %q", f[0])
			continue
		}
		if st := h(f[1:]); st != Playing {
			return st
		}
	}
	return Playing
}

func main() {
	rooms := map[string]*Room{
		"hall":  {Name: "hall", Desc: "a dusty hall", Exits: map[Dir]string{North: "study", East: "kitchen"}},
		"study": {Name: "study", Desc: "books everywhere", Exits: map[Dir]string{South: "hall"}, Items: []string{"lamp", "key"}},
		"kitchen": {Name: "kitchen", Desc: "smells of bread", Exits: map[Dir]string{West: "hall", East: "vault"},
			Lock: &Lock{Dir: East, Key: "key"}, Items: []string{"bread"}},
		"vault": {Name: "vault", Desc: "gold!", Exits: map[Dir]string{}},
	}
	g := &Game{rooms: rooms, cur: rooms["hall"], inv: map[string]bool{}}
	script := []string{"look", "go east", "go east", "dance", "go west", "go north",
		"take key lamp sword", "inv", "", "go south", "GO EAST", "take bread", "go east", "look"}
	st := g.Run(script)
	for i, l := range g.log {
		fmt.Printf("%2d %s\n", i+1, l)
	}
	fmt.Println("state:", st, "moves:", g.moves, "in:", g.cur.Name)
	fmt.Printf("%v %d\n", st, st)
	g2 := &Game{rooms: rooms, cur: rooms["hall"], inv: map[string]bool{}}
	fmt.Println(g2.Run([]string{"go up", "quit", "look"}), g2.log)
}
