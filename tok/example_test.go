package tok_test

import (
	"fmt"
	"strings"

	"github.com/gograd/gograd/tok"
)

// Train a small byte-level BPE, then compare it with the character-level
// baseline.
func Example() {
	text := strings.Repeat("the cat sat on the mat. the dog sat on the log. ", 50)
	bpe, err := tok.TrainBPE(text, tok.TrainOptions{VocabSize: 300, SpecialTokens: []string{tok.EndOfText}})
	if err != nil {
		panic(err)
	}
	ids := bpe.Encode("the cat sat on the log.")
	back, _ := bpe.Decode(ids)
	fmt.Println(len(ids), "tokens:", back)

	char := tok.NewChar(text, tok.UnknownReplace)
	c := tok.Compare("the dog sat on the mat.", tok.Named("char", char), tok.Named("bpe", bpe))
	fmt.Printf("bpe needs %.1fx fewer tokens than char\n", c.Rows[1].FewerThanFirst)
	fmt.Printf("%q\n", tok.PreTokenize("I'm  here\n\nnow"))
	// Output:
	// 7 tokens: the cat sat on the log.
	// bpe needs 3.3x fewer tokens than char
	// ["I" "'m" " " " here" "\n" "\n" "now"]
}

// Load GPT-2's tokenizer and decode tokens as they are generated.
func ExampleGPT2() {
	g, err := tok.GPT2("../../shared/data/gpt2-tokenizer")
	if err != nil {
		fmt.Println(err)
		return
	}
	ids, _ := g.EncodeSpecial("Hello 👋<|endoftext|>")
	fmt.Println(ids)
	d := tok.NewStreamDecoder(g)
	for _, id := range ids {
		s, _ := d.Add(id)
		fmt.Printf("%q ", s)
	}
	fmt.Println()
}
