package event

import (
	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// mediatorVerbs, as participles after a talks or deal noun with a by-phrase,
// name a third party's mediation: "talks mediated by the African Union",
// "a deal, brokered by Qatar, ...".
var mediatorVerbs = set("mediate", "broker", "host", "facilitate", "sponsor", "convene", "arrange")

// mediatedNouns are what a mediator brings about.
var mediatedNouns = set("talk", "negotiation", "dialogue", "deal", "agreement", "accord", "ceasefire", "truce",
	"pact", "treaty", "arrangement", "meeting", "summit", "exchange", "swap")

// mediation codes participle group v as a mediation (045) from its
// by-agent to the parties, or returns nil.
func (c *Coder) mediation(st *sent, v int, dc *docCtx) []candidate {
	vg := st.vgs[v]
	if !vg.Participle || !mediatorVerbs[vg.Lemma] || !st.afterMediatedNoun(vg.Start) {
		return nil
	}
	if hostVerbs[vg.Lemma] && st.afterGathering(vg.Start) {
		return nil // "a summit hosted by France and Germany": hosting, not mediation
	}
	src := st.byAgent(vg.End)
	if len(src.ms) == 0 {
		return nil
	}
	cp := c.codePattern(lemma.Spelling(vg.Lemma), "045")
	if cp == nil {
		return nil
	}
	tgt := st.parties(vg.Start-1, src, dc)
	dc.trace("sentence %d: participle %q after a talks/deal noun: mediation by %v between %v", st.index,
		st.toks[vg.Head].Text, names(st, src), names(st, tgt))
	return c.emit(st, cp, vg.Head, src, tgt, mood{}, dc)
}

// afterMediatedNoun reports a talks or deal noun right before token i,
// perhaps with a comma between.
func (st *sent) afterMediatedNoun(i int) bool {
	k := i - 1
	if k >= 0 && st.toks[k].Lower == "," {
		k--
	}
	for stop := k - 4; k >= 0 && k >= stop; k-- { // "negotiations in Mexico City facilitated by"
		if st.owner[k] < 0 && mediatedNouns[st.toks[k].Lemma] {
			return true
		}
		if t := st.toks[k]; st.owner[k] < 0 && t.Tag != "IN" && t.Tag != "DT" && t.Tag != "NNP" {
			return false
		}
	}
	return false
}

// hostVerbs name a host rather than a go-between unless what they host
// is a negotiation: "talks hosted by China" is mediation, "a summit
// hosted by France" is not.
var hostVerbs = set("host", "convene", "arrange")

// hostedNouns are meetings of many that a host holds without
// mediating.
var hostedNouns = set("meeting", "summit", "exchange", "conference", "gathering", "forum")

// afterGathering reports that the noun before participle token i (a
// comma allowed) is a gathering noun.
func (st *sent) afterGathering(i int) bool {
	k := i - 1
	if k >= 0 && st.toks[k].Lower == "," {
		k--
	}
	return k >= 0 && hostedNouns[st.toks[k].Lemma]
}

// codePattern returns the pattern of verb head with the given code, the
// bare one ("mediate") if there is one.
func (c *Coder) codePattern(head, code string) *compiled {
	var found *compiled
	for _, cp := range c.verbs[head] {
		if cp.p.Code != code {
			continue
		}
		if len(cp.elems) == 0 && len(cp.pre) == 0 {
			return cp
		}
		if found == nil {
			found = cp
		}
	}
	return found
}

// parties finds who a mediated noun event ("talks mediated by the AU", "a
// deal brokered by China") was between when the pattern names no target:
// a "between X and Y" phrase after the noun, else the actors of the main
// clause's subject, else the article's last dyad. The mediator is left out.
func (st *sent) parties(i int, src role, dc *docCtx) role {
	except := codes(st, src)
	for k := i + 1; k < len(st.toks) && k <= i+2; k++ {
		if st.toks[k].Lower == "between" {
			if r := st.object(k + 1); len(r.ms) > 1 {
				return role{ms: st.without(r.ms, except)}
			}
		}
	}
	for v, vg := range st.vgs {
		if !vg.Finite || vg.Start > i {
			break
		}
		if r := st.subject(v); len(r.ms) > 0 {
			if g := st.without(r.ms, except); len(g) > 0 {
				return role{ms: g}
			}
		}
	}
	return st.dyadMentions(i, dc.lastDyad, except)
}

// dyadMentions adds the article's last dyad as mentions standing at token
// i (without owning it) and returns them.
func (st *sent) dyadMentions(i int, dyad []actor.Mention, except map[string]bool) role {
	var r role
	for _, d := range dyad {
		if except[d.Code] {
			continue
		}
		d.Start, d.End, d.Type = i, i+1, "pair"
		st.ments = append(st.ments, d)
		r.ms = append(r.ms, len(st.ments)-1)
	}
	return r
}
