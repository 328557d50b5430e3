package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gograd/gograd/tok"
)

func init() {
	registerBench("tok", "GPT-2 tokenizer encode/decode MB/s vs tiktoken (node)", runTokBench)
}

// tiktokenVersion is the npm package measured as the baseline.
const tiktokenVersion = "1.0.22"

func runTokBench(args []string, jsonOut bool) error {
	fs := flag.NewFlagSet("bench tok", flag.ContinueOnError)
	mb := fs.Float64("mb", 8, "megabytes of English-like text to encode")
	dir := fs.String("gpt2", "", "directory with GPT-2's encoder.json and vocab.bpe (default: $GOGRAD_GPT2_DIR or ../shared/data/gpt2-tokenizer)")
	baseline := fs.Bool("baseline", true, "measure tiktoken (npm, run by node) on the same text")
	rounds := fs.Int("rounds", 3, "timed rounds per measurement (the best is reported)")
	trainMerges := fs.Int("train", 5000, "also time BPE training of this many merges on 10 MB of the text (0: skip)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *mb <= 0 || *rounds < 1 {
		return errors.New("-mb and -rounds must be positive")
	}
	vocabDir, err := findGPT2Dir(*dir)
	if err != nil {
		return err
	}
	g, err := tok.GPT2(vocabDir)
	if err != nil {
		return err
	}
	text := englishText(int(*mb * (1 << 20)))
	mbytes := float64(len(text)) / (1 << 20)
	cores := runtime.GOMAXPROCS(0)

	report := func(what string, threads int, secs float64, extra map[string]any) {
		rate := mbytes / secs
		if jsonOut {
			m := map[string]any{"bench": "tok", "measure": what, "threads": threads, "mb": round3(mbytes), "seconds": round3(secs), "mb_per_s": round3(rate)}
			for k, v := range extra {
				m[k] = v
			}
			b, _ := json.Marshal(m)
			fmt.Println(string(b))
			return
		}
		fmt.Printf("  %-28s %2d thread(s) %9.1f MB/s  (%.3f s)\n", what, threads, rate, secs)
	}
	best := func(f func()) float64 {
		b := 0.0
		for i := 0; i < *rounds; i++ {
			t0 := time.Now()
			f()
			if d := time.Since(t0).Seconds(); i == 0 || d < b {
				b = d
			}
		}
		return b
	}
	if !jsonOut {
		fmt.Printf("tok: GPT-2 byte-level BPE on %.1f MB of generated English-like text (%d cores, best of %d)\n", mbytes, cores, *rounds)
	}
	var ids []int
	encSecs := best(func() { ids = g.Encode(text) })
	report("gograd encode", 1, encSecs, map[string]any{"tokens": len(ids), "bytes_per_token": round3(float64(len(text)) / float64(len(ids)))})
	parSecs := best(func() { g.EncodeParallel(text, cores) })
	report("gograd encode (parallel)", cores, parSecs, map[string]any{"speedup": round3(encSecs / parSecs)})
	if !jsonOut {
		fmt.Printf("  %d tokens, %.2f bytes/token; parallel speedup %.2fx on %d cores\n", len(ids), float64(len(text))/float64(len(ids)), encSecs/parSecs, cores)
	}
	decSecs := best(func() {
		if _, err := g.Decode(ids); err != nil {
			panic(err)
		}
	})
	report("gograd decode", 1, decSecs, nil)
	parDec := best(func() { decodeParallel(g, ids, cores) })
	report("gograd decode (parallel)", cores, parDec, map[string]any{"speedup": round3(decSecs / parDec)})

	if *trainMerges > 0 {
		trainText := englishText(10 << 20)
		t0 := time.Now()
		tr, err := tok.TrainBPE(trainText, tok.TrainOptions{VocabSize: 256 + *trainMerges})
		if err != nil {
			return err
		}
		secs := time.Since(t0).Seconds()
		if jsonOut {
			b, _ := json.Marshal(map[string]any{"bench": "tok", "measure": "gograd train", "threads": 1, "mb": 10, "merges": tr.NumMerges(), "seconds": round3(secs), "mb_per_s": round3(10 / secs)})
			fmt.Println(string(b))
		} else {
			fmt.Printf("  %-28s %2d thread(s) %9.1f MB/s  (%.3f s for %d merges on 10 MB)\n", "gograd BPE training", 1, 10/secs, secs, tr.NumMerges())
		}
	}
	if !*baseline {
		return nil
	}
	base, why := tiktokenBaseline(text, *rounds)
	if base == nil {
		if jsonOut {
			b, _ := json.Marshal(map[string]any{"bench": "tok", "measure": "tiktoken", "skipped": why})
			fmt.Println(string(b))
		} else {
			fmt.Printf("  tiktoken baseline skipped: %s\n", why)
		}
		return nil
	}
	agree := base.Tokens == len(ids) && base.Checksum == idsChecksum(ids)
	report("tiktoken "+base.Version+" encode (node)", 1, base.EncodeSeconds, map[string]any{"tokens": base.Tokens, "ids_agree": agree})
	report("tiktoken "+base.Version+" decode (node)", 1, base.DecodeSeconds, nil)
	encRatio, decRatio := base.EncodeSeconds/encSecs, base.DecodeSeconds/decSecs
	if jsonOut {
		b, _ := json.Marshal(map[string]any{"bench": "tok", "measure": "ratio vs tiktoken", "encode": round3(encRatio), "decode": round3(decRatio), "encode_parallel": round3(base.EncodeSeconds / parSecs), "ids_agree": agree})
		fmt.Println(string(b))
	} else {
		fmt.Printf("  gograd vs tiktoken, single-threaded: encode %.2fx, decode %.2fx; parallel encode %.2fx; ids identical: %v\n", encRatio, decRatio, base.EncodeSeconds/parSecs, agree)
	}
	if !agree {
		return fmt.Errorf("ids differ from tiktoken's on the benchmark text (%d vs %d tokens)", len(ids), base.Tokens)
	}
	return nil
}

