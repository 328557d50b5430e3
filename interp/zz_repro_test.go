package interp

import (
	"context"
	"fmt"
	"testing"
)

func TestZZRepro(t *testing.T) {
	cases := [][]string{
		{"bpe, err := tok.TrainBPE(\"the cat\", tok.TrainOptions{VocabSize: 260})", "l2, err2 := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal(l2.Encode(\"a\"), bpe.Encode(\"a\"))\nok"},
		{"bpe, err := tok.TrainBPE(\"the cat\", tok.TrainOptions{VocabSize: 260})", "l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := len(l2.Encode(\"a\"))\nok"},
		{"bpe, err := tok.TrainBPE(\"the cat\", tok.TrainOptions{VocabSize: 260})", "l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal([]int{1}, []int{1})\nok"},
		{"bpe, err := tok.TrainBPE(\"the cat\", tok.TrainOptions{VocabSize: 260})", "l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal(l2.Encode(\"a\"), []int{1})\nok"},
		{"bpe, err := tok.TrainBPE(\"the cat\", tok.TrainOptions{VocabSize: 260})", "l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal(bpe.Encode(\"a\"), []int{1})\nok"},
		{"err := 1", "l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal(l2.Encode(\"a\"), []int{1})\nok"},
		{"l2, err := tok.Load(\"/tmp/tkzz.json\"); ok := slices.Equal(l2.Encode(\"a\"), []int{1})\nok"},

	}
	for _, c := range cases {
		s, _, _ := testSession(t)
		for _, code := range c {
			r, err := s.Eval(context.Background(), code)
			fmt.Printf("%q -> %v %#v %v\n", code, r.HasValue, r.Value, err)
		}
	}
}
