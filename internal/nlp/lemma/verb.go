package lemma

import "strings"

// Verb returns the base form of an English verb form: "hailed" -> hail,
// "met" -> meet, "was" -> be, "urges" -> urge, "stepped" -> step. Irregular
// forms come from a table; regular ones are undone by suffix rules that
// prefer lemmas in the embedded verb list. Unknown words are lower-cased.
func Verb(word string) string {
	w := lower(word)
	if b, ok := irregular[w]; ok {
		return b
	}
	if _, ok := verbs[w]; ok {
		return w
	}
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ing"):
		return verbStem(w, w[:n-3], true)
	case n > 3 && strings.HasSuffix(w, "ed"):
		return verbStem(w, w[:n-2], false)
	case n > 2 && w[n-1] == 's' && w[n-2] != 's':
		return verbS(w)
	}
	return w
}

// verbS undoes a third-person -s / -es / -ies.
func verbS(w string) string {
	n := len(w)
	if v, ok := verbs[w[:n-1]]; ok {
		return v
	}
	if strings.HasSuffix(w, "ies") && n > 4 {
		return withSuffix(w[:n-3], "y")
	}
	if strings.HasSuffix(w, "es") {
		if v, ok := verbs[w[:n-2]]; ok {
			return v
		}
		for _, s := range [...]string{"ches", "shes", "sses", "xes", "zzes", "oes"} {
			if strings.HasSuffix(w, s) {
				return w[:n-2]
			}
		}
	}
	return w[:n-1]
}

// verbStem picks the lemma of a word ending in -ed (ing false) or -ing whose
// stem (the word without the ending) is stem.
func verbStem(w, stem string, ing bool) string {
	if v, ok := lookupE(stem); ok && cvc(stem) {
		return v // hoped -> hope (hop would be hopped)
	}
	if v, ok := verbs[stem]; ok {
		return v
	}
	if v, ok := lookupE(stem); ok {
		return v
	}
	if und, ok := undouble(stem); ok {
		if v, ok := verbs[und]; ok {
			return v
		}
	}
	if ing && strings.HasSuffix(stem, "y") && len(stem) > 1 {
		if v, ok := lookupIE(stem[:len(stem)-1]); ok {
			return v // lying -> lie
		}
	}
	if !ing && strings.HasSuffix(stem, "i") && len(stem) > 1 {
		if v, ok := lookupIE(stem[:len(stem)-1]); ok {
			return v // died -> die, tied -> tie
		}
		return withSuffix(stem[:len(stem)-1], "y")
	}
	return guessStem(stem)
}

// guessStem undoes -ed/-ing for verbs outside the lexicon.
func guessStem(stem string) string {
	if und, ok := undouble(stem); ok && !strings.HasSuffix(stem, "ss") &&
		!strings.HasSuffix(stem, "zz") && !strings.HasSuffix(stem, "ff") {
		return und
	}
	if needsE(stem) {
		return withSuffix(stem, "e")
	}
	return stem
}

// lookupE looks up stem+"e" in the lexicon without allocating.
func lookupE(stem string) (string, bool) {
	var buf [40]byte
	if len(stem) >= len(buf) {
		return "", false
	}
	b := append(buf[:0], stem...)
	v, ok := verbs[string(append(b, 'e'))]
	return v, ok
}

// lookupIE looks up stem+"ie" in the lexicon without allocating.
func lookupIE(stem string) (string, bool) {
	var buf [40]byte
	if len(stem) >= len(buf)-1 {
		return "", false
	}
	b := append(buf[:0], stem...)
	v, ok := verbs[string(append(b, 'i', 'e'))]
	return v, ok
}

// withSuffix returns stem+s, the stored string when it is a known verb.
func withSuffix(stem, s string) string {
	if v, ok := verbs[stem+s]; ok {
		return v
	}
	return stem + s
}

// undouble returns stem without a doubled final consonant ("stepp" -> step).
func undouble(stem string) (string, bool) {
	n := len(stem)
	if n < 3 || stem[n-1] != stem[n-2] || isVowel(stem[n-1]) {
		return "", false
	}
	return stem[:n-1], true
}

// isVowel reports whether c is a, e, i, o or u.
func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// cvc reports whether stem ends consonant-vowel-consonant with the final
// consonant not w, x or y: a short-vowel shape that would have doubled.
func cvc(stem string) bool {
	n := len(stem)
	if n < 3 {
		return false
	}
	c1, v, c2 := stem[n-3], stem[n-2], stem[n-1]
	return !isVowel(c1) && isVowel(v) && !isVowel(c2) && c2 != 'w' && c2 != 'x' && c2 != 'y'
}

// eEndings are stem endings after which an unknown verb's -ed/-ing dropped
// an e ("escalat-ed", "criticis-ed", "troubl-ed", "forc-ed").
var eEndings = [...]string{
	"at", "ut", "ud", "id", "ur", "ir", "iz", "yz", "is", "ys", "v", "rc", "nc", "uc",
	"ac", "ic", "rg", "dg", "lg", "rs", "ps", "ns", "ls", "ot", "bl", "pl", "tl", "dl",
	"gl", "kl", "cl", "fl", "zl", "ag", "ig", "eas", "aus", "ous", "ez", "uid",
}

// needsE reports whether an unknown verb stem most likely lost a final e.
func needsE(stem string) bool {
	for _, e := range eEndings {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	return false
}