func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// idsChecksum is a position-weighted sum the node script computes too.
func idsChecksum(ids []int) int64 {
	var s int64
	for i, id := range ids {
		s = (s*31 + int64(id) + int64(i%7)) % 1_000_000_007
	}
	return s
}

// decodeParallel decodes chunks of ids on several goroutines and joins
// the bytes (a character may be split between chunks, so text is made
// from the joined bytes).
func decodeParallel(g *tok.BPE, ids []int, workers int) string {
	parts := make([][]byte, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := w*len(ids)/workers, (w+1)*len(ids)/workers
			b, err := g.DecodeBytes(ids[lo:hi])
			if err != nil {
				panic(err)
			}
			parts[w] = b
		}()
	}
	wg.Wait()
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// findGPT2Dir finds the GPT-2 vocabulary: the flag, $GOGRAD_GPT2_DIR, or
// the shared data directory beside the checkout.
func findGPT2Dir(flagDir string) (string, error) {
	if flagDir != "" {
		return flagDir, nil
	}
	candidates := []string{os.Getenv("GOGRAD_GPT2_DIR"), filepath.Join("..", "shared", "data", "gpt2-tokenizer")}
	if exe, err := os.Executable(); err == nil {
		// bin/gograd in the checkout: ../../shared
		candidates = append(candidates, filepath.Join(filepath.Dir(exe), "..", "..", "shared", "data", "gpt2-tokenizer"))
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(c, "encoder.json")); err == nil {
			return c, nil
		}
	}
	return "", errors.New("GPT-2 vocabulary not found: pass -gpt2 DIR (a directory with encoder.json and vocab.bpe) or set GOGRAD_GPT2_DIR")
}

