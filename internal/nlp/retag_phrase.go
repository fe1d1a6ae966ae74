package nlp

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// Phrase-level corrections run with retag: words the tagger reads as verbs
// inside noun and prepositional phrases, and verbs it reads as nouns or
// modifiers next to them.

// closedPrepositions are prepositions the tagger may read as verb forms
// ("towards/VBZ the peninsula"); a closed class, so always IN.
var closedPrepositions = map[string]bool{"towards": true, "toward": true, "amid": true, "amidst": true,
	"despite": true, "via": true}

// prepositions retags closed-class prepositions tagged as verbs.
func prepositions(toks []Token) {
	for i := range toks {
		if IsVerb(toks[i].Tag) && closedPrepositions[toks[i].Lower] {
			toks[i].Tag = "IN"
		}
	}
}

// verbBeforeParticiple fixes "riot police beat/NN detained/VBD
// protesters": a verb form tagged as a noun that agrees with the subject
// before it, followed by an -ed past that modifies the next noun, is the
// verb, and the -ed form its object's modifier ("troops shell abandoned
// villages"; in a headline also an -s form: "militia frees/NNS kidnapped
// officials" - in body text "government forces used chlorine" is far more
// common).
func verbBeforeParticiple(toks []Token, headline bool) {
	for i := 1; i+2 < len(toks); i++ {
		t, next := &toks[i], &toks[i+1]
		if t.Tag != "NN" && t.Tag != "NNS" || next.Tag != "VBD" || verbForm(next.Lower) != formEd ||
			!isNounTag(toks[i+2].Tag) || isVerbNounToo(t.Lower) && !pastAsBase[t.Lower] {
			continue
		}
		f := verbForm(t.Lower)
		switch {
		case f == formS && headline && singularSubject(&toks[i-1], false) && toks[i-1].Tag != "CD":
			t.Tag = "VBZ"
		case f == formBase && pluralSubject(&toks[i-1]) && pastAsBase[t.Lower]:
			t.Tag = "VBD"
		case f == formBase && pluralSubject(&toks[i-1]):
			t.Tag = "VBP"
		default:
			continue
		}
		next.Tag = "VBN"
	}
}

// modifierInCompound fixes "Sudanese troops and allied/VBD militias
// killed/VBN ...": a past form between a coordinator that follows a noun
// and another noun, with a past verb after that noun phrase in the same
// clause, modifies the noun; the later past form is the verb.
func modifierInCompound(toks []Token) {
	for i := 2; i+2 < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBD" || toks[i-1].Tag != "CC" || !conjunctions[toks[i-1].Lower] || !isNounTag(toks[i-2].Tag) ||
			toks[i+1].Tag != "NN" && toks[i+1].Tag != "NNS" || verbForm(t.Lower) != formEd {
			continue
		}
		k := i + 1
		for k < len(toks) && isNounTag(toks[k].Tag) {
			k++
		}
		if k >= len(toks) || toks[k].Tag != "VBD" && toks[k].Tag != "VBN" || !isVerbWord(toks[k].Lower) || isAux(toks[k].Lower) {
			continue
		}
		t.Tag = "JJ"
		toks[k].Tag = "VBD"
	}
}

// catenatives are verbs that take an -ing complement ("kept buying oil",
// "began shelling towns") or an object and an -ing form ("caught
// smuggling"); after other verbs an -ing form before a noun modifies it.
var catenatives = map[string]bool{"keep": true, "start": true, "begin": true, "stop": true, "continue": true,
	"resume": true, "finish": true, "avoid": true, "consider": true, "deny": true, "admit": true, "risk": true,
	"quit": true, "halt": true, "cease": true, "suspend": true, "end": true, "recommend": true, "suggest": true,
	"propose": true, "try": true, "like": true, "love": true, "hate": true, "prefer": true, "fear": true,
	"enjoy": true, "postpone": true, "delay": true, "involve": true, "mention": true, "resist": true,
	"justify": true, "go": true, "see": true, "hear": true, "catch": true, "find": true, "spot": true,
	"watch": true, "leave": true, "discuss": true, "envisage": true, "contemplate": true, "defend": true,
	"oppose": true, "support": true, "favour": true, "favor": true, "ban": true, "prohibit": true,
	"accuse": true, "step": true, "intensify": true, "escalate": true, "mind": true, "miss": true,
	"practise": true, "practice": true, "require": true, "need": true, "anticipate": true}

