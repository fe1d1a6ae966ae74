package event

import (
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/nlp"
)

// sent is one sentence being coded: tokens, actor mentions and verb groups
// with index maps from tokens to both.
type sent struct {
	index int
	text  string
	toks  []nlp.Token
	ments []actor.Mention
	owner []int // token -> mention index, -1 none
	vgs   []nlp.VerbGroup
	vgAt  []int // token -> verb group index, -1 none
	// they maps a mention standing for "they" to the coordinated group it
	// refers to ("Estonia, Latvia and Lithuania said they would ...").
	they map[int][]int
	// prev is the first state or organisation of the sentence before.
	prev *actor.Mention
}

func newSent(index int, text string, toks []nlp.Token, ments []actor.Mention, prev *actor.Mention, prevPlural bool) *sent {
	s := &sent{index: index, text: text, toks: toks, ments: ments, prev: prev}
	s.owner = fill(len(toks))
	for m, mn := range ments {
		for k := mn.Start; k < mn.End; k++ {
			s.owner[k] = m
		}
	}
	s.setVerbGroups(nlp.VerbGroups(toks))
	s.appositivePossessives()
	s.resolveQuoteSpeaker()
	s.resolveIt(prev, prevPlural)
	return s
}

// resolveIt turns "it" into the latest state or organisation named before
// it in the same sentence ("Riyadh cut ties with Doha, accusing it of ...",
// "North Korea said it would ...").
func (s *sent) resolveIt(prev *actor.Mention, prevPlural bool) {
	for i, t := range s.toks {
		if (t.Lower != "it" && t.Lower != "they" && t.Lower != "his" && t.Lower != "her") || s.owner[i] >= 0 {
			continue
		}
		if (i == 0 || (i == 1 && s.toks[0].Tag == "CC")) && (t.Lower == "it" || t.Lower == "they") {
			plural := prevPlural || prev != nil && prev.Type == "agent" && strings.HasSuffix(prev.Name, "s")
			if prev != nil && (t.Lower == "it") == !plural {
				c := *prev
				c.Start, c.End, c.Pronoun = i, i+1, true
				s.owner[i] = len(s.ments)
				s.ments = append(s.ments, c)
			}
			continue
		}
		if t.Lower == "they" {
			s.resolveThey(i)
			continue
		}
		if t.Lower == "his" || t.Lower == "her" {
			s.resolvePossessive(i)
			continue
		}
		if t.Lower != "it" {
			continue
		}
		if m, ok := s.namedObject(i); ok {
			if m >= 0 {
				c := s.ments[m]
				c.Start, c.End, c.Pronoun = i, i+1, true
				s.owner[i] = len(s.ments)
				s.ments = append(s.ments, c)
			}
			continue // "calling it a provocation": it is what the main verb acted on
		}
		if m := s.clauseSubjectGroup(i); m >= 0 {
			c := s.ments[m]
			c.Start, c.End, c.Pronoun = i, i+1, true
			s.owner[i] = len(s.ments)
			s.ments = append(s.ments, c)
			continue
		}
		m := s.reportingSubject(i)
		if m < 0 {
			m = s.latestGroupBefore(i)
		}
		if m >= 0 {
			c := s.ments[m]
			c.Start, c.End, c.Pronoun = i, i+1, true
			s.owner[i] = len(s.ments)
			s.ments = append(s.ments, c)
		}
	}
}

// latestGroupBefore returns the state or organisation mention ending
// nearest before token i, an "it" already resolved included ("It said it
// had shot down ..."), or -1.
func (s *sent) latestGroupBefore(i int) int {
	best := -1
	for m, mn := range s.ments {
		if mn.End > i || mn.Type == "person" || mn.Type == "pair" || mn.Pronoun && s.toks[mn.Start].Lower != "it" {
			continue
		}
		if best < 0 || mn.End > s.ments[best].End {
			best = m
		}
	}
	return best
}

