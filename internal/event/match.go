package event

import "github.com/dyad-project/dyad/internal/nlp/lemma"

// compiled is a pattern prepared for matching: every word also carries its
// lemma so "sanctions" in a pattern matches "sanction" in text and back.
type compiled struct {
	p     *Pattern
	elems []celem
	pre   []celem
}

type celem struct {
	kind int
	alts [][]form
}

type form struct{ w, lem string }

func compile(p *Pattern) *compiled {
	return &compiled{p: p, elems: compileElems(p.Elems), pre: compileElems(p.Pre)}
}

func compileElems(es []Elem) []celem {
	out := make([]celem, len(es))
	for i, e := range es {
		ce := celem{kind: e.Kind}
		for _, alt := range e.Alts {
			fs := make([]form, len(alt))
			for k, w := range alt {
				l := lemma.Noun(w)
				if v := lemma.Verb(w); v != w {
					l = v
				}
				fs[k] = form{w: w, lem: l}
			}
			ce.alts = append(ce.alts, fs)
		}
		out[i] = ce
	}
	return out
}

// preGap is how many tokens may separate two pre-verb words, or the last
// of them and the verb ("won't try to clash").
const preGap = 3

// matchPre matches a pattern's pre-verb words right to left before the
// head. It reports whether they matched and whether they covered a
// negation or a modal (the pattern then owns the verb's mood).
func (s *sent) matchPre(pre []celem, head int) (ok, mood bool) {
	end := head // tokens [.., end) are free
	for e := len(pre) - 1; e >= 0; e-- {
		k, n := s.preWord(pre[e], end)
		if n == 0 {
			return false, false
		}
		for j := k; j < k+n; j++ {
			t := s.toks[j]
			mood = mood || t.Tag == "MD" || t.Lower == "not" || t.Lower == "n't" || t.Lower == "never"
		}
		end = k
	}
	return true, mood
}

// preWord finds pre-verb element e ending at most preGap tokens before
// end, and returns its start and length.
func (s *sent) preWord(e celem, end int) (int, int) {
	for last := end - 1; last >= 0 && last >= end-1-preGap; last-- {
		for _, alt := range e.alts {
			if k := last - len(alt) + 1; k >= 0 {
				if n := s.wordsAt(alt, k); n > 0 {
					return k, n
				}
			}
		}
		if s.boundary(last) || s.toks[last].Lower == "," {
			break
		}
	}
	return 0, 0
}

// bind is the outcome of a pattern match.
type bind struct {
	end       int  // token after the match
	target    role // from {T}
	source    role // from {S}
	tFromSubj bool // passive: {T} is the clause subject
	slotted   bool // the pattern had a {T} or {S}
	wide      bool // skips may cross clauses (Pattern.WideSkips)
	// wideTarget allows PETRARCH's target search across clauses.
	wideTarget bool
}

// match tries compiled pattern c on the tokens after the head at index
// head; in a passive clause {T} binds to the subject instead of text.
func (s *sent) match(c *compiled, head int, passive bool) (bind, bool) {
	b := bind{wide: c.p.WideSkips, wideTarget: c.p.WideSkips && !c.p.Mutual}
	start := head + 1
	if start < len(s.toks) && s.toks[start].Tag == "''" {
		start++ // would "never tolerate" the launch: the closing quote ends a fragment
	}
	ok := s.matchFrom(c.elems, start, passive, &b)
	return b, ok
}

func (s *sent) matchFrom(es []celem, i int, passive bool, b *bind) bool {
	if len(es) == 0 {
		b.end = i
		return true
	}
	switch es[0].kind {
	case ElemWord:
		return s.matchWord(es, i, passive, b)
	case ElemPhrase:
		end := s.phraseEnd(i)
		return end > i && s.matchFrom(es[1:], end, passive, b)
	case ElemSkip:
		for n := 0; n <= s.skipLimit(b) && i+n <= len(s.toks); n++ {
			if n > 0 && s.skipStop(i+n-1, b) {
				break
			}
			if s.matchFrom(es[1:], i+n, passive, b) {
				return true
			}
		}
		return false
	}
	return s.matchSlot(es, i, passive, b)
}

