package event

// Destinations: a state's own diplomat stands for the state he is posted
// to ("recalled its ambassadors to the United States and Australia").

// diplomatNouns head a mention of one state's envoy to another.
var diplomatNouns = set("ambassador", "ambassadors", "envoy", "envoys", "diplomat", "diplomats", "consul",
	"emissary", "representative")

// postedTo replaces a target that is the source's own diplomat by the
// states he is posted to, named right after it with "to", "in" or
// "from".
func (st *sent) postedTo(src, tgt role) role {
	if len(src.ms) == 0 || len(tgt.ms) != 1 {
		return tgt
	}
	d, s := st.ments[tgt.ms[0]], st.ments[src.ms[0]]
	if d.Country == "" || d.Country != s.Country || !diplomatNouns[st.toks[d.End-1].Lower] || d.End+1 >= len(st.toks) {
		return tgt
	}
	switch st.toks[d.End].Lower {
	case "to", "in", "from":
	default:
		return tgt
	}
	k := d.End + 1
	if st.toks[k].Tag == "DT" {
		k++
	}
	if k >= len(st.toks) || st.owner[k] < 0 {
		return tgt
	}
	if g := st.without(st.group(st.owner[k]), countries(st, src)); len(g) > 0 {
		return role{ms: g}
	}
	return tgt
}
