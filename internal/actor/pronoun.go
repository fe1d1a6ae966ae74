package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// personInPlay is a person named in the current sentence.
type personInPlay struct {
	mn      Mention
	subject bool // directly followed by a verb: the subject of its clause
}

// notePerson records a named (not pronominal) person of the sentence.
func (a *Article) notePerson(toks []nlp.Token, mn Mention) {
	if mn.Type == "person" && !mn.Pronoun {
		a.people = append(a.people, personInPlay{mn: mn, subject: subjectLike(toks, mn)})
	}
}

// pronoun resolves he/she/his/her/him to the salient person; an object
// pronoun to another person (objectReferent).
func (a *Article) pronoun(toks []nlp.Token, i int) (Mention, bool) {
	switch toks[i].Lower {
	case "he", "she", "his", "her", "him":
	default:
		return Mention{}, false
	}
	if a.salient == nil {
		return Mention{}, false
	}
	mn := *a.salient
	if objectPronoun(toks, i) {
		if o := a.objectReferent(); o != nil {
			mn = *o
		}
	}
	mn.Start, mn.End, mn.Pronoun = i, i+1, true
	return mn, true
}

// objectPronoun reports "him", or "her" not before a noun phrase ("her
// visit" is possessive).
func objectPronoun(toks []nlp.Token, i int) bool {
	if toks[i].Lower == "him" {
		return true
	}
	if toks[i].Lower != "her" || i+1 >= len(toks) {
		return toks[i].Lower == "her"
	}
	t := toks[i+1].Tag
	return !isNounTag(t) && t != "JJ" && t != "JJR" && t != "JJS" && t != "CD" && t != "VBN"
}

// objectReferent is whom an object pronoun stands for: never the subject
// of its own clause ("Biden welcomed him" is not Biden). With a named
// subject earlier in the sentence it is the latest other person named
// ("Xi met Putin and told him" -> Putin), else the salient person of the
// earlier sentences; nil keeps the usual reading.
func (a *Article) objectReferent() *Mention {
	subj := -1
	for k := len(a.people) - 1; k >= 0; k-- {
		if a.people[k].subject {
			subj = k
			break
		}
	}
	if subj < 0 {
		return nil
	}
	name := a.people[subj].mn.Name
	for k := len(a.people) - 1; k >= 0; k-- {
		if a.people[k].mn.Name != name {
			return &a.people[k].mn
		}
	}
	if a.before != nil && a.before.Name != name {
		return a.before
	}
	return nil
}

// groupPronoun resolves "they" as the subject of its clause (before a
// verb) to the group that was the subject of the previous sentence:
// "Russian forces pushed ... They shelled the town" -> the forces.
func (a *Article) groupPronoun(toks []nlp.Token, i int) (Mention, bool) {
	if toks[i].Lower != "they" || a.lastSubject == nil || !beforeVerbGroup(toks, i+1) {
		return Mention{}, false
	}
	mn := *a.lastSubject
	mn.Start, mn.End, mn.Pronoun = i, i+1, true
	return mn, true
}

// beforeVerbGroup reports a verb at k, past adverbs ("they also said").
func beforeVerbGroup(toks []nlp.Token, k int) bool {
	for ; k < len(toks) && toks[k].Tag == "RB"; k++ {
	}
	return k < len(toks) && (nlp.IsVerb(toks[k].Tag) || toks[k].Tag == "MD")
}

// noteSubject remembers the group actor (a state, organisation or
// national agent, not a person) that opens the sentence as its subject,
// for "they" in the next sentence; a sentence without one clears it.
func (a *Article) noteSubject(toks []nlp.Token, ms []Mention) {
	a.lastSubject = nil
	if len(ms) == 0 {
		return
	}
	mn := ms[0]
	if mn.Type == "person" || mn.Country == "" && !strings.HasPrefix(mn.Code, "IGO") || !subjectLike(toks, mn) {
		return
	}
	c := mn
	a.lastSubject = &c
}
