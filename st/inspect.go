package st

import (
	"fmt"
	"html"
	"os"
	"sort"
	"strconv"
	"strings"
)

// Summary describes what a safetensors file holds, for looking inside a
// model from a session: String renders a text table, DisplayHTML an HTML one
// (the notebook display protocol picks it up).
type Summary struct {
	Path     string
	FileSize int64 // bytes on disk, summed over shards
	Metadata map[string]string
	Tensors  []TensorInfo // in natural name order (h.2 before h.10)
}

// Inspect reads the header of the file (or sharded set) at path, and
// summarises it without reading any tensor data.
func Inspect(path string) (*Summary, error) {
	f, err := Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s := &Summary{Path: path, Metadata: f.Metadata(), Tensors: f.Infos()}
	for _, sh := range f.shards {
		s.FileSize += sh.size
	}
	if len(f.shards) > 1 {
		if fi, err := os.Stat(path); err == nil {
			s.FileSize += fi.Size()
		}
	}
	sort.SliceStable(s.Tensors, func(i, j int) bool { return naturalLess(s.Tensors[i].Name, s.Tensors[j].Name) })
	return s, nil
}

// NumElements is the number of values over all tensors.
func (s *Summary) NumElements() int64 {
	var n int64
	for _, t := range s.Tensors {
		n += t.NumElements()
	}
	return n
}

// DataBytes is the size of all tensor data.
func (s *Summary) DataBytes() int64 {
	var n int64
	for _, t := range s.Tensors {
		n += t.Bytes()
	}
	return n
}

func (s *Summary) dtypeCounts() string {
	count := map[DType]int{}
	for _, t := range s.Tensors {
		count[t.DType]++
	}
	var parts []string
	for d := BOOL; d < numDTypes; d++ {
		if count[d] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", count[d], d))
		}
	}
	return strings.Join(parts, ", ")
}

func shapeString(shape []int) string {
	parts := make([]string, len(shape))
	for i, d := range shape {
		parts[i] = strconv.Itoa(d)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// String renders the summary as an aligned text table.
func (s *Summary) String() string {
	rows := [][]string{{"name", "dtype", "shape", "elements", "size"}}
	for _, t := range s.Tensors {
		rows = append(rows, []string{t.Name, t.DType.String(), shapeString(t.Shape), groupDigits(t.NumElements()), HumanBytes(t.Bytes())})
	}
	width := make([]int, 5)
	for _, r := range rows {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d tensors (%s), %s values, %s of data, %s on disk\n",
		s.Path, len(s.Tensors), s.dtypeCounts(), groupDigits(s.NumElements()), HumanBytes(s.DataBytes()), HumanBytes(s.FileSize))
	if len(s.Metadata) > 0 {
		keys := sortedKeys(s.Metadata)
		b.WriteString("metadata:")
		for _, k := range keys {
			fmt.Fprintf(&b, " %s=%s", k, strconv.Quote(s.Metadata[k]))
		}
		b.WriteByte('\n')
	}
	for ri, r := range rows {
		for i, c := range r {
			pad := width[i] - len([]rune(c))
			if i >= 3 { // numbers right-aligned
				b.WriteString(strings.Repeat(" ", pad))
				b.WriteString(c)
			} else {
				b.WriteString(c)
				if i < len(r)-1 {
					b.WriteString(strings.Repeat(" ", pad))
				}
			}
			if i < len(r)-1 {
				b.WriteString("  ")
			}
		}
		b.WriteByte('\n')
		if ri == 0 {
			total := 0
			for _, w := range width {
				total += w
			}
			b.WriteString(strings.Repeat("-", total+2*(len(width)-1)))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// DisplayHTML renders the summary as an HTML table for notebooks.
func (s *Summary) DisplayHTML() string {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, "<div class=\"gograd-st\"><p><b>%s</b>: %d tensors (%s), %s values, %s of data, %s on disk</p>\n",
		esc(s.Path), len(s.Tensors), esc(s.dtypeCounts()), groupDigits(s.NumElements()), HumanBytes(s.DataBytes()), HumanBytes(s.FileSize))
	if len(s.Metadata) > 0 {
		b.WriteString("<p>metadata: ")
		for i, k := range sortedKeys(s.Metadata) {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "<code>%s</code> = <code>%s</code>", esc(k), esc(s.Metadata[k]))
		}
		b.WriteString("</p>\n")
	}
	b.WriteString("<table>\n<thead><tr><th style=\"text-align:left\">name</th><th>dtype</th><th>shape</th><th style=\"text-align:right\">elements</th><th style=\"text-align:right\">size</th></tr></thead>\n<tbody>\n")
	for _, t := range s.Tensors {
		fmt.Fprintf(&b, "<tr><td style=\"text-align:left\"><code>%s</code></td><td>%s</td><td>%s</td><td style=\"text-align:right\">%s</td><td style=\"text-align:right\">%s</td></tr>\n",
			esc(t.Name), t.DType, shapeString(t.Shape), groupDigits(t.NumElements()), HumanBytes(t.Bytes()))
	}
	b.WriteString("</tbody>\n</table></div>")
	return b.String()
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// HumanBytes formats a byte count with binary units ("1.5 MiB").
func HumanBytes(n int64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	v, i := float64(n), -1
	for v >= unit && i < 5 {
		v /= unit
		i++
	}
	return fmt.Sprintf("%.1f %ciB", v, "KMGTPE"[i])
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// naturalLess orders names with embedded numbers numerically, so that
// "h.2.attn" sorts before "h.10.attn".
func naturalLess(a, b string) bool {
	for a != "" && b != "" {
		ca, cb := a[0], b[0]
		if isDigit(ca) && isDigit(cb) {
			na, ra := splitDigits(a)
			nb, rb := splitDigits(b)
			ta, tb := strings.TrimLeft(na, "0"), strings.TrimLeft(nb, "0")
			if len(ta) != len(tb) {
				return len(ta) < len(tb)
			}
			if ta != tb {
				return ta < tb
			}
			if len(na) != len(nb) {
				return len(na) < len(nb)
			}
			a, b = ra, rb
			continue
		}
		if ca != cb {
			return ca < cb
		}
		a, b = a[1:], b[1:]
	}
	return len(a) < len(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func splitDigits(s string) (string, string) {
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return s[:i], s[i:]
}

func sortNatural(s []string) {
	sort.SliceStable(s, func(i, j int) bool { return naturalLess(s[i], s[j]) })
}