// englishText generates n bytes of English-like prose, the same on every
// run: common words with Zipf-like frequencies, inflections, made-up rare
// words (so BPE has real merging to do), names, numbers, punctuation,
// quotes, contractions and paragraphs.
func englishText(n int) string {
	words := strings.Fields(`the of and to a in is that it was for on as with he be by at his I this had not are but
		from or have an they which one you were her all she there would their we him been has when who will more no
		if out so said what up its about into than them can only other new some could time these two may then do
		first any my now such like our over man me even most made after also did many before must through back
		years where much your way well down should because each just those people how too little state good very
		make world still own see men work long get here between both life being under never day same another know
		while last might us great old year off come since against go came right used take three states himself few
		house use during without again place American around however home small found Mrs thought went say part
		once general high upon school every don't does got united left number course war until always away something
		fact though water less public put think almost hand enough far took head yet government system better set
		told nothing night end why called didn't eyes find going look asked later knew point next city business give
		group toward young let room president side social given present several order national possible rather
		second face per among form important often things looked early white case John become large big need four
		within felt along children saw best church ever least power development light thing seemed family interest
		want members mind country area others done turned although open God service certain kind problem began
		different door thus help sense means whole matter perhaps itself York times law human line above name
		example action company hands local show whether five history gave today either act feet across taken past
		quite anything seen having death week experience body word half really field am car words already
		information tell together college shall money period held keep sure free real seems behind cannot
		miss political air question making office brought whose special heard major problems ago became federal
		study available known result street economic boy position reason change south board individual job
		society areas west close turn love community true court force full seem wife future age wanted voice
		center woman control common necessary following front sometimes six girl clear further land run students
		provide feel party able mother music education university child effect level stood military town short
		morning total outside rate figure class art century north usually leave therefore evidence percent`)
	syll := strings.Fields("ka lo mi ren tor vis pla quen dra sto bel fin gar hol jun lex mor nat pri sul tav win zor ex con pre ter")
	suffixes := []string{"s", "ed", "ing", "ly", "ness", "tion", "er", "est", "ment", "ful"}
	r := rand.New(rand.NewPCG(2026, 11))
	zipf := rand.NewZipf(r, 1.07, 2, uint64(len(words)-1))
	var b strings.Builder
	b.Grow(n + 256)
	for b.Len() < n {
		nWords := 4 + r.IntN(22)
		quoted := r.IntN(12) == 0
		if quoted {
			b.WriteByte('"')
		}
		for i := 0; i < nWords; i++ {
			var w string
			switch x := r.IntN(100); {
			case x < 3:
				k := 2 + r.IntN(3)
				for j := 0; j < k; j++ {
					w += syll[r.IntN(len(syll))]
				}
			case x < 4:
				w = strconv.Itoa(r.IntN(3000))
			default:
				w = words[zipf.Uint64()]
				if r.IntN(9) == 0 {
					w += suffixes[r.IntN(len(suffixes))]
				}
			}
			if i == 0 || r.IntN(40) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
			switch x := r.IntN(60); {
			case x < 4:
				b.WriteByte(',')
			case x == 4:
				b.WriteString("'s")
			case x == 5:
				b.WriteString(";")
			case x == 6:
				b.WriteString(" (" + words[zipf.Uint64()] + ")")
			}
		}
		b.WriteString([]string{".", ".", ".", "?", "!"}[r.IntN(5)])
		if quoted {
			b.WriteByte('"')
		}
		if r.IntN(7) == 0 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()[:n]
}

type tiktokenResult struct {
	Version       string  `json:"version"`
	Tokens        int     `json:"tokens"`
	Checksum      int64   `json:"checksum"`
	EncodeSeconds float64 `json:"encode_seconds"`
	DecodeSeconds float64 `json:"decode_seconds"`
}

// tiktokenScript encodes and decodes the text file argv[2] with tiktoken's
// gpt2 encoding (single-threaded WASM), best of argv[3] rounds.
const tiktokenScript = `
const fs = require("fs");
const { get_encoding } = require("tiktoken");
const text = fs.readFileSync(process.argv[2], "utf8");
const rounds = +process.argv[3];
const enc = get_encoding("gpt2");
let ids, encBest = Infinity, decBest = Infinity;
for (let i = 0; i < rounds; i++) {
  const t0 = process.hrtime.bigint();
  ids = enc.encode_ordinary(text);
  encBest = Math.min(encBest, Number(process.hrtime.bigint() - t0) / 1e9);
}
for (let i = 0; i < rounds; i++) {
  const t0 = process.hrtime.bigint();
  const out = new TextDecoder().decode(enc.decode(ids));
  decBest = Math.min(decBest, Number(process.hrtime.bigint() - t0) / 1e9);
  if (out.length === 0 && text.length > 0) throw new Error("empty decode");
}
let sum = 0n;
for (let i = 0; i < ids.length; i++) sum = (sum * 31n + BigInt(ids[i]) + BigInt(i % 7)) % 1000000007n;
let version = "?";
try { version = JSON.parse(fs.readFileSync(require("path").join(process.env.TIKTOKEN_DIR, "package.json"), "utf8")).version; } catch (e) {}
console.log(JSON.stringify({version, tokens: ids.length, checksum: Number(sum), encode_seconds: encBest, decode_seconds: decBest}));
enc.free();
`

// tiktokenBaseline runs tiktoken under node on text, installing the npm
// package into $XDG_CACHE_HOME/gograd/npm when it is not there yet. It
// returns nil and the reason when it cannot.
func tiktokenBaseline(text string, rounds int) (*tiktokenResult, string) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, "node is not installed"
	}
	cache := os.Getenv("XDG_CACHE_HOME")
	if cache == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return nil, "no cache directory for the npm package"
		}
		cache = filepath.Join(home, ".cache")
	}
	prefix := filepath.Join(cache, "gograd", "npm")
	pkgDir := filepath.Join(prefix, "node_modules", "tiktoken")
	if _, err := os.Stat(filepath.Join(pkgDir, "package.json")); err != nil {
		npm, err := exec.LookPath("npm")
		if err != nil {
			return nil, "the npm package tiktoken is not installed and npm is not available"
		}
		if err := os.MkdirAll(prefix, 0o755); err != nil {
			return nil, err.Error()
		}
		fmt.Fprintf(os.Stderr, "installing tiktoken@%s into %s ...\n", tiktokenVersion, prefix)
		cmd := exec.Command(npm, "install", "--no-audit", "--no-fund", "--prefix", prefix, "tiktoken@"+tiktokenVersion)
		if out, err := cmd.CombinedOutput(); err != nil {
			return nil, fmt.Sprintf("npm install tiktoken failed: %v: %s", err, strings.TrimSpace(lastLine(string(out))))
		}
	}
	tmp, err := os.MkdirTemp("", "gograd-tok-bench")
	if err != nil {
		return nil, err.Error()
	}
	defer os.RemoveAll(tmp)
	textPath, scriptPath := filepath.Join(tmp, "text.txt"), filepath.Join(tmp, "bench.js")
	if err := os.WriteFile(textPath, []byte(text), 0o644); err != nil {
		return nil, err.Error()
	}
	if err := os.WriteFile(scriptPath, []byte(tiktokenScript), 0o644); err != nil {
		return nil, err.Error()
	}
	cmd := exec.Command(node, scriptPath, textPath, strconv.Itoa(rounds))
	cmd.Env = append(os.Environ(), "NODE_PATH="+filepath.Join(prefix, "node_modules"), "TIKTOKEN_DIR="+pkgDir)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Sprintf("node tiktoken run failed: %v", err)
	}
	var res tiktokenResult
	if err := json.Unmarshal([]byte(lastLine(string(out))), &res); err != nil {
		return nil, fmt.Sprintf("node tiktoken output %q: %v", lastLine(string(out)), err)
	}
	return &res, ""
}

func lastLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		return s[i+1:]
	}
	return s
}
