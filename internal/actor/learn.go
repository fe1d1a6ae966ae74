package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// withPerson extends an agent mention over a following person name:
// "Chinese President Xi Jinping", or learns an unknown one: "vice-premier
// Liu Guozhong". After "former" a person is coded with its Former code.
func (a *Article) withPerson(toks []nlp.Token, mn Mention, former bool) Mention {
	if mn.End >= len(toks) {
		return mn
	}
	if p, end := a.person(toks, mn.End); p != nil {
		p.Start, p.End = mn.Start, end
		return formerPerson(*p, former)
	}
	if end := nameRun(a, toks, mn.End); end > mn.End {
		return a.learnAt(toks, mn.End, end, mn, mn.Start)
	}
	return mn
}

// formerPerson codes "former president Park Geun-hye" with the person's
// Former code when the dictionary gives one.
func formerPerson(p Mention, former bool) Mention {
	if former && p.Person != nil && p.Person.Former != "" {
		p.Code = p.Person.Former
	}
	return p
}

// titledPerson matches a title without nationality followed by a person:
// "President Xi Jinping", "former president Park Geun-hye", "Mr Xi"; a
// capitalised title before an unknown name learns it: "Premier Li Qiang".
func (a *Article) titledPerson(toks []nlp.Token, i int) (Mention, bool) {
	j, former := i, false
	if isFormer(toks[j].Lower) && j+1 < len(toks) {
		j, former = j+1, true
	}
	var title match
	if isHonorific(toks[j].Lower) {
		j++
	} else if ag, ok := a.m.longest(toks, j, isAgent); ok && !ag.p.entry.Prefix {
		title, j = ag, ag.end
	}
	if j == i || j >= len(toks) || title.p == nil && j == i+1 && former {
		return Mention{}, false
	}
	if p, end := a.person(toks, j); p != nil {
		p.Start, p.End = i, end
		return formerPerson(*p, former), true
	}
	if title.p == nil || !startsUpper(toks[title.start].Text) {
		return Mention{}, false
	}
	end := nameRun(a, toks, j)
	if end == j {
		return Mention{}, false
	}
	if p, pend := a.person(toks, i); p != nil && pend >= end {
		return Mention{}, false // "Queen Elizabeth": the title is part of a known name
	}
	e := title.p.entry
	role := Mention{Code: e.Code, Type: "agent", Name: agentLabel(e.Code)}
	if former {
		role.Code = "ELI"
	}
	if c := a.diplomatHome[strings.TrimSuffix(toks[title.end-1].Lower, "s")]; c != "" && !former {
		role.Code, role.Country = combine(c, role.Code), c // "France's ambassador ... Ambassador Joël Meyer"
	}
	return a.learnAt(toks, j, end, a.withDominant(role), i), true
}

// noteDiplomat remembers the state of a diplomat named with it ("France's
// ambassador"), for a later "Ambassador Joël Meyer" of unknown nationality.
// A diplomat serves abroad: he leaves "the government" of the article as
// it was (home, its state before him).
func (a *Article) noteDiplomat(toks []nlp.Token, mn Mention, home string) {
	w := toks[mn.End-1].Lower
	if mn.Country == "" || mn.Type != "agent" || !diplomatic[w] {
		return
	}
	if a.diplomatHome == nil {
		a.diplomatHome = map[string]string{}
	}
	a.diplomatHome[strings.TrimSuffix(w, "s")] = mn.Country
	if home == "" {
		delete(a.agentHome, "GOV")
	} else {
		a.agentHome["GOV"] = home
	}
}

// withDominant gives a bare role the article's dominant state: the most
// named one, when it is named more often than any other.
func (a *Article) withDominant(role Mention) Mention {
	if role.Country != "" {
		return role
	}
	ms := a.MainStates()
	if len(ms) == 0 || len(ms) > 1 && a.states[ms[0]] == a.states[ms[1]] {
		return role
	}
	c := ms[0]
	role.Code, role.Country = combine(c, role.Code), c
	return role
}

