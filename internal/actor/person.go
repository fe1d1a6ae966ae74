package actor

import (
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// person matches a dictionary or learned person at token i and returns the
// mention (Start/End to be set by the caller) and the end token.
func (a *Article) person(toks []nlp.Token, i int) (*Mention, int) {
	if !startsUpper(toks[i].Text) {
		return nil, 0
	}
	e, end := a.dictPerson(toks, i)
	if e == nil || end == i+1 {
		if named := a.surnames[toks[i].Lower]; named != nil && (e == nil || !a.persons[e]) {
			e, end = named, i+1 // "Edmundo Gonzalez ... Gonzalez said"
		}
	}
	if e != nil && end == i+1 && end < len(toks) && toks[end].Tag == "NNP" && startsUpper(toks[end].Text) {
		e = nil // "Wang Tao" is not Wang Huning: a bare surname followed by another name is someone else
	}
	if e != nil && (end > i+1 || a.persons[e] || a.learned[toks[i].Lower] == nil) {
		mn := a.personMention(e)
		return &mn, end
	}
	if !a.learnedFirst[toks[i].Lower] {
		return nil, 0
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(toks) {
			continue
		}
		if l, ok := a.learned[lowerJoin(toks[i:i+n])]; ok {
			mn := *l
			return &mn, i + n
		}
	}
	return nil, 0
}

// dictPerson picks among the dictionary persons whose name matches at i:
// one named earlier in the article, else the only candidate (a bare
// surname must also hold a role on the article date), else none.
func (a *Article) dictPerson(toks []nlp.Token, i int) (*Entry, int) {
	var cands []*Entry
	best := 0
	for _, p := range a.m.byFirst[toks[i].Lower] {
		if p.kind != PhraseName || p.entry.Kind != "person" || len(p.words) < best {
			continue
		}
		if i+len(p.words) > len(toks) || !p.matches(toks[i:]) {
			continue
		}
		if len(p.words) > best {
			best, cands = len(p.words), cands[:0]
		}
		cands = append(cands, p.entry)
	}
	if len(cands) == 0 {
		return nil, 0
	}
	return a.choosePerson(cands, best > 1), i + best
}

func (a *Article) choosePerson(cands []*Entry, multi bool) *Entry {
	cands = uniqueEntries(cands)
	for _, e := range cands {
		if a.persons[e] {
			return e
		}
	}
	var active []*Entry
	for _, e := range cands {
		if r, ok := e.RoleAt(a.date); ok && r.From <= a.date && (r.To == "" || a.date <= r.To) {
			active = append(active, e)
		}
	}
	switch {
	case len(cands) == 1 && (multi || len(active) == 1):
		return cands[0]
	case len(active) == 1:
		return active[0]
	}
	return a.headOfState(active)
}

// headOfState picks, among several persons active on the article date, the
// one whose role ranks highest, a head of state before a head of
// government ("Kim" -> the leader, not his sister or his premier); ties
// and lesser roles give none.
func (a *Article) headOfState(active []*Entry) *Entry {
	var found *Entry
	best, tie := 0, false
	for _, e := range active {
		r, _ := e.RoleAt(a.date)
		switch rank := headRank(r.Title); {
		case rank > best:
			found, best, tie = e, rank, false
		case rank == best && rank > 0:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return found
}

// headRank ranks a role title: 2 head of state, 1 head of government, 0
// other.
func headRank(t string) int {
	t = strings.ToLower(t)
	if strings.HasPrefix(t, "vice") || strings.HasPrefix(t, "deputy") || strings.HasPrefix(t, "former") {
		return 0
	}
	for _, w := range stateHeads {
		if strings.HasPrefix(t, w) {
			return 2
		}
	}
	for _, w := range governmentHeads {
		if strings.HasPrefix(t, w) {
			return 1
		}
	}
	return 0
}

var (
	stateHeads = []string{"president", "chairman", "general secretary", "supreme leader", "king", "queen",
		"leader", "emir", "head of state", "sultan", "emperor"}
	governmentHeads = []string{"prime minister", "premier", "chancellor", "head of government"}
)

func uniqueEntries(es []*Entry) []*Entry {
	seen := map[*Entry]bool{}
	out := es[:0:0]
	for _, e := range es {
		if !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	return out
}

// personMention codes a dictionary person by the role in force on the
// article date, or as a former official after every role ended.
func (a *Article) personMention(e *Entry) Mention {
	mn := Mention{Code: e.Country, Name: e.firstName(), Country: e.Country, Type: "person", Person: e}
	r, ok := e.RoleAt(a.date)
	if !ok {
		return mn
	}
	mn.Code = r.Code
	if e.Former != "" && r.To != "" && r.To < a.date {
		mn.Code = e.Former // out of office on the date, after holding it
	}
	if mn.Country == "" && len(mn.Code) >= 3 && a.m.states[mn.Code[:3]] != nil {
		mn.Country = mn.Code[:3]
	}
	return mn
}

// learn remembers a person introduced in the article ("vice-premier Liu
// Guozhong") under the full name and its first and last words.
func (a *Article) learn(name string, mn *Mention) {
	l := *mn
	l.Person = nil
	key := strings.ToLower(name)
	a.learned[key] = &l
	a.learnedFirst[strings.Fields(key)[0]] = true
	f := strings.Fields(key)
	if len(f) < 2 {
		return
	}
	for _, w := range []string{f[0], f[len(f)-1]} {
		if a.learned[w] == nil { // surname, even when a dictionary alias too
			a.learned[w] = &l
			a.learnedFirst[w] = true
		}
	}
}

// LearnAppositive records "NAME, the ROLE" / "ROLE NAME" patterns found by
// the caller: an unknown name coded like the given mention.
func (a *Article) LearnAppositive(toks []nlp.Token, nameStart, nameEnd int, role Mention) {
	name := joinText(toks[nameStart:nameEnd])
	role.Name, role.Type, role.Person = name, "person", nil
	a.learn(name, &role)
}

// remember updates the article context with a sentence's mentions (the
// salient person for pronouns is chosen while the sentence is read, in
// Find).
func (a *Article) remember(ms []Mention) {
	for i := range ms {
		mn := &ms[i]
		if mn.Person != nil {
			a.persons[mn.Person] = true
			if mn.End-mn.Start >= 2 && !mn.Pronoun {
				a.noteSurname(mn.Person)
			}
		}
		if mn.Country != "" && !mn.Pronoun {
			a.states[mn.Country]++
		}
	}
}

// noteSurname lets the last word of a dictionary person's first name
// stand for the person later in the article, unless another person named
// here shares it.
func (a *Article) noteSurname(e *Entry) {
	ws := strings.Fields(strings.ToLower(e.firstName()))
	if len(ws) < 2 {
		return
	}
	last := ws[len(ws)-1]
	if prev, ok := a.surnames[last]; ok && prev != e {
		a.surnames[last] = nil // two people share the name: neither
		return
	}
	if _, ok := a.surnames[last]; !ok {
		a.surnames[last] = e
	}
}

// contextActive reports whether a state's context alias ("the North") may
// resolve: the state or one of its family was named in the article.
func (a *Article) contextActive(e *Entry) bool {
	if a.states[e.Code] > 0 {
		return true
	}
	fam := a.m.family[e.Code]
	for code := range a.states {
		if fam != "" && a.m.family[code] == fam {
			return true
		}
	}
	return false
}

// MainStates returns the states named in the article so far, most named
// first.
func (a *Article) MainStates() []string {
	a.sorted = a.sorted[:0]
	for c := range a.states {
		a.sorted = append(a.sorted, c)
	}
	sort.Slice(a.sorted, func(i, j int) bool {
		if a.states[a.sorted[i]] != a.states[a.sorted[j]] {
			return a.states[a.sorted[i]] > a.states[a.sorted[j]]
		}
		return a.sorted[i] < a.sorted[j]
	})
	return a.sorted
}

func lowerJoin(toks []nlp.Token) string {
	if len(toks) == 1 {
		return toks[0].Lower
	}
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Lower)
	}
	return b.String()
}

var agentLabels = map[string]string{
	"GOV": "government", "MIL": "military", "REB": "rebels", "OPP": "opposition", "PTY": "party",
	"COP": "police", "JUD": "judiciary", "SPY": "intelligence", "LEG": "legislature", "MED": "media",
	"EDU": "education", "BUS": "business", "CRM": "criminals", "CVL": "civilians", "LAB": "labour",
	"REF": "refugees", "NGO": "NGO", "IGO": "IGO", "HLH": "health", "AGR": "agriculture",
	"ENV": "environment", "ELI": "elites", "HRI": "human rights", "RAD": "radicals", "REL": "religion",
	"UAF": "armed forces", "INS": "insurgents", "SEP": "separatists", "MOD": "moderates",
}

func agentLabel(code string) string {
	if l, ok := agentLabels[code]; ok {
		return l
	}
	return strings.ToLower(code)
}
