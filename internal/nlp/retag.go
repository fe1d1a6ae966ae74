package nlp

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// The perceptron tagger was trained on edited prose. It misreads the verbs
// of headlines and of short present-tense clauses ("Trump Slams Fed", "The
// army shells rebel positions"), where an -s verb looks like a plural noun,
// and it sometimes tags a past form as a noun or a past participle as a
// past tense. retag corrects those errors with a few general rules run
// after the tagger and before lemmatisation:
//
//   - "US" and "U.S." as written are the country, not the pronoun "us",
//     unless the whole sentence is in capitals;
//   - grammar after auxiliaries: be/have + past tense is a participle,
//     a modal + a base-form noun is a verb;
//   - a word the verb lexicon does not know is no verb when it sits
//     between nouns or right after a main verb ("vows crackdown on");
//   - a clause with no finite verb gets one: the first -s, base or -ed form
//     of a known verb that follows a subject-like word and agrees with it;
//   - a past form joined by a conjunction to an earlier verb takes that
//     verb's tag ("was passed by parliament but vetoed by");
//   - in a headline, a bare past form followed by a preposition or nothing
//     is a passive participle ("Three Soldiers Killed in Ambush"), and
//     after a number or determiner before a noun it modifies the noun.
func retag(toks []Token, headline bool) {
	falseModals(toks)
	prepositions(toks)
	nameParticles(toks)
	initialName(toks)
	bareInfinitives(toks)
	properUS(toks)
	impossibleTenses(toks)
	afterAuxiliary(toks)
	demoteNonVerbs(toks)
	if !headline {
		namesNotVerbs(toks)
	}
	verbBeforeParticiple(toks, headline)
	modifierInCompound(toks)
	gerundModifiers(toks)
	for s := 0; s < len(toks); {
		e := clauseEnd(toks, s)
		if !hasFinite(toks[s:e]) {
			promoteVerb(toks, s, e, headline)
		}
		s = e + 1
	}
	coordinatedPast(toks)
	participles(toks, headline)
	afterInterjection(toks)
	reducedRelatives(toks)
	noInfinitiveS(toks)
	unchangedPast(toks)
}

// afterInterjection makes a past participle the main verb when it follows
// a comma that closes a relative clause or apposition after the subject,
// and nothing before that interjection is finite: "Saudi Arabia, which
// co-hosts the talks, called/VBN on the army" -> called/VBD. A floating
// quantifier or adverb may stand between ("..., both pledged"), and after
// a relative clause a past form tagged as a noun is the verb too ("Bazoum,
// who has been held ..., spoke/NN by telephone").
func afterInterjection(toks []Token) {
	for i := 2; i < len(toks); i++ {
		c := i - 1
		if floating(toks[c]) {
			c--
		}
		if c < 1 || toks[c].Lower != "," {
			continue
		}
		j := c - 1
		for j > 0 && toks[j].Lower != "," {
			j--
		}
		if j <= 0 || c-j > 16 || !isNounTag(toks[j-1].Tag) || finiteBefore(toks, j) {
			continue
		}
		if toks[i].Tag == "VBN" || relativeTag(toks[j+1].Tag) && pastAsNoun(toks, i) {
			toks[i].Tag = "VBD"
		}
	}
}

// floating reports a word that may sit between a subject and its verb:
// "both", "all", "each", or an adverb.
func floating(t Token) bool {
	return t.Lower == "both" || t.Lower == "all" || t.Lower == "each" || t.Tag == "RB"
}

// relativeTag reports a relative pronoun tag (who, whose, which).
func relativeTag(tag string) bool { return tag == "WP" || tag == "WP$" || tag == "WDT" }

// pastAsNoun reports a past form of a known verb tagged as a noun or
// adjective, not followed by a noun it could modify ("spoke/NN by").
func pastAsNoun(toks []Token, i int) bool {
	t := toks[i]
	if t.Tag != "NN" && t.Tag != "JJ" || isVerbNounToo(t.Lower) {
		return false
	}
	if f := verbForm(t.Lower); f != formPast && f != formEd {
		return false
	}
	return i+1 >= len(toks) || !isNounTag(toks[i+1].Tag)
}

