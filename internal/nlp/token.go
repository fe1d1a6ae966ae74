// Package nlp is dyad's language layer: tokens with offsets, part-of-speech
// tags, lemmas, and the shallow clause structure (noun phrases, verb groups,
// prepositional partners) the event coder reads.
package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word or punctuation mark of a sentence.
type Token struct {
	Text  string // as written
	Lower string // lower-cased Text
	Start int    // byte offset in the sentence
	End   int
	Tag   string // Penn Treebank tag
	Lemma string // lemma (American spelling for verbs and nouns)
}

// Tokenize splits a sentence into tokens, Penn-style: punctuation separated,
// possessive 's and n't split off, hyphenated words and abbreviations kept.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/5+4)
	i := 0
	for i < len(s) {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '_' { // "Dol_Amroth": an underscore joins words as a space would
			i += w
			continue
		}
		j := wordEnd(s, i)
		if j == i {
			j = i + w
			if r == '.' || r == '-' { // runs of ... or --
				for j < len(s) && s[j] == byte(r) {
					j++
				}
			}
		}
		toks = appendWord(toks, s, i, j)
		i = j
	}
	return toks
}

// appendWord adds s[i:j], splitting clitics off the end of a word.
func appendWord(toks []Token, s string, i, j int) []Token {
	w := s[i:j]
	if k := cliticStart(w); k > 0 {
		toks = append(toks, newToken(s, i, i+k))
		return append(toks, newToken(s, i+k, j))
	}
	return append(toks, newToken(s, i, j))
}

// cliticStart returns where a trailing clitic ('s, n't, 're, 've, 'll, 'd,
// 'm, or a bare ' after s; curly apostrophes too) begins in w, or 0.
func cliticStart(w string) int {
	n := len(w)
	if n > 3 && hasSuffixFold(w, "n't") {
		return n - 3
	}
	for _, apo := range [...]string{"'", "’"} {
		for _, suf := range [...]string{"s", "d", "m", "re", "ve", "ll"} {
			if k := n - len(apo) - len(suf); k > 0 && hasSuffixFold(w, apo+suf) {
				return k
			}
		}
		if k := n - len(apo); k > 1 && w[k:] == apo && (w[k-1] == 's' || w[k-1] == 'S') {
			return k
		}
	}
	return 0
}

// hasSuffixFold reports whether s ends with the lower-case ASCII suffix suf,
// ignoring ASCII case.
func hasSuffixFold(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	t := s[len(s)-len(suf):]
	for k := 0; k < len(suf); k++ {
		c := t[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != suf[k] {
			return false
		}
	}
	return true
}

// wordEnd returns the end of the word starting at i (letters, digits and
// word-internal . - ' , : & /), or i when s[i] starts no word.
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		if j > i && isJoiner(r) && j+w < len(s) && joinOK(s, i, j, w, r) {
			j += w
			continue
		}
		break
	}
	return abbrevEnd(s, i, j)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

func isJoiner(r rune) bool {
	return r == '.' || r == '-' || r == '\'' || r == ',' || r == ':' || r == '&' || r == '/' || r == '’'
}

// joinOK decides whether the joiner at j continues the word.
func joinOK(s string, i, j, w int, r rune) bool {
	next, _ := utf8.DecodeRuneInString(s[j+w:])
	prev, _ := utf8.DecodeLastRuneInString(s[i:j])
	switch r {
	case ',', ':':
		return unicode.IsDigit(prev) && unicode.IsDigit(next) // 1,000 10:30
	case '.':
		return (unicode.IsDigit(prev) && unicode.IsDigit(next)) || (unicode.IsLetter(next) && isInitialism(s[i:j]))
	case '\'', '’':
		return unicode.IsLetter(next)
	default:
		return isWordRune(next)
	}
}

// isInitialism reports whether w looks like the inside of U.S or U.N (single
// letters separated by dots).
func isInitialism(w string) bool {
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c == '.' {
			continue
		}
		if k+1 < len(w) && w[k+1] != '.' {
			return false
		}
	}
	return true
}

// abbrevEnd extends a word over a trailing period when the word is an
// initialism (U.S.) or a single capital letter initial (J.).
func abbrevEnd(s string, i, j int) int {
	if j >= len(s) || s[j] != '.' || j == i {
		return j
	}
	w := s[i:j]
	if len(w) >= 3 && isInitialism(w) && w[1] == '.' {
		return j + 1
	}
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return j + 1
	}
	if isTitleAbbrev(w) {
		return j + 1
	}
	return j
}

var titleAbbrevs = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "Prof": true, "Gen": true, "Lt": true,
	"Col": true, "Sgt": true, "Rep": true, "Sen": true, "Gov": true, "St": true, "Jr": true,
	"Capt": true, "Adm": true, "Maj": true, "Pres": true, "Rev": true, "Sr": true, "No": true,
	"Jan": true, "Feb": true, "Aug": true, "Sept": true, "Sep": true, "Oct": true, "Nov": true, "Dec": true,
	"Inc": true, "Corp": true, "Ltd": true, "Co": true, "vs": true, "etc": true,
}

func isTitleAbbrev(w string) bool { return titleAbbrevs[w] }

func newToken(s string, i, j int) Token {
	t := s[i:j]
	return Token{Text: t, Lower: lower(t), Start: i, End: j}
}

// lower lower-cases s, normalising curly apostrophes, without allocating
// when s is already lower-case ASCII.
func lower(s string) string {
	for k := 0; k < len(s); k++ {
		c := s[k]
		if (c >= 'A' && c <= 'Z') || c >= 0x80 {
			return lowerSlow(s)
		}
	}
	return s
}

func lowerSlow(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		if r == '’' || r == '‘' {
			r = '\''
		}
		b = append(b, unicode.ToLower(r))
	}
	return string(b)
}
