package geo

import (
	"unicode"
	"unicode/utf8"
)

// token is one word of a sentence: byte offsets into the sentence text.
type token struct {
	start, end int32
	cap        bool // starts with an upper-case letter
	caps       bool // two or more letters, all upper-case
}

// tokenize appends the words of s to toks. A word runs over letters,
// digits and marks, and over '.' and apostrophes between them ("U.S.",
// "Xi'an"); hyphens split words. A trailing possessive "'s" is dropped.
func tokenize(s string, toks []token) []token {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if wordByte[c] {
				j := wordEnd(s, i)
				toks = append(toks, newToken(s, i, j))
				i = j
				continue
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			i += n
			continue
		}
		j := wordEnd(s, i)
		toks = append(toks, newToken(s, i, j))
		i = j
	}
	return toks
}

// wordByte marks the ASCII letters and digits.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return t
}()

// wordEnd returns the end of the word starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf && wordByte[c] {
			i++
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWord(r) {
				i += n
				continue
			}
		}
		if (r == '.' || r == '\'' || r == '’') && i+n < len(s) && isWordByteAt(s, i+n) {
			i += n
			continue
		}
		break
	}
	return i
}

func isWordByteAt(s string, i int) bool {
	if s[i] < utf8.RuneSelf {
		return wordByte[s[i]]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWord(r)
}

func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return wordByte[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// newToken builds the token s[i:j], dropping a possessive ending.
func newToken(s string, i, j int) token {
	switch {
	case j-i > 3 && s[j-2] == '\'' && s[j-1] == 's':
		j -= 2
	case j-i > 5 && s[j-1] == 's' && s[j-4:j-1] == "’":
		j -= 4
	}
	t := token{start: int32(i), end: int32(j)}
	if c := s[i]; c < utf8.RuneSelf {
		t.cap = c >= 'A' && c <= 'Z'
	} else {
		r, _ := utf8.DecodeRuneInString(s[i:])
		t.cap = unicode.IsUpper(r)
	}
	if t.cap {
		t.caps = allCaps(s[i:j])
	}
	return t
}

func allCaps(w string) bool {
	letters := 0
	if len(w) > 1 && w[1] >= 'a' && w[1] <= 'z' {
		return false
	}
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// lowerIs reports whether the token text equals the lower-case ASCII word w,
// ignoring case.
func lowerIs(t string, w string) bool {
	if len(t) != len(w) {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// lowerWord writes the ASCII lower-case form of t into buf (for set
// look-ups); non-ASCII words come back unchanged in case.
func lowerWord(buf []byte, t string) []byte {
	buf = buf[:0]
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
