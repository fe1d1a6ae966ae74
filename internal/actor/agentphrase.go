package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// base is what qualifies an agent phrase: a state (by name, adjective,
// capital, possessive or "its"), an organisation or a person possessor.
type base struct {
	code    string // actor code the agent combines with
	country string // state of the base, "" for international actors
	name    string
	end     int  // token after the base and its 's
	kind    int  // phrase kind of the base match (PhraseName, PhraseAdjective ...)
	state   bool // the base is a state
	keep    bool // an organisation without a state: its code absorbs the agent
}

// nationality matches a base at i: "[the] China['s]", "Chinese", "Beijing",
// "its", "the Kremlin's", "White House", "Putin's".
func (a *Article) nationality(toks []nlp.Token, i int) (base, bool) {
	if toks[i].Lower == "the" && i+1 < len(toks) {
		i++
	}
	if (toks[i].Lower == "its" || toks[i].Lower == "their") && i+1 < len(toks) && a.stateAdjective(toks, i+1) {
		i++ // "their German counterparts": the adjective names the state
	}
	if (toks[i].Lower == "its" || toks[i].Lower == "their") && a.lastGroup != nil {
		st := a.lastGroup
		return base{code: st.Code, country: st.Code, name: st.firstName(), end: i + 1, state: true}, true
	}
	if b, ok := a.orgBase(toks, i); ok {
		return b, true
	}
	mt, ok := a.m.longest(toks, i, isBaseKind)
	if !ok {
		return a.personPossessor(toks, i)
	}
	e := mt.p.entry
	switch {
	case e.Kind == "state":
		if mt.p.kind == PhraseContext && !a.contextActive(e) {
			return base{}, false
		}
		return base{code: e.Code, country: e.Code, name: e.firstName(), end: possEnd(toks, mt.end),
			kind: mt.p.kind, state: true}, true
	case e.Kind == "org" && mt.p.kind == PhraseName:
		b := base{code: e.Code, country: a.orgCountry(e), name: e.firstName(), end: possEnd(toks, mt.end), kind: PhraseName}
		b.keep = b.country == ""
		return b, true
	case e.Kind == "person":
		return a.personPossessor(toks, i) // "Yoon Suk Yeol's government"
	}
	return base{}, false
}

func isBaseKind(k int) bool {
	return k == PhraseName || k == PhraseAdjective || k == PhraseCapital || k == PhraseContext
}

// possEnd skips a possessive 's or ' after token end-1.
func possEnd(toks []nlp.Token, end int) int {
	if end < len(toks) && (toks[end].Lower == "'s" || toks[end].Lower == "'") {
		return end + 1
	}
	return end
}

// personPossessor matches "Putin's" (a known person with 's): the agent
// after it belongs to the person's state.
func (a *Article) personPossessor(toks []nlp.Token, i int) (base, bool) {
	p, end := a.person(toks, i)
	if p == nil || p.Country == "" || a.m.states[p.Country] == nil || end >= len(toks) || toks[end].Lower != "'s" {
		return base{}, false
	}
	st := a.m.states[p.Country]
	return base{code: st.Code, country: st.Code, name: st.firstName(), end: end + 1, kind: PhraseName, state: true}, true
}

// orgCountry is an organisation's state: its country, else the state its
// code starts with.
func (a *Article) orgCountry(e *Entry) string {
	if e.Country != "" {
		return e.Country
	}
	if len(e.Code) >= 3 && a.m.states[e.Code[:3]] != nil {
		return e.Code[:3]
	}
	return ""
}

