package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Mention is one actor found in a sentence, over tokens [Start, End).
type Mention struct {
	Start, End int
	Code       string // CAMEO actor code (CHNGOV, PRK, IGOUNO ...)
	Name       string // canonical name (Xi Jinping, China, United Nations)
	Country    string // three-letter state code, "" for international actors
	Type       string // state, person, org, media, agent, igo
	Pronoun    bool   // resolved from he/she/his/her
	Person     *Entry // the dictionary person, nil otherwise
}

// Article carries what is known about one document while its sentences are
// read in order: who was named, so that "Mr Xi", "the North" and "he"
// resolve to the full actor.
type Article struct {
	m         *Matcher
	date      string
	persons   map[*Entry]bool     // dictionary persons named in full
	learned   map[string]*Mention // lower-cased learned name or surname -> actor
	states    map[string]int      // state codes named, with counts
	salient   *Mention            // most recent subject-like person
	lastGroup *Entry              // latest state named or acting, for "its"/"their"
	agentHome map[string]string   // agent code -> state of its latest mention ("the president")
	sorted    []string
}

// NewArticle starts the context for one document dated date (YYYY-MM-DD,
// "" when unknown; roles then resolve to the latest one).
func (m *Matcher) NewArticle(date string) *Article {
	if date == "" {
		date = "9999-12-31"
	}
	return &Article{m: m, date: date, persons: map[*Entry]bool{}, learned: map[string]*Mention{}, states: map[string]int{},
		agentHome: map[string]string{}}
}

// Date returns the date roles are resolved at.
func (a *Article) Date() string { return a.date }

// Find returns the actor mentions of one sentence, left to right, and
// updates the article context with them.
func (a *Article) Find(toks []nlp.Token) []Mention {
	var out []Mention
	firstPerson := true
	for i := 0; i < len(toks); {
		if mn, ok := a.mentionAt(toks, i); ok {
			out = append(out, mn)
			if mn.Type == "person" && !mn.Pronoun && firstPerson {
				c := mn
				a.salient, firstPerson = &c, false
			}
			a.noteActor(mn)
			i = mn.End
			continue
		}
		i++
	}
	out = a.appositives(toks, out)
	a.remember(out)
	return out
}

// appositives learns unknown people introduced by an apposition: "Li
// Qiang, the Chinese premier, ..." gives the name the role's code.
func (a *Article) appositives(toks []nlp.Token, ms []Mention) []Mention {
	for k := 0; k < len(ms); k++ {
		role := ms[k]
		if role.Type != "agent" {
			continue
		}
		j := role.Start - 1
		if j >= 0 && (toks[j].Lower == "the" || toks[j].Lower == "a" || toks[j].Lower == "an") {
			j--
		}
		if j < 1 || toks[j].Lower != "," {
			continue
		}
		start := j
		for start > 0 && start > j-3 && toks[start-1].Tag == "NNP" && startsUpper(toks[start-1].Text) {
			start--
		}
		if start == j || (k > 0 && ms[k-1].End > start) {
			continue
		}
		a.LearnAppositive(toks, start, j, role)
		p := *a.learned[lowerJoin(toks[start:j])]
		p.Start, p.End = start, j
		ms = append(ms[:k], append([]Mention{p}, ms[k:]...)...)
		k++
	}
	return ms
}

// mentionAt tries every mention shape starting at token i.
func (a *Article) mentionAt(toks []nlp.Token, i int) (Mention, bool) {
	if mn, ok := a.pronoun(toks, i); ok {
		return mn, true
	}
	if mn, ok := a.nationalAgent(toks, i); ok {
		return mn, true
	}
	if mn, ok := a.titledPerson(toks, i); ok {
		return mn, true
	}
	if mn, ok := a.agentOfState(toks, i); ok {
		return mn, true
	}
	if mn, ok := a.single(toks, i); ok {
		return mn, true
	}
	return Mention{}, false
}

// pronoun resolves he/she/his/her/him to the salient person.
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
	mn.Start, mn.End, mn.Pronoun = i, i+1, true
	return mn, true
}

// nationality matches a state name (optionally with 's), adjective or
// capital at i and returns the state and the token after it.
func (a *Article) nationality(toks []nlp.Token, i int) (*Entry, int) {
	if toks[i].Lower == "the" && i+1 < len(toks) {
		i++
	}
	if (toks[i].Lower == "its" || toks[i].Lower == "their") && a.lastGroup != nil {
		return a.lastGroup, i + 1
	}
	if e, end := a.orgPossessor(toks, i); e != nil {
		return e, end
	}
	mt := a.m.longest(toks, i, func(k int) bool {
		return k == PhraseName || k == PhraseAdjective || k == PhraseCapital || k == PhraseContext
	})
	if mt == nil || mt.p.entry.Kind != "state" {
		return nil, 0
	}
	if mt.p.kind == PhraseContext && !a.contextActive(mt.p.entry) {
		return nil, 0
	}
	end := mt.end
	if end < len(toks) && (toks[end].Lower == "'s" || toks[end].Lower == "'") {
		end++
	}
	return mt.p.entry, end
}

