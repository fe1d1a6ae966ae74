package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Domestic context: a bare agent ("police", "protesters", "the army") with
// no nationality of its own belongs to the one state in play - the only
// state named in its sentence, or, when the sentence names none, the
// article's single dominant state. An expert reading "Georgian riot police
// fired tear gas at protesters" codes the protesters GEOCVL.

// notDomestic are agent codes that are often foreign to the state in play
// (refugees, aid agencies, unaffiliated people): they stay bare.
var notDomestic = map[string]bool{"REF": true, "NGO": true, "UAF": true}

// scene is what a sentence says about the states in play.
type scene struct {
	country string // the one state named, "" when none
	igo     bool   // an international organisation is named
	armed   bool   // a national military is named ("Arnorian positions")
	bare    int    // bare agents
	mixed   bool   // two states or a pair of states are named
	// modifier is the state of a nationality adjective on a plain noun
	// ("waving Russian flags"): it blocks another state but gives none.
	modifier string
	// named is the start of the first state named as a whole ("France"),
	// when it is the only national actor: -1 otherwise.
	named int
}

// domesticContext gives the still-bare agents of a sentence the state in
// play. Another state named in the sentence, a pair of states or, for
// armed agents, an international organisation (whose forces they may be)
// blocks it; an international organisation also blocks the article-level
// fallback.
func (a *Article) domesticContext(toks []nlp.Token, ms []Mention) {
	sc := a.scene(toks, ms)
	if sc.bare == 0 || sc.mixed {
		return
	}
	country := sc.country
	if country == "" && !sc.igo && sc.modifier == "" {
		country = a.dominantState()
	}
	st := a.m.states[country]
	if st == nil || regional[country] {
		return
	}
	for i := range ms {
		mn := &ms[i]
		if mn.Type != "agent" || mn.Country != "" || len(mn.Code) != 3 || sc.keepsBare(toks, mn) {
			continue
		}
		mn.Code, mn.Country = country+mn.Code, country
		mn.Name = st.firstName() + " " + agentLabel(mn.Code[3:])
	}
}

// scene sums up the mentions of a sentence.
func (a *Article) scene(toks []nlp.Token, ms []Mention) scene {
	sc, only := scene{named: -1}, true
	for i := range ms {
		mn := &ms[i]
		switch {
		case mn.Type == "agent" && mn.Country == "":
			sc.bare++
		case mn.Type == "igo" || mn.Country == "" && strings.HasPrefix(mn.Code, "IGO"):
			sc.igo = true
		case mn.Type == "pair" || len(mn.Members) > 0:
			sc.mixed = true
		case mn.Country != "" && a.m.states[mn.Country] != nil:
			if sc.country != "" && sc.country != mn.Country || sc.modifier != "" && sc.modifier != mn.Country {
				sc.mixed = true // two states in play: the owner is unclear
			}
			if mn.Modifier && !headsAgent(toks, ms, i) {
				sc.modifier = mn.Country
			} else {
				sc.country = mn.Country
			}
			sc.armed = sc.armed || strings.HasSuffix(mn.Code, "MIL")
			if mn.Type != "state" || mn.Code != mn.Country {
				only = false
			} else if sc.named < 0 {
				sc.named = mn.Start
			}
		}
	}
	if !only {
		sc.named = -1
	}
	return sc
}

// keepsBare reports a bare agent that the state in play does not own:
// refugees and aid agencies, foreign, titled or unnamed single people ("a
// senior official said": an unattributed source), diplomats (who
// serve abroad), forces counted as they are moved, troops beside an
// international organisation (its forces) or facing a national military
// ("troops shelled Arnorian positions").
func (sc scene) keepsBare(toks []nlp.Token, mn *Mention) bool {
	switch {
	case notDomestic[mn.Code] || foreignAgent(toks, mn.Start) || titled(toks, mn.End) || oneOfMany(toks, mn.Start):
		return true
	case sc.named > mn.Start && actsOn(toks, mn.End, sc.named):
		return true // "the junta accused France": a bare subject acting on a state is seldom its own
	case mn.Code == "GOV":
		return diplomatic[toks[mn.End-1].Lower]
	case mn.Code == "MIL" && sc.armed:
		return true
	case mn.Code == "MIL" || mn.Code == "COP":
		return sc.igo || counted(toks, mn.Start)
	}
	return false
}

