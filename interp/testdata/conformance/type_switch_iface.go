// Code generated from type_switch_iface.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"time"
)

//line testdata/conformance/type_switch_iface.gos/_.go:1:1
func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case *strconv.NumError:
		return "num error on " + strconv.Quote(x.Num)
	case error:
		return "error: " + x.Error()
	case fmt.Stringer:
		return "stringer: " + x.String()
	case int, uint:
		return fmt.Sprintf("integer %v", x)
	}
	return "other"
}

func main() {
	_, err := strconv.Atoi("x1")
	_, ferr := os.Open("/definitely/not/here")
	vals := []any{nil, err, ferr, io.EOF, fmt.Errorf("wrapped: %w", io.EOF), 2 * time.Second, 5, uint(6), 1.5, errors.Join(io.EOF)}
	for i, v := range vals {
		switch v.(type) {
		case error:
			fmt.Print(i, " is an error; ")
		}
		fmt.Println(kind(v))
	}
	count := 0
loop:
	for _, v := range vals {
		switch v.(type) {
		case fmt.Stringer:
			break loop
		case error:
			count++
			continue
		}
	}
	fmt.Println("errors before the first stringer:", count)
}