// gerundModifiers retags as adjectives -ing forms that modify the next
// noun right after a main verb that takes no -ing complement: "promised
// developing/JJ countries", "demanded legally binding/JJ guarantees".
func gerundModifiers(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBG" || !isNounTag(toks[i+1].Tag) && toks[i+1].Tag != "JJ" {
			continue
		}
		k := i - 1
		for k > 0 && toks[k].Tag == "RB" {
			k--
		}
		p := toks[k]
		if p.Tag != "VBD" && p.Tag != "VBZ" && p.Tag != "VBP" && p.Tag != "VBN" || isAux(p.Lower) {
			continue
		}
		if l := baseOf(p.Lower); l == "" || catenatives[l] {
			continue
		}
		t.Tag = "JJ"
	}
}

// baseOf returns the lexicon lemma of a verb form, or "".
func baseOf(w string) string {
	if !isVerbWord(w) {
		return ""
	}
	return lemma.Verb(w)
}

// complementVerbs take a clause with no "that" ("said the army attacked
// from the north"), so a past form after their object may be finite.
var complementVerbs = map[string]bool{"say": true, "think": true, "believe": true, "claim": true,
	"allege": true, "announce": true, "confirm": true, "warn": true, "report": true, "insist": true,
	"deny": true, "admit": true, "fear": true, "hope": true, "know": true, "argue": true, "suggest": true,
	"add": true, "tell": true, "show": true, "estimate": true, "expect": true, "acknowledge": true,
	"assert": true, "state": true, "note": true, "find": true, "feel": true, "agree": true, "indicate": true,
	"reveal": true, "predict": true, "suspect": true, "assume": true, "conclude": true, "learn": true,
	"recall": true, "realize": true, "realise": true, "rule": true, "declare": true, "explain": true,
	"mean": true, "see": true, "hear": true, "understand": true, "decide": true,
	"complain": true, "concede": true, "emphasize": true, "emphasise": true, "stress": true}

// reducedRelatives fixes a past form that follows the object of a finite
// verb in the same clause and takes no object itself: it is a participle
// modifying that object ("extradited a businessman wanted/VBD for fraud",
// "evacuated residents trapped/VBD by the floods"), unless the verb before
// takes a clause without "that" ("said the army attacked from the north").
func reducedRelatives(toks []Token) {
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBD" || toks[i-1].Tag != "NN" && toks[i-1].Tag != "NNS" {
			continue // a name before a past form is its subject more often than an object
		}
		if f := verbForm(t.Lower); f != formEd && f != formPast {
			continue
		}
		if n := nextTag(toks, i+1, len(toks)); n != "IN" && n != "TO" && n != "," && n != "." {
			continue
		}
		if n := nextTag(toks, i+1, len(toks)); n == "IN" && clauseOpeners[toks[i+1].Lower] {
			continue
		}
		v := objectOf(toks, i)
		if v < 0 {
			continue
		}
		t.Tag = "VBN"
	}
}

// objectOf returns the finite main verb whose object phrase runs up to
// token i (nouns, determiners, adjectives, prepositional phrases, no
// clause break), or -1. The verb must take an object and no bare clause.
func objectOf(toks []Token, i int) int {
	sawNoun := false
	for k := i - 1; k >= 0; k-- {
		t := toks[k]
		switch {
		case isNounTag(t.Tag) || t.Tag == "PRP":
			sawNoun = true
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "POS" ||
			t.Tag == "IN" && !clauseOpeners[t.Lower] || t.Tag == "TO" || t.Tag == "VBN" || t.Tag == "VBG" ||
			t.Tag == "JJR" || t.Tag == "JJS" || t.Tag == "PDT" || t.Tag == "RB":
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP":
			if !sawNoun || isAux(t.Lower) || complementVerbs[baseOf(t.Lower)] {
				return -1
			}
			return k
		default:
			return -1
		}
	}
	return -1
}

