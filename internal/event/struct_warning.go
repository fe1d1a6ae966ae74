package event

// warningMood decides what a warning with no warned party says (verb
// group v is "warn"): a warning about what another party or a state of
// affairs might do ("warning that cutting off aid could backfire",
// "Russia could attack NATO, the minister warned") reports a
// hypothetical and codes nothing; a warning about how things stand
// ("warning that efforts to save the deal were faltering") is a
// pessimistic comment. A warning of the speaker's own act, or of what
// will happen to someone ("warned that Taiwan would pay a price"), stays
// a threat.
func (c *Coder) warningMood(st *sent, v int, m *mood) {
	if st.warnedOfForce(v) {
		m.force, m.note = true, " (warned of force)"
		return
	}
	cv := st.warningContent(v)
	if cv < 0 {
		return
	}
	ct := st.vgs[cv]
	if ct.Negated || ct.Modal == "will" || ct.Modal == "would" || ct.Modal == "must" || ct.Modal == "should" {
		return
	}
	if st.sameParty(st.subject(cv), c.subjectFor(st, v, 0)) {
		return // "warned it could close the strait": its own act
	}
	switch {
	case hypoModals[ct.Modal]:
		m.hypo, m.note = true, " (warning of a possibility)"
	case ct.Modal == "" && !ct.Infinitive:
		m.gloomy, m.note = true, " (warning about a state of affairs)"
	}
}

// warningContent returns the finite verb group of what a warning says
// when no warned party stands between: "warned that X ...", or a clause
// before a closing ", X warned". It returns -1 otherwise.
func (st *sent) warningContent(v int) int {
	vg := st.vgs[v]
	if vg.End < len(st.toks) && st.toks[vg.End].Lower == "that" {
		for g := v + 1; g < len(st.vgs); g++ {
			if st.vgs[g].Finite {
				return g
			}
			if !st.vgs[g].Infinitive && !st.vgs[g].Gerund {
				break
			}
		}
		return -1
	}
	if st.trailingReporter(0) == v && v > 0 && st.vgs[0].Finite {
		return 0
	}
	return -1
}

// sameParty reports two roles that share an actor or a state.
func (st *sent) sameParty(a, b role) bool {
	cs := countries(st, b)
	for _, m := range a.ms {
		mn := st.ments[m]
		if cs[mn.Code] || mn.Country != "" && cs[mn.Country] {
			return true
		}
	}
	return false
}

// warnedOfForce reports a warning that the warned party "will/would be
// met with" force ("warned North Korea that it would be met with fire and
// fury"): the next finite group after "that", a warned party between
// allowed, is a passive meet or answer with a force noun.
func (st *sent) warnedOfForce(v int) bool {
	k := st.vgs[v].End
	for k < len(st.toks) && k < st.vgs[v].End+6 && st.toks[k].Lower != "that" {
		if st.vgAt[k] >= 0 || st.boundary(k) || st.toks[k].Lower == "," {
			return false
		}
		k++
	}
	if k >= len(st.toks) || st.toks[k].Lower != "that" {
		return false
	}
	for g := v + 1; g < len(st.vgs); g++ {
		ct := st.vgs[g]
		if ct.Start <= k {
			continue
		}
		return ct.Finite && !ct.Negated && ct.Passive && (ct.Lemma == "meet" || ct.Lemma == "answer") &&
			st.withForce(ct.End)
	}
	return false
}

// withForce reports "with" + a phrase naming force after token i: "with
// fire and fury", "with military force", "with a military response" (a
// plain "firm response" names no force).
func (st *sent) withForce(i int) bool {
	if i >= len(st.toks) || st.toks[i].Lower != "with" {
		return false
	}
	for k := i + 1; k < len(st.toks) && k <= i+4; k++ {
		t := st.toks[k]
		if forceAnswers[t.Lemma] || t.Lower == "military" || t.Lower == "armed" {
			return true
		}
		if !isNPModifier(t.Tag) {
			return false
		}
	}
	return false
}

// forceAnswers name force as the answer to a hostile act.
var forceAnswers = set("force", "fire", "fury", "retaliation", "counterattack", "strike", "firepower", "war")
