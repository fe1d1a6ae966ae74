package event

// A passive clause fronts the verb's object: "Oil sanctions on Venezuela
// were eased by the Biden administration" is "the Biden administration
// eased oil sanctions on Venezuela".

// frontedPassive matches the patterns of passive verb group v against
// its subject phrase as if it followed the verb; the by-phrase is the
// source. Only patterns that name an object word take part ("ease *
// @SANCTION on {T}"): a bare "{T}" is already matched to the subject.
func (c *Coder) frontedPassive(st *sent, v int, pats []*compiled, dc *docCtx) []candidate {
	vg := st.vgs[v]
	start := st.clauseStart(vg.Start)
	if start >= vg.Start {
		return nil
	}
	src := st.byAgent(vg.End)
	if len(src.ms) == 0 {
		return nil
	}
	for _, cp := range pats {
		if cp.p.Code == NullCode || cp.p.Form != "" || len(cp.pre) > 0 || !hasWord(cp) {
			continue
		}
		b := bind{}
		if !st.matchFrom(cp.elems, start, false, &b) || b.end != vg.Start {
			continue
		}
		tgt := b.target
		if len(b.source.ms) > 0 {
			continue
		}
		dc.trace("sentence %d: passive verb %q matched %s (%s) on its fronted object: source=%v target=%v", st.index,
			st.toks[vg.Head].Text, cp.p.Rule(), cp.p.Text, names(st, src), names(st, tgt))
		return c.emit(st, cp, vg.Head, src, tgt, c.mood(st, v), dc)
	}
	return nil
}

// hasWord reports a pattern with a literal word after the verb.
func hasWord(cp *compiled) bool {
	for _, e := range cp.elems {
		if e.kind == ElemWord {
			return true
		}
	}
	return false
}

// clauseStart returns the first token of the clause whose verb starts at
// i: after the last boundary or comma before it.
func (st *sent) clauseStart(i int) int {
	k := i - 1
	for k >= 0 && !st.boundary(k) && st.toks[k].Lower != "," && st.vgAt[k] < 0 {
		k--
	}
	k++
	for k < i && (st.toks[k].Tag == "DT" || st.toks[k].Tag == "CC") {
		k++
	}
	return k
}

// attackNouns name an attack whose nationality adjective is its author:
// "was killed in an Israeli strike", "died in a Russian missile attack".
var attackNouns = set("strike", "strikes", "airstrike", "airstrikes", "attack", "attacks", "raid", "raids",
	"bombardment", "bombing", "shelling", "ambush")

// attackAgent finds the author of an attack a passive victim was hit in:
// "in an Israeli strike on Tehran" gives Israel. It returns the actor
// named as the attack noun's modifier right after "in".
func (st *sent) attackAgent(i int) role {
	for k := i; k+2 < len(st.toks) && k < i+4; k++ {
		if st.toks[k].Lower != "in" {
			continue
		}
		j := k + 1
		for j < len(st.toks) && st.toks[j].Tag == "DT" {
			j++
		}
		m := -1
		if j < len(st.toks) {
			m = st.owner[j]
		}
		if m < 0 {
			return role{}
		}
		e := st.ments[m].End
		for e < len(st.toks) && e <= st.ments[m].End+2 && !attackNouns[st.toks[e].Lower] && aerialModifiers[st.toks[e].Lower] {
			e++
		}
		if e < len(st.toks) && attackNouns[st.toks[e].Lower] {
			return role{ms: st.group(m), noun: e}
		}
		return role{}
	}
	return role{}
}

// attackNounCode is the code of a violent act told as "killed in an X
// strike": strikes and bombings are aerial (195), shelling artillery
// (194), other attacks 190.
func (st *sent) attackNounCode(code string, r role) string {
	if r.noun <= 0 || !violent(code) {
		return code
	}
	switch w := st.toks[r.noun].Lower; {
	case w == "shelling" || w == "bombardment":
		return "194"
	case w == "strike" || w == "strikes" || w == "airstrike" || w == "airstrikes" || w == "bombing" ||
		aerialModifiers[st.toks[r.noun-1].Lower]:
		return "195"
	}
	return "190"
}
