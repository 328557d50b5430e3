"""jupyter_kernel_test's KernelTests suite against the gograd kernel.

Run by kernel/e2e_test.go (go test ./kernel/) with JUPYTER_PATH pointing at
a kernelspec installed by `gograd install --prefix`. GOGRAD_SAMPLES picks
the samples: "go" for the real gograd binary (default), "fake" for the
protocol-only fake kernel of kernel/testdata/fakekernel.
"""

import os
import unittest

import jupyter_kernel_test


class GoSamples:
    language_name = "go"
    file_extension = ".go"
    code_hello_world = 'fmt.Println("hello, world")'
    code_stderr = 'fmt.Fprintln(os.Stderr, "something went to stderr")'
    completion_samples = [
        {"text": "fmt.Printl", "matches": {"Println"}},
        {"text": "strings.ToUp", "matches": {"ToUpper", "ToUpperSpecial"}},
    ]
    complete_code_samples = [
        "x := 1",
        'fmt.Println("hi")',
        "func add(a, b int) int { return a + b }",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for i := 0; i < 3; i++ {",
        "xs := []int{1,\n",
        "s := `raw\n",
    ]
    invalid_code_samples = ["x := )", "}", "func 1f() {}"]
    code_generate_error = 'panic("boom")'
    code_execute_result = [
        {"code": "1+1", "result": "2"},
        {"code": "6*7", "result": "42"},
        {"code": "tensor.FromSlice([]float32{1, 2, 3, 4}, 2, 2)", "mime": "text/html"},
    ]
    code_display_data = [
        {"code": 'display.HTML("<b>bold</b>")', "mime": "text/html"},
        {"code": 'display.Markdown("# title")', "mime": "text/markdown"},
        {"code": "display.PNG(func() []byte { var b bytes.Buffer; png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 2, 2))); return b.Bytes() }())", "mime": "image/png"},
    ]
    code_history_pattern = "1?1"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "fmt.Println"
    code_clear_output = "display.Clear(false)"
    code_page_something = "?fmt.Println"


class FakeSamples:
    language_name = "go"
    file_extension = ".go"
    code_hello_world = "print hello, world"
    code_stderr = "eprint bad"
    completion_samples = [{"text": "pri", "matches": {"print"}}]
    complete_code_samples = ["print x"]
    incomplete_code_samples = ["for {"]
    invalid_code_samples = ["} x"]
    code_generate_error = "fail"
    code_execute_result = [{"code": "1+2", "result": "3"}, {"code": "2+2", "result": "<pre>4</pre>", "mime": "text/html"}]
    code_display_data = [{"code": "show", "mime": "image/png"}]
    code_history_pattern = "1+*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "clear"
    code_page_something = "?print"


Samples = FakeSamples if os.environ.get("GOGRAD_SAMPLES") == "fake" else GoSamples


class GogradKernelTests(Samples, jupyter_kernel_test.KernelTests):
    kernel_name = os.environ.get("GOGRAD_KERNEL_NAME", "gograd")


if __name__ == "__main__":
    unittest.main(verbosity=2)
