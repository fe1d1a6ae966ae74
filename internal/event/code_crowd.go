package event

import "strings"

// crowdNouns head a civilian crowd whose violence is a riot.
var crowdNouns = set("protesters", "protestors", "demonstrators", "rioters", "crowd", "crowds",
	"mob", "mobs", "supporters", "marchers", "youths")

// crowdViolence recodes a generic attack (190) by a protesting crowd as a
// violent protest (145): "supporters of Khan attacked army buildings",
// "protesters attacked the peacekeepers with rocks". Killings, beatings and
// armed assaults keep their own codes.
func (st *sent) crowdViolence(code string, src role) string {
	if code != "190" || len(src.ms) == 0 {
		return code
	}
	for _, i := range src.ms {
		m := st.ments[i]
		if !strings.HasSuffix(m.Code, "CVL") || !st.crowdHead(m.Start, m.End) {
			return code
		}
	}
	return "145"
}

// crowdHead reports whether the mention's tokens [start, end) name a crowd
// ("Serb protesters", "supporters of Imran Khan").
func (st *sent) crowdHead(start, end int) bool {
	for k := start; k < end && k < len(st.toks); k++ {
		if crowdNouns[st.toks[k].Lower] {
			return true
		}
	}
	return false
}
