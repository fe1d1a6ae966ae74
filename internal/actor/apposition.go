package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Appositions: "Jamal Khashoggi, a Saudi journalist and critic of the
// crown prince, ..." describes the person before the comma. The role
// words inside it name no further actor: a wire analyst codes one target,
// the person (with the role when the name is unknown), not the crown
// prince or a second "journalist".

// span is a token range [start, end).
type span struct{ start, end int }

// appositionSpans returns the descriptions set off after a name: a comma
// right after a proper noun, then an optional article or number and
// modifiers, then an agent word, up to the closing comma, the sentence end
// or a relative pronoun. A finite verb before that makes the phrase a
// clause ("In Kabul, officials said ..."), not an apposition; so does a
// fronted prepositional phrase before the name.
func (a *Article) appositionSpans(toks []nlp.Token) []span {
	var out []span
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].Lower != "," || !nameEnding(toks[k-1]) || frontedPP(toks, k) {
			continue
		}
		if !a.opensRole(toks, k+1) {
			continue
		}
		if end, ok := appositionEnd(toks, k+1); ok {
			out = append(out, span{k + 1, end})
			k = end - 1
		}
	}
	return out
}

// nameEnding reports a token that may end a name: a capitalised proper
// noun ("Khashoggi", "Canadians") that is no day or month.
func nameEnding(t nlp.Token) bool {
	return (t.Tag == "NNP" || t.Tag == "NNPS") && startsUpper(t.Text) && !calendarWords[t.Lower]
}

// frontedPP reports a comma closing a sentence-initial prepositional
// phrase ("In Kabul, ..."): no verb stands before it.
func frontedPP(toks []nlp.Token, k int) bool {
	if toks[0].Tag != "IN" {
		return false
	}
	for j := 1; j < k; j++ {
		if nlp.IsVerb(toks[j].Tag) {
			return false
		}
	}
	return true
}

// opensRole reports a role phrase at i: "[a|the|two] [former] (modifiers)
// AGENT", where the agent is not the title of a following name ("the
// Chinese president, Xi Jinping" keeps its title).
func (a *Article) opensRole(toks []nlp.Token, i int) bool {
	if i < len(toks) && (isArticle(toks[i].Lower) || toks[i].Tag == "CD") {
		i++
	}
	for k := i; k < len(toks) && k < i+4; k++ {
		if ag, ok := a.m.longest(toks, k, isAgent); ok && !ag.p.entry.Prefix {
			// "Congress, Supreme Court and ...": a capitalised agent lists an institution
			return !titled(toks, ag.end) && startsLower(toks[k].Text)
		}
		if _, ok := a.m.longest(toks, k, func(kind int) bool { return kind == PhraseAdjective }); ok {
			continue // "a Saudi journalist"
		}
		if t := toks[k]; !isFormer(t.Lower) && t.Tag != "JJ" && t.Tag != "RB" && t.Tag != "NN" && t.Tag != "VBN" {
			return false
		}
	}
	return false
}

// appositionEnd finds the end of a role phrase starting at i: the closing
// comma or dash, the sentence end, or a relative pronoun. ok is false when
// a finite verb comes first.
func appositionEnd(toks []nlp.Token, i int) (int, bool) {
	for k := i; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.Lower == "," || t.Lower == ";" || t.Lower == ":" || t.Lower == "." || t.Lower == "(" || t.Lower == "-":
			return k, true
		case t.Tag == "WP" || t.Tag == "WDT":
			return k, true
		case t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD":
			return 0, false
		}
	}
	return len(toks), true
}

// inSpans reports whether token i lies in one of the spans.
func inSpans(sp []span, i int) bool {
	for _, s := range sp {
		if i >= s.start && i < s.end {
			return true
		}
	}
	return false
}

