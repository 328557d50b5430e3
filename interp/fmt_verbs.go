package interp

import "strings"

// parseFormatVerbs lists the verbs of a Printf format with the argument
// each formats, as fmt numbers them: a * width or precision takes an
// argument of its own, and an explicit index ([n]) sets the argument of
// what follows. ok is false for a format whose verbs cannot be told
// (non-ASCII verbs, malformed indexes), or that formats one argument with
// more than one verb (the rewrites replace an operand for its verb), or
// whose * arguments are also formatted.
func parseFormatVerbs(f string) (verbs []formatVerb, ok bool) {
	return scanFormatVerbs(f, false)
}

// scanFormatVerbs is parseFormatVerbs; with shared, verbs may format the
// same argument ("%[1]v %[1]T").
func scanFormatVerbs(f string, shared bool) (verbs []formatVerb, ok bool) {
	arg := 0
	used := map[int]bool{}
	stars := map[int]bool{}
	// index parses [n] at f[i:], returning the new argument number.
	index := func(i int) (int, bool, bool) {
		if i >= len(f) || f[i] != '[' {
			return i, false, true
		}
		j := strings.IndexByte(f[i:], ']')
		if j < 2 {
			return i, false, false
		}
		n := 0
		for _, c := range f[i+1 : i+j] {
			if c < '0' || c > '9' {
				return i, false, false
			}
			n = n*10 + int(c-'0')
		}
		if n < 1 {
			return i, false, false
		}
		arg = n - 1
		return i + j + 1, true, true
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			continue
		}
		i++
		for i < len(f) && strings.IndexByte("+-# 0", f[i]) >= 0 {
			i++
		}
		var good bool
		if i, _, good = index(i); !good {
			return nil, false
		}
		// width
		if i < len(f) && f[i] == '*' {
			stars[arg] = true
			arg++
			i++
		} else {
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				i++
			}
		}
		// precision
		if i < len(f) && f[i] == '.' {
			i++
			if i, _, good = index(i); !good {
				return nil, false
			}
			if i < len(f) && f[i] == '*' {
				stars[arg] = true
				arg++
				i++
			} else {
				for i < len(f) && f[i] >= '0' && f[i] <= '9' {
					i++
				}
			}
		}
		if i, _, good = index(i); !good {
			return nil, false
		}
		if i >= len(f) {
			break
		}
		switch {
		case f[i] == '%':
			continue
		case f[i] >= 0x80:
			return nil, false
		}
		if used[arg] && !shared {
			return nil, false
		}
		used[arg] = true
		verbs = append(verbs, formatVerb{at: i, arg: arg, verb: f[i]})
		arg++
	}
	for a := range stars {
		if used[a] {
			return nil, false
		}
	}
	return verbs, true
}
