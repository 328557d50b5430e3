// Command gen writes the yaegi symbol tables of interp/symbols and the
// documentation index used by Session.Inspect. It is run by `go generate`
// (see interp/symbols/symbols.go) from the interp/symbols directory:
//
//	go run ../internal/gen
//
// Each table file is produced by yaegi's extract package and carries the
// "Code generated" header; never edit them by hand, rerun `make generate`.
package main

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"go/ast"
	"go/doc"
	"go/parser"
	"go/printer"
	"go/token"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/traefik/yaegi/extract"
)

// extraPackages are the non-standard packages a session gets. Adding a
// package to the session is adding one line here and running `make generate`.
var extraPackages = []string{
	// gograd's own packages.
	"github.com/gograd/gograd/tensor",
	"github.com/gograd/gograd/tensor/nn",
	"github.com/gograd/gograd/accel",
	"github.com/gograd/gograd/st",
	"github.com/gograd/gograd/tok",
	"github.com/gograd/gograd/gpt",
	"github.com/gograd/gograd/interp/display",

	// gonum numerics.
	"gonum.org/v1/gonum/mat",
	"gonum.org/v1/gonum/floats",
	"gonum.org/v1/gonum/stat",
	"gonum.org/v1/gonum/stat/distuv",
	"gonum.org/v1/gonum/stat/combin",
	"gonum.org/v1/gonum/integrate",
	"gonum.org/v1/gonum/diff/fd",
	"gonum.org/v1/gonum/blas/blas64",

	// gonum plots.
	"gonum.org/v1/plot",
	"gonum.org/v1/plot/plotter",
	"gonum.org/v1/plot/plotutil",
	"gonum.org/v1/plot/vg",
	"gonum.org/v1/plot/vg/draw",
	"gonum.org/v1/plot/vg/vgimg",
	"gonum.org/v1/plot/vg/vgsvg",
	"gonum.org/v1/plot/font",
}

// skipStd are standard packages left out: internal machinery, packages that
// cannot be wrapped, and those that are fully generic (the session provides
// interpreted versions of those, see interp/shims).
var skipStd = regexp.MustCompile(`(^|/)(internal|vendor)(/|$)|^cmd/|^unsafe$|^syscall|^runtime/(cgo|race|msan|asan|coverage)$|^plugin$|^testing/(synctest|cryptotest)$|^crypto/mlkem/mlkemtest$|^iter$|^maps$|^slices$|^cmp$|^structs$|^weak$|^unique$|^embed$|^time/tzdata$`)

func main() {
	out := flag.String("o", ".", "output directory")
	jobs := flag.Int("j", 2, "packages extracted in parallel")
	docsOnly := flag.Bool("docs", false, "rewrite only docs.json.gz (fast)")
	only := flag.String("only", "", "regenerate only the packages whose import path starts with this prefix (quick refresh of gograd's own tables)")
	flag.Parse()

	std, err := goList("std")
	if err != nil {
		log.Fatal(err)
	}
	var pkgs []string
	for _, p := range std {
		if !skipStd.MatchString(p) {
			pkgs = append(pkgs, p)
		}
	}
	for _, p := range extraPackages {
		if _, err := goList(p); err != nil {
			log.Printf("skip %s: not buildable now (%v)", p, firstLine(err.Error()))
			continue
		}
		pkgs = append(pkgs, p)
	}

	docs := map[string]docEntry{}
	if *only != "" {
		var keep []string
		for _, p := range pkgs {
			if strings.HasPrefix(p, *only) {
				keep = append(keep, p)
			}
		}
		pkgs = keep
		old, err := readDocs(filepath.Join(*out, "docs.json.gz"))
		if err != nil {
			log.Fatal(err)
		}
		for k, v := range old {
			if !strings.HasPrefix(k, *only) {
				docs[k] = v
			}
		}
	}
	// The generic standard packages have no tables (the session interprets
	// them) but their documentation is wanted.
	for _, p := range []string{"slices", "maps", "iter", "cmp"} {
		if *only != "" && !strings.HasPrefix(p, *only) {
			continue
		}
		d, err := packageDocs(p)
		if err != nil {
			log.Printf("docs %s: %v", p, err)
		}
		for k, v := range d {
			docs[k] = v
		}
	}
	if *docsOnly {
		var mu sync.Mutex
		var wg sync.WaitGroup
		sem := make(chan bool, *jobs*2)
		for _, p := range pkgs {
			wg.Go(func() {
				sem <- true
				defer func() { <-sem }()
				d, err := packageDocs(p)
				if err != nil {
					log.Printf("docs %s: %v", p, err)
				}
				mu.Lock()
				for k, v := range d {
					docs[k] = v
				}
				mu.Unlock()
			})
		}
		wg.Wait()
		if err := writeDocs(filepath.Join(*out, "docs.json.gz"), docs); err != nil {
			log.Fatal(err)
		}
		log.Printf("wrote docs of %d packages, %d symbols", len(pkgs), len(docs))
		return
	}
	// Remove old tables so packages that went away do not linger.
	old, _ := filepath.Glob(filepath.Join(*out, "z_"+tableName(*only)+"*.go"))
	for _, f := range old {
		os.Remove(f)
	}

	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		work = make(chan string)
	)
	for range *jobs {
		wg.Go(func() {
			for p := range work {
				if err := extractOne(p, *out); err != nil {
					log.Printf("skip %s: %v", p, err)
					continue
				}
				d, err := packageDocs(p)
				if err != nil {
					log.Printf("docs %s: %v", p, err)
				}
				mu.Lock()
				for k, v := range d {
					docs[k] = v
				}
				mu.Unlock()
			}
		})
	}
	for _, p := range pkgs {
		work <- p
	}
	close(work)
	wg.Wait()

	if err := writeDocs(filepath.Join(*out, "docs.json.gz"), docs); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d packages, %d documented symbols", len(pkgs), len(docs))
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func goList(pattern string) ([]string, error) {
	out, err := exec.Command("go", "list", "-e=false", pattern).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return nil, fmt.Errorf("%s", ee.Stderr)
		}
		return nil, err
	}
	return strings.Fields(string(out)), nil
}

