// Package lemma reduces English verbs and nouns to their dictionary form
// ("hailed" -> hail, "met" -> meet, "countries" -> country) and maps British
// spellings to American ones for matching. It uses tables of irregular forms
// and of common verb lemmas, embedded as data, and suffix rules; it uses no
// regular expressions and does not allocate when the lemma is a slice of the
// input or a table entry.
package lemma

import (
	_ "embed"
	"strings"
)

//go:embed irregular.txt
var irregularText string

//go:embed verbs.txt
var verbsText string

var (
	// irregular maps an irregular verb form to its base.
	irregular map[string]string
	// verbs holds known verb lemmas, each mapped to itself so lookups can
	// return a stored string instead of a built one.
	verbs map[string]string
)

func init() {
	verbs = make(map[string]string, 2048)
	for _, w := range fields(verbsText) {
		verbs[w] = w
	}
	irregular = make(map[string]string, 1024)
	var forms [][]string
	for _, line := range strings.Split(irregularText, "\n") {
		if f := fields(line); len(f) > 0 {
			irregular[f[0]] = f[0] // bases win over forms ("lay", not lie)
			verbs[f[0]] = f[0]
			forms = append(forms, f)
		}
	}
	for _, f := range forms {
		for _, form := range f[1:] {
			if _, ok := irregular[form]; !ok {
				irregular[form] = f[0]
			}
		}
	}
}

// fields splits data text into words, dropping '#' comment lines.
func fields(text string) []string {
	var out []string
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, strings.Fields(line)...)
	}
	return out
}

// lower returns w lower-cased, without allocating when it already is.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// Of returns the lemma of word given its Penn Treebank tag: verbs (VB*)
// through Verb, plural nouns (NNS, NNPS) through Noun, anything else
// lower-cased.
func Of(word, tag string) string {
	switch {
	case strings.HasPrefix(tag, "VB"), tag == "MD":
		return Verb(word)
	case tag == "NNS" || tag == "NNPS":
		return Noun(word)
	}
	return lower(word)
}

// IsVerb reports whether word is a form of a verb in the lexicon.
func IsVerb(word string) bool {
	w := lower(word)
	if _, ok := irregular[w]; ok {
		return true
	}
	_, ok := verbs[Verb(w)]
	return ok
}
