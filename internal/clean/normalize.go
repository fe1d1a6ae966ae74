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
	if isPlain(s) {
		return s
	}
	if !isASCII(s) && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	n := normalizer{b: &b}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			n.ascii(c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		n.rune(r, s[i+size:])
		i += size
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII with single inner spaces and
// no spaces at either end, so that Normalize can return it unchanged.
func isPlain(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f {
			return false
		}
		sp := c == ' '
		if sp && prevSpace {
			return false
		}
		prevSpace = sp
	}
	return true
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
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u180e':
		// invisible: dropped
	default:
		n.other(r)
	}
}

func (n *normalizer) other(r rune) {
	switch {
	case unicode.IsSpace(r) || r == '\u200b':
		n.pending = true
	case unicode.IsControl(r) || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069'):
		// control or bidi formatting: dropped
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
