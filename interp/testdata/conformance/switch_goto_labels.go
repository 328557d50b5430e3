// Code generated from switch_goto_labels.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"strconv"
	"time"
)

//line testdata/conformance/switch_goto_labels.gos/_.go:1:1
func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + strconv.Itoa(len(x))
	case error:
		return "error " + x.Error()
	case fmt.Stringer:
		return "stringer " + x.String()
	case []int:
		return fmt.Sprint("ints ", len(x))
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	}
	return "C"
}

func main() {
	for _, v := range []any{nil, 3, int64(4), "hey", errors.New("e"), time.Second, []int{1}, func() int { return 7 }, 2.5} {
		fmt.Println(classify(v))
	}
	i := 0
loop:
	if i < 3 {
		fmt.Print("g", i, " ")
		i++
		goto loop
	}
	fmt.Println()
outer:
	for a := 0; a < 3; a++ {
		for b := 0; b < 3; b++ {
			switch {
			case b == 1:
				continue outer
			case a == 2:
				break outer
			}
			fmt.Print(a, b, ";")
		}
	}
	fmt.Println()
	fmt.Println(grade(95), grade(85), grade(10))
	switch d := 3; d {
	case 1, 2:
		fmt.Println("small")
	case 3:
		fmt.Println("three")
		fallthrough
	case 4:
		fmt.Println("four-ish")
	default:
		fmt.Println("big")
	}
}