// learnAt learns the name toks[start:end) with the role's code and returns
// the mention spanning from from to end.
func (a *Article) learnAt(toks []nlp.Token, start, end int, role Mention, from int) Mention {
	name := joinText(toks[start:end])
	role.Name, role.Type, role.Person = name, "person", nil
	a.learn(name, &role)
	role.Start, role.End = from, end
	return role
}

// nameRun returns the end of a run of 1-3 capitalised proper-noun tokens at
// i that are not agent words or dates, or i.
func nameRun(a *Article, toks []nlp.Token, i int) int {
	j := i
	for j < len(toks) && j < i+3 && toks[j].Tag == "NNP" && startsUpper(toks[j].Text) && !notName(a, toks, j) {
		j++
	}
	return j
}

func notName(a *Article, toks []nlp.Token, j int) bool {
	if calendarWords[toks[j].Lower] {
		return true
	}
	_, agent := a.m.longest(toks, j, isAgent)
	return agent
}

var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// appositives learns unknown people introduced by an apposition: "Li
// Qiang, the Chinese premier, ..." and "the premier, Li Qiang, ..." give
// the name the role's code.
func (a *Article) appositives(toks []nlp.Token, ms []Mention) []Mention {
	for k := 0; k < len(ms); k++ {
		role := ms[k]
		if role.Type != "agent" {
			continue
		}
		if mn, ok := a.nameBefore(toks, ms, k); ok {
			ms = append(ms[:k], append([]Mention{mn}, ms[k:]...)...)
			k++
		} else if mn, ok := a.nameAfter(toks, ms, k); ok {
			ms = append(ms[:k+1], append([]Mention{mn}, ms[k+1:]...)...)
			k++
		}
	}
	return ms
}

// nameBefore reads "NAME, the ROLE".
func (a *Article) nameBefore(toks []nlp.Token, ms []Mention, k int) (Mention, bool) {
	role := ms[k]
	j := role.Start - 1
	if j >= 0 && isArticle(toks[j].Lower) {
		j--
	}
	if j < 1 || toks[j].Lower != "," {
		return Mention{}, false
	}
	start := j
	for start > 0 && start > j-3 && toks[start-1].Tag == "NNP" && startsUpper(toks[start-1].Text) &&
		!calendarWords[toks[start-1].Lower] {
		start--
	}
	if start == j || (k > 0 && ms[k-1].End > start) {
		return Mention{}, false
	}
	return a.learnAt(toks, start, j, a.withDominant(roleOf(toks, ms, k)), start), true
}

// roleOf is the role of an apposition: "chief of staff to opposition
// leader Juan Guaido" and "the sister of North Korea's leader" take the
// code of the actor the role is relative to.
func roleOf(toks []nlp.Token, ms []Mention, k int) Mention {
	role := ms[k]
	if role.Country != "" || k+1 >= len(ms) || role.End >= len(toks) {
		return role
	}
	w := toks[role.End].Lower
	next := ms[k+1]
	if (w == "to" || w == "of" || w == "for") && next.Start == role.End+1 && next.Country != "" {
		next.Start, next.End, next.Pronoun = role.Start, role.End, false
		return next
	}
	return role
}

// nameAfter reads "the ROLE, NAME," (the name closed by a comma or the
// sentence end).
func (a *Article) nameAfter(toks []nlp.Token, ms []Mention, k int) (Mention, bool) {
	role := ms[k]
	j := role.End
	art := isArticle(toks[role.Start].Lower) || role.Start > 0 && isArticle(toks[role.Start-1].Lower)
	if !art || j+1 >= len(toks) || toks[j].Lower != "," {
		return Mention{}, false
	}
	end := nameRun(a, toks, j+1)
	if end == j+1 || end < len(toks) && toks[end].Lower != "," && toks[end].Lower != "." {
		return Mention{}, false
	}
	if k+1 < len(ms) && ms[k+1].Start < end {
		return Mention{}, false
	}
	return a.learnAt(toks, j+1, end, a.withDominant(role), j+1), true
}

func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }
