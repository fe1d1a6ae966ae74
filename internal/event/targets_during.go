package event

// Noun events in adjuncts. README: a noun event inside a prepositional or
// temporal phrase is not coded ("on the eve of his visit", "a price for
// the president's meeting"), but "during a visit to Seoul" reports a
// meeting or visit with a named partner that happened, by the clause's
// subject.

// duringNoun reports a noun at i heading the object of "during": "during
// a visit to Seoul", "during his talks with".
func (st *sent) duringNoun(i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if st.toks[k].Lower == "during" {
			return true
		}
		if st.owner[k] >= 0 && !st.ments[st.owner[k]].Pronoun || !isAdjLike(st.toks[k].Tag) {
			return false
		}
	}
	return false
}

// duringSource is the subject of the finite verb before a "during"
// phrase at noun i ("Biden signed ... during a visit to Seoul").
func (c *Coder) duringSource(st *sent, i int) (role, int) {
	for k := i - 1; k >= 0; k-- {
		if v := st.vgAt[k]; v >= 0 && st.vgs[v].Finite {
			return c.subjectFor(st, v, 0), v
		}
		if st.toks[k].Lower == ";" {
			break
		}
	}
	return role{}, -1
}

// inNounPP reports a noun at i heading the object of a preposition other
// than those a noun event's own phrase uses ("a price for the president's
// meeting", "an inquiry into the killing"): such a noun names a topic or
// circumstance, not an event.
func (st *sent) inNounPP(i int) bool {
	k := st.npStart(i)
	for k > 0 && st.owner[k-1] >= 0 || k > 1 && st.toks[k-1].Tag == "POS" && st.owner[k-2] >= 0 {
		if st.toks[k-1].Tag == "POS" {
			k--
		}
		k = st.npStart(st.ments[st.owner[k-1]].Start) // "for its president's meeting": past the possessor
	}
	p, ok := st.inPP(k)
	if !ok {
		return false
	}
	switch st.toks[p].Lower {
	case "for", "over", "about", "on", "at", "in", "against", "into":
		return true
	}
	return false
}

// planModifier reports an event noun that only modifies a plan ("Kyiv's
// ceasefire plan", "a peace proposal"): a plan is not an event.
func (st *sent) planModifier(i int) bool {
	if i+1 >= len(st.toks) || st.owner[i+1] >= 0 {
		return false
	}
	return planNouns[st.toks[i+1].Lower]
}

// planNouns are proposals rather than acts.
var planNouns = set("plan", "plans", "proposal", "proposals", "initiative", "blueprint", "roadmap", "framework",
	"formula", "draft", "idea", "scheme")
