package interp

import (
	"fmt"
	"testing"
)

// TestParseFormatVerbs: verbs are matched to the arguments fmt gives them,
// * widths and explicit indexes included.
func TestParseFormatVerbs(t *testing.T) {
	for _, tc := range []struct {
		format string
		want   string // verb:arg ...
		ok     bool
	}{
		{"%d %s", "d0 s1", true},
		{"%*d|%-*s|%.*f", "d1 s3 f5", true},
		{"%[2]v %[1]d %T", "v1 d0 T1", false}, // %T formats argument 2 again
		{"%[2]v %[1]d %T", "", false},
		{"%[3]*.[2]*[1]f", "f0", true},
		{"%v %%d %[1]q", "", false},
		{"%6.2f%%|%+v", "f0 v1", true},
		{"%[0]d", "", false},
		{"%[x]d", "", false},
		{"%s%[1]*d", "", false},
	} {
		vs, ok := parseFormatVerbs(tc.format)
		got := ""
		for i, v := range vs {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%c%d", v.verb, v.arg)
		}
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("%q: got %q %v, want %q %v", tc.format, got, ok, tc.want, tc.ok)
		}
	}
}

// With shared, verbs may format one argument: the rewrite then gives each
// its own copy (fix_sharedverbs.go).
func TestScanFormatVerbsShared(t *testing.T) {
	for _, tc := range []struct{ format, want string }{
		{"%[1]v %[1]T", "v0 T0"},
		{"%v %T %[1]v", "v0 T1 v0"},
		{"%[2]v %[1]d %T", "v1 d0 T1"},
		{"%6.2[1]f %[1]T", "f0 T0"},
	} {
		vs, ok := scanFormatVerbs(tc.format, true)
		got := ""
		for i, v := range vs {
			if i > 0 {
				got += " "
			}
			got += fmt.Sprintf("%c%d", v.verb, v.arg)
		}
		if !ok || got != tc.want {
			t.Errorf("%q: got %q %v, want %q", tc.format, got, ok, tc.want)
		}
	}
}
