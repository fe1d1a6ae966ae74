package geo

import (
	"math"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// qualify handles the containment pattern "Paris, Texas" / "Springfield,
// Ill." / "Victoria, Canada": when a region or country follows after a
// comma and some candidates lie in it, the candidates narrow to those and
// the span grows over the qualifier. It returns the token after the
// mention.
func (sc *scratch) qualify(text string, end int, m *mention) int {
	toks := sc.toks
	if end >= len(toks) || !toks[end].cap || text[toks[end-1].end:toks[end].start] != ", " {
		return end
	}
	if e := int(toks[end].end); e < len(text) && (text[e] == '\'' || strings.HasPrefix(text[e:], "’")) {
		return end // "Karachi, Pakistan's agency": a possessive, not a qualifier
	}
	for _, q := range sc.qualifiers(text, end) {
		var in []*Place
		for _, c := range m.cands {
			if c != q.p && c.Kind != KindCountry && c.Country == q.p.Country &&
				(q.p.Kind == KindCountry || c.Admin1 == q.p.Name) {
				in = append(in, c)
			}
		}
		if len(in) > 0 {
			m.cands = in
			return q.end
		}
	}
	return end
}

// qual is one reading of a qualifier: a region or country and the token
// after it.
type qual struct {
	p   *Place
	end int
}

// qualifiers lists the regions and countries the tokens at i can name,
// longest first.
func (sc *scratch) qualifiers(text string, i int) []qual {
	var out []qual
	e, end, _ := sc.longest(text, sc.toks, i)
	if e != nil {
		for _, p := range e.cands {
			if p.Kind != KindCity {
				out = append(out, qual{p, end})
			}
		}
	}
	t := sc.toks[i]
	sc.key = appendKey(sc.key[:0], text[t.start:t.end])
	for _, p := range sc.g.qual[string(sc.key)] {
		out = append(out, qual{p, i + 1})
	}
	return out
}

// evid is one piece of evidence: a place an actor or a mention names.
type evid struct {
	p *Place
	e *entry // the mention's index entry; nil for an actor
}

// tally sums the evidence for one country.
type tally struct {
	iso3           string
	country, local float64
}

// context is the evidence an article gives about where it happens.
type context struct {
	ev    []evid
	tally []tally
	skip  *entry // evidence from mentions of this name is ignored
	max   float64
}

func newContext() *context { return &context{} }

// build tallies the evidence by country, leaving out mentions of skip (a
// name does not vote for itself).
func (c *context) build(skip *entry) {
	c.tally, c.skip, c.max = c.tally[:0], skip, 0
	for _, v := range c.ev {
		if v.e != nil && v.e == skip {
			continue
		}
		t := c.tallyOf(v.p.Country)
		if v.p.Kind == KindCountry {
			t.country++
		} else {
			t.local++
		}
	}
	for _, t := range c.tally {
		c.max = math.Max(c.max, t.country+2*t.local)
	}
}

func (c *context) tallyOf(iso3 string) *tally {
	for i := range c.tally {
		if c.tally[i].iso3 == iso3 {
			return &c.tally[i]
		}
	}
	c.tally = append(c.tally, tally{iso3: iso3})
	return &c.tally[len(c.tally)-1]
}

func (c *context) find(iso3 string) tally {
	for _, t := range c.tally {
		if t.iso3 == iso3 {
			return t
		}
	}
	return tally{}
}

// inAdmin reports evidence of a city or region in the region admin1.
func (c *context) inAdmin(iso3, admin1 string) bool {
	for _, v := range c.ev {
		if (v.e == nil || v.e != c.skip) && v.p.Kind != KindCountry && v.p.Country == iso3 && v.p.Admin1 == admin1 {
			return true
		}
	}
	return false
}

// resolve picks a place for every mention: first with the evidence of
// actors and unambiguous names, then again with every first choice.
func (sc *scratch) resolve(ctx *context) {
	ctx.ev = ctx.ev[:0]
	sc.actorContext(ctx)
	actors := len(ctx.ev)
	for i := range sc.ms {
		if p := unambiguous(sc.ms[i].cands); p != nil {
			ctx.ev = append(ctx.ev, evid{p, sc.ms[i].e})
		}
	}
	for i := range sc.ms {
		ctx.build(sc.ms[i].e)
		sc.ms[i].place = best(&sc.ms[i], ctx)
	}
	ctx.ev = ctx.ev[:actors]
	for i := range sc.ms {
		ctx.ev = append(ctx.ev, evid{sc.ms[i].place, sc.ms[i].e})
	}
	places := ctx.ev[actors:]
	for i := range sc.ms {
		m := &sc.ms[i]
		ctx.build(m.e)
		p := best(m, ctx)
		places[i].p, m.place = p, p
	}
}

// actorContext counts the states of the article's actors that are not
// themselves place mentions.
func (sc *scratch) actorContext(ctx *context) {
	for k := range sc.ents {
		en := &sc.ents[k]
		if len(en.Code) < 3 || sc.coveredByMention(en) {
			continue
		}
		if p := sc.g.country[en.Code[:3]]; p != nil {
			ctx.ev = append(ctx.ev, evid{p: p})
		}
	}
}

func (sc *scratch) coveredByMention(en *doc.Entity) bool {
	for i := range sc.ms {
		m := &sc.ms[i]
		if m.sent == en.Sentence && m.start < en.End && en.Start < m.end {
			return true
		}
	}
	return false
}

// unambiguous returns the place when all candidates are one country's,
// preferring the country itself.
func unambiguous(cands []*Place) *Place {
	if len(cands) == 0 {
		return nil
	}
	for _, c := range cands[1:] {
		if c.Country != cands[0].Country {
			return nil
		}
	}
	for _, c := range cands {
		if c.Kind == KindCountry {
			return c
		}
	}
	return cands[0]
}

// best scores every candidate of m and returns the highest.
func best(m *mention, ctx *context) *Place {
	hasCountry := false
	for _, c := range m.cands {
		hasCountry = hasCountry || c.Kind == KindCountry
	}
	var top *Place
	topScore := math.Inf(-1)
	for _, c := range m.cands {
		if s := score(c, m, ctx, hasCountry); s > topScore {
			top, topScore = c, s
		}
	}
	return top
}

// score rates one candidate: size, kind, and the article's evidence for
// its country and region. A city or region sharing a country's name
// ("Georgia") needs evidence from other cities or regions of its own
// country: a state named as an actor does not count for it.
func score(c *Place, m *mention, ctx *context, hasCountry bool) float64 {
	s := c.logPop
	switch {
	case c.Kind == KindCountry:
		s += 4
	case c.Kind == KindAdmin1:
		s--
		if m.adminHint {
			s += 6
		}
	case c.capital:
		s += 1.5
	case c.seat:
		s += 0.5
	case c.section:
		s -= 1.5
	}
	t := ctx.find(c.Country)
	w := t.country + 2*t.local
	if hasCountry && c.Kind != KindCountry {
		w = 2 * t.local
	}
	if w > 0 && ctx.max > 0 {
		s += 1 + 3*w/ctx.max
	}
	if c.Kind != KindCountry && t.local > 0 && ctx.inAdmin(c.Country, c.Admin1) {
		s += 2
	}
	return s
}
