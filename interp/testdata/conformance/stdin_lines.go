// Code generated from stdin_lines.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

var n int

var got []string

func main() {
	sc := bufio.NewScanner(os.Stdin)
	lines := 0
	words := 0
	for sc.Scan() {
		lines++
		words += len(strings.Fields(sc.Text()))
	}
	fmt.Println("stdin lines:", lines, "words:", words, sc.Err())
	input := "3\n1 2 3\n4 5 6\n7 8 9\n"
	rd := bufio.NewReader(strings.NewReader(input))
	fmt.Fscan(rd, &n)
	mat := make([][]int, n)
	for i := range mat {
		mat[i] = make([]int, n)
		for j := range mat[i] {
			fmt.Fscan(rd, &mat[i][j])
		}
	}
	trace := 0
	for i := range n {
		trace += mat[i][i]
	}
	fmt.Println(mat, trace)
	rd2 := bufio.NewReader(strings.NewReader("line one\nline two\nlast"))
	for {
		line, err := rd2.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	ws := bufio.NewScanner(strings.NewReader("split these  words\nplease"))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		got = append(got, ws.Text())
	}
	fmt.Println(got, len(got))
	bw := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(bw, "buffered %d\n", 1)
	bw.WriteString("buffered 2\n")
	bw.Flush()
}
