package nlp

import (
	"strings"
)

// Clause-level retagging: a clause with no finite verb gets one (promoteVerb
// and the subject/object tests it uses).

// clauseEnd returns the index of the token that ends the clause starting
// at s: punctuation, a coordinator, a subordinator, a complementiser or a
// relative pronoun, or len(toks).
// A coordinator ends a clause only after a finite verb: "Russia and
// Ukraine trade accusations" is one clause.
func clauseEnd(toks []Token, s int) int {
	for i := s; i < len(toks); i++ {
		if clauseBreak(&toks[i]) && (toks[i].Tag != "CC" || hasFinite(toks[s:i])) {
			return i
		}
	}
	return len(toks)
}

func clauseBreak(t *Token) bool {
	switch t.Tag {
	case ",", ":", ".", "``", "''", "(", ")", "WDT", "WP":
		return true
	case "CC":
		return conjunctions[t.Lower]
	case "IN":
		return clauseOpeners[t.Lower]
	}
	return false
}

// clauseOpeners are subordinators and the complementiser "that".
var clauseOpeners = map[string]bool{
	"as": true, "after": true, "while": true, "when": true, "because": true, "if": true,
	"before": true, "since": true, "although": true, "though": true, "that": true,
	"unless": true, "until": true, "whereas": true,
}

// hasFinite reports whether a span has a finite verb, a modal, or a base
// form not after "to" (an imperative or subjunctive: "insisted that the
// United States end").
func hasFinite(toks []Token) bool {
	for i := range toks {
		if isFiniteTag(toks[i].Tag) || toks[i].Tag == "VB" && !afterTo(toks, i) {
			return true
		}
	}
	return false
}

// afterTo reports whether toks[i] follows "to", adverbs between allowed.
func afterTo(toks []Token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch {
		case toks[k].Tag == "TO":
			return true
		case toks[k].Tag != "RB":
			return false
		}
	}
	return false
}

// promoteVerb gives a clause without a finite verb one: the first token
// that is a form of a known verb, tagged as something else, after a word
// that can end a subject and agrees with the form. A plural noun followed
// by a base form yields to the base form ("Truce Talks Stall"). A past
// participle between a subject and an object is a past tense ("Russian
// forces completed their withdrawal"), and outside headlines also before a
// preposition other than "by" ("Armenian forces fought with tanks"). Outside headlines, capitalised
// words are names, not verbs, and no adjective ends a subject.
func promoteVerb(toks []Token, s, e int, headline bool) {
	for i := s + 1; i < e; i++ {
		t := &toks[i]
		if t.Tag == "TO" && nextTag(toks, i+1, e) == "VB" {
			return // "Erdogan to Host Peace Talks": the infinitive is the verb
		}
		if t.Tag == "VBN" && subjectEnd(&toks[pastAdverbs(toks, s, i-1)], headline) && (objectStart(nextTag(toks, i+1, e)) ||
			!headline && pastComplement(toks, i+1, e) && !prepBefore(toks, s, i)) {
			t.Tag = "VBD"
			return
		}
		if (t.Tag == "NN" || t.Tag == "JJ") && verbForm(t.Lower) == formPast && subjectEnd(&toks[i-1], headline) &&
			!isVerbNounToo(t.Lower) {
			t.Tag = "VBD" // "Xi spoke/NN by phone with Biden"
			return
		}
		if !isBaseCandidate(t) || (i+1 < e && toks[i+1].Tag == "POS") ||
			!headline && (t.Tag == "NNP" || t.Tag == "NNPS") {
			continue
		}
		f := verbForm(t.Lower)
		if (f == formS || f == formBase) && (!headline && presentAfterPast(toks, s) || ofPhraseNoun(toks, s, i)) {
			continue
		}
		tag := ""
		switch f {
		case formS:
			if singularSubject(&toks[i-1], headline) {
				tag = "VBZ"
			}
		case formBase:
			if pluralSubject(&toks[i-1]) || coordinated(toks, s, i) {
				tag = "VBP"
			}
		case formEd:
			if t.Tag != "JJ" && (subjectEnd(&toks[i-1], headline) || isNounTag(t.Tag) && !determiner(toks[i-1].Tag)) {
				tag = "VBD"
			}
			if t.Tag == "JJ" && !headline && toks[i-1].Tag == "NNS" && isVerbWord(t.Lower) &&
				objectStart(nextTag(toks, i+1, e)) && nextTag(toks, i+1, e) != "JJ" {
				tag = "VBD" // "protesters stormed/JJ government buildings"
			}
		}
		if tag == "" {
			continue
		}
		if f == formS && i+1 < e && isBaseCandidate(&toks[i+1]) && verbForm(toks[i+1].Lower) == formBase &&
			!isNounTag(nextTag(toks, i+2, e)) {
			continue // "Jets Strike Gaza": the plural is the subject
		}
		if f == formS && i+1 < e && (toks[i+1].Tag == "VBN" || toks[i+1].Tag == "VBD") && isVerbWord(toks[i+1].Lower) {
			continue // "FARC rebels handed/VBN over": the participle is the verb
		}
		t.Tag = tag
		return
	}
}

