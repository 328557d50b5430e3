// Code generated from rand_v2_pcg.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math/rand/v2"
)

var ints []int

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	for range 8 {
		ints = append(ints, r.IntN(100))
	}
	fmt.Println(ints)
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.NormFloat64())
	fmt.Println(r.Perm(6))
	deck := []string{"A", "K", "Q", "J", "10", "9"}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck)
	fmt.Println(r.Uint64(), r.Int32N(1000), r.Int64N(1<<40), r.UintN(7))
	r2 := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r2.IntN(100) == ints[0])
	hist := make([]int, 5)
	for range 1000 {
		hist[r.IntN(5)]++
	}
	total := 0
	for _, h := range hist {
		total += h
	}
	fmt.Println(hist, total)
	cha := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(cha.IntN(1000), cha.IntN(1000))
	walk := 0
	for range 50 {
		if r.IntN(2) == 0 {
			walk--
		} else {
			walk++
		}
	}
	fmt.Println("walk", walk)
	fmt.Printf("%.4f\n", r.ExpFloat64())
	z := rand.NewZipf(r, 1.5, 2, 10)
	fmt.Println(z.Uint64(), z.Uint64())
}
