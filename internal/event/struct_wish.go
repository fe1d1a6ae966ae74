package event

// droppedWish reports verb group v inside a that-clause of a wish gerund
// that is no verb group of its own because it follows a noun ("took to
// the streets of Caracas demanding that Maduro step down"): the clause
// says what the protesters want, not what happened.
func (st *sent) droppedWish(v int) bool {
	vg := st.vgs[v]
	if vg.Infinitive || vg.Gerund {
		return false
	}
	for k := vg.Start - 1; k > 0; k-- {
		t := st.toks[k]
		if t.Lower == "that" {
			p := st.toks[k-1]
			return p.Tag == "VBG" && st.vgAt[k-1] < 0 && wishVerbs[p.Lemma]
		}
		if t.Lower == "," || t.Lower == ";" || st.vgAt[k] >= 0 || st.boundary(k) {
			return false
		}
	}
	return false
}

// bareInfinitive reports a base-form verb group with no "to", no tense and
// no modal inside the sentence ("help the police fight gangs"): like an
// infinitive, its mood comes from the verb that governs it.
func (st *sent) bareInfinitive(v int) bool {
	vg := st.vgs[v]
	return vg.Start > 0 && !vg.Finite && !vg.Infinitive && vg.Modal == "" && st.toks[vg.Head].Tag == "VB"
}