// nameParticles fixes a lower-case particle between two parts of a name
// tagged as a present verb without its -s ("Faisal bin/VBZ Farhan"): a
// name part.
func nameParticles(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Tag == "VBZ" && !strings.HasSuffix(t.Lower, "s") && toks[i-1].Tag == "NNP" && toks[i+1].Tag == "NNP" {
			t.Tag = "NNP"
		}
	}
}

// meansNouns are nouns that after a bare "by" name a means or manner, not
// an agent: "resigned by email", "spoke by phone", "travelled by road".
var meansNouns = map[string]bool{"email": true, "e-mail": true, "phone": true, "telephone": true,
	"video": true, "videolink": true, "letter": true, "mail": true, "post": true, "fax": true, "text": true,
	"radio": true, "satellite": true, "car": true, "road": true, "air": true, "sea": true, "land": true,
	"rail": true, "train": true, "boat": true, "plane": true, "helicopter": true, "bus": true, "foot": true,
	"decree": true, "consensus": true, "acclamation": true, "proxy": true, "mistake": true, "accident": true,
	"default": true, "hand": true, "ship": true, "convoy": true, "referendum": true}

// meansPhrase reports "by" followed by a bare means noun at toks[i].
func meansPhrase(toks []Token, i, e int) bool {
	return i+1 < e && toks[i].Lower == "by" && meansNouns[toks[i+1].Lower]
}

// presentAfterPast reports a clause that starts after a coordinator ending
// a clause whose finite verb is a past tense: "sent supplies and rescue
// teams to Beirut" is one clause, where "teams" is no present tense.
func presentAfterPast(toks []Token, s int) bool {
	if s < 1 || toks[s-1].Tag != "CC" {
		return false
	}
	for k := s - 2; k >= 0 && !(clauseBreak(&toks[k]) && toks[k].Tag != "CC"); k-- {
		if toks[k].Tag == "VBD" {
			return true
		}
		if isFiniteTag(toks[k].Tag) {
			return false
		}
	}
	return false
}

// ofPhraseNoun reports a word after "NNS of NN" ("months of mass protests"):
// the head of the of-phrase, not a verb after a subject.
func ofPhraseNoun(toks []Token, s, i int) bool {
	return i-3 >= s && toks[i-2].Lower == "of" && toks[i-1].Tag == "NN" && toks[i-3].Tag == "NNS"
}

// initialName retags a capitalised sentence-initial adverb right before
// a verb as a name: a clause needs a subject, and "Norway/RB offered"
// has none otherwise (the "-way" of "anyway" misleads the tagger).
// Adverbs in -ly stay ("Separately/RB announced" is elliptical prose).
func initialName(toks []Token) {
	if len(toks) < 2 || toks[0].Tag != "RB" || !isCapitalised(toks[0].Text) || strings.HasSuffix(toks[0].Lower, "ly") ||
		!isWordToken(toks[0].Lower) {
		return
	}
	switch toks[1].Tag {
	case "VBD", "VBN", "VBZ":
		toks[0].Tag = "NNP"
	}
}

// causatives take an object and a bare infinitive: "help the police
// fight gangs", "made the army withdraw", "let the ships leave".
var causatives = map[string]bool{"help": true, "make": true, "let": true, "watch": true, "see": true, "hear": true}

// bareInfinitives retags as a base verb a base form tagged as a tense or
// a noun after a causative verb and its object ("to help the country's
// police fight/VBD powerful gangs").
func bareInfinitives(toks []Token) {
	for i := 2; i < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "VBD" && t.Tag != "VBP" && t.Tag != "NN" || verbForm(t.Lower) != formBase {
			continue
		}
		k := i - 1
		for k > 0 && (isNounTag(toks[k].Tag) || toks[k].Tag == "DT" || toks[k].Tag == "JJ" || toks[k].Tag == "POS" ||
			toks[k].Tag == "PRP$" || toks[k].Tag == "CD" || toks[k].Tag == "PRP") {
			k--
		}
		if k < i-1 && IsVerb(toks[k].Tag) && causatives[lemma.Verb(toks[k].Lower)] {
			t.Tag = "VB"
		}
	}
}
