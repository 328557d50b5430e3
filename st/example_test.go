package st_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor"
)

func Example() {
	dir, _ := os.MkdirTemp("", "st-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "model.safetensors")

	weights := map[string]*tensor.Tensor{
		"embed.weight": tensor.FromSlice([]float32{1, 2, 3, 4, 5, 6}, 3, 2),
		"norm.bias":    tensor.FromSlice([]float32{0.5, -0.5}, 2),
	}
	if err := st.Save(path, weights, map[string]string{"format": "pt"}); err != nil {
		fmt.Println(err)
		return
	}

	f, err := st.Open(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	for _, name := range f.Names() {
		info, _ := f.Info(name)
		fmt.Println(name, info.DType, info.Shape)
	}
	t, _ := f.Tensor("embed.weight")
	fmt.Println(t.Data()[4], f.Metadata()["format"])
	// Output:
	// embed.weight F32 [3 2]
	// norm.bias F32 [2]
	// 5 pt
}

func ExampleInspect() {
	dir, _ := os.MkdirTemp("", "st-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "m.safetensors")
	st.Save(path, map[string]*tensor.Tensor{
		"h.10.w": tensor.FromSlice(make([]float32, 6), 2, 3),
		"h.2.w":  tensor.FromSlice(make([]float32, 6), 2, 3),
	}, nil, st.WithDType(st.BF16))
	s, err := st.Inspect(path)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range s.Tensors {
		fmt.Println(t.Name, t.DType, t.Shape, t.Bytes())
	}
	// Output:
	// h.2.w BF16 [2 3] 12
	// h.10.w BF16 [2 3] 12
}

func ExampleCheckpointer() {
	dir, _ := os.MkdirTemp("", "st-example")
	defer os.RemoveAll(dir)
	ckpt, _ := st.NewCheckpointer(dir, 100, 2) // every 100 steps, keep 2

	w := tensor.FromSlice([]float32{0.1, 0.2}, 2)
	for step := int64(1); step <= 300; step++ {
		// ... a training step updates w and the optimizer ...
		_, err := ckpt.MaybeSave(step, func() *st.Checkpoint {
			return &st.Checkpoint{
				Params:   map[string]*tensor.Tensor{"w": w},
				Optim:    map[string]*tensor.Tensor{"w.exp_avg": tensor.Zeros(2)}, // e.g. opt.StateDict()
				Metadata: map[string]string{"lr": "3e-4"},
			}
		})
		if err != nil {
			fmt.Println(err)
			return
		}
	}

	// Later, in a new process:
	ck, err := ckpt.Resume()
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := ck.RestoreRNG(); err != nil {
		fmt.Println(err)
	}
	files, _ := ckpt.List()
	fmt.Println(ck.Step, ck.Params["w"].Shape(), ck.Metadata["lr"], len(files))
	// Output: 300 [2] 3e-4 2
}