// resolveThey links a "they" to the latest coordinated group of states or
// organisations before it in the sentence.
func (s *sent) resolveThey(i int) {
	for m := len(s.ments) - 1; m >= 0; m-- {
		mn := s.ments[m]
		if mn.End > i || mn.Type == "person" || mn.Type == "pair" || mn.Pronoun {
			continue
		}
		g := s.group(m)
		if len(g) < 2 && !s.pluralMention(m) {
			return
		}
		c := s.ments[g[0]]
		c.Start, c.End, c.Pronoun = i, i+1, true
		s.owner[i] = len(s.ments)
		if s.they == nil {
			s.they = map[int][]int{}
		}
		s.they[len(s.ments)] = g
		s.ments = append(s.ments, c)
		return
	}
}

// pluralMention reports a mention headed by a plural noun ("G7 foreign
// ministers", "the rebels"): a later "they" can stand for it alone.
func (s *sent) pluralMention(m int) bool {
	mn := s.ments[m]
	t := s.toks[mn.End-1].Tag
	return mn.Type != "pair" && (t == "NNS" || t == "NNPS")
}

func (s *sent) setVerbGroups(vgs []nlp.VerbGroup) {
	s.vgs = vgs[:0]
	for _, vg := range vgs {
		if vg.Gerund && vg.Start > 0 && (s.toks[vg.Start-1].Tag == "IN" && !gerundTime[s.toks[vg.Start-1].Lower] ||
			isNounTag(s.toks[vg.Start-1].Tag)) {
			continue // "accused it of supporting", "a resolution calling for": not an act of the subject
		}
		if s.owner[vg.Head] < 0 { // a verb inside an actor name is no verb
			s.vgs = append(s.vgs, vg)
		}
	}
	s.vgAt = fill(len(s.toks))
	for v, vg := range s.vgs {
		for k := vg.Start; k < vg.End; k++ {
			s.vgAt[k] = v
		}
	}
}

func fill(n int) []int {
	a := make([]int, n)
	for i := range a {
		a[i] = -1
	}
	return a
}

// gerundTime are subordinators after which a gerund is an act of the
// main subject, told as a time: "days after threatening to cut ties".
var gerundTime = set("after", "before", "since", "while", "when", "upon")

// prepositions that make a following noun phrase a prepositional object.
var preps = set("of", "in", "at", "on", "with", "to", "from", "by", "for", "against", "into",
	"between", "among", "toward", "towards", "during", "under", "over", "near", "amid", "including",
	"like", "about", "across", "through", "without", "within", "onto", "upon", "around", "behind",
	"beside", "besides", "beyond", "despite", "inside", "outside", "via", "per", "than", "alongside")

// subordinators open a clause: the noun phrase after them is a subject.
var subordinators = set("if", "unless", "because", "while", "whereas", "although", "though", "as",
	"after", "before", "since", "when", "whenever", "once", "until", "whether", "where", "so")

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// npStart returns the first token of the noun phrase ending with the token
// at i-1 going left over determiners and modifiers (at most 4 tokens).
func (s *sent) npStart(i int) int {
	for k := 0; k < 4 && i > 0; k++ {
		t := s.toks[i-1]
		if !isNPModifier(t.Tag) || s.owner[i-1] >= 0 || s.vgAt[i-1] >= 0 {
			break
		}
		i--
	}
	return i
}

func isNPModifier(tag string) bool {
	switch tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "POS", "NN", "NNP", "NNS", "HYPH", "VBN", "VBG", "``", "''":
		return true
	}
	return false
}

// inPP reports whether the phrase starting at token i is the object of a
// preposition, and returns the preposition's index.
func (s *sent) inPP(i int) (int, bool) {
	if s.toks[i].Tag == "PRP" {
		return 0, false // "on Friday it would": a pronoun takes no modifiers
	}
	st := s.npStart(i)
	if st == 0 {
		return 0, false
	}
	w := s.toks[st-1]
	if preps[w.Lower] && !subordinators[w.Lower] && (w.Tag == "IN" || w.Tag == "TO" || w.Lower == "to") {
		return st - 1, true
	}
	return 0, false
}

// group returns the mentions coordinated with mention m ("China and
// Russia", "Japan, South Korea and the US"), in order.
func (s *sent) group(m int) []int {
	if g, ok := s.they[m]; ok {
		return g
	}
	if s.ments[m].Type == "pair" {
		if m > 0 && s.ments[m-1].Type == "pair" && s.ments[m-1].Start == s.ments[m].Start {
			m--
		}
		return []int{m, m + 1}
	}
	first := m
	for first > 0 && s.coordinated(first-1, first) {
		first--
	}
	last := m
	for last+1 < len(s.ments) && s.coordinated(last, last+1) {
		last++
	}
	g := make([]int, 0, last-first+1)
	for k := first; k <= last; k++ {
		g = append(g, k)
	}
	return g
}

