package event

import (
	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/nlp"
)

// maxPersons bounds the people remembered from earlier sentences.
const maxPersons = 8

// notePersons remembers the people named (not pronouns) in a sentence.
func (dc *docCtx) notePersons(ments []actor.Mention) {
	for _, mn := range ments {
		if mn.Type != "person" || mn.Pronoun {
			continue
		}
		for k := range dc.persons {
			if dc.persons[k].Name == mn.Name {
				dc.persons = append(dc.persons[:k], dc.persons[k+1:]...)
				break
			}
		}
		dc.persons = append(dc.persons, mn)
	}
	if n := len(dc.persons); n > maxPersons {
		dc.persons = dc.persons[n-maxPersons:]
	}
}

// bindObjectPronouns re-resolves an object "him"/"her" that was linked to
// a person named earlier in its own sentence: an object pronoun is not
// its clause's subject ("Biden welcomed him" is not Biden welcoming
// himself). It takes the latest other person of the earlier sentences;
// with none it is left as it is.
func (dc *docCtx) bindObjectPronouns(toks []nlp.Token, ments []actor.Mention) []actor.Mention {
	for i, mn := range ments {
		if !mn.Pronoun || mn.Type != "person" || toks[mn.Start].Tag != "PRP" ||
			(toks[mn.Start].Lower != "him" && toks[mn.Start].Lower != "her") {
			continue
		}
		if !clauseSubject(toks, ments[:i], mn) {
			continue
		}
		for k := len(dc.persons) - 1; k >= 0; k-- {
			if p := dc.persons[k]; p.Name != mn.Name && !namedBefore(ments[:i], p.Name) {
				p.Start, p.End, p.Pronoun = mn.Start, mn.End, true
				ments[i] = p
				break
			}
		}
	}
	return ments
}

// namedBefore reports a person of the given name among the mentions, by
// name and not by pronoun.
func namedBefore(ms []actor.Mention, name string) bool {
	for _, m := range ms {
		if m.Type == "person" && !m.Pronoun && m.Name == name {
			return true
		}
	}
	return false
}

// clauseSubject reports that the latest person before pronoun mention mn
// is the one it was resolved to, in the same simple clause: no clause
// word or punctuation between and a single verb ("Biden welcomed him";
// not "Putin said Xi had invited him").
func clauseSubject(toks []nlp.Token, before []actor.Mention, mn actor.Mention) bool {
	k := len(before) - 1
	for k >= 0 && before[k].Type != "person" {
		k--
	}
	if k < 0 || before[k].Pronoun || before[k].Name != mn.Name {
		return false
	}
	runs, inVerb := 0, false
	for _, t := range toks[before[k].End:mn.Start] {
		switch t.Lower {
		case "that", ",", ";", "who", "which", "and", "but", "said", "says":
			return false
		}
		verb := len(t.Tag) >= 2 && t.Tag[:2] == "VB" || t.Tag == "MD"
		if verb && !inVerb {
			runs++
		}
		inVerb = verb
	}
	return runs == 1
}

// threatContext gives a threat with no target in a sentence that names no
// other party the state or organisation that led the sentence before,
// when that actor threatened or used force there: "North Korea said it
// would send troops back to the border. The South warned it would respond
// strongly" warns the North.
func (st *sent) threatContext(cs []candidate, dc *docCtx) {
	p := st.prev
	if p == nil || !dc.hostile[p.Code] && (p.Country == "" || !dc.hostile[p.Country]) {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.tgt != nil || len(c.code) < 2 || c.code[:2] != "13" || c.src.Country == "" ||
			c.src.Country == p.Country || st.otherParty(c.src) {
			continue
		}
		d := *p
		d.Start, d.End, d.Type, d.Pronoun = c.head, c.head+1, "pair", true
		st.ments = append(st.ments, d)
		c.tgt = &st.ments[len(st.ments)-1]
		dc.trace("  %s by %s without a target: aimed at %s, the actor of the sentence before", c.code, c.src.Code, d.Code)
	}
}

// otherParty reports a mention in the sentence of another state or
// organisation than src's.
func (st *sent) otherParty(src *actor.Mention) bool {
	for _, mn := range st.ments {
		if mn.Type == "pair" || mn.Code == src.Code || src.Country != "" && mn.Country == src.Country {
			continue
		}
		return true
	}
	return false
}

// noteHostile records who threatened or used force (CAMEO 13, 15-20) in
// a sentence's events, for the next sentence.
func (dc *docCtx) noteHostile(evs []candidate) {
	if dc.hostile == nil {
		dc.hostile = map[string]bool{}
	}
	clear(dc.hostile)
	for _, ev := range evs {
		if ev.Negated || ev.Hypothetical || len(ev.code) < 2 || ev.code[:2] != "13" && !forceRoot(ev.code) {
			continue
		}
		dc.hostile[ev.src.Code] = true
		if ev.src.Country != "" {
			dc.hostile[ev.src.Country] = true
		}
	}
}

// inheritPartner gives a cooperative event of a participle clause with no
// target the partner of the main clause's event by the same source:
// "spoke by phone with Ishiba, pledging to build future-oriented
// relations" pledges to Ishiba's side.
func (st *sent) inheritPartner(cs []candidate, dc *docCtx) {
	for i := range cs {
		c := &cs[i]
		if c.tgt != nil || len(c.code) < 2 || !cooperative(c.code) {
			continue
		}
		g := st.participleClause(c.head)
		if g < 0 || namingVerbs[st.vgs[g].Lemma] {
			continue // "..., calling it positive" characterises the main verb's object
		}
		h := st.gerundHost(g)
		var partner *actor.Mention
		for _, o := range cs {
			if o.tgt == nil || h < 0 || st.vgAt[o.head] != h || o.src.Code != c.src.Code {
				continue
			}
			if partner != nil && partner.Code != o.tgt.Code {
				partner = nil // two partners: which one is meant is unclear
				break
			}
			partner = o.tgt
		}
		if partner != nil {
			c.tgt = partner
			dc.trace("  %s in a participle clause: partner %s of %q", c.code, partner.Code, st.vgs[h].Lemma)
		}
	}
}

// participleClause returns the gerund group after a comma that heads the
// clause of token i ("..., pledging to build"), or -1.
func (st *sent) participleClause(i int) int {
	v := st.vgAt[i]
	for n := 0; v >= 0 && n < 3; n++ {
		vg := st.vgs[v]
		if vg.Gerund {
			if st.afterComma(vg.Start) {
				return v
			}
			return -1
		}
		if !vg.Infinitive {
			return -1
		}
		v, _ = st.governor(v)
	}
	return -1
}
