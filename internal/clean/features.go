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
	q          quickInfo
}

// newLine computes the cheap features of s; fill adds the rest.
func newLine(s string) line {
	return plainLine(s, wordCount(s))
}

// lineOf normalises raw and computes its cheap features; raw that is
// already in normal form is neither copied nor scanned twice. A normalised
// copy goes into tb (nil: a fresh allocation).
func lineOf(raw string, tb *textBuf) line {
	w, q := scanPlain(raw)
	return lineFrom(raw, w, q, tb)
}

// lineFrom is lineOf given scanPlain's results for raw.
func lineFrom(raw string, w int, q quickInfo, tb *textBuf) line {
	if w < 0 {
		return newLine(tb.normalize(raw))
	}
	ln := plainLine(raw, w)
	ln.q = q
	return ln
}

// plainLine builds the line of a normalised s with w words.
func plainLine(s string, w int) line {
	ln := line{s: s, words: w, final: endsSentence(s)}
	ln.quoted = s != "" && (s[0] == '"' || s[0] == '\'')
	return ln
}

// fill computes the lower-cased text and the attribution flag once; the
// lower-cased copy goes into tb (nil: a fresh allocation).
func (ln *line) fill(tb *textBuf) {
	if !ln.full {
		ln.l = tb.lower(ln.s)
		ln.attributed = hasAnyWord(ln.l, attributionWords)
		ln.full = true
	}
}

// textBuf holds the normalised and lower-cased copies of one document's
// lines in a single growing buffer instead of one allocation per line. Each
// copy is a string over bytes the builder never rewrites (it only appends),
// so the copies stay valid as the buffer grows. A nil *textBuf allocates
// each copy on its own.
type textBuf struct {
	b    strings.Builder
	hint int // expected total size, reserved at the first copy
}

// reserve makes room for n more bytes, at least hint at the first use.
func (tb *textBuf) reserve(n int) {
	if tb.b.Cap() == 0 {
		n = max(n, tb.hint)
	}
	tb.b.Grow(n)
}

// normalize returns Normalize(s) for an s that is not in normal form.
func (tb *textBuf) normalize(s string) string {
	if tb == nil {
		var b strings.Builder
		return normalizeTo(&b, s)
	}
	tb.reserve(len(s))
	return normalizeTo(&tb.b, s)
}

// lower returns lower(s).
func (tb *textBuf) lower(s string) string {
	i := firstUpper(s)
	if i == len(s) {
		return s
	}
	if tb == nil {
		return lower(s)
	}
	tb.reserve(len(s))
	start := tb.b.Len()
	tb.b.WriteString(s[:i])
	var chunk [256]byte
	for i < len(s) {
		n := copy(chunk[:], s[i:])
		for k, c := range chunk[:n] {
			if c >= 'A' && c <= 'Z' {
				chunk[k] = c + 32
			}
		}
		tb.b.Write(chunk[:n])
		i += n
	}
	return tb.b.String()[start:]
}

// firstUpper returns the index of the first ASCII capital in s, or len(s).
func firstUpper(s string) int {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	return i
}

// lower lower-cases ASCII letters and leaves other bytes alone, so byte
// offsets match the input; it returns s itself when nothing changes.
func lower(s string) string {
	i := firstUpper(s)
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

// sepByte is 1 for the bytes that separate words.
var sepByte = [256]uint8{' ': 1, '\n': 1}

// wordCount counts the runs of bytes other than space and newline.
func wordCount(s string) int {
	n, prev := 0, uint8(1)
	for i := 0; i < len(s); i++ {
		cur := sepByte[s[i]]
		n += int(prev &^ cur)
		prev = cur
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