// pastComplement reports what may follow a past tense but not a passive
// participle in a verbless clause: a preposition other than "by" or a
// particle, adverbs before them allowed ("negotiated late into the
// night", "handed over the hostages", "resigned abruptly on Friday").
func pastComplement(toks []Token, i, e int) bool {
	for i < e && toks[i].Tag == "RB" {
		i++
	}
	if i >= e {
		return false
	}
	switch toks[i].Tag {
	case "IN":
		return toks[i].Lower != "by" || meansPhrase(toks, i, e)
	case "TO":
		return i+1 < e && toks[i+1].Tag == "VB" // "Norway offered to mediate"
	case "RP":
		return true
	}
	return false
}

// prepBefore reports a preposition in toks[s:i]: "in remarks published
// on Monday" is a noun phrase, not a clause.
func prepBefore(toks []Token, s, i int) bool {
	for k := s; k < i; k++ {
		if (toks[k].Tag == "IN" || toks[k].Tag == "TO") && toks[k].Lower != "of" { // "Thousands of Chileans marched"
			return true
		}
	}
	return false
}

// nextTag returns the tag of toks[i] if i < e, else "".
func nextTag(toks []Token, i, e int) string {
	if i < e {
		return toks[i].Tag
	}
	return ""
}

// subjectEnd reports whether t can be the last word of a subject. In a
// headline a capitalised adjective can ("Egypt" tagged JJ).
func subjectEnd(t *Token, headline bool) bool {
	switch t.Tag {
	case "NN", "NNS", "NNP", "NNPS", "PRP", "CD":
		return t.Tag != "PRP" || subjectPronoun(t.Lower)
	case "JJ":
		return headline && isCapitalised(t.Text)
	}
	return false
}

// objectStart reports whether a tag can open a direct object.
func objectStart(tag string) bool {
	switch tag {
	case "DT", "PRP$", "PRP", "CD", "JJ", "NN", "NNS", "NNP", "NNPS", "PDT":
		return true
	}
	return false
}

// singularSubject reports whether t can end a subject of a verb in -s.
func singularSubject(t *Token, headline bool) bool {
	switch t.Tag {
	case "NN", "NNP", "NNPS", "CD":
		return true
	case "NNS":
		return isCapitalised(t.Text) // "Philippines", a title-case compound
	case "PRP":
		return t.Lower == "he" || t.Lower == "she" || t.Lower == "it"
	case "JJ":
		return headline && isCapitalised(t.Text)
	}
	return false
}

// pluralSubject reports whether t can end a subject of a base-form verb.
func pluralSubject(t *Token) bool {
	switch t.Tag {
	case "NNS", "NNPS":
		return true
	case "NN", "NNP":
		return strings.HasSuffix(t.Lower, "s") && t.Tag == "NNP" || pluralOnly[t.Lower] // "Clashes", "Police"
	case "PRP":
		return t.Lower == "we" || t.Lower == "they" || t.Lower == "you" || t.Lower == "i"
	}
	return false
}

// coordinated reports whether the words before i in the clause from s end
// with two nouns joined by a coordinator ("Russia and Ukraine").
func coordinated(toks []Token, s, i int) bool {
	if !isNounTag(toks[i-1].Tag) {
		return false
	}
	for k := i - 2; k > s; k-- {
		switch {
		case toks[k].Tag == "CC" && (toks[k].Lower == "and" || toks[k].Lower == "&"):
			return isNounTag(toks[k-1].Tag)
		case !isNounTag(toks[k].Tag) && toks[k].Tag != "JJ":
			return false
		}
	}
	return false
}

// pluralOnly are nouns that take a plural verb without a plural ending.
var pluralOnly = map[string]bool{"police": true, "people": true, "personnel": true, "cattle": true}

func subjectPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "we", "they", "you", "i":
		return true
	}
	return false
}

func isCapitalised(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
