package tok

import "fmt"

// byteToRune is GPT-2's bytes_to_unicode table: every byte maps to a
// printable character, so a token's bytes can be written as a JSON string.
// Bytes '!'..'~', '¡'..'¬' and '®'..'ÿ' map to themselves; the other 68
// map in increasing order to U+0100, U+0101, ...
var byteToRune, byteOrder = func() (m [256]rune, order [256]byte) {
	n := 0
	printable := func(b int) bool {
		return (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF)
	}
	for b := 0; b < 256; b++ {
		if printable(b) {
			m[b] = rune(b)
			order[n] = byte(b)
			n++
		}
	}
	extra := 0
	for b := 0; b < 256; b++ {
		if !printable(b) {
			m[b] = rune(256 + extra)
			order[n] = byte(b)
			n++
			extra++
		}
	}
	return m, order
}()

// runeToByte inverts byteToRune.
var runeToByte = func() map[rune]byte {
	m := make(map[rune]byte, 256)
	for b, r := range byteToRune {
		m[r] = byte(b)
	}
	return m
}()

// byteLevelEncode writes the bytes of b in GPT-2's byte-level alphabet.
func byteLevelEncode(b string) string {
	rs := make([]rune, len(b))
	for i := 0; i < len(b); i++ {
		rs[i] = byteToRune[b[i]]
	}
	return string(rs)
}

// byteLevelDecode turns a token written in the byte-level alphabet back
// into its bytes.
func byteLevelDecode(s string) (string, error) {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		b, ok := runeToByte[r]
		if !ok {
			return "", fmt.Errorf("character %q (U+%04X) is not in the byte-level alphabet", r, r)
		}
		out = append(out, b)
	}
	return string(out), nil
}
