package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"time"

	"golang.org/x/sys/unix"

	"github.com/gograd/gograd/st"
	"github.com/gograd/gograd/tensor"
)

func init() {
	registerBench("st", "safetensors: mmap open, save vs dd, JSON baseline (--size MB)", benchST)
}

// stMeasure is one line of `gograd bench st --json`.
type stMeasure struct {
	Subject string  `json:"subject"`
	Name    string  `json:"name"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit"`
	SizeMB  int     `json:"size_mb"`
	Runs    int     `json:"runs,omitempty"`
	Min     float64 `json:"min,omitempty"`
	Max     float64 `json:"max,omitempty"`
	Note    string  `json:"note,omitempty"`
}

type stReporter struct {
	json bool
}

func (r stReporter) emit(m stMeasure) {
	m.Subject = "st"
	if r.json {
		b, _ := json.Marshal(m)
		fmt.Println(string(b))
		return
	}
	line := fmt.Sprintf("  %-34s %12.3f %-6s", m.Name, m.Value, m.Unit)
	if m.Runs > 1 {
		line += fmt.Sprintf("  (best of %d; range %.3f–%.3f)", m.Runs, m.Min, m.Max)
	}
	if m.Note != "" {
		line += "  " + m.Note
	}
	fmt.Println(line)
}

// timings runs f reps times and returns the sorted durations in seconds.
func timings(reps int, f func() error) ([]float64, error) {
	var out []float64
	for i := 0; i < reps; i++ {
		start := time.Now()
		if err := f(); err != nil {
			return nil, err
		}
		out = append(out, time.Since(start).Seconds())
	}
	sort.Float64s(out)
	return out, nil
}

