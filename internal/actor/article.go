package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Mention is one actor found in a sentence, over tokens [Start, End).
type Mention struct {
	Start, End int
	Code       string   // CAMEO actor code (CHNGOV, PRK, IGOUNO ...)
	Name       string   // canonical name (Xi Jinping, China, United Nations)
	Country    string   // three-letter state code, "" for international actors
	Type       string   // state, person, org, media, agent, igo
	Pronoun    bool     // resolved from he/she/his/her
	Person     *Entry   // the dictionary person, nil otherwise
	Members    []string // further codes of a multi-code actor (Entry.Members)
	// Modifier marks a nationality adjective on a plain noun ("Russian
	// flags", "the Ethiopian town"): a state in play, but no actor of it.
	Modifier bool
}

// Article carries what is known about one document while its sentences are
// read in order: who was named, so that "Mr Xi", "the North" and "he"
// resolve to the full actor.
type Article struct {
	m            *Matcher
	date         string
	persons      map[*Entry]bool     // dictionary persons named in full
	learned      map[string]*Mention // lower-cased learned name or surname -> actor
	learnedFirst map[string]bool     // first words of learned keys
	states       map[string]int      // state codes named, with counts
	salient      *Mention            // most recent subject-like person
	lastGroup    *Entry              // latest state named or acting, for "its"/"their"
	agentHome    map[string]string   // agent code -> state of its latest mention ("the president")
	sentState    string              // latest state acting in the current sentence
	pending      []Mention           // mentions queued by coordination ("of China and Russia")
	prev         Mention             // the previous mention of the current sentence
	acronyms     map[string]Mention  // "(RSF)" after an actor: the article's own short name for it
	surnames     map[string]*Entry   // surname -> dictionary person named in full here
	orgs         map[string]Mention  // kind ("court", "bloc") -> latest organisation of that kind
	sorted       []string
	before       *Mention          // the salient person when the sentence began
	people       []personInPlay    // persons named so far in the sentence
	lastSubject  *Mention          // group subject of the previous sentence, for "they"
	policeSeen   bool              // police were named earlier in the article
	diplomatHome map[string]string // diplomatic title -> state of its latest holder ("France's ambassador")
}

// NewArticle starts the context for one document dated date (YYYY-MM-DD,
// "" when unknown; roles then resolve to the latest one).
func (m *Matcher) NewArticle(date string) *Article {
	if date == "" {
		date = "9999-12-31"
	}
	return &Article{m: m, date: date, persons: map[*Entry]bool{}, learned: map[string]*Mention{}, learnedFirst: map[string]bool{}, states: map[string]int{},
		agentHome: map[string]string{}, acronyms: map[string]Mention{}, surnames: map[string]*Entry{}}
}

// Date returns the date roles are resolved at.
func (a *Article) Date() string { return a.date }

// Find returns the actor mentions of one sentence, left to right, and
// updates the article context with them.
func (a *Article) Find(toks []nlp.Token) []Mention {
	var out []Mention
	firstPerson, salientInPP := true, false
	a.sentState, a.pending, a.prev = "", a.pending[:0], Mention{}
	a.before, a.people = a.salient, a.people[:0]
	appos := a.appositionSpans(toks)
	for i := 0; i < len(toks); {
		mn, ok := a.next(toks, i)
		if !ok {
			i++
			continue
		}
		i = mn.End
		if mn.Type == KindNull {
			continue
		}
		out = append(out, mn)
		if inSpans(appos, mn.Start) {
			continue // describes the name before it: no context of its own
		}
		a.prev = mn
		a.notePerson(toks, mn)
		a.learnAcronym(toks, mn)
		a.noteOrg(toks, mn)
		if mn.Type == "person" && !mn.Pronoun && (firstPerson || salientInPP && subjectLike(toks, mn)) {
			c := mn
			a.salient, firstPerson = &c, false
			salientInPP = mn.Start > 0 && toks[mn.Start-1].Tag == "IN" || mn.Start > 0 && toks[mn.Start-1].Lower == "to"
		}
		home := a.agentHome["GOV"]
		a.noteActor(mn)
		a.noteDiplomat(toks, mn, home)
	}
	out = a.appositives(toks, out)
	out = dropAppositions(out, appos)
	out = currentOffice(toks, out)
	out = renamedPossessive(toks, out)
	a.partyHome(toks, out)
	a.remember(out)
	a.officersAsPolice(toks, out)
	a.domesticContext(toks, out)
	a.noteSubject(toks, out)
	return out
}

