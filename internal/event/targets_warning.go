package event

// A show of force names whom it is meant for: "staged drills around
// Taiwan in a warning to Taipei", "sent a carrier group in a show of
// force aimed at Pyongyang". That party is the target of the posture.

// warningLinks open the phrase naming the addressee of a show of force.
var warningLinks = [][]string{
	{"warning", "to"}, {"warning", "for"}, {"message", "to"}, {"signal", "to"},
	{"show", "of", "force", "aimed", "at"}, {"show", "of", "force", "against"},
	{"show", "of", "force", "directed", "at"}, {"show", "of", "force", "toward"}, {"show", "of", "force", "towards"},
	{"show", "of", "force", "to"},
}

// warnedAddressee finds the actor a force posture at head is a warning
// to, in its clause ("in a warning to Taipei"); showForce reports a
// "show of force" phrase, which makes a deployment a demonstration (150).
func (st *sent) warnedAddressee(head int) (r role, showForce bool) {
	for k := head + 1; k < len(st.toks) && k <= head+20; k++ {
		for _, l := range warningLinks {
			if !st.wordsIs(k, l) {
				continue
			}
			end := k + len(l)
			for j := end; j < len(st.toks) && j <= end+2; j++ {
				if m := st.owner[j]; m >= 0 {
					return role{ms: st.group(m)}, l[0] == "show"
				}
				if !st.skippable(j) {
					break
				}
			}
		}
		if v := st.vgAt[k]; v >= 0 && st.vgs[v].Finite && st.vgs[v].Head != head && !preps[st.toks[k].Lower] || st.toks[k].Lower == ";" {
			break
		}
	}
	return role{}, false
}

// wordsIs reports the lower-cased words ws at token k.
func (st *sent) wordsIs(k int, ws []string) bool {
	if k+len(ws) > len(st.toks) {
		return false
	}
	for i, w := range ws {
		if st.toks[k+i].Lower != w {
			return false
		}
	}
	return true
}
