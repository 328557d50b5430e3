// Regenerates tok/testdata/tiktoken_random.jsonl: pseudo-random texts that
// stress the GPT-2 pre-tokenizer (all kinds of spaces, apostrophes, letters
// and numbers of many scripts, emoji, random code points, long words) with
// tiktoken's gpt2 ids, so the tests check agreement beyond the shared cases.
//
//   npm install --prefix "$XDG_CACHE_HOME/gograd/npm" tiktoken@1.0.22
//   NODE_PATH="$XDG_CACHE_HOME/gograd/npm/node_modules" node scripts/tok_tiktoken_cases.js > tok/testdata/tiktoken_random.jsonl
const { get_encoding } = require("tiktoken");
const enc = get_encoding("gpt2");
let seed = 20261125;
function rnd() { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = a => a[Math.floor(rnd() * a.length)];
const pool = [..." \t\n\r\x0b\x0c\u0085\u00a0\u1680\u2000\u2028\u2029\u202f\u205f\u3000\ufeff\u180e\u200b",
  ..."'''sStTrRevVmMlLdD", ..."abcXYZ019٣٤①½Ⅻ²éñßΩЖ中日한あ", ..."!?.,;:-_()\"«»—…@#$%^&*",
  "\u0301", "\u0308", "👋", "🏽", "\u200d", "🇺", "🇸", "𝔘", "𝟙", "\u{10400}", "\u{1F600}", "\u{E0001}",
  "\u{13F46}", "\u{1CCF0}", "\u{16D40}", "\u{323B0}"];
const words = ["the", "The", " and", "'s", "'re", "'ve", "'ll", "'d", "'m", "'t", "don't", "I'm", "hello",
  "world", "1234567", "  ", "\n\n", " \n", "\r\n", " of", " tokenization", "ing", "ly"];
function randomCP() {
  for (;;) {
    const r = rnd();
    const cp = r < 0.4 ? 0x80 + Math.floor(rnd() * 0x780) : r < 0.8 ? 0x800 + Math.floor(rnd() * 0xf800) : 0x10000 + Math.floor(rnd() * 0x100000);
    if (cp < 0xd800 || cp > 0xdfff) return String.fromCodePoint(cp);
  }
}
const texts = [];
for (let i = 0; i < 1500; i++) {
  const n = pick([1, 2, 3, 5, 8, 13, 30, 80]);
  let s = "";
  for (let k = 0; k < n; k++) {
    const r = rnd();
    s += r < 0.6 ? pick(pool) : r < 0.85 ? pick(words) : randomCP();
  }
  texts.push(s);
}
// Long pieces: BPE merging on thousands of bytes.
const letters = "abcdefghijklmnopqrstuvwxyz";
for (const n of [300, 4000]) {
  let w = "";
  for (let i = 0; i < n; i++) w += letters[Math.floor(rnd() * 26)];
  texts.push(w, " " + w.toUpperCase(), "a".repeat(n), "1".repeat(n), " ".repeat(n) + "x", "\n".repeat(n), "!?".repeat(n / 2), "é".repeat(n / 2));
}
for (const text of texts) process.stdout.write(JSON.stringify({ text, ids: Array.from(enc.encode_ordinary(text)) }) + "\n");
// Special tokens in odd places, with the encoding when they are allowed.
for (const text of ["a <|endoftext|> b", "<|endoftext|><|endoftext|>", " <|endoftext|>", "<|endo<|endoftext|>ftext|>",
  "x\n<|endoftext|>\n\ny", "<|endoftext|>'s", "  <|endoftext|>  ", "<|endoftext", "é<|endoftext|>é"]) {
  process.stdout.write(JSON.stringify({ text, ids: Array.from(enc.encode_ordinary(text)), ids_allow_special: Array.from(enc.encode(text, "all")) }) + "\n");
}
enc.free();