// learnAcronym records "(RSF)" right after an actor as the article's name
// for it, overriding any dictionary meaning of the letters.
func (a *Article) learnAcronym(toks []nlp.Token, mn Mention) {
	k := mn.End
	if k+2 >= len(toks) || toks[k].Lower != "(" || toks[k+2].Lower != ")" || mn.Pronoun || mn.Type == "person" {
		return
	}
	w := toks[k+1].Text
	if len(w) < 2 || len(w) > 8 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return
	}
	a.acronyms[w] = mn
}

// next returns a queued mention starting at i, else the mention found there.
func (a *Article) next(toks []nlp.Token, i int) (Mention, bool) {
	for k, p := range a.pending {
		if p.Start == i {
			a.pending = append(a.pending[:k], a.pending[k+1:]...)
			return p, true
		}
	}
	return a.mentionAt(toks, i)
}

// mentionShapes are the mention shapes tried at a token, in priority order
// (set in init: relative refers back to mentionAt).
var mentionShapes []func(*Article, []nlp.Token, int) (Mention, bool)

func init() {
	mentionShapes = []func(*Article, []nlp.Token, int) (Mention, bool){
		(*Article).pronoun,
		(*Article).groupPronoun,
		(*Article).relative,
		(*Article).ledBy,
		(*Article).stateProperty,
		(*Article).adjectivePair,
		(*Article).nationalAgent,
		(*Article).definiteOrg,
		(*Article).titledPerson,
		(*Article).agentOfState,
	}
}

// mentionAt tries every mention shape starting at token i.
func (a *Article) mentionAt(toks []nlp.Token, i int) (Mention, bool) {
	if mn, ok := a.acronyms[toks[i].Text]; ok {
		mn.Start, mn.End = i, i+1 // defined in this article: "the Rapid Support Forces (RSF)"
		return mn, true
	}
	for _, shape := range mentionShapes {
		if mn, ok := shape(a, toks, i); ok {
			return mn, true
		}
	}
	return a.single(toks, i)
}

// relative matches "the half-brother of Kim Jong-un", "the son of the
// president": a relative of an actor is not that actor; the phrase is
// consumed as a null mention so that the actor inside it acts for nobody.
func (a *Article) relative(toks []nlp.Token, i int) (Mention, bool) {
	if !kinWords[toks[i].Lower] || i+2 >= len(toks) || toks[i+1].Lower != "of" {
		return Mention{}, false
	}
	k := i + 2
	if toks[k].Lower == "the" && k+1 < len(toks) {
		k++
	}
	in, ok := a.mentionAt(toks, k)
	if !ok || in.Type == KindNull {
		return Mention{}, false
	}
	return Mention{Start: i, End: in.End, Type: KindNull}, true
}

// kinWords are family relations.
var kinWords = map[string]bool{"brother": true, "half-brother": true, "sister": true, "half-sister": true,
	"son": true, "daughter": true, "wife": true, "husband": true, "widow": true, "nephew": true, "niece": true,
	"cousin": true, "uncle": true, "aunt": true, "mother": true, "father": true, "son-in-law": true,
	"brother-in-law": true, "stepson": true, "stepdaughter": true, "grandson": true, "granddaughter": true}

// single matches one dictionary or learned name on its own.
func (a *Article) single(toks []nlp.Token, i int) (Mention, bool) {
	if p, end := a.person(toks, i); p != nil {
		p.Start, p.End = i, end
		return *p, true
	}
	mt, ok := a.m.longest(toks, i, func(k int) bool { return k != PhraseAdjective })
	if !ok {
		if mn, ok := a.theAdjective(toks, i); ok {
			return mn, true
		}
		return a.adjectiveState(toks, i)
	}
	e := mt.p.entry
	mn := Mention{Start: i, End: mt.end, Code: e.Code, Name: e.firstName(), Country: e.Country, Members: e.Members}
	switch e.Kind {
	case "state":
		return a.stateMention(toks, &mt, mn)
	case "org":
		mn.Type, mn.Country = orgType(e), a.orgCountry(e)
		return a.articleParty(toks, mn), true
	case "agent":
		if a.m.modifierUse(toks, mt) {
			return Mention{}, false
		}
		if a.compoundModifier(toks, mt) {
			return Mention{}, false
		}
		mt.end = a.genericTail(toks, mt)
		mn.End = mt.end
		if sidesOfDeal(toks, mt) {
			mn.Type = KindNull
			return mn, true
		}
		return a.bareAgent(toks, mt, mn), true
	case KindNull:
		mn.Type = KindNull
		return mn, true
	}
	return Mention{}, false
}

