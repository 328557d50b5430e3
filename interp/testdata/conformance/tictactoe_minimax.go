// Code generated from tictactoe_minimax.gos by TestConformance (GOGRAD_WRITE_TWINS=1); the compiled twin of the script.

package main

import (
	"fmt"
	"math"
	"math/bits"
	"strings"
)

// Tic-tac-toe with minimax and alpha-beta pruning on a bitboard
// (uint16 masks per player), memoized by position, with a deterministic
// self-play game and move statistics.
//
//line testdata/conformance/tictactoe_minimax.gos/_.go:1:1
type Board struct{ x, o uint16 }

var wins = [8]uint16{
	0b000000111, 0b000111000, 0b111000000,
	0b001001001, 0b010010010, 0b100100100,
	0b100010001, 0b001010100,
}

func (b Board) full() bool { return b.x|b.o == 0x1FF }

func (b Board) winner() byte {
	for _, w := range wins {
		switch {
		case b.x&w == w:
			return 'X'
		case b.o&w == w:
			return 'O'
		}
	}
	return 0
}

func (b Board) play(pos int, xTurn bool) Board {
	if xTurn {
		b.x |= 1 << pos
	} else {
		b.o |= 1 << pos
	}
	return b
}

func (b Board) String() string {
	var sb strings.Builder
	for i := range 9 {
		switch {
		case b.x&(1<<i) != 0:
			sb.WriteByte('X')
		case b.o&(1<<i) != 0:
			sb.WriteByte('O')
		default:
			sb.WriteByte('.')
		}
		if i%3 == 2 && i < 8 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

type key struct {
	b     Board
	xTurn bool
}

var minimax func(b Board, xTurn bool, alpha, beta int) int

var b Board

var moves []int

func boolToInt(v bool) int {
	if v {
		return 1
	}
	return 0
}

func main() {
	memo := map[key]int{}
	nodes := 0
	minimax = func(b Board, xTurn bool, alpha, beta int) int {
		nodes++
		switch b.winner() {
		case 'X':
			return 10 - bits.OnesCount16(b.x|b.o)
		case 'O':
			return bits.OnesCount16(b.x|b.o) - 10
		}
		if b.full() {
			return 0
		}
		k := key{b, xTurn}
		if v, ok := memo[k]; ok {
			return v
		}
		best := math.MinInt
		if !xTurn {
			best = math.MaxInt
		}
		free := ^(b.x | b.o) & 0x1FF
		for free != 0 {
			pos := bits.TrailingZeros16(free)
			free &= free - 1
			v := minimax(b.play(pos, xTurn), !xTurn, alpha, beta)
			if xTurn {
				best = max(best, v)
				alpha = max(alpha, v)
			} else {
				best = min(best, v)
				beta = min(beta, v)
			}
			if beta <= alpha {
				break
			}
		}
		if alpha < best && best < beta {
			memo[k] = best
		}
		return best
	}
	bestMove := func(b Board, xTurn bool) (int, int) {
		bestPos, bestVal := -1, 0
		for pos := range 9 {
			if (b.x|b.o)&(1<<pos) != 0 {
				continue
			}
			v := minimax(b.play(pos, xTurn), !xTurn, math.MinInt, math.MaxInt)
			if bestPos < 0 || xTurn && v > bestVal || !xTurn && v < bestVal {
				bestPos, bestVal = pos, v
			}
		}
		return bestPos, bestVal
	}
	xTurn := true
	for b.winner() == 0 && !b.full() {
		pos, val := bestMove(b, xTurn)
		moves = append(moves, pos)
		b = b.play(pos, xTurn)
		fmt.Printf("%c plays %d (value %+d): %v\n", "OX"[boolToInt(xTurn)], pos, val, b)
		xTurn = !xTurn
	}
	w := b.winner()
	if w == 0 {
		fmt.Println("draw after", len(moves), "moves:", moves)
	} else {
		fmt.Printf("%c wins\n", w)
	}
	trap := Board{x: 0b000010001, o: 0b000000110}
	pos, val := bestMove(trap, false)
	fmt.Println("O must block at", pos, "value", val, trap)
	fmt.Println("winner of", Board{x: 0b100010001}, "is", string(Board{x: 0b100010001}.winner()))
	fmt.Println(nodes > 0, len(memo) > 0, bits.OnesCount16(0x1FF))
}
