// Code generated from regexp_pkg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	fmt.Println(re.MatchString("bob@example.com"))
	fmt.Println(re.FindStringSubmatch("mail ann@site.com now"))
	fmt.Println(re.ReplaceAllString("x@y.com z@w.com", "<$1>"))
}
