// Code generated from goto_switch_misc.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
)

var grid [3][4]int

type pair struct{ a, b int }

func main() {
	classify := func(n int) string {
		switch {
		case n < 0:
			return "neg"
		case n == 0:
			return "zero"
		case n%2 == 0:
			return "even"
		}
		return "odd"
	}
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	switch x := 5; x {
	case 1, 2, 3:
		fmt.Println("small")
	case 4, 5:
		fmt.Println("medium")
		fallthrough
	case 6:
		fmt.Println("fell into 6")
	default:
		fmt.Println("big")
	}
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			switch {
			case b == 2:
				continue outer
			case a == 2:
				break outer
			}
			fmt.Print(a, b, " ")
		}
	}
	fmt.Println()
	var v any = 3.5
	switch t := v.(type) {
	case int, int64:
		fmt.Printf("int-ish %T\n", t)
	case float64:
		fmt.Println("float", t*2)
	}
	arr := [5]int{1, 2, 3}
	sl := arr[1:3:4]
	fmt.Println(len(sl), cap(sl), sl)
	sl = append(sl, 99)
	fmt.Println(arr)
	sl = append(sl, 100)
	sl[0] = -1
	fmt.Println(arr, sl)
	grid[1][2] = 7
	for _, row := range grid {
		fmt.Print(row, len(row))
	}
	fmt.Println()
	ps := map[pair]bool{{1, 2}: true}
	fmt.Println(ps[pair{1, 2}], ps[pair{2, 1}])
}
