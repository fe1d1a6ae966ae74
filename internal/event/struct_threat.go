package event

// mergeThreats joins a general threat (130) with the specific threat of a
// participle clause that spells it out: "Biden warned that Russia would
// pay a heavy price if it invaded Ukraine, threatening sweeping economic
// sanctions" is one threat, with sanctions (1312), against Russia. The
// general event takes the specific code; the clause's own event goes.
func (st *sent) mergeThreats(cs []candidate, dc *docCtx) []candidate {
	drop := -1
	for j, c := range cs {
		if c.tgt != nil || len(c.code) < 3 || c.code[:2] != "13" || c.code == "130" || c.Negated || c.Hypothetical {
			continue
		}
		v := st.vgAt[c.head]
		if v < 0 || !st.vgs[v].Gerund || !st.afterComma(st.vgs[v].Start) {
			continue
		}
		g := st.gerundHost(v)
		for i, o := range cs {
			if i != j && g >= 0 && st.vgAt[o.head] == g && o.code == "130" && o.src.Code == c.src.Code &&
				!o.Negated && !o.Hypothetical {
				dc.trace("  %s: the participle clause spells out the threat %s; one event", c.code, o.code)
				cs[i].code, drop = c.code, j
				break
			}
		}
		if drop >= 0 {
			break
		}
	}
	if drop < 0 {
		return cs
	}
	return append(cs[:drop], cs[drop+1:]...)
}