// finiteBefore reports a finite verb among toks[:j].
func finiteBefore(toks []Token, j int) bool {
	for k := 0; k < j; k++ {
		if isFiniteTag(toks[k].Tag) {
			return true
		}
	}
	return false
}

// isVerbNounToo lists irregular past forms that are also common nouns or
// adjectives ("a wound", "a bid"), never promoted by form alone.
func isVerbNounToo(w string) bool {
	switch w {
	case "wound", "bid", "set", "cut", "hit", "put", "cast", "spread", "cost", "hurt", "shed", "split", "upset",
		"bound", "found", "ground", "left", "lost", "lead", "read", "fell", "saw", "felt":
		return true
	}
	return false
}

// modals are the only words the MD tag may carry.
var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"shall": true, "should": true, "must": true, "ought": true, "wo": true, "ca": true, "'ll": true, "'d": true,
	"need": true, "dare": true}

// falseModals retags words the tagger calls modal that are not
// ("struck targets overnight/MD"): an adverb.
func falseModals(toks []Token) {
	for i := range toks {
		if toks[i].Tag == "MD" && !modals[toks[i].Lower] {
			toks[i].Tag = "RB"
		}
	}
}

// Verb forms of a word, as far as the lexicon can tell.
const (
	formNone = iota // not a form of a known verb
	formBase        // attack, meet
	formS           // attacks, says
	formEd          // attacked (regular past or participle)
	formIng         // attacking
	formPast        // irregular past or participle: met, struck, seen
)

// verbForm classifies a lower-case word as a verb form.
func verbForm(w string) int {
	if !isVerbWord(w) {
		return formNone
	}
	l := lemma.Verb(w)
	if strings.HasPrefix(w, "re") && !lemma.IsVerb(w) {
		l = "re" + lemma.Verb(w[2:])
	}
	switch {
	case l == w:
		return formBase
	case strings.HasSuffix(w, "ing"):
		return formIng
	case strings.HasSuffix(w, "ed"):
		return formEd
	case strings.HasSuffix(w, "s"):
		return formS
	}
	return formPast
}

// isVerbWord reports whether w is a form of a verb in the lexicon, allowing
// the prefix re- ("retakes", "reopens").
func isVerbWord(w string) bool {
	if lemma.IsVerb(w) {
		return true
	}
	return len(w) > 5 && strings.HasPrefix(w, "re") && lemma.IsVerb(w[2:])
}

// isFiniteTag reports whether a tag carries tense.
func isFiniteTag(tag string) bool {
	return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD"
}

// isNounTag reports whether tag is a noun tag.
func isNounTag(tag string) bool { return len(tag) >= 2 && tag[0] == 'N' && tag[1] == 'N' }

// isAux reports whether a lower-case verb form is a form of be, have, do
// or get, which take another verb after them.
func isAux(w string) bool {
	switch lemma.Verb(w) {
	case "be", "have", "do", "get":
		return true
	}
	return false
}

// afterAuxiliary fixes tags that grammar fixes after an auxiliary: be or
// have (adverbs between allowed) + past tense -> past participle ("was
// attacked", "had met"); a modal + a base form tagged as a noun or
// adjective -> base verb ("will host", "could strike").
func afterAuxiliary(toks []Token) {
	for i := 1; i < len(toks); i++ {
		k := i - 1
		for k > 0 && (toks[k].Tag == "RB" || isNegation(toks[k].Lower)) {
			k--
		}
		prev := toks[k]
		t := &toks[i]
		switch {
		case t.Tag == "VBD" && IsVerb(prev.Tag) && isBeOrHave(prev.Lower):
			t.Tag = "VBN"
		case prev.Tag == "MD" && isBaseCandidate(t) && verbForm(t.Lower) == formBase:
			t.Tag = "VB"
		}
	}
}

func isBeOrHave(w string) bool {
	switch lemma.Verb(w) {
	case "be", "have":
		return true
	}
	return false
}

// isBaseCandidate reports whether a token's tag may hide a verb: a noun,
// adjective or adverb tag, or a coordinator tag on a word that is not one.
func isBaseCandidate(t *Token) bool {
	switch t.Tag {
	case "NN", "NNS", "NNP", "NNPS", "JJ", "RB":
		return true
	case "CC":
		return !conjunctions[t.Lower]
	}
	return false
}

var conjunctions = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "yet": true, "so": true,
	"plus": true, "either": true, "neither": true, "both": true, "&": true,
}

// demoteNonVerbs retags as nouns words tagged as verbs that the lexicon
// does not know when they are tagged as a present form between nouns
// ("Mulls Troop Deployment") or follow a main verb ("vows crackdown on").
// An unknown -ed form between nouns stays a verb ("Russia massed troops").
func demoteNonVerbs(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if !IsVerb(t.Tag) || t.Tag == "VBG" || isVerbWord(t.Lower) || !isWordToken(t.Lower) {
			continue
		}
		prev := toks[i-1]
		betweenNouns := (t.Tag == "VB" || t.Tag == "VBP") && isNounTag(prev.Tag) && i+1 < len(toks) && isNounTag(toks[i+1].Tag)
		afterMain := (isFiniteTag(prev.Tag) || prev.Tag == "VBN") && prev.Tag != "MD" && !isAux(prev.Lower)
		listItem := (t.Tag == "VB" || t.Tag == "VBP") && (prev.Lower == "," || prev.Tag == "CC") &&
			i+1 < len(toks) && isNounTag(toks[i+1].Tag) // "stun grenades, rubber bullets"
		if betweenNouns || afterMain || listItem {
			t.Tag = "NN"
		}
	}
}

// namesNotVerbs retags as proper nouns capitalised words tagged as verbs
// that the verb lexicon does not know, outside headlines: "to/TO
// Ukraine/VB", "Xi Jinping/VBG", "Dutch/VBP officials".
func namesNotVerbs(toks []Token) {
	for i := range toks {
		t := &toks[i]
		if IsVerb(t.Tag) && t.Tag != "MD" && isCapitalised(t.Text) && isWordToken(t.Lower) && !isVerbWord(t.Lower) &&
			!isAux(t.Lower) {
			t.Tag = "NNP"
		}
	}
}

// isWordToken reports whether w is made of letters (and inner hyphens).
func isWordToken(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c == '-' && i > 0) {
			return false
		}
	}
	return w != ""
}

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

// coordinatedPast retags a regular past form tagged as a noun right after
// a coordinator (adverbs between allowed) with the tag of the nearest verb
// before it when that is a past tense or participle: "was passed by
// parliament but vetoed by".
func coordinatedPast(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "NN" && t.Tag != "NNS" || verbForm(t.Lower) != formEd {
			continue
		}
		k := i - 1
		for k > 0 && toks[k].Tag == "RB" {
			k--
		}
		if toks[k].Tag != "CC" || !conjunctions[toks[k].Lower] {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			if tg := toks[j].Tag; tg == "VBD" || tg == "VBN" {
				t.Tag = tg
				break
			}
			if isFiniteTag(toks[j].Tag) || clauseBreak(&toks[j]) && toks[j].Tag != "CC" {
				break
			}
		}
	}
}

// participles fixes past forms tagged as past tenses that cannot be: after
// a number, determiner or possessive and before a noun the form modifies
// the noun ("20 Kidnapped Students"); in a headline, a bare past form after
// a noun and before a preposition, punctuation or the end is a passive
// with its auxiliary dropped ("Three Soldiers Killed in Ambush").
func participles(toks []Token, headline bool) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBD" {
			continue
		}
		f := verbForm(t.Lower)
		if f != formEd && f != formPast {
			continue
		}
		prev, next := toks[i-1].Tag, nextTag(toks, i+1, len(toks))
		switch {
		case (prev == "CD" || prev == "DT" || prev == "PRP$") && (isNounTag(next) || next == "JJ"):
			t.Tag = "VBN"
		case headline && isNounTag(prev) && (next == "" || next == "IN" || next == "TO" || next == "," || next == ":" || next == "."):
			t.Tag = "VBN"
		}
	}
}

// determiner reports whether tag opens or links a noun phrase, after which
// a past form is a noun ("the accused", "the country's wounded").
func determiner(tag string) bool {
	switch tag {
	case "DT", "PRP$", "POS", "IN", "TO", "CD", "PDT", "WP$":
		return true
	}
	return false
}

// properUS tags "US" and "U.S." as proper nouns ("Zelensky tells US" was
// PRP) unless the sentence has no lower-case letter ("LET US PRAY").
func properUS(toks []Token) {
	for i := range toks {
		if w := toks[i].Text; (w == "US" || w == "U.S.") && toks[i].Tag != "NNP" && hasLower(toks) {
			toks[i].Tag = "NNP"
		}
	}
}

// hasLower reports whether some token has an ASCII lower-case letter.
func hasLower(toks []Token) bool {
	for i := range toks {
		if hasASCIILower(toks[i].Text) {
			return true
		}
	}
	return false
}

func hasASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 'a' && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// impossibleTenses fixes finite tags that the word's form rules out: a
// base form tagged as a past tense inside a noun phrase ("an American
// cargo ship/VBD off") is a noun, after a plural subject a present tense,
// and an -s form tagged as a verb right
// before a past tense ("Somali pirates/VBZ hijacked") is a plural noun.
func impossibleTenses(toks []Token) {
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		switch {
		case t.Tag == "VBD" && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "JJ") && baseOrUnknown(t.Lower) &&
			!pastAsBase[t.Lower]:
			t.Tag = "NN"
			if pluralSubject(&toks[i-1]) {
				t.Tag = "VBP" // "Georgian police break/VBD up": a present tense
			}
		case (t.Tag == "VBZ" || t.Tag == "VBP") && i+1 < len(toks) && toks[i+1].Tag == "VBD" &&
			strings.HasSuffix(t.Lower, "s") && !isAux(t.Lower) && toks[i-1].Tag != "PRP":
			t.Tag = "NNS"
		case t.Tag == "VBZ" && i+1 < len(toks) && toks[i+1].Tag == "VBN" && strings.HasSuffix(t.Lower, "s") &&
			!isAux(t.Lower) && !linking[t.Lower] && nounModifier(toks[i-1].Tag) && isVerbWord(toks[i+1].Lower):
			t.Tag = "NNS" // "FARC rebels/VBZ handed/VBN over": a plural noun, the subject
		}
	}
}

// linking are -s verbs that take a participle as a complement ("seems
// tired", "remains committed").
var linking = map[string]bool{"seems": true, "appears": true, "looks": true, "remains": true, "becomes": true,
	"feels": true, "stands": true, "sounds": true, "stays": true, "grows": true}

// nounModifier reports a tag that can only modify a following noun: a
// name, an adjective, a determiner or a number.
func nounModifier(tag string) bool {
	return tag == "NNP" || tag == "JJ" || tag == "DT" || tag == "CD"
}

// baseOrUnknown reports a base verb form, or a word with no verb reading
// that does not look like a regular past.
func baseOrUnknown(w string) bool {
	f := verbForm(w)
	return f == formBase || f == formNone && isWordToken(w) && !strings.HasSuffix(w, "ed")
}

// pastAsBase are verbs whose past tense is spelled as the base form.
var pastAsBase = map[string]bool{"put": true, "cut": true, "hit": true, "set": true, "let": true, "shut": true,
	"spread": true, "cast": true, "cost": true, "quit": true, "bet": true, "burst": true, "hurt": true,
	"read": true, "split": true, "thrust": true, "upset": true, "broadcast": true, "forecast": true,
	"rid": true, "shed": true, "bid": true, "beat": true, "fit": true, "slit": true, "wed": true}
