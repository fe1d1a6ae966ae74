package geo

import (
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// mention is one place name found in a sentence, with its candidates.
type mention struct {
	sent       int // sentence index
	start, end int // document offsets (Title for sentence 0) of the span
	text       string
	e          *entry
	cands      []*Place
	prep       bool // after a locative preposition
	evPrep     bool // after a preposition that locates an action ("in")
	adminHint  bool // "Kharkiv region", "the state of Georgia"
	actor      bool // overlaps an actor entity (a state or a capital)
	place      *Place
}

// scratch holds the per-document buffers of a Document call.
type scratch struct {
	g    *Gazetteer
	toks []token
	key  []byte
	low  []byte
	ms   []mention
	ents []doc.Entity
	ctx  *context
}

// sentence finds the place mentions of one sentence.
func (sc *scratch) sentence(s doc.Sentence) {
	text := s.Text
	sc.toks = tokenize(text, sc.toks[:0])
	toks := sc.toks
	title := s.Index == 0 && titleCase(toks)
	for i := 0; i < len(toks); {
		if !toks[i].cap {
			i++
			continue
		}
		e, end, klen := sc.longest(text, toks, i)
		if e == nil {
			i++
			continue
		}
		if !sc.accept(text, i, end, e, klen, title) {
			i = end
			continue
		}
		m := mention{sent: s.Index, e: e, cands: e.cands}
		m.prep, m.evPrep = sc.prepBefore(text, i)
		m.adminHint = sc.adminHint(text, i, end)
		qend := sc.qualify(text, end, &m)
		if qend == end && i > 0 && onlyCities(m.cands) && lowerIs(text[toks[i-1].start:toks[i-1].end], "the") {
			i = end
			continue
		}
		a, b := int(toks[i].start), int(toks[qend-1].end)
		if qend == end {
			b = int(toks[end-1].end)
		}
		m.start, m.end, m.text = s.Start+a, s.Start+b, text[a:b]
		if sc.checkActors(&m, possessive(text, b)) {
			i = qend
			continue
		}
		sc.ms = append(sc.ms, m)
		i = qend
	}
}

// longest finds the longest gazetteer name starting at token i; it returns
// the index entry, the token after it and the key length.
func (sc *scratch) longest(text string, toks []token, i int) (*entry, int, int) {
	key := appendKey(sc.key[:0], text[toks[i].start:toks[i].end])
	var best *entry
	end, klen := 0, 0
	e := sc.g.index[string(key)]
	if e != nil && len(e.cands) > 0 {
		best, end, klen = e, i+1, len(key)
	}
	for j := i + 1; e != nil && e.more && j < len(toks) && j-i < 7; j++ {
		if !joinable(text, toks, j) {
			break
		}
		key = append(key, ' ')
		key = appendKey(key, text[toks[j].start:toks[j].end])
		if e = sc.g.index[string(key)]; e != nil && len(e.cands) > 0 {
			best, end, klen = e, j+1, len(key)
		}
	}
	sc.key = key
	return best, end, klen
}

// joinable reports whether token j may continue a name begun before it: a
// single space or hyphen apart (". " after "St"), and capitalised or a
// connector ("de", "upon").
func joinable(text string, toks []token, j int) bool {
	p, t := toks[j-1], toks[j]
	gap := text[p.end:t.start]
	if gap != " " && gap != "-" && !(gap == ". " && abbrevs[lowerASCII(text[p.start:p.end])]) {
		return false
	}
	return t.cap || connectors[text[t.start:t.end]]
}

// accept applies the rules that keep common words, parts of longer names
// and person names out.
func (sc *scratch) accept(text string, i, end int, e *entry, klen int, title bool) bool {
	toks := sc.toks
	first := toks[i]
	if end == i+1 && first.caps && !e.acr && !title {
		return false
	}
	if klen < 3 && !first.caps {
		return false
	}
	if !title && !sc.freeBefore(text, i) {
		return false
	}
	if !title && !sc.freeAfter(text, end) {
		return false
	}
	if end == i+1 && notAlone[string(sc.key[:klen])] {
		return false
	}
	if end == i+1 && needPrep[string(sc.key[:klen])] {
		prep, _ := sc.prepBefore(text, i)
		return prep
	}
	if end == i+1 && commonWords[string(sc.key[:klen])] {
		prep, _ := sc.prepBefore(text, i)
		return prep || (i > 0 && !title)
	}
	return true
}

// freeBefore reports that the token before i is not a capitalised word of
// a longer name ("Lake Victoria", "President Jackson").
func (sc *scratch) freeBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	p := sc.toks[i-1]
	gap := text[p.end:sc.toks[i].start]
	if !p.cap || (gap != " " && gap != "-") {
		return true
	}
	sc.low = lowerWord(sc.low, text[p.start:p.end])
	return funcWords[string(sc.low)]
}