// diplomatic are the head words of agents that represent a state abroad.
var diplomatic = map[string]bool{"diplomat": true, "diplomats": true, "ambassador": true, "ambassadors": true,
	"envoy": true, "envoys": true, "embassy": true, "embassies": true, "consul": true, "consulate": true,
	"counterpart": true, "counterparts": true, "delegation": true, "delegations": true, "mission": true,
	"affaires": true, "commissioner": true}

// dominantState returns the state named most in the article so far, when
// it was named at least twice and clearly more than any other (at least
// twice as often), else "".
func (a *Article) dominantState() string {
	best, n1, n2 := "", 0, 0
	for c, n := range a.states {
		switch {
		case n > n1 || n == n1 && c < best:
			best, n1, n2 = c, n, max(n1, n2)
		case n > n2:
			n2 = n
		}
	}
	if n1 < 2 || n1 < 2*n2 {
		return ""
	}
	return best
}

// foreignAgent reports an agent marked as not the state's own: "foreign
// students", "overseas investors", "international observers".
func foreignAgent(toks []nlp.Token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-2; k-- {
		if foreignWords[toks[k].Lower] {
			return true
		}
		if toks[k].Tag != "JJ" && toks[k].Tag != "NN" && toks[k].Tag != "VBN" {
			return false
		}
	}
	return false
}

var foreignWords = map[string]bool{"foreign": true, "overseas": true, "international": true, "western": true,
	"expatriate": true, "exiled": true, "visiting": true, "migrant": true}

// regional are pseudo-states of the dictionary ("the West"): no domestic
// context.
var regional = map[string]bool{"WST": true}

// counted reports an agent phrase led by a number or an amount word ("1,000
// additional troops", "thousands of extra officers", "more army units"):
// forces counted as they are sent or deployed.
func counted(toks []nlp.Token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-4; k-- {
		t := toks[k]
		switch {
		case t.Tag == "CD" || amountWords[t.Lower]:
			return true
		case t.Tag != "JJ" && t.Tag != "NN" && t.Lower != "of":
			return false
		}
	}
	return false
}

var amountWords = map[string]bool{"additional": true, "extra": true, "more": true, "thousands": true,
	"hundreds": true, "dozens": true, "reinforcement": true, "reinforcements": true, "fresh": true}

// titled reports an agent word used as the title of a named individual
// ("journalist Jane Roe"): a person of unknown nationality.
func titled(toks []nlp.Token, end int) bool {
	return end < len(toks) && toks[end].Tag == "NNP" && startsUpper(toks[end].Text)
}

// oneOfMany reports "a (senior) official": one unnamed person, whose
// affiliation a report leaves open.
func oneOfMany(toks []nlp.Token, start int) bool {
	for k := start - 1; k >= 0 && k >= start-3; k-- {
		switch {
		case toks[k].Lower == "a" || toks[k].Lower == "an":
			return true
		case toks[k].Tag != "JJ" && toks[k].Tag != "RB" && !groupWord(toks, k):
			return false
		}
	}
	return false
}

// actsOn reports a verb between an agent ending at from and a state named
// at to that is no place ("in France", "across Serbia").
func actsOn(toks []nlp.Token, from, to int) bool {
	if to > 0 && locative[toks[to-1].Lower] {
		return false
	}
	for k := from; k < to; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") {
			return true
		}
	}
	return false
}

var locative = map[string]bool{"in": true, "across": true, "throughout": true, "around": true, "near": true,
	"inside": true, "within": true, "of": true}

// headsAgent reports a nationality adjective whose noun phrase ends in a
// bare agent ("Japanese fisheries officials"): it is that agent's state.
func headsAgent(toks []nlp.Token, ms []Mention, i int) bool {
	if i+1 >= len(ms) || ms[i+1].Type != "agent" || ms[i+1].Country != "" {
		return false
	}
	for k := ms[i].End; k < ms[i+1].Start; k++ {
		if t := toks[k].Tag; t != "NN" && t != "NNS" && t != "JJ" {
			return false
		}
	}
	return true
}
