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
