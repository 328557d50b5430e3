// Code generated from queue_parallel_assign.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"strings"
)

// Idioms built on parallel assignment: popping a queue while appending,
// merging sorted runs, swapping in place, Euclid's algorithm, a struct and
// a counter declared together, and values received from channels.
//
//line testdata/conformance/queue_parallel_assign.gos/_.go:1:1
type Point struct{ X, Y int }

func bfs(grid []string, start Point) map[Point]int {
	dist := map[Point]int{start: 0}
	queue := []Point{start}
	var cur Point
	for len(queue) > 0 {
		cur, queue = queue[0], queue[1:]
		for _, d := range []Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
			n := Point{cur.X + d.X, cur.Y + d.Y}
			if n.Y < 0 || n.Y >= len(grid) || n.X < 0 || n.X >= len(grid[n.Y]) || grid[n.Y][n.X] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[cur] + 1
				queue = append(queue, n)
			}
		}
	}
	return dist
}

func mergeRuns(a, b []int) []int {
	var out []int
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func minMax(xs []int) (lo, hi int) {
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return
}

func main() {
	grid := []string{
		"..#.",
		"..#.",
		"....",
	}
	dist := bfs(grid, Point{0, 0})
	far, best := Point{}, -1
	for y := range grid {
		for x := range grid[y] {
			if d, ok := dist[Point{x, y}]; ok && d > best {
				far, best = Point{x, y}, d
			}
		}
	}
	fmt.Println(len(dist), far, best)
	fmt.Println(mergeRuns([]int{1, 4, 9}, []int{2, 3, 10, 11}))
	fmt.Println(gcd(84, 36), gcd(17, 5))
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	xs := []string{"a", "b", "c", "d"}
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
	fmt.Println(xs)
	origin, steps := Point{}, 0
	for origin != (Point{3, 2}) {
		origin, steps = Point{origin.X + 1, min(origin.Y+1, 2)}, steps+1
	}
	fmt.Println(origin, steps)
	ch := make(chan int, 4)
	for i := range 4 {
		ch <- i * i
	}
	a, b := <-ch, <-ch
	total, count := <-ch, 1
	total, count = total+<-ch, count+1
	fmt.Println(a, b, total, count)
	words, n := strings.Fields("x y z"), 0
	words, n = append(words, "w"), len(words)+1
	fmt.Println(words, n)
	fib := func(k int) int {
		x, y := 0, 1
		for range k {
			x, y = y, x+y
		}
		return x
	}
	fmt.Println(fib(10), fib(50))
}