// bareAgent codes an agent with no nationality before it. A domestic
// institution ("the opposition", "police", "the government") belongs to
// the state acting earlier in the sentence; a singular agent to the state
// of its latest mention in the article ("the president"); else it is bare.
func (a *Article) bareAgent(toks []nlp.Token, mt match, mn Mention) Mention {
	e := mt.p.entry
	mn.Name, mn.Type = agentLabel(e.Code), "agent"
	c := ""
	switch {
	case a.conjoinedAgent(toks, mt.start):
		c = a.prev.Country // "Danish media and government"
	case domestic[e.Code] && a.sentState != "" && !indefinite(toks, mt.start) &&
		(e.Code != "GOV" || definite(toks, mt.start) && !plural(toks[mt.end-1])):
		c = a.sentState
	case !plural(toks[mt.end-1]) && !indefinite(toks, mt.start) && !titled(toks, mt.end) && !nounModifier(toks, mt.end):
		c = a.agentHome[e.Code] // not "the former spy Sergei Skripal": a title names its own person
	}
	if c != "" && a.m.states[c] != nil {
		mn.Code, mn.Country = c+e.Code, c
		mn.Name = a.m.states[c].firstName() + " " + agentLabel(e.Code)
	}
	return mn
}

// nounModifier reports an agent word that modifies a common noun after it
// ("stormed government buildings"): it names no earlier office holder, so
// the state comes from its own sentence (domestic context), not from the
// article's latest government.
func nounModifier(toks []nlp.Token, end int) bool {
	return end < len(toks) && (toks[end].Tag == "NN" || toks[end].Tag == "NNS") && startsLower(toks[end].Text)
}

// compoundModifier reports a one-word agent that modifies the agent noun
// after it: "the dissident journalist", "government troops" name the
// head's role; a generic head ("rebel leader", "army officers") keeps the
// first.
func (a *Article) compoundModifier(toks []nlp.Token, mt match) bool {
	if mt.end-mt.start != 1 || mt.end >= len(toks) || plural(toks[mt.start]) || !startsLower(toks[mt.end].Text) {
		return false
	}
	next, ok := a.m.longest(toks, mt.end, isAgent)
	if !ok || next.p.entry.Prefix || next.p.entry.Code == mt.p.entry.Code {
		return false
	}
	last := toks[next.end-1]
	return !genericHeads[last.Lemma] && !genericHeads[last.Lower]
}

// genericTail extends a one-word agent over a generic head after it: a
// "rebel leader" or "gang leader" is a rebel or criminal, not a second
// actor (GOV).
func (a *Article) genericTail(toks []nlp.Token, mt match) int {
	if mt.end-mt.start != 1 || mt.end >= len(toks) || plural(toks[mt.start]) || !startsLower(toks[mt.end].Text) {
		return mt.end
	}
	next, ok := a.m.longest(toks, mt.end, isAgent)
	if !ok || next.end-next.start != 1 || !genericHeads[toks[next.start].Lemma] && !genericHeads[toks[next.start].Lower] {
		return mt.end
	}
	return next.end
}

// sidesOfDeal reports bare "(the) parties" with no nationality or party
// name: the sides of a dispute or deal ("the parties lacked the will"),
// no political party of any state.
func sidesOfDeal(toks []nlp.Token, mt match) bool {
	return mt.p.entry.Code == "PTY" && mt.end-mt.start == 1 && toks[mt.start].Lower == "parties"
}

// conjoinedAgent reports a bare agent right after "and" following a
// national agent: it shares that agent's state.
func (a *Article) conjoinedAgent(toks []nlp.Token, start int) bool {
	p := a.prev
	return start >= 2 && toks[start-1].Lower == "and" && p.End == start-1 && p.Type == "agent" && p.Country != ""
}

// indefinite reports "a senior official", "two officials": an agent that
// is one of many, not the state's institution.
func indefinite(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k].Lower == "a" || toks[k].Lower == "an" || toks[k].Tag == "CD":
			return true
		case toks[k].Tag != "JJ" && toks[k].Tag != "RB" && !groupWord(toks, k):
			return false
		}
	}
	return false
}

// groupWord reports a capitalised word inside a noun phrase naming a
// people, region or faith with no code ("a Chechen exile", "a Sikh
// activist"): a modifier like an adjective, no name of the person.
func groupWord(toks []nlp.Token, k int) bool {
	t := toks[k]
	return k > 0 && (t.Tag == "NNP" || t.Tag == "JJ") && startsUpper(t.Text) && k+1 < len(toks) && startsLower(toks[k+1].Text)
}

// definite reports "the (entire) government": "the" before the agent,
// past adjectives.
func definite(toks []nlp.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].Lower == "the" {
			return true
		}
		if toks[k].Tag != "JJ" {
			return false
		}
	}
	return false
}