// coordinated reports whether mentions a and b are joined by a
// coordinator ("and", ",", "or", "nor", "as well as") with at most a few
// determiners and adjectives besides: "Fornost and the evil Gondor".
func (s *sent) coordinated(a, b int) bool {
	i, j := s.ments[a].End, s.ments[b].Start
	if j <= i || j-i > 5 {
		return false
	}
	joined, comma, commaCC := false, false, false
	if i < j && s.toks[i].Lower == ")" && s.ments[a].Start > 0 && s.toks[s.ments[a].Start-1].Lower == "(" {
		i++ // "the European Union (EU) and New Zealand": the acronym is a mention of its own
	}
	if i < j && s.toks[i].Lower == "(" {
		if e := s.parenEnd(i); e > 0 && e < j {
			i = e + 1 // "the European Union (EU) and New Zealand"
		}
	}
	for k := i; k < j; k++ {
		t := s.toks[k]
		switch {
		case t.Lower == ",":
			joined, comma = true, true
		case t.Lower == "and" || t.Lower == "&" || t.Lower == "or" || t.Lower == "nor":
			commaCC = commaCC || comma
			joined, comma = true, false
		case t.Lower == "as" || t.Lower == "well":
			joined = joined || t.Lower == "well"
		case t.Tag == "DT" || t.Tag == "JJ" || t.Tag == "RB" || t.Tag == "PDT":
		default:
			return false
		}
	}
	if comma && (s.fronted(a, b) || s.opensClause(b)) {
		return false
	}
	if commaCC && s.opensClause(b) && (a == 0 || !s.coordinated(a-1, a)) {
		return false // "clashed along the border, and Thailand sent jets": a second clause, not a list
	}
	return joined
}

// opensClause reports a mention after a finite verb whose noun phrase is
// followed by another finite verb: after a bare comma it starts a new
// clause ("... on their border, US mediators said"), it does not extend a
// list (headline "Biden, Xi Agree To ..." has no verb before).
func (s *sent) opensClause(b int) bool {
	if !s.finiteBefore(s.ments[b].Start) {
		return false
	}
	e := s.ments[b].End
	for e < len(s.toks) && isNounTag(s.toks[e].Tag) && s.vgAt[e] < 0 {
		e++
	}
	if e >= len(s.toks) {
		return false
	}
	v := s.vgAt[e]
	return v >= 0 && s.vgs[v].Finite
}

// parenEnd returns the ")" closing a short parenthesis opened at i, or -1.
func (s *sent) parenEnd(i int) int {
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		if s.toks[k].Lower == ")" {
			return k
		}
	}
	return -1
}

// fronted reports a place phrase before the subject: "In Seoul, the
// presidential office welcomed ...": a sits in a prepositional phrase, b
// is followed by its verb.
func (s *sent) fronted(a, b int) bool {
	if _, pp := s.inPP(s.ments[a].Start); !pp {
		return false
	}
	e := s.ments[b].End
	return e < len(s.toks) && s.vgAt[e] >= 0
}

// boundary reports whether token i ends a clause for role search.
func (s *sent) boundary(i int) bool {
	t := s.toks[i]
	switch t.Lower {
	case ";", ":", "--", "\"", "''", "``", "(", ")":
		return true
	case "that", "which", "who", "whom", "whose":
		return true
	}
	if subordinators[t.Lower] && t.Tag == "IN" {
		return true
	}
	if v := s.vgAt[i]; v >= 0 && (s.vgs[v].Finite || s.vgs[v].Infinitive) {
		return true
	}
	return false
}

func isNounTag(t string) bool { return len(t) >= 2 && t[0] == 'N' && t[1] == 'N' }

// finiteBefore reports a finite verb group before token i.
func (s *sent) finiteBefore(i int) bool {
	for _, vg := range s.vgs {
		if vg.Start < i && vg.Finite {
			return true
		}
	}
	return false
}
