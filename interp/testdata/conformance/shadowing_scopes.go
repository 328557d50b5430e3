// Code generated from shadowing_scopes.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

//line testdata/conformance/shadowing_scopes.gos/_.go:1:1
var x = 1

func show() int { return x }

func shadowParam(x int) int {
	{
		x := x * 2
		x++
		_ = x
	}
	if x := x + 100; x > 100 {
		return x
	}
	return x
}

func main() {
	fmt.Println(x, show())
	func() {
		x := "local"
		fmt.Println(x, show())
		{
			x := 3.5
			fmt.Println(x)
			{
				x := []int{1}
				fmt.Println(x)
			}
			fmt.Println(x)
		}
		fmt.Println(x)
	}()
	fmt.Println(x, shadowParam(5))
	err := errors.New("outer")
	if n, err := strconv.Atoi("12"); err == nil {
		fmt.Println("parsed", n, err)
	}
	fmt.Println(err)
	if _, err = strconv.Atoi("zz"); err != nil {
		fmt.Println("assigned:", err)
	}
	v := 10
	for v := 0; v < 3; v++ {
		fmt.Print(v, " ")
	}
	fmt.Println(v)
	switch v := v * 2; {
	case v > 15:
		fmt.Println("switch v", v)
	}
	fmt.Println(v)
	func() {
		fmt := "shadowed fmt"
		_ = fmt
		{
			len := func(s string) int { return 42 }
			println := len
			_ = println
		}
		result := len("abc")
		type text = string
		var s text = "alias of string"
		os.Stdout.WriteString(s + " " + strconv.Itoa(result) + "\n")
		true := false
		os.Stdout.WriteString(strconv.FormatBool(true) + "\n")
	}()
}