// nationalAgent matches an agent qualified by what precedes it: "[the]
// Chinese (modifiers) vice-premier [Name]", "China's foreign ministry",
// "White House security officials", "MSF Arnor diplomat", "former South
// Korean president".
func (a *Article) nationalAgent(toks []nlp.Token, i int) (Mention, bool) {
	start, former := i, false
	if isFormer(toks[i].Lower) && i+1 < len(toks) {
		former, i = true, i+1
	}
	var pre *Entry
	if pa, ok := a.m.longest(toks, i, isAgent); ok && pa.p.entry.Prefix && pa.end < len(toks) {
		pre, i = pa.p.entry, pa.end
	}
	b, ok := a.nationality(toks, i)
	if !ok {
		return Mention{}, false
	}
	if pre != nil {
		b.code, b.keep = combine(pre.Code, b.code), false
	}
	head, stop := a.agentRun(toks, b.end)
	if head.p != nil && (doubleObject(toks, b, i) || a.m.modifierUse(toks, head) && !beforeVerb(toks, head.end+1)) {
		head = match{} // "promised Ukraine two tanks", "Turkey's military offensive"
	}
	switch {
	case head.p == nil && stop >= 0 && b.state && pronounPlace(toks, i, stop):
		// "along their disputed border": a place named through a pronoun
		// is a locative, no actor (and "their" may be two states)
		return Mention{Start: start, End: a.placeEnd(toks, stop+1), Type: KindNull}, true
	case head.p == nil && stop >= 0 && b.state:
		return a.placeOrSide(toks, b, start, stop), true
	case head.p == nil && pre != nil:
		return Mention{Start: start, End: b.end, Code: b.code, Country: b.country, Type: "org", Name: b.name}, true
	case head.p == nil:
		return Mention{}, false
	}
	if b.state && b.kind == PhraseName && b.end > i && toks[b.end-1].Lower != "'s" && expertise(toks, head) {
		return a.topicAgent(toks, start, head), true
	}
	if w := toks[i].Lower; (w == "its" || w == "their") && b.state && neighbours[toks[head.end-1].Lower] {
		// "severed ties with Morocco, accusing its neighbour": the neighbouring
		// state, the one the clause dealt with last, not its residents
		return Mention{Start: start, End: head.end, Code: b.country, Country: b.country, Type: "state", Name: b.name}, true
	}
	mn := a.agentMention(b, head, start)
	if former {
		mn = formerOf(mn)
	}
	return a.withPerson(toks, mn, former), true
}

// placeEnd extends a place over "with/of STATE" at k ("its border with
// Ukraine" is one place).
func (a *Article) placeEnd(toks []nlp.Token, k int) int {
	if k+1 >= len(toks) || toks[k].Lower != "with" && toks[k].Lower != "of" {
		return k
	}
	if b, ok := a.nationality(toks, k+1); ok && b.state && b.kind != PhraseAdjective {
		return b.end
	}
	return k
}

// pronounPlace reports "its/their (modifiers) PLACE" with a plain place
// noun (not "their positions", which are military, nor "their side").
func pronounPlace(toks []nlp.Token, i, stop int) bool {
	w := toks[i].Lower
	if i > 0 && toks[i].Lower == "the" {
		w = toks[i+1].Lower
	}
	p := toks[stop].Lower
	return (w == "its" || w == "their") && !isSide(p) && !militaryPlaces[p] && toks[stop].Lower != "national" && toks[stop].Lower != "nationals"
}

// beforeVerb reports a finite verb at k: a national noun phrase right
// before it is the subject and names its actor ("the Arnor government
// office condemned ...").
func beforeVerb(toks []nlp.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	switch toks[k].Tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// doubleObject reports a state named bare (no 's, no adjective) and
// followed by a number: "sent Ukraine 300 tanks" names two objects.
func doubleObject(toks []nlp.Token, b base, i int) bool {
	if b.kind != PhraseName || b.end <= i || b.end >= len(toks) || toks[b.end-1].Lower == "'s" {
		return false
	}
	t := toks[b.end]
	return t.Tag == "CD" || numberWords[t.Lower] || strings.HasPrefix(t.Lower, "twenty-")
}

// numberWords are spelled numbers a tagger may take for adjectives.
var numberWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "hundred": true, "hundreds": true,
	"dozens": true, "thousands": true}

// agentMention codes base + head agent.
func (a *Article) agentMention(b base, head match, start int) Mention {
	e := head.p.entry
	mn := Mention{Start: start, End: head.end, Country: b.country, Type: "agent"}
	switch {
	case b.keep:
		mn.Code, mn.Name, mn.Type = b.code, b.name, "org"
	case e.Prefix:
		mn.Code, mn.Name = combine(e.Code, b.code), b.name+" "+agentLabel(e.Code)
	default:
		code := a.counterpartRole(head, e.Code)
		mn.Code, mn.Name = combine(b.code, code), b.name+" "+agentLabel(code)
	}
	return mn
}

