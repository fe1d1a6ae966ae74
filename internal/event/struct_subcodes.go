package event

// Sub-codes that the object of a governed act decides: intent to settle,
// threats with weapons of mass destruction, threatened coercion.

// threatCoerce maps a threatened coercive act: administrative sanctions
// to their threat sub-codes (132x), seizing or damaging property to a
// plain threat (130: CAMEO has no threat of it, and repression, 137, is
// subjugating dissidents), the rest (arrests, violent repression) to 137.
func threatCoerce(code string) string {
	switch {
	case len(code) >= 3 && code[:3] == "171":
		return "130"
	case code == "172":
		return "132"
	case len(code) == 4 && code[:3] == "172":
		return "132" + code[3:]
	}
	return "137"
}

// peaceObject reports a peace treaty, deal or settlement as the object
// right after token i ("to sign a peace treaty with Azerbaijan", "to
// reach a lasting settlement"), before any clause break.
func (st *sent) peaceObject(i int) bool {
	for k := i; k < len(st.toks) && k < i+5; k++ {
		t := st.toks[k]
		switch {
		case t.Lemma == "settlement" || t.Lower == "peace" && k+1 < len(st.toks) && peaceNouns[st.toks[k+1].Lemma]:
			return true
		case !isNPModifier(t.Tag):
			return false
		}
	}
	return false
}

// peaceNouns head a "peace X" agreement.
var peaceNouns = set("treaty", "deal", "agreement", "accord", "pact", "settlement", "plan")

// wmdAfter reports weapons of mass destruction named in the clause after
// token i: "nuclear weapons", "chemical arms", "a nuclear strike",
// "weapons of mass destruction".
func (st *sent) wmdAfter(i int) bool {
	for k := i; k+1 < len(st.toks) && k < i+15; k++ {
		w, next := st.toks[k].Lower, st.toks[k+1].Lemma
		if w == ";" || w == "." {
			return false
		}
		if (w == "nuclear" || w == "atomic" || w == "chemical" || w == "biological") && wmdHeads[next] ||
			w == "mass" && next == "destruction" {
			return true
		}
	}
	return false
}

// wmdHeads are what "nuclear", "chemical"... name as weapons or their use.
var wmdHeads = set("weapon", "arm", "arsenal", "strike", "attack", "bomb", "warhead", "missile", "option")

// meetingComplement reports an infinitive right after intent verb group v
// whose object is a meeting: "agreed to resume regular visits", "pledged
// to hold annual summits".
func (st *sent) meetingComplement(v int) bool {
	if v+1 >= len(st.vgs) || !st.vgs[v+1].Infinitive || st.vgs[v+1].Start != st.vgs[v].End {
		return false
	}
	for k := st.vgs[v+1].End; k < len(st.toks) && k < st.vgs[v+1].End+4; k++ {
		t := st.toks[k]
		switch {
		case isNounTag(t.Tag) && meetingNouns[t.Lemma]:
			return true
		case !isNPModifier(t.Tag):
			return false
		}
	}
	return false
}

// meetingNouns name meetings of leaders or delegations.
var meetingNouns = set("visit", "talk", "meeting", "summit", "consultation", "dialogue", "negotiation", "exchange")