// nationalAgent matches "[the] Chinese (modifiers) vice-premier [Name]",
// "China's foreign ministry", "North Korean troops".
func (a *Article) nationalAgent(toks []nlp.Token, i int) (Mention, bool) {
	st, j := a.nationality(toks, i)
	if st == nil {
		return Mention{}, false
	}
	for k := j; k < len(toks) && k <= j+3; k++ {
		ag := a.m.longest(toks, k, isAgent)
		if ag != nil {
			mn := Mention{Start: i, End: ag.end, Code: st.Code + ag.p.entry.Code, Country: st.Code, Type: "agent"}
			mn.Name = st.firstName() + " " + agentLabel(ag.p.entry.Code)
			return a.withPerson(toks, mn), true
		}
		if placeNouns[toks[k].Lemma] || placeNouns[toks[k].Lower] {
			return a.placeOf(toks, st, i, k), true
		}
		if toks[k].Lower == "side" || toks[k].Lower == "sides" {
			return Mention{Start: i, End: k + 1, Code: st.Code + "GOV", Country: st.Code, Type: "agent",
				Name: st.firstName() + " government"}, true
		}
		if !isModifier(toks[k]) {
			break
		}
	}
	return Mention{}, false
}

// placeNouns are nouns that, qualified by a nationality, stand for a place
// of that state: "the Ukrainian city of Kharkiv" acts as Ukraine.
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "port": true, "region": true,
	"province": true, "capital": true, "territory": true, "coast": true, "island": true, "base": true,
	"district": true, "county": true, "enclave": true, "airspace": true, "waters": true, "soil": true,
	"border": true, "outpost": true, "positions": true, "position": true, "facility": true, "mainland": true,
	"state": true, "oblast": true, "prefecture": true, "stronghold": true, "harbour": true, "harbor": true}

// placeOf codes "the Ukrainian city (of Kharkiv)" as the state itself,
// swallowing a following "of NAME".
func (a *Article) placeOf(toks []nlp.Token, st *Entry, i, k int) Mention {
	end := k + 1
	if end+1 < len(toks) && toks[end].Lower == "of" {
		if e := properRun(toks, end+1); e > end+1 {
			end = e
		}
	}
	return Mention{Start: i, End: end, Code: st.Code, Country: st.Code, Type: "state", Name: st.firstName()}
}

// withPerson extends an agent mention over a following person name:
// "Chinese President Xi Jinping", or learns an unknown one: "vice-premier
// Liu Guozhong".
func (a *Article) withPerson(toks []nlp.Token, mn Mention) Mention {
	if mn.End >= len(toks) {
		return mn
	}
	if p, end := a.person(toks, mn.End); p != nil {
		p.Start = mn.Start
		p.End = end
		return *p
	}
	if end := properRun(toks, mn.End); end > mn.End {
		name := joinText(toks[mn.End:end])
		learned := mn
		learned.Name, learned.Type = name, "person"
		a.learn(name, &learned)
		learned.End = end
		return learned
	}
	return mn
}

// titledPerson matches an agent title without nationality followed by a
// person: "President Xi Jinping", "Premier Li Qiang", "Mr Xi".
func (a *Article) titledPerson(toks []nlp.Token, i int) (Mention, bool) {
	j := i
	if isHonorific(toks[i].Lower) {
		j = i + 1
	} else if ag := a.m.longest(toks, i, isAgent); ag != nil && startsUpper(toks[i].Text) {
		j = ag.end
	}
	if j == i || j >= len(toks) {
		return Mention{}, false
	}
	if p, end := a.person(toks, j); p != nil {
		p.Start, p.End = i, end
		return *p, true
	}
	return Mention{}, false
}

// agentOfState matches "the foreign minister of Japan" and "a spokesman
// for the Chinese foreign ministry": the first agent with the state of the
// phrase after of/for/at/from.
func (a *Article) agentOfState(toks []nlp.Token, i int) (Mention, bool) {
	ag := a.m.longest(toks, i, isAgent)
	if ag == nil || ag.end+1 >= len(toks) || !ofLike[toks[ag.end].Lower] {
		return Mention{}, false
	}
	var st *Entry
	end := 0
	if inner, ok := a.nationalAgent(toks, ag.end+1); ok && inner.Type == "agent" {
		st, end = a.m.states[inner.Country], inner.End
	} else {
		st, end = a.nationality(toks, ag.end+1)
	}
	if st == nil {
		return Mention{}, false
	}
	mn := Mention{Start: i, End: end, Code: st.Code + ag.p.entry.Code, Country: st.Code, Type: "agent"}
	mn.Name = st.firstName() + " " + agentLabel(ag.p.entry.Code)
	return mn, true
}

var ofLike = map[string]bool{"of": true, "for": true, "at": true, "from": true}