// counterpartRole is the role of "(their German) counterparts": that of the
// actor they are the counterparts of, the previous one of the sentence
// ("Turkish police ... their German counterparts" -> police). Other agents
// keep code.
func (a *Article) counterpartRole(head match, code string) string {
	if head.p.words[len(head.p.words)-1] != "counterpart" && head.p.words[len(head.p.words)-1] != "counterparts" {
		return code
	}
	p := a.prev
	if p.Country == "" || len(p.Code) != 6 || p.Code[:3] != p.Country || a.m.states[p.Country] == nil {
		return code
	}
	return p.Code[3:]
}

// stateAdjective reports a state's nationality adjective at i.
func (a *Article) stateAdjective(toks []nlp.Token, i int) bool {
	mt, ok := a.m.longest(toks, i, func(k int) bool { return k == PhraseAdjective })
	return ok && mt.p.entry.Kind == "state"
}

// formerOf codes "former Chinese president" as the state's elite.
func formerOf(mn Mention) Mention {
	if mn.Country != "" && mn.Type == "agent" {
		mn.Code = mn.Country + "ELI"
		mn.Name = mn.Country + " elites"
	}
	return mn
}

func isFormer(w string) bool { return w == "former" || w == "ex" || w == "ex-" }

// combine appends the three-letter chunks of agent that actor does not
// already hold: CHN+GOV -> CHNGOV, USAGOV+GOV -> USAGOV, HGWGOVMED+GOVMED
// -> HGWGOVMED.
func combine(actor, agent string) string {
	out := actor
	for k := 0; k+3 <= len(agent); k += 3 {
		chunk := agent[k : k+3]
		if !hasChunk(actor, chunk) {
			out += chunk
		}
	}
	if len(agent)%3 != 0 && !strings.HasSuffix(out, agent) {
		out += agent[len(agent)/3*3:]
	}
	return out
}

func hasChunk(code, chunk string) bool {
	for k := 0; k+3 <= len(code); k += 3 {
		if code[k:k+3] == chunk {
			return true
		}
	}
	return false
}

// agentRun finds the head agent of the noun compound starting at j: among
// the agents within up to five modifier or agent tokens, the one ending
// last (the longest of those), unless it is a generic head ("leader",
// "spokesman") after another agent, which then wins ("rebel leader").
// Before any agent, a place noun or "side" stops the run at stop.
func (a *Article) agentRun(toks []nlp.Token, j int) (head match, stop int) {
	var prev match
	covered := j
	for k := j; k < len(toks) && k < j+5; k++ {
		if ag, ok := a.m.longest(toks, k, isAgent); ok && !ag.p.entry.Prefix {
			if head.p == nil || ag.end > head.end {
				prev, head = head, ag
			}
			covered = max(covered, ag.end)
			continue
		}
		if k < covered {
			continue
		}
		if head.p == nil && (placeNouns[toks[k].Lemma] || placeNouns[toks[k].Lower] || isSide(toks[k].Lower) || isNational(toks, k)) {
			return match{}, k
		}
		if !isModifier(toks[k]) || head.p != nil && !startsLower(toks[k].Text) {
			break
		}
	}
	if head.p != nil && prev.p != nil && prev.end >= head.start && head.end-head.start == 1 && genericHeads[toks[head.start].Lemma] {
		head.end = max(head.end, prev.end)
		head.p = prev.p
	}
	return head, -1
}

// genericHeads are agent words that, after another agent, only name a
// member of it: "rebel leader", "military spokesman", "police officer".
var genericHeads = map[string]bool{"leader": true, "chief": true, "head": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "official": true, "officer": true, "member": true,
	"representative": true, "commander": true, "activist": true, "supporter": true, "figure": true}

var neighbours = map[string]bool{"neighbour": true, "neighbor": true, "neighbours": true, "neighbors": true}

func isSide(w string) bool { return w == "side" || w == "sides" }

// isNational reports "national(s)" used as a noun at k: "a German national"
// stands for its state, like "Germans"; "the national team" does not.
func isNational(toks []nlp.Token, k int) bool {
	if toks[k].Lower != "national" && toks[k].Lower != "nationals" {
		return false
	}
	return k+1 >= len(toks) || !isNounTag(toks[k+1].Tag) && !strings.HasPrefix(toks[k+1].Tag, "JJ")
}

func startsLower(s string) bool { return s != "" && (s[0] < 'A' || s[0] > 'Z') }

