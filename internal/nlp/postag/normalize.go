package postag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalised context words, as the model was trained: hyphenated words,
// four-digit numbers and words starting with a digit are replaced by a
// class name; everything else is lower-cased.
var (
	hyphenCtx = specialCtx("!HYPHEN")
	yearCtx   = specialCtx("!YEAR")
	digitsCtx = specialCtx("!DIGITS")
	emptyCtx  = ctxWord{norm: fnvString(""), normSuf: fnvString("")}
)

// normCtx returns the context entry of a word.
func normCtx(w string) ctxWord {
	switch {
	case w == "":
		return emptyCtx
	case w[0] != '-' && strings.IndexByte(w, '-') > 0:
		return hyphenCtx
	case isYear(w):
		return yearCtx
	case '0' <= w[0] && w[0] <= '9':
		return digitsCtx
	}
	var buf [48]byte
	b := appendForm(buf[:0], w, true)
	return ctxWord{norm: fnvBytes(b), normSuf: fnvBytes(b[max(0, len(b)-3):])}
}

// isYear reports whether w is four bytes that strconv.Atoi accepts.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	i := 0
	if w[0] == '+' || w[0] == '-' {
		i = 1
	}
	for ; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// appendForm appends w to b with typographic apostrophes (U+2019) made
// straight, lower-cased (as strings.ToLower does) when lower is set.
func appendForm(b []byte, w string, lower bool) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return appendFormSlow(b, w[i:], lower)
		}
		if lower && 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}

// appendFormSlow is appendForm for text with non-ASCII bytes.
func appendFormSlow(b []byte, w string, lower bool) []byte {
	if !lower {
		for i := 0; i < len(w); i++ {
			if strings.HasPrefix(w[i:], "\u2019") {
				b = append(b, '\'')
				i += 2
				continue
			}
			b = append(b, w[i])
		}
		return b
	}
	for _, r := range w { // invalid bytes become U+FFFD, as in strings.ToLower
		if r == '\u2019' {
			r = '\''
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return b
}