// domestic are agent codes of a state's own institutions: unqualified, they
// belong to the state already acting in the sentence.
var domestic = map[string]bool{"GOV": true, "OPP": true, "COP": true, "JUD": true, "LEG": true, "PTY": true}

func (a *Article) stateMention(toks []nlp.Token, mt *match, mn Mention) (Mention, bool) {
	mn.Country, mn.Type = mn.Code, "state"
	switch mt.p.kind {
	case PhraseCapital:
		mn.Code += "GOV"
	case PhraseContext:
		if !a.contextActive(mt.p.entry) {
			return Mention{}, false
		}
	}
	if mt.p.kind != PhraseCapital && drillsBy(toks, mt.start) {
		mn.Code, mn.Type, mn.Name = mn.Code+"MIL", "agent", mn.Name+" military"
	}
	return mn, true
}

// drillsBy reports a state named as the agent of military exercises:
// "joint drills by South Korea and the United States" are held by their
// militaries.
func drillsBy(toks []nlp.Token, start int) bool {
	for k := start - 1; k >= 1 && k >= start-8; k-- {
		switch w := toks[k].Lower; {
		case w == "by":
			w := toks[k-1].Lower
			return exerciseNouns[w] || w == "games" && k >= 2 && toks[k-2].Lower == "war"
		case w == "the" || w == "and" || w == ",", toks[k].Tag == "NNP" || toks[k].Tag == "NNPS":
		default:
			return false
		}
	}
	return false
}

// exerciseNouns are military exercises.
var exerciseNouns = map[string]bool{"drills": true, "drill": true, "exercises": true, "exercise": true,
	"manoeuvres": true, "maneuvers": true, "wargames": true, "war-games": true}

// adjectiveState matches a nationality adjective before a plain noun as
// its state: "the Russian invasion", "Chinese imports" (agents such as
// "Chinese troops" were matched before).
func (a *Article) adjectiveState(toks []nlp.Token, i int) (Mention, bool) {
	mt, ok := a.m.longest(toks, i, func(k int) bool { return k == PhraseAdjective })
	if !ok || mt.p.entry.Kind != "state" || mt.end >= len(toks) {
		return Mention{}, false
	}
	if t := toks[mt.end]; t.Tag != "NN" && t.Tag != "NNS" {
		return Mention{}, false
	}
	e := mt.p.entry
	return Mention{Start: i, End: mt.end, Code: e.Code, Name: e.firstName(), Country: e.Code, Type: "state", Modifier: true}, true
}

// theAdjective matches "the Chinese" used as a noun (followed by a verb or
// punctuation, not by a noun).
func (a *Article) theAdjective(toks []nlp.Token, i int) (Mention, bool) {
	if toks[i].Lower != "the" || i+1 >= len(toks) {
		return Mention{}, false
	}
	mt, ok := a.m.longest(toks, i+1, func(k int) bool { return k == PhraseAdjective })
	if !ok || mt.p.entry.Kind != "state" {
		return Mention{}, false
	}
	if mt.end < len(toks) && isNounTag(toks[mt.end].Tag) {
		return Mention{}, false
	}
	if _, ok := a.m.longest(toks, mt.end, isAgent); ok {
		return Mention{}, false // "the Israeli military": an agent phrase, matched at the adjective
	}
	e := mt.p.entry
	return Mention{Start: i, End: mt.end, Code: e.Code, Name: e.firstName(), Country: e.Code, Type: "state"}, true
}

func isAgent(k int) bool { return k == PhraseAgent }

func isNounTag(t string) bool { return strings.HasPrefix(t, "NN") }

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
	if mn.Country == "" || a.m.states[mn.Country] == nil {
		return
	}
	a.sentState = mn.Country
	if mn.Pronoun {
		return
	}
	if len(mn.Code) == 6 && mn.Code[:3] == mn.Country {
		a.agentHome[mn.Code[3:]] = mn.Country
	}
	if mn.Type != "person" {
		a.lastGroup = a.m.states[mn.Country]
	}
}

// plural reports a plural noun: bare plural agents ("protesters",
// "troops") are left without a state.
func plural(t nlp.Token) bool { return t.Tag == "NNS" || t.Tag == "NNPS" }

// subjectLike reports a mention followed directly by a verb: the subject of
// its clause, which pronouns later in the article most likely mean.
func subjectLike(toks []nlp.Token, mn Mention) bool {
	return mn.End < len(toks) && (strings.HasPrefix(toks[mn.End].Tag, "VB") || toks[mn.End].Tag == "MD")
}
