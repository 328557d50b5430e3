// Code generated from receivers_collections.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

// Value vs pointer receivers on elements of slices, arrays and maps:
// modification via index, range copies, maps of values vs pointers.
//
//line testdata/conformance/receivers_collections.gos/_.go:1:1
type Player struct {
	Name  string
	Score int
	Tags  []string
}

func (p Player) WithBonus(b int) Player { p.Score += b; return p }

func (p *Player) AddScore(n int) { p.Score += n }

func (p Player) Describe() string { return fmt.Sprintf("%s:%d%v", p.Name, p.Score, p.Tags) }

func (p *Player) Tag(t string) { p.Tags = append(p.Tags, t) }

type Team struct {
	Players []Player
	Best    *Player
}

func (t *Team) Promote() {
	for i := range t.Players {
		if t.Best == nil || t.Players[i].Score > t.Best.Score {
			t.Best = &t.Players[i]
		}
	}
}

func main() {
	players := []Player{{Name: "ann", Score: 10}, {Name: "ben", Score: 20}, {Name: "cy", Score: 5}}
	for _, p := range players {
		p.AddScore(100)
	}
	fmt.Println(players[0].Describe(), players[1].Describe())
	for i := range players {
		players[i].AddScore(1)
	}
	players[2].Tag("rookie")
	fmt.Println(players)
	bonus := players[0].WithBonus(50)
	fmt.Println(bonus.Score, players[0].Score)
	p := &players[1]
	p.AddScore(5)
	p.Tag("captain")
	fmt.Println(players[1].Describe())
	players = append(players, Player{Name: "dee"})
	p.AddScore(1000)
	fmt.Println(players[1].Score < 1000, p.Score)
	team := Team{Players: players}
	team.Promote()
	team.Best.Tag("mvp")
	fmt.Println(team.Best.Name, team.Players[1].Tags)
	byName := map[string]Player{}
	ptrs := map[string]*Player{}
	for i := range team.Players {
		pl := team.Players[i]
		byName[pl.Name] = pl
		ptrs[pl.Name] = &team.Players[i]
	}
	v := byName["ann"]
	v.AddScore(7)
	fmt.Println(byName["ann"].Score, v.Score)
	byName["ann"] = v
	ptrs["cy"].AddScore(9)
	ptrs["cy"].Tag("improved")
	fmt.Println(byName["ann"].Score, team.Players[2].Describe(), byName["cy"].Describe())
	fmt.Println(byName["ben"].Describe(), byName["nobody"].Describe())
	arr := [3]Player{{Name: "x"}, {Name: "y"}, {Name: "z"}}
	arr2 := arr
	arr2[0].AddScore(3)
	for i, a := range arr {
		a.Score = 99
		arr[i].Score += i
	}
	fmt.Println(arr[0].Score, arr[2].Score, arr2[0].Score)
	grid := map[string][2]Player{"row": {{Name: "l"}, {Name: "r"}}}
	row := grid["row"]
	row[1].AddScore(4)
	fmt.Println(grid["row"][1].Score, row[1].Score)
	grid["row"] = row
	fmt.Println(grid["row"][1].Describe())
	f := players[0].Describe
	g := (&players[0]).AddScore
	players[0].Name = "ANN"
	g(1)
	fmt.Println(f(), players[0].Describe())
	sum := 0
	for _, pl := range team.Players {
		sum += pl.Score
	}
	fmt.Println("sum", sum, len(team.Players), cap(team.Players) >= 4)
}
