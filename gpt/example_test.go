package gpt_test

import (
	"fmt"

	"github.com/gograd/gograd/gpt"
)

// Train a tiny GPT on a repeating pattern, then let it continue the pattern.
func Example() {
	m, err := gpt.New(gpt.Config{NLayer: 2, NHead: 2, NEmbd: 32, VocabSize: 16, NPositions: 16}, 1)
	if err != nil {
		panic(err)
	}
	var data []int
	for len(data) < 500 {
		data = append(data, 1, 4, 2, 8, 5, 7, 3)
	}
	res, err := m.Train(data, gpt.TrainOptions{Steps: 60, BatchSize: 4, SeqLen: 16, LR: 1e-2, Warmup: 5, MinLR: 1e-3, GradClip: 1})
	if err != nil {
		panic(err)
	}
	fmt.Println("loss fell below 0.1:", res.Losses[len(res.Losses)-1] < 0.1)

	out, err := m.Generate([]int{1, 4, 2}, gpt.GenerateOptions{MaxNewTokens: 8}, func(tok int) bool {
		fmt.Print(tok, ",") // streamed as each token is chosen
		return true
	})
	if err != nil {
		panic(err)
	}
	fmt.Println()
	fmt.Println(out)
	// Output:
	// loss fell below 0.1: true
	// 8,5,7,3,1,4,2,8,
	// [1 4 2 8 5 7 3 1 4 2 8]
}

// Load a Hugging Face checkpoint directory (config.json +
// model.safetensors) and compute the loss of a sequence against its
// shifted self.
func ExampleLoad() {
	m, err := gpt.Load("gpt2") // e.g. a clone of huggingface.co/gpt2
	if err != nil {
		fmt.Println(err)
		return
	}
	ids := []int{15496, 11, 616, 1438, 318} // "Hello, my name is"
	loss, err := m.Loss(ids[:4], ids[1:], 1, 4)
	fmt.Println(m.Config.NLayer, m.NumParams(), loss, err)
}