func benchST(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench st", flag.ContinueOnError)
	sizeMB := fs.Int("size", 512, "size of the F32 model file in MB")
	jsonMB := fs.Int("json-size", 16, "size in MB of the float32 data for the JSON baseline (JSON is slow)")
	reps := fs.Int("reps", 3, "repetitions of each measurement (the best is reported)")
	dir := fs.String("dir", "", "directory for the temporary files (default: the system temp dir)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *sizeMB < 1 || *jsonMB < 1 || *reps < 1 {
		return fmt.Errorf("--size, --json-size and --reps must be positive")
	}
	tmp, err := os.MkdirTemp(*dir, "gograd-bench-st-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	size := int64(*sizeMB) << 20
	var sfs unix.Statfs_t
	if err := unix.Statfs(tmp, &sfs); err == nil {
		free := int64(sfs.Bavail) * int64(sfs.Bsize)
		if need := 2*size + 64<<20; free < need {
			return fmt.Errorf("%s has %d MB free, the benchmark needs %d MB: use a smaller --size or another --dir", tmp, free>>20, need>>20)
		}
	}
	r := stReporter{json: jsonOut}
	if !jsonOut {
		fmt.Printf("gograd bench st: %d MB F32 file in %s\n", *sizeMB, tmp)
	}

	// The model: 64 (or fewer) equal F32 tensors, like the layers of a net.
	count := 64
	per := int(size / 4 / int64(count))
	if per < 256 {
		count, per = 1, int(size/4)
	}
	tensors := make(map[string]*tensor.Tensor, count)
	for i := 0; i < count; i++ {
		d := make([]float32, per)
		for j := range d {
			d[j] = float32((i*per+j)%9973) * 1e-4
		}
		tensors[fmt.Sprintf("h.%d.weight", i)] = tensor.Wrap(d, per)
	}
	written := int64(count) * int64(per) * 4
	mb := float64(written) / (1 << 20)
	path := filepath.Join(tmp, "model.safetensors")
	ddPath := filepath.Join(tmp, "dd.bin")

	// Save (fsync + rename included) against dd writing as many bytes with
	// fsync. Each run starts from the same state: no old file, everything
	// synced (so neither pays for the other's deletion or writeback), and
	// the two alternate which goes first.
	var saveT, ddT []float64
	ddBlocks := (written + 1<<20 - 1) >> 20
	runSave := func() error {
		t, err := timings(1, func() error { return st.Save(path, tensors, nil) })
		saveT = append(saveT, t...)
		return err
	}
	runDD := func() error {
		t, err := timings(1, func() error {
			out, err := exec.Command("dd", "if=/dev/zero", "of="+ddPath, "bs=1M", fmt.Sprint("count=", ddBlocks), "conv=fsync", "status=none").CombinedOutput()
			if err != nil {
				return fmt.Errorf("dd: %v: %s", err, out)
			}
			return nil
		})
		ddT = append(ddT, t...)
		return err
	}
	settle := func() {
		os.Remove(path)
		os.Remove(ddPath)
		unix.Sync()
	}
	// One untimed round first: the first large write of a process runs
	// several times slower (fresh page-cache and block allocation) for both.
	settle()
	if err := runSave(); err != nil {
		return err
	}
	settle()
	if err := runDD(); err != nil {
		return err
	}
	saveT, ddT = nil, nil
	for i := 0; i < *reps; i++ {
		first, second := runSave, runDD
		if i%2 == 1 {
			first, second = runDD, runSave
		}
		settle()
		if err := first(); err != nil {
			return err
		}
		settle()
		if err := second(); err != nil {
			return err
		}
	}
	os.Remove(ddPath)
	if err := st.Save(path, tensors, nil); err != nil { // for the reads below
		return err
	}
	sort.Float64s(saveT)
	sort.Float64s(ddT)
	rate := func(ts []float64) (best, lo, hi float64) { return mb / ts[0], mb / ts[len(ts)-1], mb / ts[0] }
	sb, sl, sh := rate(saveT)
	db, dl, dh := rate(ddT)
	r.emit(stMeasure{Name: "save_f32", Value: sb, Unit: "MB/s", SizeMB: *sizeMB, Runs: len(saveT), Min: sl, Max: sh, Note: "st.Save, fsync + rename"})
	r.emit(stMeasure{Name: "dd_write", Value: db, Unit: "MB/s", SizeMB: *sizeMB, Runs: len(ddT), Min: dl, Max: dh, Note: "dd bs=1M conv=fsync"})
	med := func(ts []float64) float64 { return ts[len(ts)/2] }
	r.emit(stMeasure{Name: "save_vs_dd", Value: sb / db, Unit: "ratio", SizeMB: *sizeMB, Note: "best vs best; target >= 0.8"})
	r.emit(stMeasure{Name: "save_vs_dd_median", Value: med(ddT) / med(saveT), Unit: "ratio", SizeMB: *sizeMB, Note: "median vs median (disk speed varies between runs)"})

	// Open + touch every tensor, file in the page cache (it was just written).
	touch := func() error {
		f, err := st.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var s float32
		for _, n := range f.Names() {
			t, err := f.Tensor(n)
			if err != nil {
				return err
			}
			d := t.Data()
			s += d[0] + d[len(d)-1]
		}
		if s < 0 {
			return fmt.Errorf("impossible sum")
		}
		return nil
	}
	ot, err := timings(max(*reps, 5), touch)
	if err != nil {
		return err
	}
	r.emit(stMeasure{Name: "open_touch_mmap", Value: ot[0] * 1e3, Unit: "ms", SizeMB: *sizeMB, Runs: len(ot), Min: ot[0] * 1e3, Max: ot[len(ot)-1] * 1e3,
		Note: fmt.Sprintf("Open + first/last value of %d tensors, cached; target < 50 ms", count)})
	readAll := func() error {
		f, err := st.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		var s float32
		for _, n := range f.Names() {
			t, err := f.Tensor(n)
			if err != nil {
				return err
			}
			for _, v := range t.Data() {
				s += v
			}
		}
		if s < 0 {
			return fmt.Errorf("impossible sum")
		}
		return nil
	}
	rt, err := timings(*reps, readAll)
	if err != nil {
		return err
	}
	r.emit(stMeasure{Name: "open_read_all_mmap", Value: rt[0] * 1e3, Unit: "ms", SizeMB: *sizeMB, Runs: len(rt), Min: rt[0] * 1e3, Max: rt[len(rt)-1] * 1e3,
		Note: fmt.Sprintf("Open + sum of every value (%.0f MB/s)", mb/rt[0])})
	os.Remove(path)

	// The JSON baseline the project started from: a JSON array of floats,
	// against the same values in safetensors (loaded into owned memory).
	jn := int(int64(*jsonMB) << 20 / 4)
	vals := make([]float32, jn)
	for i := range vals {
		vals[i] = float32(i%9973)*1e-4 - 0.5
	}
	jsonPath := filepath.Join(tmp, "model.json")
	stPath := filepath.Join(tmp, "small.safetensors")
	jb, err := json.Marshal(vals)
	if err != nil {
		return err
	}
	if err := os.WriteFile(jsonPath, jb, 0o644); err != nil {
		return err
	}
	jb = nil
	if err := st.Save(stPath, map[string]*tensor.Tensor{"w": tensor.Wrap(vals, jn)}, nil); err != nil {
		return err
	}
	jfi, _ := os.Stat(jsonPath)
	sfi, _ := os.Stat(stPath)
	jt, err := timings(*reps, func() error {
		b, err := os.ReadFile(jsonPath)
		if err != nil {
			return err
		}
		var out []float32
		return json.Unmarshal(b, &out)
	})
	if err != nil {
		return err
	}
	lt, err := timings(*reps, func() error {
		m, err := st.Load(stPath)
		if err == nil && len(m["w"].Data()) != jn {
			err = fmt.Errorf("loaded %d values", len(m["w"].Data()))
		}
		return err
	})
	if err != nil {
		return err
	}
	r.emit(stMeasure{Name: "json_file_size", Value: float64(jfi.Size()) / (1 << 20), Unit: "MB", SizeMB: *jsonMB, Note: "JSON array of the floats"})
	r.emit(stMeasure{Name: "st_file_size", Value: float64(sfi.Size()) / (1 << 20), Unit: "MB", SizeMB: *jsonMB})
	r.emit(stMeasure{Name: "json_vs_st_size", Value: float64(jfi.Size()) / float64(sfi.Size()), Unit: "ratio", SizeMB: *jsonMB})
	r.emit(stMeasure{Name: "json_load", Value: jt[0] * 1e3, Unit: "ms", SizeMB: *jsonMB, Runs: len(jt), Min: jt[0] * 1e3, Max: jt[len(jt)-1] * 1e3, Note: "read + encoding/json into []float32"})
	r.emit(stMeasure{Name: "st_load", Value: lt[0] * 1e3, Unit: "ms", SizeMB: *jsonMB, Runs: len(lt), Min: lt[0] * 1e3, Max: lt[len(lt)-1] * 1e3, Note: "st.Load (copied out of the mapping)"})
	r.emit(stMeasure{Name: "json_vs_st_load", Value: jt[0] / lt[0], Unit: "ratio", SizeMB: *jsonMB, Note: "how many times slower JSON loads"})
	return nil
}
