package event

import "strings"

// explainSentence traces the analysis of one sentence: tokens with tags
// and lemmas, actor mentions and verb groups.
func explainSentence(st *sent, dc *docCtx) {
	var b strings.Builder
	for i, t := range st.toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text + "/" + t.Tag)
		if t.Lemma != "" && t.Lemma != t.Lower {
			b.WriteString("(" + t.Lemma + ")")
		}
	}
	dc.trace("sentence %d: %s", st.index, st.text)
	dc.trace("  tokens: %s", b.String())
	for _, m := range st.ments {
		dc.trace("  actor: %q -> %s (%s, %s)", st.text[st.toks[m.Start].Start:st.toks[m.End-1].End], m.Code, m.Name, m.Type)
	}
	for _, vg := range st.vgs {
		var f []string
		for _, x := range []struct {
			on   bool
			name string
		}{{vg.Negated, "negated"}, {vg.Passive, "passive"}, {vg.Infinitive, "infinitive"}, {vg.Gerund, "gerund"},
			{vg.Participle, "participle"}, {vg.Finite, "finite"}, {vg.Modal != "", "modal " + vg.Modal}} {
			if x.on {
				f = append(f, x.name)
			}
		}
		dc.trace("  verb group: %q lemma %s [%s]", st.text[st.toks[vg.Start].Start:st.toks[vg.End-1].End], vg.Lemma, strings.Join(f, ", "))
	}
}
