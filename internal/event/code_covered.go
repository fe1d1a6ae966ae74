package event

import (
	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// Events one verb's pattern already covers: a governing verb and its
// infinitive, coordinated infinitives, and verbs spelled out inside
// another verb's match.

// dropGovernors removes the events of a governing verb ("agreed to",
// "threatened to", "refused to") when its infinitive complement coded an
// event: the complement, converted, is the more specific record.
func dropGovernors(st *sent, byVG [][]candidate) {
	for v, evs := range byVG {
		if len(evs) == 0 || !st.vgs[v].Infinitive {
			continue
		}
		g, _ := st.governor(v)
		if g < 0 || len(byVG[g]) == 0 {
			continue
		}
		l := st.vgs[g].Lemma
		if !(intentVerbs[l] || rejectVerbs[l] || threatVerbs[l] || failVerbs[l] || linkVerbs[l] || attemptVerbs[l]) {
			continue
		}
		if coversComplement(byVG[g], lemma.Spelling(st.vgs[v].Lemma)) {
			if !st.coordinatedInfinitive(v) {
				byVG[v] = nil // "threatened to cut off aid" matched whole: 1311 beats the converted 162
			}
			continue
		}
		byVG[g] = nil
	}
}

// shareTargets gives the events of two coordinated infinitives one
// target when only one of them names it: "threatened to send troops and
// cut all ties with Seoul" threatens Seoul with both.
func shareTargets(st *sent, byVG [][]candidate) {
	for v := range byVG {
		if !st.coordinatedInfinitive(v) {
			continue
		}
		a, b := byVG[v-1], byVG[v]
		if t := onlyTarget(b); t != nil && onlyTarget(a) == nil {
			setTargets(a, t)
		} else if t := onlyTarget(a); t != nil && onlyTarget(b) == nil {
			setTargets(b, t)
		}
	}
}

// onlyTarget returns the one target all events with a target share, or
// nil.
func onlyTarget(evs []candidate) *actor.Mention {
	var t *actor.Mention
	for _, ev := range evs {
		if ev.tgt == nil {
			continue
		}
		if t != nil && t.Code != ev.tgt.Code {
			return nil
		}
		t = ev.tgt
	}
	return t
}

// setTargets gives targetless events t, unless it is their own source.
func setTargets(evs []candidate, t *actor.Mention) {
	for i := range evs {
		if evs[i].tgt == nil && evs[i].src.Code != t.Code {
			evs[i].tgt = t
		}
	}
}

// coordinatedInfinitive reports an infinitive without its own "to",
// joined to an earlier one: "refused to withdraw or return the ships".
func (st *sent) coordinatedInfinitive(v int) bool {
	vg := st.vgs[v]
	return vg.Infinitive && v > 0 && st.toks[vg.Start].Lower != "to" && st.vgs[v-1].Infinitive && st.coordinatedVerb(v-1, v)
}

// coversComplement reports a governing verb's events coded by a pattern
// that spells out its complement: a sub-code ("threaten to * cut off *
// aid") or a pattern naming the complement's verb ("refuse to * allow *
// discussion of" is 125 whatever "allow" codes alone).
func coversComplement(evs []candidate, verb string) bool {
	for _, ev := range evs {
		if ev.pat == nil || len(ev.pat.elems) < 3 {
			continue
		}
		if len(ev.pat.p.Code) == 4 || namesWord(ev.pat.elems, verb) {
			return true
		}
	}
	return false
}

// dropCovered removes the events of a verb that another verb's pattern
// spelled out inside its match: "took to the streets demanding that
// Maduro step down" matched "... demanding that {T} * @QUITPOWER"; "step
// down" is the demand's content, not an event of its own.
func dropCovered(st *sent, byVG [][]candidate) {
	for v := range byVG {
		h := st.vgs[v].Head
		if st.vgs[v].Finite {
			continue // "blocked roads and demanded": a clause of its own
		}
		for u, evs := range byVG {
			if u == v || len(byVG[v]) == 0 {
				continue
			}
			for _, ev := range evs {
				if ev.pat != nil && ev.head < h && h < ev.end && namesWord(ev.pat.elems, lemma.Spelling(st.vgs[v].Lemma)) {
					byVG[v] = nil
					break
				}
			}
		}
	}
}

// namesWord reports a pattern word element (or the first word of a
// phrase in it) with the given lemma.
func namesWord(es []celem, w string) bool {
	for _, e := range es {
		if e.kind != ElemWord {
			continue
		}
		for _, alt := range e.alts {
			if len(alt) >= 1 && (alt[0].w == w || alt[0].lem == w) {
				return true
			}
		}
	}
	return false
}

// dropNounContents removes the events of an infinitive that completes a
// noun ("Sweden's bid to join NATO", "Poland's offer to transfer its
// jets", "an ultimatum to surrender") when the verb governing that noun
// coded an event: the content of what was backed, rejected or delivered
// is not an event of its own.
func dropNounContents(st *sent, byVG [][]candidate) {
	for v, evs := range byVG {
		if len(evs) == 0 || st.nounInfinitive(st.vgs[v].Start) < 0 {
			continue
		}
		if g, _ := st.governor(v); g >= 0 && g != v && len(byVG[g]) > 0 {
			byVG[v] = nil
		}
	}
}
