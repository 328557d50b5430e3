// Code generated from error_value_ptr_kinds.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"errors"
	"fmt"
)

// Errors of a struct type with value receivers: the value and a pointer
// to it are different dynamic types to type switches, assertions and errors.As.
//
//line testdata/conformance/error_value_ptr_kinds.gos/_.go:1:1
type NF struct{ K string }

func (e NF) Error() string { return "nf " + e.K }

var v NF

var p *NF

func main() {
	classify := func(err error) string {
		switch e := err.(type) {
		case NF:
			return "value " + e.K
		case *NF:
			return "pointer " + e.K
		}
		return "other"
	}
	fmt.Println(classify(NF{"a"}), classify(&NF{"b"}), classify(fmt.Errorf("w: %w", NF{"c"})))
	fmt.Println(errors.As(fmt.Errorf("w: %w", &NF{"d"}), &v), errors.As(fmt.Errorf("w: %w", &NF{"d"}), &p))
	fmt.Println(errors.As(fmt.Errorf("w: %w", NF{"e"}), &v), errors.As(fmt.Errorf("w: %w", NF{"e"}), &p))
	_, isV := error(NF{"f"}).(NF)
	_, isP := error(NF{"f"}).(*NF)
	_, isV2 := error(&NF{"g"}).(NF)
	_, isP2 := error(&NF{"g"}).(*NF)
	fmt.Println(isV, isP, isV2, isP2)
}
