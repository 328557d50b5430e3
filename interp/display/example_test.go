package display_test

import (
	"fmt"

	"github.com/gograd/gograd/interp/display"
)

type card struct{ title string }

func (c card) DisplayHTML() string { return "<h1>" + c.title + "</h1>" }

func Example() {
	old := display.SetHandler(func(m display.Message) {
		fmt.Println(m.Kind, m.ID != "", m.Bundle["text/plain"], m.Bundle["text/html"])
	})
	defer display.SetHandler(old)

	display.HTML("<b>hi</b>")
	h := display.New("epoch 0")
	h.Update("epoch 1")
	display.ShowValue(card{"results"})
	// Output:
	// Show false <b>hi</b> <b>hi</b>
	// Show true epoch 0 <nil>
	// Update true epoch 1 <nil>
	// Show false {results} <h1>results</h1>
}
