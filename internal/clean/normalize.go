package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns s in the package's normal form: NFC, white space
// collapsed and trimmed, quotes, dashes and ellipses mapped to ASCII as the
// package documentation describes, invisible characters removed.
func Normalize(s string) string {
	if plainWords(s) >= 0 {
		return s
	}
	return normalize(s)
}

// normalize is Normalize without the check for text already in normal form.
func normalize(s string) string {
	if !isASCII(s) && norm.NFC.QuickSpanString(s) < len(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	n := normalizer{b: &b}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			n.run(s[i:j])
			i = j
		case c < utf8.RuneSelf:
			n.ascii(c)
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			n.rune(r, s[i+size:])
			i += size
		}
	}
	return b.String()
}

// plainClass classifies bytes for plainWords: 0 for printable ASCII other
// than space, 1 for space, 2 for other ASCII (which Normalize changes), 3
// for the bytes of longer UTF-8 sequences.
var plainClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 3
		case c < 0x20 || c == 0x7f:
			t[c] = 2
		}
	}
	t[' '] = 1
	return t
}()

// plainWords returns the number of words of s when s is already in normal
// form, so that Normalize returns it unchanged: NFC, single inner spaces, no
// spaces at either end, no control, invisible or white-space characters and
// no quotes, dashes or ellipses that Normalize maps. Otherwise it returns -1.
func plainWords(s string) int {
	if s == "" {
		return 0
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return -1
	}
	spaces, prev, wide := 0, uint8(0), false
	for i := 0; i < len(s); i++ {
		switch plainClass[s[i]] {
		case 0:
			prev = 0
		case 1:
			if prev == 1 {
				return -1
			}
			spaces++
			prev = 1
		case 2:
			return -1
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !keptRune(r, size) {
				return -1
			}
			i += size - 1
			prev, wide = 0, true
		}
	}
	if wide && norm.NFC.QuickSpanString(s) < len(s) {
		return -1
	}
	return spaces + 1
}

// keptRune reports whether Normalize copies the non-ASCII rune r (decoded
// from size bytes) unchanged when s is NFC.
func keptRune(r rune, size int) bool {
	switch r {
	case utf8.RuneError:
		return size > 1
	case '“', '”', '„', '‟', '«', '»', '″', '‶', '〝', '〞', '＂', '‘', '’', '‚', '‛', '′', '‵', '…',
		'‐', '‑', '‒', '–', '−', '—', '―':
		return false
	}
	return !unicode.IsSpace(r) && !invisible(r)
}

// invisible reports whether Normalize drops r: zero-width, bidi and
// control characters.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u180e':
		return true
	}
	return unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// normalizer writes normalised output, collapsing white space lazily: a
// pending space is written only before the next visible character.
type normalizer struct {
	b       *strings.Builder
	pending bool
}

// run writes a run of printable ASCII other than space.
func (n *normalizer) run(s string) {
	if n.pending && n.b.Len() > 0 {
		n.b.WriteByte(' ')
	}
	n.pending = false
	n.b.WriteString(s)
}

func (n *normalizer) put(c byte) {
	if n.pending && n.b.Len() > 0 {
		n.b.WriteByte(' ')
	}
	n.pending = false
	n.b.WriteByte(c)
}

func (n *normalizer) ascii(c byte) {
	switch {
	case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
		n.pending = true
	case c < 0x20 || c == 0x7f:
		// control character: dropped
	default:
		n.put(c)
	}
}

func (n *normalizer) rune(r rune, rest string) {
	switch r {
	case '“', '”', '„', '‟', '«', '»', '″', '‶', '〝', '〞', '＂':
		n.put('"')
	case '‘', '’', '‚', '‛', '′', '‵':
		n.put('\'')
	case '…':
		n.put('.')
		n.b.WriteString("..")
	case '‐', '‑', '‒', '–', '−':
		n.put('-')
	case '—', '―':
		n.emDash(rest)
	default:
		n.other(r)
	}
}

func (n *normalizer) other(r rune) {
	switch {
	case invisible(r):
		// zero-width, bidi or control character: dropped
	case unicode.IsSpace(r):
		n.pending = true
	default:
		if n.pending && n.b.Len() > 0 {
			n.b.WriteByte(' ')
		}
		n.pending = false
		n.b.WriteRune(r)
	}
}

// emDash writes an em dash as "-", spaced unless it joins two digits.
func (n *normalizer) emDash(rest string) {
	out := n.b.String()
	prevDigit := len(out) > 0 && !n.pending && isDigit(out[len(out)-1])
	nextDigit := len(rest) > 0 && isDigit(rest[0])
	if prevDigit && nextDigit {
		n.put('-')
		return
	}
	if n.b.Len() > 0 {
		n.pending = true
	}
	n.put('-')
	n.pending = true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