// phraseEnd returns the end of the noun phrase starting at i (an actor
// mention or a run of determiners, adjectives and nouns), or i.
func (s *sent) phraseEnd(i int) int {
	if i < len(s.toks) && s.owner[i] >= 0 {
		return s.ments[s.owner[i]].End
	}
	j := i
	for j < len(s.toks) && s.owner[j] < 0 && s.vgAt[j] < 0 && isNPModifier(s.toks[j].Tag) {
		j++
	}
	if j < len(s.toks) && j > i && s.owner[j] >= 0 && s.ments[s.owner[j]].Start == j {
		return s.ments[s.owner[j]].End // "the World Trade Organization": determiners before an actor
	}
	return j
}

// skipLimit is how many tokens a skip may pass over.
func (s *sent) skipLimit(b *bind) int {
	if b.wide {
		return 14
	}
	return 8
}

// skipStop reports a token a skip may not pass: a clause boundary or a
// comma outside a list; for wide skips only hard punctuation.
func (s *sent) skipStop(k int, b *bind) bool {
	if b.wide {
		switch s.toks[k].Lower {
		case ";", ":", "--", "(", ")":
			return true
		}
		return false
	}
	if isQuote(s.toks[k].Lower) {
		return false // "called the junta \"illegitimate\"": a quoted word, not a clause
	}
	return s.boundary(k) || s.toks[k].Lower == "," && !s.listComma(k)
}

func isQuote(w string) bool {
	return w == "\"" || w == "''" || w == "``" || w == "\u201c" || w == "\u201d"
}

// listComma reports a comma inside a list of plain noun phrases ("fired
// stun grenades, rubber bullets and water cannon at"): a skip may cross it.
func (s *sent) listComma(k int) bool {
	if k+1 >= len(s.toks) || k == 0 || s.owner[k+1] >= 0 || s.vgAt[k+1] >= 0 {
		return false
	}
	prev, next := s.toks[k-1].Tag, s.toks[k+1].Tag
	return (prev == "NN" || prev == "NNS" || prev == "JJ") && (next == "JJ" || next == "NN" || next == "NNS" || next == "CD")
}

// matchWord matches a word element, skipping up to three modifiers first
// ("impose tough new sanctions on").
func (s *sent) matchWord(es []celem, i int, passive bool, b *bind) bool {
	for k := i; k <= i+3 && k < len(s.toks); k++ {
		for _, alt := range es[0].alts {
			if n := s.wordsAt(alt, k); n > 0 && s.matchFrom(es[1:], k+n, passive, b) {
				return true
			}
		}
		if !s.skippable(k) {
			break
		}
	}
	j := s.adjunctEnd(i)
	return j > i && s.matchWord(es, j, passive, b)
}

func (s *sent) wordsAt(alt []form, k int) int {
	if k+len(alt) > len(s.toks) {
		return 0
	}
	for j, f := range alt {
		t := &s.toks[k+j]
		if t.Lower != f.w && t.Lemma != f.w && t.Lemma != f.lem && !(f.w == `"` && isQuote(t.Lower)) {
			return 0
		}
	}
	return len(alt)
}

// skippable reports whether token k may be passed over before a pattern
// word: determiners, adjectives, adverbs, numbers, noun modifiers.
func (s *sent) skippable(k int) bool {
	if s.owner[k] >= 0 {
		return false
	}
	if s.toks[k].Lower == "-" && k > 0 && s.toks[k-1].Tag == "JJ" {
		return true // "an anti- Gondor parade"
	}
	switch s.toks[k].Tag {
	case "DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "RB", "RBR", "NN", "NNS", "HYPH", "POS":
		return true
	}
	return isQuote(s.toks[k].Lower) // agreed to a "permanent cessation of hostilities"
}