// freeAfter reports that the token at end does not continue the name into
// something else ("Paris Hilton", "Houston Rockets").
func (sc *scratch) freeAfter(text string, end int) bool {
	if end >= len(sc.toks) {
		return true
	}
	n := sc.toks[end]
	gap := text[sc.toks[end-1].end:n.start]
	if !n.cap || gap != " " {
		return true
	}
	sc.low = lowerWord(sc.low, text[n.start:n.end])
	return afterOK[string(sc.low)]
}

// prepBefore reports whether a locative preposition (optionally followed
// by "the") comes right before token i, and whether it locates an action.
func (sc *scratch) prepBefore(text string, i int) (bool, bool) {
	j := i - 1
	if j >= 0 && lowerIs(text[sc.toks[j].start:sc.toks[j].end], "the") {
		j--
	}
	if j < 0 {
		return false, false
	}
	sc.low = lowerWord(sc.low, text[sc.toks[j].start:sc.toks[j].end])
	return locPreps[string(sc.low)], eventPreps[string(sc.low)]
}

// adminHint reports "X region" or "the state of X".
func (sc *scratch) adminHint(text string, i, end int) bool {
	toks := sc.toks
	if end < len(toks) && !toks[end].cap {
		sc.low = lowerWord(sc.low, text[toks[end].start:toks[end].end])
		if adminNouns[string(sc.low)] {
			return true
		}
	}
	if i >= 2 && lowerIs(text[toks[i-1].start:toks[i-1].end], "of") {
		sc.low = lowerWord(sc.low, text[toks[i-2].start:toks[i-2].end])
		return adminNouns[string(sc.low)]
	}
	return false
}

// checkActors compares a mention with the actor entities over it and
// reports whether to drop it. A person or organisation over the name drops
// it ("Jordan Peterson", "Communist Party of China") unless the place is a
// possessor ("China's official Xinhua"). A state or agent entity marks it
// as an actor; one that strictly contains it names the country the place
// must be in ("Pyongyang's reclusive leader"), and drops it when none of
// its candidates is there ("Democratic People's Republic of Korea" holds
// "Republic of Korea").
func (sc *scratch) checkActors(m *mention, poss bool) bool {
	for k := range sc.ents {
		en := &sc.ents[k]
		if en.Sentence != m.sent || en.End <= m.start || en.Start >= m.end {
			continue
		}
		switch en.Type {
		case "person", "org", "media", "igo":
			if !poss {
				return true
			}
			continue
		}
		m.actor = true
		if (en.Start < m.start || en.End > m.end) && len(en.Code) >= 3 && sc.g.country[en.Code[:3]] != nil {
			if !m.restrict(en.Code[:3]) {
				return true
			}
		}
	}
	return false
}

// restrict narrows the candidates to country iso3, reporting whether any
// remain (the candidates are left as they were when none does).
func (m *mention) restrict(iso3 string) bool {
	n := 0
	for _, c := range m.cands {
		if c.Country == iso3 {
			n++
		}
	}
	if n == 0 {
		return false
	}
	if n < len(m.cands) {
		in := make([]*Place, 0, n)
		for _, c := range m.cands {
			if c.Country == iso3 {
				in = append(in, c)
			}
		}
		m.cands = in
	}
	return true
}

// onlyCities reports whether every candidate is a city: such a name after
// "the" is an attribute ("the Paris agreement", "the Victoria Falls
// bridge").
func onlyCities(cands []*Place) bool {
	for _, c := range cands {
		if c.Kind != KindCity {
			return false
		}
	}
	return true
}

// titleCase reports a headline in which most words are capitalised.
func titleCase(toks []token) bool {
	c := 0
	for _, t := range toks {
		if t.cap {
			c++
		}
	}
	return len(toks) >= 4 && c*10 >= len(toks)*6
}

// possessive reports an "'s" at text[i:].
func possessive(text string, i int) bool {
	return strings.HasPrefix(text[i:], "'s") || strings.HasPrefix(text[i:], "’s")
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
