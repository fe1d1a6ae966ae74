package nlp

// VerbGroup is a verb with its auxiliaries, modals, adverbs and negation:
// "did not sign", "will be sent", "has visited", "to meet".
type VerbGroup struct {
	Start, End int    // tokens [Start, End)
	Head       int    // index of the main verb
	Lemma      string // lemma of the main verb
	Modal      string // will, would, may, might, could, should, must, can, shall ("" none)
	Negated    bool   // not, n't, never, no longer
	Passive    bool   // be/get + past participle
	Infinitive bool   // to + verb
	Gerund     bool   // -ing form with no auxiliary ("saying", "noting")
	Participle bool   // past participle with no auxiliary ("led by", "sent to")
	Finite     bool   // has a tense: a finite verb or a modal
}

// IsVerb reports whether a Penn tag is a verb tag.
func IsVerb(tag string) bool { return len(tag) >= 2 && tag[0] == 'V' && tag[1] == 'B' }

// VerbGroups finds the verb groups of a tagged sentence, left to right.
func VerbGroups(toks []Token) []VerbGroup {
	var out []VerbGroup
	for i := 0; i < len(toks); {
		if vg, ok := verbGroupAt(toks, i); ok {
			out = append(out, vg)
			i = vg.End
			continue
		}
		i++
	}
	coordinate(toks, out)
	return out
}

// coordinate gives a bare participle joined by a coordinator to the group
// before it, in the same clause, that group's auxiliary: "were detained
// and later released" and "was passed by parliament but vetoed by" are
// passive, "has frozen assets and seized ships" is perfect.
func coordinate(toks []Token, vgs []VerbGroup) {
	for v := 1; v < len(vgs); v++ {
		g, p := &vgs[v], vgs[v-1]
		bare := toks[g.Head].Tag == "VB" && !g.Finite && !g.Infinitive && !g.Gerund && (p.Infinitive || p.Modal != "")
		if !bare && (!g.Participle || !(p.Passive || p.Finite && toks[p.Head].Tag == "VBN")) {
			continue
		}
		k := g.Start - 1
		for k > p.End && toks[k].Tag == "RB" {
			k--
		}
		if k < p.End || toks[k].Tag != "CC" || !conjunctions[toks[k].Lower] || hasBreak(toks[p.End:k]) {
			continue
		}
		if bare { // "to send troops and cut ties", "would impose sanctions and expel envoys"
			g.Infinitive, g.Finite, g.Modal = p.Infinitive, p.Finite, p.Modal
			continue
		}
		g.Participle, g.Passive, g.Finite, g.Modal = false, p.Passive, p.Finite, p.Modal
	}
}

// verbGroupAt reads a verb group starting at i, if one starts there.
func verbGroupAt(toks []Token, i int) (VerbGroup, bool) {
	vg := VerbGroup{Start: i, Head: -1}
	j := i
	if toks[j].Lower == "to" {
		vg.Infinitive = true
		j++
	}
	for ; j < len(toks); j++ {
		t := &toks[j]
		switch {
		case t.Tag == "MD":
			vg.Modal, vg.Finite = modalLemma(t.Lower), true
		case IsVerb(t.Tag):
			if adjectival(toks, j) {
				if vg.Head >= 0 {
					return vg.finish(toks, j) // "beat detained protesters"
				}
				return vg, false
			}
			vg.Head = j
		case isNegation(t.Lower):
			vg.Negated = true
		case isGroupAdverb(t, toks, j):
		default:
			return vg.finish(toks, j)
		}
	}
	return vg.finish(toks, j)
}

// finish closes a group ending before token end.
func (vg VerbGroup) finish(toks []Token, end int) (VerbGroup, bool) {
	if vg.Head < 0 {
		return vg, false
	}
	for end > vg.Head+1 && !IsVerb(toks[end-1].Tag) {
		end-- // trailing adverbs and negation belong after the head
	}
	vg.End = end
	h := toks[vg.Head]
	vg.Lemma = h.Lemma
	auxBe, auxHave := false, false
	for k := vg.Start; k < vg.Head; k++ {
		switch toks[k].Lemma {
		case "be", "get":
			auxBe = true
		case "have":
			auxHave = true
		}
		if IsVerb(toks[k].Tag) && toks[k].Tag != "VBN" && toks[k].Tag != "VBG" && toks[k].Tag != "VB" {
			vg.Finite = true
		}
	}
	switch h.Tag {
	case "VBD", "VBZ", "VBP":
		vg.Finite = true
	case "VBN":
		vg.Passive = auxBe
		vg.Participle = !auxBe && !auxHave && vg.Modal == ""
	case "VBG":
		vg.Gerund = !vg.Infinitive && vg.Modal == "" && !auxBe && !auxHave && !hasVerbBefore(toks, vg.Start, vg.Head)
	}
	return vg, true
}

// adjectival reports whether a participle at j modifies a following noun
// ("the visiting delegation", "an armed group").
func adjectival(toks []Token, j int) bool {
	t := toks[j].Tag
	if t != "VBG" && t != "VBN" || j == 0 || j+1 >= len(toks) {
		return false
	}
	prev := toks[j-1].Tag
	next := toks[j+1].Tag
	if t == "VBN" && (prev == "VBD" || prev == "VBZ" || prev == "VBP") && !isAux(toks[j-1].Lower) && isNounTag(next) {
		return true // "police beat detained protesters", "freed kidnapped students"
	}
	return (prev == "DT" || prev == "PRP$" || prev == "POS" || prev == "JJ" || prev == "CD") && (next[0] == 'N' || next == "JJ")
}

func isNegation(w string) bool { return w == "not" || w == "n't" || w == "never" }

// isGroupAdverb reports whether token j may sit inside a verb group
// ("has also visited", "will no longer send").
func isGroupAdverb(t *Token, toks []Token, j int) bool {
	if t.Tag != "RB" && t.Tag != "RBR" && t.Lower != "no" && t.Lower != "longer" {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if IsVerb(toks[k].Tag) || toks[k].Tag == "MD" {
			return true
		}
		if toks[k].Tag != "RB" && toks[k].Lower != "longer" && !isNegation(toks[k].Lower) {
			return false
		}
	}
	return false
}

func modalLemma(w string) string {
	switch w {
	case "wo", "'ll":
		return "will"
	case "ca":
		return "can"
	case "'d":
		return "would"
	}
	return w
}

// hasBreak reports whether a span has clause-breaking punctuation or words.
func hasBreak(toks []Token) bool {
	for i := range toks {
		if clauseBreak(&toks[i]) {
			return true
		}
	}
	return false
}

// hasVerbBefore reports whether a verb tag occurs in toks[start:head]; a
// gerund group may start with adverbs only ("deliberately targeting").
func hasVerbBefore(toks []Token, start, head int) bool {
	for k := start; k < head; k++ {
		if IsVerb(toks[k].Tag) {
			return true
		}
	}
	return false
}