// matchSlot binds {T} or {S} to the actor phrase at i.
func (s *sent) matchSlot(es []celem, i int, passive bool, b *bind) bool {
	b.slotted = true
	if passive && es[0].kind == ElemTarget {
		b.tFromSubj = true
		if s.matchFrom(es[1:], i, passive, b) {
			return true
		}
		j := s.agentEnd(i) // "were targeted by Iran with missiles": the rest follows the agent
		return j > i && s.matchFrom(es[1:], j, passive, b)
	}
	r, end := s.slotAt(i, len(es) == 1)
	if r.place {
		b.end = end
		return true // the slot holds a place: the event has no target
	}
	if len(r.ms) == 0 {
		return false
	}
	if es[0].kind == ElemTarget {
		b.target = r
	} else {
		b.source = r
	}
	return s.matchFrom(es[1:], end, passive, b)
}

// agentEnd returns the end of a passive agent phrase "by X" at i, or i.
func (s *sent) agentEnd(i int) int {
	if i+1 >= len(s.toks) || s.toks[i].Lower != "by" {
		return i
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if m := s.owner[k]; m >= 0 {
			g := s.group(m)
			return s.ments[g[len(g)-1]].End
		}
		if !s.skippable(k) {
			break
		}
	}
	return i
}

// slotAt finds the actor phrase a slot binds to at token i. A final slot
// may also take an actor a little further into the object phrase ("hailed
// the ties with Beijing").
func (s *sent) slotAt(i int, last bool) (role, int) {
	for k := i; k < len(s.toks) && k <= i+3; k++ {
		if m := s.owner[k]; m >= 0 {
			g := s.group(m)
			return role{ms: g}, s.ments[g[len(g)-1]].End
		}
		if !s.skippable(k) {
			break
		}
	}
	if j := s.adjunctEnd(i); j > i {
		if r, end := s.slotAt(j, last); len(r.ms) > 0 {
			return r, end
		}
	}
	if j := s.quantityEnd(i); j > i {
		if r, end := s.slotAt(j, last); len(r.ms) > 0 {
			return r, end // "killed more than 400 Ukrainian civilians"
		}
	}
	if !last {
		return role{}, i
	}
	if end := s.placeObject(i); end > i {
		return role{place: true}, end // "hit the suburbs of Kyiv": a place was hit, no one in it is named
	}
	return s.looseSlot(i)
}

var looseLinks = set("of", "with", "between", "to", "toward", "towards", "for", "against", "on", "and", "'s", "at", "into", "from", "upon", "onto", "by",
	"over", "in", "about", "'", "''", "``", "\"", "as")

func (s *sent) looseSlot(i int) (role, int) {
	return s.looseSlotExcept(i, nil)
}

// looseSlotExcept is looseSlot passing over actors of the given states
// (the source's own: "hailed China's ties with North Korea").
func (s *sent) looseSlotExcept(i int, except map[string]bool) (role, int) {
	for k := i; k < len(s.toks) && k < i+10; k++ {
		if m := s.owner[k]; m >= 0 {
			g := s.group(m)
			end := s.ments[g[len(g)-1]].End
			g = s.without(g, except)
			if end < len(s.toks) && s.vgAt[end] >= 0 && s.vgs[s.vgAt[end]].Finite && k > i {
				break // "in a campaign the UN said ...": the subject of another clause
			}
			if len(g) == 0 || bare(s.ments[g[0]]) || s.place(m) {
				k = end - 1 // a place named with in/at/near is where, not whom
				continue
			}
			return role{ms: g}, end
		}
		t := s.toks[k]
		if s.defiedRule(k) {
			break // "in defiance of UN sanctions": the rule broken, not a target
		}
		if s.harmPatient(k) {
			return s.byAgent(k + 1), i // "comment on the arrest of a Canadian": the victim is not the target
		}
		if n := s.memberList(k); n > 0 {
			k += n - 1 // "diplomats from seven countries, including Germany": the members
			continue
		}
		if t.Lower == "by" && k > i+1 && s.toks[k-1].Tag == "VBN" && s.reducedRelative(k-1) && s.adjunctNP(k-2) {
			break // "normalise ties in a deal announced by Trump": the adjunct's agent is not the target
		}
		if s.boundary(k) || t.Lower == "," && !s.listComma(k) || !(s.skippable(k) || t.Lower == "," || looseLinks[t.Lower] || s.reducedRelative(k)) {
			break
		}
	}
	return role{}, i
}

