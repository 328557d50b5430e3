// Code generated from struct_slices_update.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

//line testdata/conformance/struct_slices_update.gos/_.go:1:1
type Player struct {
	Name  string
	Score int
	Items []string
}

type Team struct {
	Members [3]Player
}

func main() {
	players := []Player{{"a", 1, nil}, {"b", 2, nil}, {"c", 3, nil}}
	for _, p := range players {
		p.Score *= 10
	}
	fmt.Println(players)
	for i := range players {
		players[i].Score *= 10
	}
	fmt.Println(players)
	ptr := &players[1]
	ptr.Items = append(ptr.Items, "sword")
	players = append(players, Player{"d", 4, nil})
	ptr.Score = -1
	fmt.Println(players[1].Score, players[1].Items, len(players))
	byName := map[string]*Player{}
	for i := range players {
		byName[players[i].Name] = &players[i]
	}
	byName["a"].Score = 99
	fmt.Println(players[0].Score)
	vals := map[string]Player{"x": {"x", 1, nil}}
	p := vals["x"]
	p.Score = 5
	fmt.Println(vals["x"].Score, p.Score)
	vals["x"] = p
	fmt.Println(vals["x"].Score)
	grid := make([][]rune, 3)
	for i := range grid {
		grid[i] = []rune(strings.Repeat(".", 4))
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	t1 := Team{}
	t1.Members[0].Name = "z"
	t2 := t1
	t2.Members[0].Name = "y"
	fmt.Println(t1.Members[0].Name, t2.Members[0].Name, t1.Members[2].Name == "", t1.Members[1].Name == t2.Members[1].Name)
}