// placeOrSide codes "the Ukrainian city (of Kharkiv)" as the state and
// "the Chinese side" as its government.
func (a *Article) placeOrSide(toks []nlp.Token, b base, i, k int) Mention {
	if isSide(toks[k].Lower) {
		return Mention{Start: i, End: k + 1, Code: b.code + "GOV", Country: b.country, Type: "agent",
			Name: b.name + " government"}
	}
	if militaryPlaces[toks[k].Lower] {
		return Mention{Start: i, End: k + 1, Code: b.code + "MIL", Country: b.country, Type: "agent",
			Name: b.name + " military"} // "Russian positions", "American bases"
	}
	end := k + 1
	if end+1 < len(toks) && toks[end].Lower == "of" {
		if e := properRun(toks, end+1); e > end+1 {
			end = e
		}
	}
	return Mention{Start: i, End: end, Code: b.code, Country: b.country, Type: "state", Name: b.name}
}

// militaryPlaces are place nouns that, qualified by a state, stand for its
// military: "shelled Russian positions", "American bases on Guam".
var militaryPlaces = map[string]bool{"positions": true, "position": true, "base": true, "bases": true,
	"outpost": true, "outposts": true, "garrison": true}

// placeNouns are nouns that, qualified by a nationality, stand for a place
// of that state: "the Ukrainian city of Kharkiv" acts as Ukraine.
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "region": true,
	"province": true, "capital": true, "territory": true, "coast": true, "island": true, "base": true,
	"district": true, "county": true, "enclave": true, "airspace": true, "waters": true, "soil": true,
	"border": true, "outpost": true, "positions": true, "position": true, "facility": true, "mainland": true,
	"state": true, "oblast": true, "prefecture": true, "stronghold": true, "harbour": true, "harbor": true}

// expertiseWords are agents that a state name before them makes a topic,
// not a nationality: "a North Korea specialist".
var expertiseWords = map[string]bool{"specialist": true, "expert": true, "analyst": true, "scholar": true,
	"researcher": true, "professor": true, "correspondent": true, "watcher": true, "observer": true,
	"academic": true, "commentator": true}

func expertise(toks []nlp.Token, head match) bool {
	return expertiseWords[toks[head.end-1].Lemma] || expertiseWords[toks[head.end-1].Lower]
}

// topicAgent codes "a North Korea specialist at the Central Party School
// in Beijing": the state named is the topic; the agent's state comes from
// its affiliation ("at/of/with ... in X"), else it stays bare.
func (a *Article) topicAgent(toks []nlp.Token, start int, head match) Mention {
	e := head.p.entry
	mn := Mention{Start: start, End: head.end, Code: e.Code, Type: "agent", Name: agentLabel(e.Code)}
	if head.end >= len(toks) || !affiliation[toks[head.end].Lower] {
		return mn
	}
	for k := head.end + 1; k < len(toks) && k < head.end+10; k++ {
		t := toks[k]
		if t.Lower == "," || t.Lower == ";" || nlp.IsVerb(t.Tag) {
			break
		}
		if b, ok := a.nationality(toks, k); ok && b.country != "" {
			mn.Code, mn.Country, mn.End = combine(b.country, e.Code), b.country, b.end
			mn.Name = a.m.states[b.country].firstName() + " " + agentLabel(e.Code)
			return mn
		}
	}
	return mn
}

var affiliation = map[string]bool{"at": true, "of": true, "with": true, "from": true}

// agentOfState matches "the foreign minister of Japan", "a spokesman for
// the Chinese foreign ministry", "officials in Arnor": an agent with the
// state of the phrase after of/for/at/from/in.
func (a *Article) agentOfState(toks []nlp.Token, i int) (Mention, bool) {
	ag, ok := a.m.longest(toks, i, isAgent)
	if !ok || ag.end+1 >= len(toks) || !ofLike[toks[ag.end].Lower] {
		return Mention{}, false
	}
	if mn, ok := a.agentOfPerson(toks, ag); ok {
		return mn, true
	}
	var b base
	if inner, ok := a.nationalAgent(toks, ag.end+1); ok && inner.Type == "agent" && inner.Country != "" {
		st := a.m.states[inner.Country]
		if st == nil {
			return Mention{}, false
		}
		b = base{code: st.Code, country: st.Code, name: st.firstName(), end: inner.End, state: true}
	} else if b, ok = a.nationality(toks, ag.end+1); !ok || b.country == "" {
		return Mention{}, false
	} else if w := toks[ag.end+1].Lower; (w == "its" || w == "their") && b.end < len(toks) && isNounTag(toks[b.end].Tag) {
		return Mention{}, false // "villagers from their homes": the pronoun owns the homes
	} else if toks[ag.end].Lower == "in" && b.kind == PhraseAdjective {
		return Mention{}, false // "civilians in the Ethiopian city of Axum": a place
	}
	if !b.state {
		b.code = b.country
	}
	mn := Mention{Start: i, End: b.end, Code: combine(b.code, ag.p.entry.Code), Country: b.country, Type: "agent"}
	mn.Name = a.m.states[b.country].firstName() + " " + agentLabel(ag.p.entry.Code)
	a.coordinated(toks, mn, ag.p.entry.Code)
	return mn, true
}

