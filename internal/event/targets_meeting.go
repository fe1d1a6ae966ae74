package event

// Meetings: where two sides meet decides between a meeting (040) and a
// meeting in a third country (044).

// meetingCode recodes a meeting by its place: in a state that is none of
// the participants' it is a third-country meeting (044, "Netanyahu met
// Abbas in Washington"); in a participant's own state it is a plain
// meeting (040, "Xi met Tokayev in Astana on the sidelines of a summit").
// Without a named place the pattern's code stands.
func (st *sent) meetingCode(code string, head int, src, tgt role) string {
	place, ok := st.meetingPlace(head)
	if !ok {
		return code
	}
	if countries(st, src)[place] || countries(st, tgt)[place] {
		return "040"
	}
	return "044"
}

// meetingPlace finds the state of a place named in a locative phrase
// ("in Washington", "in Oman") after the verb at head, within its clause.
func (st *sent) meetingPlace(head int) (string, bool) {
	for k := head + 1; k < len(st.toks) && k <= head+14; k++ {
		if v := st.vgAt[k]; v >= 0 && st.vgs[v].Head != head || st.toks[k].Lower == "," || st.boundary(k) && st.vgAt[k] < 0 {
			return "", false
		}
		m := st.owner[k]
		if m < 0 {
			continue
		}
		mn := st.ments[m]
		p, pp := st.inPP(mn.Start)
		if mn.Type == "state" && pp && (st.toks[p].Lower == "in" || st.toks[p].Lower == "at") && !st.possessor(m) {
			if mn.Country != "" {
				return mn.Country, true
			}
			return mn.Code, true
		}
		k = mn.End - 1
	}
	return "", false
}
