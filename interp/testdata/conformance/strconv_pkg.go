// Code generated from strconv_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strconv"
)

func main() {
	n, err := strconv.Atoi("123")
	fmt.Println(n+1, err)
	_, err = strconv.Atoi("x")
	fmt.Println(err)
	fmt.Println(strconv.Quote("hi\n"), strconv.FormatFloat(3.25, 'f', 2, 64))
}