// memberList returns the length of the words at k that open a list of
// members after a plural noun (", including", "including", ", such as"),
// or 0: the members stand for the noun.
func (s *sent) memberList(k int) int {
	if k == 0 || s.toks[k-1].Tag != "NNS" {
		return 0
	}
	n := 0
	if s.toks[k].Lower == "," {
		n = 1
	}
	switch {
	case k+n < len(s.toks) && s.toks[k+n].Lower == "including":
		return n + 1
	case k+n+1 < len(s.toks) && s.toks[k+n].Lower == "such" && s.toks[k+n+1].Lower == "as":
		return n + 2
	}
	return 0
}

// reducedRelative reports a participle after a noun that opens a reduced
// relative clause: "memos sent by Bree", "roads leading into Mordor".
func (s *sent) reducedRelative(k int) bool {
	if k == 0 || s.toks[k].Tag != "VBN" && s.toks[k].Tag != "VBG" {
		return false
	}
	if v := s.vgAt[k]; v >= 0 && (!(s.vgs[v].Participle || s.vgs[v].Gerund) || mediatorVerbs[s.vgs[v].Lemma]) {
		return false // "talks mediated by X": X is the mediator, not a target
	}
	p := s.toks[k-1].Tag
	return p == "NN" || p == "NNS"
}

// adjunctNP reports a noun at i inside a place or circumstance phrase
// ("in a deal", "under an accord", "during talks").
func (s *sent) adjunctNP(i int) bool {
	p, ok := s.inPP(i)
	if !ok {
		return false
	}
	w := s.toks[p].Lower
	return isLocative(w) || w == "under" || w == "during" || w == "amid" || w == "after" || w == "following"
}

func isLocative(w string) bool {
	return w == "in" || w == "at" || w == "near" || w == "inside" || w == "outside"
}

// adjunctStarts open a short place or time phrase that may sit between a
// verb and its complement: "held talks in Tehran with ...", "met on
// Monday with ...".
var adjunctStarts = set("in", "on", "at", "during", "last", "this", "next", "earlier", "later", "late",
	"yesterday", "today", "tonight", "again", "also", "briefly", "separately", "jointly", "together", "privately",
	"publicly", "formally", "officially", "personally", "directly", "for")

// adjunctEnd returns the end of an adjunct phrase starting at i (at most
// five tokens, no verbs, commas or clause boundaries), or i.
func (s *sent) adjunctEnd(i int) int {
	if i >= len(s.toks) || !adjunctStarts[s.toks[i].Lower] {
		return i
	}
	j := i + 1
	if s.toks[i].Tag == "RB" {
		return j
	}
	for ; j < len(s.toks) && j <= i+5; j++ {
		t := s.toks[j]
		if s.vgAt[j] >= 0 || s.boundary(j) || t.Lower == "," || t.Tag == "IN" || t.Tag == "TO" {
			break
		}
	}
	if j == i+1 {
		return i
	}
	return j
}

// without drops from a group the actors of the given states ("ties
// between China and North Korea" as the partner of China is North Korea).
func (s *sent) without(g []int, except map[string]bool) []int {
	if len(except) == 0 {
		return g
	}
	out := g[:0:0]
	for _, m := range g {
		if mn := s.ments[m]; !except[mn.Code] && !(except[mn.Country] && mn.Type == "state") {
			out = append(out, m) // the source's own state is passed over, not its other sectors
		}
	}
	return out
}