// dropAppositions removes the mentions inside an apposition whose name
// before the comma is itself an actor (known, or learned from the role),
// a person, state or organisation: after an institution ("Brazil's
// Congress, Supreme Court ...") the comma lists more.
func dropAppositions(ms []Mention, sp []span) []Mention {
	if len(sp) == 0 {
		return ms
	}
	out := make([]Mention, 0, len(ms))
	for _, mn := range ms {
		if inSpans(sp, mn.Start) && anchored(ms, sp, mn.Start) {
			continue
		}
		out = append(out, mn)
	}
	return out
}

// anchored reports whether the apposition holding token i follows an
// actor mention that ends at its comma.
func anchored(ms []Mention, sp []span, i int) bool {
	for _, s := range sp {
		if i < s.start || i >= s.end {
			continue
		}
		for _, mn := range ms {
			if mn.End == s.start-1 && mn.Type != "agent" {
				return true
			}
		}
	}
	return false
}

// headWords are roles that, in "X, the head of Y,", make X act for Y.
var headWords = map[string]bool{"head": true, "chief": true, "chairman": true, "chairwoman": true,
	"chair": true, "leader": true, "director": true, "commander": true}

// currentOffice applies "former president Burhanuddin Rabbani, the head of
// the government's peace council,": an apposition naming a present office
// of a coded actor overrides the former role (ELI) or a bare role. The
// office's actor is then part of the description, no actor of its own.
func currentOffice(toks []nlp.Token, ms []Mention) []Mention {
	for k := 0; k+1 < len(ms); k++ {
		if !officeless(ms[k]) {
			continue
		}
		i := ms[k].End
		for i < len(toks) && i < ms[k].End+3 && nameEnding(toks[i]) {
			i++ // the unknown name after "former president"
		}
		if i+3 >= len(toks) || toks[i].Lower != "," {
			continue
		}
		i++
		if isArticle(toks[i].Lower) {
			i++
		}
		if !headWords[toks[i].Lower] || toks[i+1].Lower != "of" {
			continue
		}
		i += 2
		n := ms[k+1]
		if n.Start != i && !(toks[i].Lower == "the" && n.Start == i+1) || n.Modifier || n.Country == "" && !strings.HasPrefix(n.Code, "IGO") || strings.HasSuffix(n.Code, "ELI") {
			continue
		}
		ms[k].Code, ms[k].Country, ms[k].Name = n.Code, n.Country, n.Name
		ms = append(ms[:k+1], ms[k+2:]...)
	}
	return ms
}

// officeless reports a mention with no office of its own in force: a
// former leader (ELI) or a role with no state.
func officeless(mn Mention) bool {
	if mn.Pronoun {
		return false
	}
	return strings.HasSuffix(mn.Code, "ELI") || mn.Type == "agent" && mn.Country == ""
}

// renamedPossessive reads "his host, Xi Jinping," as one mention of the
// person the apposition names: the object of "urged his host, Xi Jinping,
// to ..." is Xi, not the possessor.
func renamedPossessive(toks []nlp.Token, ms []Mention) []Mention {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		mn := ms[k]
		if mn.Pronoun && k+1 < len(ms) && possessive(toks[mn.Start].Lower) && renamedBy(toks, mn.End, ms[k+1]) {
			named := ms[k+1]
			named.Start = mn.Start
			mn, k = named, k+1
		}
		out = append(out, mn)
	}
	return out
}

func possessive(w string) bool { return w == "his" || w == "her" || w == "its" || w == "their" }

// renamedBy reports "(adjectives) NOUN , NAME ," from i: a plain noun
// phrase followed by an apposition that is the next mention, closed by a
// comma or the sentence end.
func renamedBy(toks []nlp.Token, i int, next Mention) bool {
	k := i
	for k < len(toks) && k < i+3 && (toks[k].Tag == "JJ" || isNounTag(toks[k].Tag)) && startsLower(toks[k].Text) {
		k++
	}
	if k == i || k >= len(toks) || toks[k].Lower != "," || next.Start != k+1 || next.Type != "person" {
		return false
	}
	return next.End >= len(toks) || toks[next.End].Lower == "," || toks[next.End].Lower == "."
}
