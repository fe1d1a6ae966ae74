package postag

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// TagHeadline is Tag for a headline. When the headline is in title case
// ("Xi Jinping Hails New Era") every capitalised word would look like a
// proper noun to the model, so each title-case word after the first whose
// lower-case form the model or the verb lexicon knows as a common word is
// tagged from its lower-case form ("Xi Jinping hails New era": NNP NNP VBZ
// NNP NN). Capitalised words neither the model nor the verb lexicon knows
// are tagged NNP. Other headlines are tagged as Tag does. It may allocate.
func (t *Tagger) TagHeadline(words []string, tags []string) []string {
	if len(words) > 64 || !IsTitleCase(words) {
		return t.tag(words, tags, 0, 0)
	}
	var fold, proper uint64
	for i, w := range words {
		if !titleShaped(w) {
			continue
		}
		switch t.wordKind(w) {
		case kindCommon:
			if i > 0 {
				fold |= 1 << uint(i)
			}
		case kindUnknown:
			proper |= 1 << uint(i)
		}
	}
	return t.tag(words, tags, fold, proper)
}

// Kinds of capitalised headline words.
const (
	kindProper  = iota // known as a proper noun
	kindCommon         // known as a common word
	kindUnknown        // unknown to the model and not a verb form
)

// IsTitleCase reports whether a headline capitalises its words: at least two
// words after the first start with a capital and no word other than short
// function words ("of", "the", "to") starts lower-case.
func IsTitleCase(words []string) bool {
	upper, lower := 0, 0
	for _, w := range words[min(1, len(words)):] {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsUpper(r):
			upper++
		case !minorWords[strings.ToLower(w)]:
			lower++
		}
	}
	return upper >= 2 && lower == 0
}

// minorWords stay lower-case in title-case headlines.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true,
	"for": true, "of": true, "in": true, "on": true, "at": true, "to": true, "by": true,
	"as": true, "up": true, "via": true, "vs": true, "with": true, "from": true, "into": true,
	"over": true, "per": true, "than": true, "amid": true, "after": true, "'s": true, "n't": true,
}

// titleShaped reports whether w is one capital followed by lower-case letters.
func titleShaped(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return len(w) > 1
}

// wordKind classifies a capitalised word: proper when the tag dictionary
// lists it as a proper noun; else common when the dictionary or the model's
// word feature for its lower-case form favours a non-proper tag, or the
// model does not know it but it is a form of a known verb; else unknown.
func (t *Tagger) wordKind(w string) int {
	if t.isProperID(t.dict.get(fnvString(w))) {
		return kindProper
	}
	lw := strings.ToLower(w)
	if id, ok := t.dict.get(fnvString(lw)); ok {
		return t.kindOf(uint8(id))
	}
	v, ok := t.feats.get(featKey(tWord, fnvString(lw), 0))
	if !ok {
		if lemma.IsVerb(lw) {
			return kindCommon
		}
		return kindUnknown
	}
	var scores [maxClasses]int32
	var mask uint64
	for _, p := range t.pairs[v>>6 : v>>6+v&63] {
		scores[p&0xff] += p >> 8
		mask |= 1 << uint(p&0xff)
	}
	return t.kindOf(t.best(&scores, mask))
}

// isProperID reports whether a dictionary hit is NNP or NNPS.
func (t *Tagger) isProperID(id uint32, ok bool) bool {
	return ok && (uint8(id) == t.idNNP || uint8(id) == t.idNNPS)
}

// kindOf maps a tag id to kindProper or kindCommon.
func (t *Tagger) kindOf(id uint8) int {
	if id == t.idNNP || id == t.idNNPS {
		return kindProper
	}
	return kindCommon
}