func tableName(pkg string) string {
	return strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(pkg)
}

var buildLine = regexp.MustCompile(`(?m)^// \+build .*\n`)

func extractOne(pkg, dir string) error {
	e := extract.Extractor{Dest: "symbols"}
	var buf bytes.Buffer
	if _, err := e.Extract(pkg, "", &buf); err != nil {
		return err
	}
	src := buildLine.ReplaceAll(buf.Bytes(), nil)
	name := "z_" + tableName(pkg) + ".go"
	return os.WriteFile(filepath.Join(dir, name), src, 0o644)
}

// docEntry is the help shown for one symbol by Session.Inspect.
type docEntry struct {
	Sig string `json:"s"`
	Doc string `json:"d,omitempty"`
}

const maxDoc = 2000

func trimDoc(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > maxDoc {
		s = s[:maxDoc] + " …"
	}
	return s
}

// packageDocs returns "importpath.Name" and "importpath.Type.Method"
// entries: the declaration as go doc prints it (bodies and unexported
// fields left out) and its doc comment.
func packageDocs(path string) (map[string]docEntry, error) {
	// Only the files this build selects: packages such as gonum/mat define
	// a method twice behind build tags, and parsing both made the docs
	// depend on map order.
	out, err := exec.Command("go", "list", "-f", "{{.Dir}}\t{{.Name}}\t{{join .GoFiles \" \"}} {{join .CgoFiles \" \"}}", path).Output()
	if err != nil {
		return nil, err
	}
	fields := strings.SplitN(strings.TrimSpace(string(out)), "\t", 3)
	if len(fields) != 3 {
		return nil, fmt.Errorf("go list %s: unexpected output %q", path, out)
	}
	dir, pkgName := fields[0], fields[1]
	selected := map[string]bool{}
	for _, name := range strings.Fields(fields[2]) {
		selected[name] = true
	}
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool {
		return selected[fi.Name()]
	}, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for name, p := range pkgs {
		if name != pkgName {
			continue
		}
		for _, f := range p.Files {
			files = append(files, f)
		}
	}
	sort.Slice(files, func(i, j int) bool { return fset.File(files[i].Pos()).Name() < fset.File(files[j].Pos()).Name() })
	dp, err := doc.NewFromFiles(fset, files, path)
	if err != nil {
		return nil, err
	}
	res := map[string]docEntry{}
	print := func(n any) string {
		var b strings.Builder
		cfg := printer.Config{Mode: printer.UseSpaces, Tabwidth: 4}
		if err := cfg.Fprint(&b, fset, n); err != nil {
			return ""
		}
		s := b.String()
		if len(s) > maxDoc {
			s = s[:maxDoc] + " …"
		}
		return s
	}
	funcSig := func(f *ast.FuncDecl) string {
		c := *f
		c.Body = nil
		c.Doc = nil
		return print(&c)
	}
	res[path] = docEntry{Sig: "package " + pkgName + ` // import "` + path + `"`, Doc: trimDoc(dp.Doc)}
	values := func(vs []*doc.Value) {
		for _, v := range vs {
			for _, n := range v.Names {
				if !ast.IsExported(n) {
					continue
				}
				d := *v.Decl
				d.Doc = nil
				// One spec per name when the group is long.
				sig := print(&d)
				for _, sp := range v.Decl.Specs {
					if vs, ok := sp.(*ast.ValueSpec); ok {
						for _, id := range vs.Names {
							if id.Name == n && len(v.Decl.Specs) > 1 {
								c := *vs
								c.Doc, c.Comment = nil, nil
								sig = v.Decl.Tok.String() + " " + print(&c)
							}
						}
					}
				}
				res[path+"."+n] = docEntry{Sig: sig, Doc: trimDoc(v.Doc)}
			}
		}
	}
	funcs := func(fs []*doc.Func) {
		for _, f := range fs {
			if ast.IsExported(f.Name) {
				res[path+"."+f.Name] = docEntry{Sig: funcSig(f.Decl), Doc: trimDoc(f.Doc)}
			}
		}
	}
	values(dp.Consts)
	values(dp.Vars)
	funcs(dp.Funcs)
	for _, t := range dp.Types {
		if ast.IsExported(t.Name) {
			d := *t.Decl
			d.Doc = nil
			res[path+"."+t.Name] = docEntry{Sig: print(&d), Doc: trimDoc(t.Doc)}
		}
		values(t.Consts)
		values(t.Vars)
		funcs(t.Funcs)
		for _, m := range t.Methods {
			if ast.IsExported(m.Name) {
				res[path+"."+t.Name+"."+m.Name] = docEntry{Sig: funcSig(m.Decl), Doc: trimDoc(m.Doc)}
			}
		}
	}
	return res, nil
}

func writeDocs(file string, docs map[string]docEntry) error {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	enc := json.NewEncoder(zw)
	if err := enc.Encode(docs); err != nil { // map keys are sorted: output is stable
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(file, buf.Bytes(), 0o644)
}

func readDocs(file string) (map[string]docEntry, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	m := map[string]docEntry{}
	return m, json.NewDecoder(zr).Decode(&m)
}
