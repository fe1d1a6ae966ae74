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
	if w, _ := scanPlain(s); w >= 0 {
		return s
	}
	var b strings.Builder
	return normalizeTo(&b, s)
}

// normalizeTo appends the normal form of s to b and returns it; the result
// shares b's memory, which b never rewrites.
func normalizeTo(b *strings.Builder, s string) string {
	if needsNFC(s) {
		s = norm.NFC.String(s)
	}
	b.Grow(len(s))
	n := normalizer{b: b, start: b.Len()}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
			j := visibleRun(s, i)
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
	return b.String()[n.start:]
}

// visibleRun returns the end of the run of printable ASCII starting with
// the visible s[i]; the run may hold single spaces but ends with a visible
// byte.
func visibleRun(s string, i int) int {
	j := i + 1
	for j < len(s) {
		c := s[j]
		if c > ' ' && c < 0x7f {
			j++
			continue
		}
		if c == ' ' && j+1 < len(s) && s[j+1] > ' ' && s[j+1] < 0x7f {
			j += 2
			continue
		}
		break
	}
	return j
}

// needsNFC reports whether s might not be in NFC: it holds a rune outside
// ASCII and the nfcSafe ranges and fails the quick check.
func needsNFC(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < utf8.RuneSelf {
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !nfcSafe(r) {
			return norm.NFC.QuickSpanString(s) < len(s)
		}
		i += size - 1
	}
	return false
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

// normalizer writes normalised output from b.Len() = start on, collapsing
// white space lazily: a pending space is written only before the next
// visible character.
type normalizer struct {
	b       *strings.Builder
	start   int
	pending bool
}

// space writes the pending space, if any, before a visible character.
func (n *normalizer) space() {
	if n.pending && n.b.Len() > n.start {
		n.b.WriteByte(' ')
	}
	n.pending = false
}

// run writes printable ASCII that starts and ends with a visible byte.
func (n *normalizer) run(s string) {
	n.space()
	n.b.WriteString(s)
}

func (n *normalizer) put(c byte) {
	n.space()
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
	case unicode.IsSpace(r):
		n.pending = true
	case invisible(r):
		// zero-width, bidi or control character: dropped
	default:
		n.space()
		n.b.WriteRune(r)
	}
}

// emDash writes an em dash as "-", spaced unless it joins two digits.
func (n *normalizer) emDash(rest string) {
	out := n.b.String()[n.start:]
	prevDigit := len(out) > 0 && !n.pending && isDigit(out[len(out)-1])
	nextDigit := len(rest) > 0 && isDigit(rest[0])
	if prevDigit && nextDigit {
		n.put('-')
		return
	}
	if len(out) > 0 {
		n.pending = true
	}
	n.put('-')
	n.pending = true
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
