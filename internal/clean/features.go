package clean

import (
	"strings"
	"unicode/utf8"
)

// line holds a normalised line and the features every rule needs.
type line struct {
	s          string // normalised text
	l          string // lower-cased text
	words      int
	final      bool // ends with sentence punctuation (closing quotes allowed)
	quoted     bool // starts with a quote mark
	attributed bool // carries a reporting verb
	full       bool // l and attributed are filled
}

// newLine computes the cheap features of s; fill adds the rest.
func newLine(s string) line {
	ln := line{s: s, words: wordCount(s), final: endsSentence(s)}
	ln.quoted = s != "" && (s[0] == '"' || s[0] == '\'')
	return ln
}

// fill computes the lower-cased text and the attribution flag once.
func (ln *line) fill() {
	if !ln.full {
		ln.l = lower(ln.s)
		ln.attributed = hasAnyWord(ln.l, attributionWords)
		ln.full = true
	}
}

// lower lower-cases ASCII letters and leaves other bytes alone, so byte
// offsets match the input; it returns s itself when nothing changes.
func lower(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// endsSentence reports whether s ends with . ! or ? possibly followed by
// closing quotes or brackets.
func endsSentence(s string) bool {
	i := len(s) - 1
	for i >= 0 && strings.IndexByte("\"')]", s[i]) >= 0 {
		i--
	}
	return i >= 0 && (s[i] == '.' || s[i] == '!' || s[i] == '?')
}

// hasWord reports whether w occurs in l as a whole word (bounded by
// non-letters).
func hasWord(l, w string) bool {
	for off := 0; ; {
		i := strings.Index(l[off:], w)
		if i < 0 {
			return false
		}
		i += off
		j := i + len(w)
		if (i == 0 || !isLetter(l[i-1])) && (j == len(l) || !isLetter(l[j])) {
			return true
		}
		off = i + 1
	}
}

func hasAnyWord(l string, ws []string) bool {
	for _, w := range ws {
		if hasWord(l, w) {
			return true
		}
	}
	return false
}

func hasAnyPrefix(l string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= utf8.RuneSelf }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// trimDecor strips decoration (bullets, separators, arrows, trailing colons
// and full stops) from both ends of a lower-cased line.
func trimDecor(l string) string {
	const decor = " -*|:.>»›<«•·()[]!_=~#"
	return strings.Trim(l, decor)
}
