package event

// A crackdown is a government's act: whoever acts on "Iran's crackdown
// on protesters" or "the crackdown on protesters in Belarus" acts toward
// the government that cracked down, not toward its victims or the state
// at large.

// repressionNouns name a state's repression of its own people.
var repressionNouns = set("crackdown", "crackdowns", "repression", "clampdown")

// crackdownGovernment replaces targets that name the owner ("Iran's
// crackdown") or the victims ("crackdown on protesters in Belarus") of a
// crackdown by that state's government.
func (st *sent) crackdownGovernment(r role) role {
	out, copied := r, false
	for i, m := range r.ms {
		mn := st.ments[m]
		if mn.Country == "" || !st.crackdownParty(m) {
			continue
		}
		g := mn
		g.Code, g.Type, g.Members = mn.Country+"GOV", "agent", nil
		st.ments = append(st.ments, g)
		if !copied { // r.ms may be a shared group
			out.ms, copied = append([]int(nil), r.ms...), true
		}
		out.ms[i] = len(st.ments) - 1
	}
	return out
}

// crackdownParty reports a mention that owns a crackdown ("Iran's
// crackdown") or suffers it ("crackdown on protesters").
func (st *sent) crackdownParty(m int) bool {
	mn := st.ments[m]
	if e := mn.End; e+1 < len(st.toks) && st.toks[e].Tag == "POS" {
		for k := e + 1; k < len(st.toks) && k <= e+3; k++ {
			if repressionNouns[st.toks[k].Lower] {
				return true
			}
			if !st.skippable(k) {
				break
			}
		}
	}
	k := mn.Start - 1
	for k >= 0 && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "JJ") && st.owner[k] < 0 {
		k--
	}
	if k < 1 || (st.toks[k].Lower != "on" && st.toks[k].Lower != "against" && st.toks[k].Lower != "of") {
		return false
	}
	return repressionNouns[st.toks[k-1].Lower]
}
