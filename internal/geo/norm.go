package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldLo and foldHi bound the runes the fold table covers: Latin-1
// Supplement, Latin Extended-A/B and Latin Extended Additional.
const (
	foldLo = 0xC0
	foldHi = 0x1EFF
)

// foldTable maps a rune in [foldLo, foldHi] to its ASCII spelling ("" when
// it has none).
var foldTable = buildFold()

// foldSpecial are letters NFD does not split into base + mark.
var foldSpecial = map[rune]string{
	'ß': "ss", 'ẞ': "SS", 'æ': "ae", 'Æ': "AE", 'ø': "o", 'Ø': "O", 'œ': "oe", 'Œ': "OE",
	'ł': "l", 'Ł': "L", 'đ': "d", 'Đ': "D", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "Th",
	'ı': "i", 'ħ': "h", 'Ħ': "H", 'ŀ': "l", 'Ŀ': "L", 'ŧ': "t", 'Ŧ': "T", 'ƒ': "f",
}

func buildFold() []string {
	t := make([]string, foldHi-foldLo+1)
	for r := rune(foldLo); r <= foldHi; r++ {
		if s, ok := foldSpecial[r]; ok {
			t[r-foldLo] = s
			continue
		}
		var b strings.Builder
		for _, d := range norm.NFD.String(string(r)) {
			if d < utf8.RuneSelf {
				b.WriteRune(d)
			}
		}
		t[r-foldLo] = b.String()
	}
	return t
}

// foldRune returns the ASCII spelling of r, or "" and false when it has
// none (non-Latin scripts).
func foldRune(r rune) (string, bool) {
	if r >= foldLo && r <= foldHi {
		s := foldTable[r-foldLo]
		return s, s != ""
	}
	return "", false
}

// ASCII folds s to ASCII letters, keeping case: "Köln" → "Koln", "Łódź" →
// "Lodz". Runes with no Latin base are dropped.
func ASCII(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			b.WriteByte(byte(r))
		case r == '’' || r == 'ʻ' || r == 'ʼ' || r == '‘':
			b.WriteByte('\'')
		case r == '‐' || r == '‑' || r == '–':
			b.WriteByte('-')
		default:
			if f, ok := foldRune(r); ok {
				b.WriteString(f)
			}
		}
	}
	return b.String()
}

// Key returns the lookup key of a name: lower-case ASCII words separated by
// single spaces; hyphens separate words, periods and apostrophes vanish
// ("Port-au-Prince" → "port au prince", "St. John's" → "st johns").
func Key(s string) string { return string(appendKey(nil, s)) }

// appendKey appends the key of s to dst without allocating when dst has
// room.
func appendKey(dst []byte, s string) []byte {
	space := len(dst) > 0 && dst[len(dst)-1] != ' '
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			dst, space = keyByte(dst, c, space)
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if f, ok := foldRune(r); ok {
			for j := 0; j < len(f); j++ {
				dst, space = keyByte(dst, f[j], space)
			}
		} else if unicode.IsLetter(r) {
			dst, space = keyByte(dst, '?', space)
		} else if !isQuote(r) && !unicode.IsMark(r) {
			space = len(dst) > 0
		}
	}
	return dst
}

// keyByte adds one ASCII byte to a key under construction; space records a
// pending word break.
func keyByte(dst []byte, c byte, space bool) ([]byte, bool) {
	switch {
	case c >= 'A' && c <= 'Z':
		c += 'a' - 'A'
	case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '?':
	case c == '.' || c == '\'':
		return dst, space
	default:
		return dst, len(dst) > 0
	}
	if space && len(dst) > 0 && dst[len(dst)-1] != ' ' {
		dst = append(dst, ' ')
	}
	return append(dst, c), false
}

func isQuote(r rune) bool { return r == '’' || r == 'ʻ' || r == 'ʼ' || r == '‘' || r == '`' }