// single matches one dictionary or learned name on its own.
func (a *Article) single(toks []nlp.Token, i int) (Mention, bool) {
	if p, end := a.person(toks, i); p != nil {
		p.Start, p.End = i, end
		return *p, true
	}
	mt := a.m.longest(toks, i, func(k int) bool { return k != PhraseAdjective })
	if mt == nil {
		return a.theAdjective(toks, i)
	}
	e := mt.p.entry
	mn := Mention{Start: i, End: mt.end, Code: e.Code, Name: e.firstName(), Country: e.Country}
	switch {
	case e.Kind == "state":
		return a.stateMention(mt, mn)
	case e.Kind == "org":
		mn.Type = orgType(e)
		if mn.Country == "" && len(e.Code) >= 3 && a.m.states[e.Code[:3]] != nil {
			mn.Country = e.Code[:3]
		}
		return mn, true
	case e.Kind == "agent":
		mn.Name, mn.Type = agentLabel(e.Code), "agent"
		if c, ok := a.agentHome[e.Code]; ok && !plural(toks[mt.end-1]) {
			mn.Code, mn.Country = c+e.Code, c
			mn.Name = a.m.states[c].firstName() + " " + agentLabel(e.Code)
		}
		return mn, true
	}
	return Mention{}, false
}

func (a *Article) stateMention(mt *match, mn Mention) (Mention, bool) {
	mn.Country, mn.Type = mn.Code, "state"
	switch mt.p.kind {
	case PhraseCapital:
		mn.Code += "GOV"
	case PhraseContext:
		if !a.contextActive(mt.p.entry) {
			return Mention{}, false
		}
	}
	return mn, true
}

// theAdjective matches "the Chinese" used as a noun (followed by a verb or
// punctuation, not by a noun).
func (a *Article) theAdjective(toks []nlp.Token, i int) (Mention, bool) {
	if toks[i].Lower != "the" || i+1 >= len(toks) {
		return Mention{}, false
	}
	mt := a.m.longest(toks, i+1, func(k int) bool { return k == PhraseAdjective })
	if mt == nil || mt.p.entry.Kind != "state" {
		return Mention{}, false
	}
	if mt.end < len(toks) && isNounTag(toks[mt.end].Tag) {
		return Mention{}, false
	}
	e := mt.p.entry
	return Mention{Start: i, End: mt.end, Code: e.Code, Name: e.firstName(), Country: e.Code, Type: "state"}, true
}

func isAgent(k int) bool { return k == PhraseAgent }

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

// isModifier reports whether a token may stand between a nationality and
// an agent word ("Chinese top diplomat", "North Korean state media").
func isModifier(t nlp.Token) bool {
	switch t.Tag {
	case "JJ", "JJR", "JJS", "NN", "NNP", "VBN", "CD", "HYPH":
		return true
	}
	return t.Lower == "-"
}

func isHonorific(w string) bool {
	switch w {
	case "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "sir":
		return true
	}
	return false
}

// properRun returns the end of a run of 1-3 capitalised name tokens at i
// that are not dictionary words, or i.
func properRun(toks []nlp.Token, i int) int {
	j := i
	for j < len(toks) && j < i+3 && toks[j].Tag == "NNP" && startsUpper(toks[j].Text) {
		j++
	}
	return j
}

func joinText(toks []nlp.Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func (e *Entry) firstName() string {
	if len(e.Names) == 0 {
		return e.Code
	}
	n, _ := Exact(e.Names[0])
	return n
}

func orgType(e *Entry) string {
	switch {
	case e.OrgType == "media":
		return "media"
	case strings.HasPrefix(e.Code, "IGO"):
		return "igo"
	}
	return "org"
}

// noteActor remembers the latest state-level actor (a state, a government
// body, an organisation of a state) for "its"/"their".
func (a *Article) noteActor(mn Mention) {
	if mn.Pronoun || mn.Country == "" {
		return
	}
	if len(mn.Code) == 6 && mn.Code[:3] == mn.Country {
		a.agentHome[mn.Code[3:]] = mn.Country
	}
	if mn.Type == "person" {
		return
	}
	if st := a.m.states[mn.Country]; st != nil {
		a.lastGroup = st
	}
}

// orgPossessor reads "the Kremlin's" or "Beijing's" style possessors of
// state bodies as the state: "the Kremlin's spokesman" -> RUSGOV.
func (a *Article) orgPossessor(toks []nlp.Token, i int) (*Entry, int) {
	mt := a.m.longest(toks, i, func(k int) bool { return k == PhraseName })
	if mt == nil || mt.p.entry.Kind != "org" || mt.end >= len(toks) || toks[mt.end].Lower != "'s" {
		return nil, 0
	}
	code := mt.p.entry.Code
	if mt.p.entry.Country != "" {
		code = mt.p.entry.Country
	}
	if len(code) < 3 {
		return nil, 0
	}
	st := a.m.states[code[:3]]
	if st == nil {
		return nil, 0
	}
	return st, mt.end + 1
}

// plural reports a plural noun: bare plural agents ("protesters",
// "troops") are left without a state.
func plural(t nlp.Token) bool { return t.Tag == "NNS" || t.Tag == "NNPS" }
