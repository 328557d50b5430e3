package kernel

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNotebooks executes every notebook in notebooks/ with nbclient
// against the installed gograd kernel, as a user's "Run all" would.
func TestNotebooks(t *testing.T) {
	requireJupyter(t)
	paths, err := filepath.Glob(filepath.Join("..", "notebooks", "*.ipynb"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no notebooks found in ../notebooks (%v)", err)
	}
	env := jupyterEnv(t, installGograd(t))
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			abs, _ := filepath.Abs(path)
			out := filepath.Join(t.TempDir(), "executed.ipynb")
			log, err := runPython(t, 4*time.Minute, env, testdata(t, "run_notebook.py"), abs, out)
			if err != nil {
				t.Fatalf("executing %s: %v\n%s", path, err, log)
			}
			t.Logf("%s", log)
			checkExecuted(t, out, filepath.Base(path))
		})
	}
}

type executedNotebook struct {
	Cells []struct {
		CellType string `json:"cell_type"`
		Outputs  []struct {
			OutputType string         `json:"output_type"`
			Data       map[string]any `json:"data"`
			Name       string         `json:"name"`
			Text       any            `json:"text"`
		} `json:"outputs"`
	} `json:"cells"`
}

// checkExecuted asserts what every gograd notebook must show (rich
// results, streamed text) and what each example notebook is about: plots,
// HTML tables, Markdown, progress bars.
func checkExecuted(t *testing.T, path, name string) {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var nb executedNotebook
	if err := json.Unmarshal(data, &nb); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, c := range nb.Cells {
		for _, o := range c.Outputs {
			seen[o.OutputType] = true
			for mime := range o.Data {
				seen[o.OutputType+" "+mime] = true
			}
		}
	}
	want := []string{"stream", "execute_result text/plain"}
	switch {
	case strings.Contains(name, "quickstart"):
		want = append(want, "execute_result text/html", "execute_result image/png", "execute_result image/svg+xml", "display_data text/markdown", "error")
	case strings.Contains(name, "tokenizers"):
		// tok.Compare tables, the tokens-per-character plot, the
		// streaming-decoder table.
		want = append(want, "execute_result text/html", "execute_result image/png", "display_data text/markdown")
	case strings.Contains(name, "train-gpt"):
		// the model and st.Inspect tables, the progress bar, the live
		// loss curve (a display handle holding a plot), the sampling table.
		want = append(want, "execute_result text/html", "display_data application/vnd.gograd.progress+json", "display_data image/png", "display_data text/markdown")
	case strings.Contains(name, "gpt2-weights"):
		// the model and st.Inspect tables, the cache timing table and
		// the per-token latency plot.
		want = append(want, "execute_result text/html", "display_data text/markdown", "execute_result image/png")
	}
	for _, w := range want {
		if !seen[w] {
			t.Errorf("no %s output in the executed notebook", w)
		}
	}
}
