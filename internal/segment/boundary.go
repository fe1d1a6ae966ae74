package segment

import "strings"

// boundary decides whether the terminator run text[i:j] ends a sentence.
func boundary(text string, i, j, end int) bool {
	if j >= end {
		return true
	}
	if spaceLen(text, j) == 0 {
		return false // "3.5", "U.S.A", "example.com", "end.The"
	}
	next := j
	for next < end {
		n := spaceLen(text, next)
		if n == 0 {
			break
		}
		next += n
	}
	if next >= end {
		return true
	}
	nc := text[next]
	if isLower(nc) {
		return false
	}
	if text[i] != '.' || j-i > 1 && strings.IndexByte(".?!\xe2", text[i+1]) >= 0 {
		return true // "?", "!", "..." before a non-lower-case word
	}
	return abbrevBoundary(wordBefore(text, i), text[next:end])
}

// wordBefore returns the token that ends at the full stop text[i], without
// opening quotes or brackets.
func wordBefore(text string, i int) string {
	k := i
	for k > 0 && text[k-1] != ' ' && text[k-1] != '\n' && text[k-1] != '\t' {
		k--
	}
	for k < i && (text[k] == '"' || text[k] == '\'' || text[k] == '(' || text[k] == '[') {
		k++
	}
	return text[k:i]
}

// abbrevBoundary decides a single full stop after word, followed by rest.
func abbrevBoundary(word, rest string) bool {
	if word == "" {
		return true
	}
	switch classify(word) {
	case never:
		return false
	case number:
		return !isDigit(rest[0])
	case beforeDigit:
		return !isDigit(rest[0]) && opensSentence(rest)
	case ambiguous, initial:
		return opensSentence(rest)
	}
	return true
}

type class int

const (
	plain       class = iota
	never             // titles and "e.g.": never end a sentence
	number            // "No.": not before a digit
	beforeDigit       // months: not before a digit, else only before an opener
	ambiguous         // "Inc.", "U.S.", "a.m.": only before an opener
	initial           // "J.": only before an opener
)

// classify returns the abbreviation class of the word before a full stop.
func classify(w string) class {
	if len(w) == 1 && isUpper(w[0]) {
		return initial
	}
	if w == "No" || w == "Nos" || w == "no" {
		return number
	}
	if len(w) > 6 {
		return plain
	}
	var buf [6]byte
	l := buf[:len(w)]
	for k := 0; k < len(w); k++ {
		c := w[k]
		if isUpper(c) {
			c += 32
		}
		l[k] = c
	}
	if c, ok := abbrevs[string(l)]; ok {
		return c
	}
	if isDotted(w) {
		return ambiguous // "U.S", "D.C", "a.m"
	}
	return plain
}

// abbrevs maps lower-cased abbreviations (without the final full stop) to
// their class.
var abbrevs = map[string]class{}

func init() {
	for _, w := range strings.Fields(`mr mrs ms messrs dr prof gen lt col sgt rep reps sen sens gov st
		capt cmdr adm maj rev hon pres supt insp brig cpl pvt fr mt ft vs v cf approx fig figs vol pp
		art dept univ ave blvd e.g i.e viz lt.col lt.gen maj.gen brig.gen ph.d sr.lt det cmdr adj
		gov.-elect rt amb sec.-gen u.s.-based`) {
		abbrevs[w] = never
	}
	for _, w := range strings.Fields(`jan feb mar apr jun jul aug sep sept oct nov dec`) {
		abbrevs[w] = beforeDigit
	}
	for _, w := range strings.Fields(`inc corp ltd co jr sr bros plc llc etc al a.m p.m u.s u.k u.n e.u
		d.c n.y l.a gmt est`) {
		abbrevs[w] = ambiguous
	}
}

// opensSentence reports whether rest starts with a word that commonly opens
// a sentence, or with an opening quote or bracket.
func opensSentence(rest string) bool {
	switch rest[0] {
	case '"', '\'', '(', '[':
		return true
	case 0xE2:
		return strings.HasPrefix(rest, "“") || strings.HasPrefix(rest, "‘")
	}
	k := 0
	for k < len(rest) && k < 12 && (isUpper(rest[k]) || isLower(rest[k])) {
		k++
	}
	if k == len(rest) || k == 12 {
		return false
	}
	switch rest[k] {
	case ' ', ',', '\n', '\t':
		return openers[rest[:k]]
	}
	return false
}

// openers are capitalised words that commonly open a sentence and seldom
// follow an abbreviation inside a name ("U.S. Navy", "Acme Inc. Chairman").
var openers = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`The A An He She It They We I You His Her Its Their Our My Your This
		That These Those There Here But And Or So Yet In On At For From With Without By After Before
		When While As If Although Though Since Because However Meanwhile Still Also Some Many Most
		Several Both All No Not Other Such Last Next Earlier Later Officials Asked According Under
		Despite During Over Among What Who Why How Where Which One Two Three Four Five Now Then Even
		Only Instead Analysts Critics Experts Another Each Every Few Once Until Unless Whether Thus
		Hence Indeed Nor Nevertheless Nonetheless Moreover Furthermore Yes Today Tomorrow Yesterday
		Police Authorities Mr Mrs Ms Dr Prof`) {
		openers[w] = true
	}
}

// isDotted reports whether w is short letter groups joined by full stops:
// "U.S", "a.m", "Ph.D".
func isDotted(w string) bool {
	run, dots := 0, 0
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case c == '.':
			if run == 0 {
				return false
			}
			run = 0
			dots++
		case isUpper(c) || isLower(c):
			run++
			if run > 3 {
				return false
			}
		default:
			return false
		}
	}
	return dots > 0 && run > 0
}
