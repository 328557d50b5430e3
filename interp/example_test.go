package interp_test

import (
	"context"
	"fmt"
	"os"

	"github.com/gograd/gograd/interp"
)

func Example() {
	s, err := interp.New(interp.Options{Stdout: os.Stdout})
	if err != nil {
		panic(err)
	}
	defer s.Close()
	ctx := context.Background()
	s.Eval(ctx, `
func square(x int) int { return x * x }
for i := range 3 {
	fmt.Println(i, square(i))
}`)
	r, _ := s.Eval(ctx, "slices.Max([]int{3, 9, 4}) + min(1, 2)")
	fmt.Println("value:", r.Bundle["text/plain"])
	_, err = s.Eval(ctx, "var m map[string]int\nm[\"x\"] = 1")
	fmt.Println("error:", err)
	// Output:
	// 0 0
	// 1 1
	// 2 4
	// value: 10
	// error: panic: assignment to entry in nil map
}