// agentOfPerson matches "supporters of (former president) Jair Bolsonaro"
// or "critics of Erdogan": an agent of a known person takes the person's
// state; the person acts only through them.
func (a *Article) agentOfPerson(toks []nlp.Token, ag match) (Mention, bool) {
	if w := toks[ag.end].Lower; w != "of" && w != "for" {
		return Mention{}, false
	}
	k := ag.end + 1
	if !startsUpper(toks[k].Text) && !isFormer(toks[k].Lower) {
		return Mention{}, false
	}
	var p Mention
	if pm, end := a.person(toks, k); pm != nil {
		p, p.End = *pm, end
	} else if tp, ok := a.titledPerson(toks, k); ok && tp.Type == "person" {
		p = tp
	} else {
		return Mention{}, false
	}
	st := a.m.states[p.Country]
	if st == nil {
		return Mention{}, false
	}
	code := ag.p.entry.Code
	return Mention{Start: ag.start, End: p.End, Code: combine(st.Code, code), Country: st.Code, Type: "agent",
		Name: st.firstName() + " " + agentLabel(code)}, true
}

var ofLike = map[string]bool{"of": true, "for": true, "at": true, "from": true, "in": true}

// coordinated queues the other states of "the navies of China and Russia"
// or "the ambassadors of France, Germany and Italy" with the same agent.
func (a *Article) coordinated(toks []nlp.Token, mn Mention, agent string) {
	k := mn.End
	for k+1 < len(toks) {
		j := k
		if toks[j].Lower == "," {
			j++
		}
		if toks[j].Lower == "and" || toks[j].Lower == "or" {
			j++
		}
		if j == k || j >= len(toks) {
			return
		}
		b, ok := a.nationality(toks, j)
		if !ok || !b.state || b.end < len(toks) && isNounTag(toks[b.end].Tag) {
			return
		}
		a.pending = append(a.pending, Mention{Start: j, End: b.end, Code: b.code + agent, Country: b.country,
			Type: "agent", Name: b.name + " " + agentLabel(agent)})
		k = b.end
	}
}

// adjectivePair matches the first adjective of "Indian and Japanese
// forces" or "South Korean, Japanese and American troops": it takes the
// agent of the phrase after "and" or the comma.
func (a *Article) adjectivePair(toks []nlp.Token, i int) (Mention, bool) {
	mt, ok := a.m.longest(toks, i, func(k int) bool { return k == PhraseAdjective })
	if !ok || mt.p.entry.Kind != "state" {
		return Mention{}, false
	}
	e := mt.end
	if e+1 >= len(toks) || toks[e].Lower != "and" && toks[e].Lower != "or" && toks[e].Lower != "," {
		return Mention{}, false
	}
	second, ok := a.adjectivePair(toks, e+1)
	if !ok {
		second, ok = a.nationalAgent(toks, e+1)
	}
	if !ok || second.Type != "agent" || second.Country == "" || len(second.Code) <= 3 {
		return Mention{}, false
	}
	st := mt.p.entry
	agent := second.Code[len(second.Country):]
	return Mention{Start: i, End: e, Code: st.Code + agent, Country: st.Code, Type: "agent",
		Name: st.firstName() + " " + agentLabel(agent)}, true
}

// isModifier reports whether a token may stand between a nationality and
// an agent word ("Chinese top diplomat", "North Korean state media").
func isModifier(t nlp.Token) bool {
	switch t.Tag {
	case "JJ", "JJR", "JJS", "NN", "NNP", "VBN", "CD", "HYPH":
		return true
	}
	return t.Lower == "-"
}
