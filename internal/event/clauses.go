package event

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// dropConsequences is the sentence-level pass over all events found: it
// drops the events of clauses that only restate, describe or result from
// another one (dropClauses), then lets a participle clause inherit its
// partner and a targetless threat its context.
func (st *sent) dropConsequences(cs []candidate, dc *docCtx) []candidate {
	out := st.sharedUndertaking(st.dropClauses(st.mergeThreats(cs, dc), dc), dc)
	st.inheritPartner(out, dc)
	st.threatContext(out, dc)
	return out
}

// dropClauses removes the events of clauses that restate, comment on or
// result from another event of the sentence, among them the casualties of
// an act of force told in a participle clause after it ("shelled the
// town, killing five"): the deaths are the outcome of the coded attack.
func (st *sent) dropClauses(cs []candidate, dc *docCtx) []candidate {
	var drop []bool
	for i := range cs {
		if st.strayRelative(cs[i]) {
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			dc.trace("  %s: relative clause on a noun that is no actor; %s is not its subject", cs[i].code, cs[i].src.Code)
			continue
		}
		if st.ownStateComment(cs[i]) {
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			dc.trace("  %s: participle clause about the source's own state: a comment on the main act", cs[i].code)
			continue
		}
		if st.pairRestates(cs, i) {
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			dc.trace("  %s by the two parties of an earlier event: the same event told again", cs[i].code)
			continue
		}
		if restated(cs, i) || st.sayingRestates(cs, i) {
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			dc.trace("  %s by %s without a target: the same state's event told again", cs[i].code, cs[i].src.Code)
			continue
		}
		if st.consequence(cs, i) {
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			dc.trace("  %s by %s in a participle clause: outcome of the attack before it, not coded", cs[i].code, cs[i].src.Code)
		}
	}
	if drop == nil {
		return cs
	}
	out := cs[:0]
	for i, c := range cs {
		if !drop[i] {
			out = append(out, c)
		}
	}
	return out
}

// consequence reports candidate i as a violent participle clause after a
// comma that follows an act of force coded for the same source.
func (st *sent) consequence(cs []candidate, i int) bool {
	c := cs[i]
	v := st.vgAt[c.head]
	if v < 0 || !st.vgs[v].Gerund || !violent(c.code) || !st.afterComma(st.vgs[v].Start) {
		return false
	}
	for j, o := range cs {
		if j != i && o.head < st.vgs[v].Start && (forceRoot(o.code) || len(o.code) >= 3 && o.code[:3] == "145") &&
			(o.src.Code == c.src.Code || o.src.Country != "" && o.src.Country == c.src.Country) {
			return true
		}
	}
	return false
}

// ownStateComment reports an event of a participle clause after a comma
// whose target is the source's own state as a whole ("recognised
// Jerusalem as Israel's capital, reversing decades of American policy"):
// the clause characterises the main act, it is no act towards anyone.
func (st *sent) ownStateComment(c candidate) bool {
	v := st.vgAt[c.head]
	if v < 0 || !st.vgs[v].Gerund || !st.afterComma(st.vgs[v].Start) || c.src.Country == "" {
		return false
	}
	if c.tgt != nil {
		return c.tgt.Code == c.tgt.Country && c.tgt.Country == c.src.Country
	}
	for k := st.vgs[v].End; k < len(st.toks) && !st.boundary(k) && st.toks[k].Lower != ","; k++ {
		if m := st.owner[k]; m >= 0 { // "reversing years of Saudi policy": the own state, dropped as target
			mn := st.ments[m]
			return mn.Code == mn.Country && mn.Country == c.src.Country
		}
	}
	return false
}

// sayingRestates reports a targetless event i inside the complement of a
// speech gerund after a comma (", saying Ankara was prepared to host
// talks") when the same state's earlier event of the same root has a
// target: the clause explains that event, it is no second one.
func (st *sent) sayingRestates(cs []candidate, i int) bool {
	c := cs[i]
	if c.tgt != nil || c.src.Country == "" || len(c.code) < 2 {
		return false
	}
	g := -1
	for v := st.vgAt[c.head] - 1; v >= 0; v-- {
		if vg := st.vgs[v]; vg.Gerund && speechVerbs[vg.Lemma] && st.afterComma(vg.Start) {
			g = v
			break
		}
	}
	if g < 0 {
		return false
	}
	for _, o := range cs {
		if o.tgt != nil && o.head < st.vgs[g].Start && len(o.code) >= 2 && o.code[:2] == c.code[:2] &&
			o.src.Country == c.src.Country {
			return true
		}
	}
	return false
}

// restated reports a targetless event i that repeats an earlier event of
// the sentence with a target, by the same state under another name
// ("Chinese troops took part in Russia's exercise, the first time China
// had joined the drills").
func restated(cs []candidate, i int) bool {
	c := cs[i]
	if c.tgt != nil || c.src.Country == "" {
		return false
	}
	for _, o := range cs[:i] {
		if o.tgt != nil && o.code == c.code && o.src.Country == c.src.Country && o.head != c.head {
			return true
		}
	}
	return false
}

// strayRelative reports an event of a relative clause whose antecedent
// is a noun that is no actor ("accused China of violating agreements in
// a clash that killed twenty soldiers"): the clause's subject is the
// clash, and a source found beyond that noun phrase is not it. A source
// inside the antecedent phrase ("a Russian strike that killed") stays.
func (st *sent) strayRelative(c candidate) bool {
	v := st.vgAt[c.head]
	if v < 0 || !st.vgs[v].Finite || c.src == nil {
		return false
	}
	k := st.vgs[v].Start - 1
	for k >= 0 && st.toks[k].Tag == "RB" {
		k--
	}
	if k < 1 || !isRelative(st.toks[k].Tag) && st.toks[k].Lower != "that" {
		return false
	}
	a := k - 1
	if st.owner[a] >= 0 || !isNounTag(st.toks[a].Tag) {
		return false
	}
	return c.src.End <= st.phraseStart(a+1) || c.src.Start > k
}

// phraseStart is npStart extended over actor modifiers: the phrase ending
// at token i-1 in "a Hezbollah rocket strike" starts at "a".
func (st *sent) phraseStart(i int) int {
	ns := st.npStart(i)
	for n := 0; n < 3 && ns > 0 && st.owner[ns-1] >= 0; n++ {
		ns = st.npStart(st.ments[st.owner[ns-1]].Start)
	}
	return ns
}

// violent reports codes of assault, fighting and mass violence (18-20).
func violent(code string) bool {
	return len(code) >= 2 && (code[:2] == "18" || code[:2] == "19" || code[:2] == "20")
}

// afterComma reports a comma right before token i (adverbs between).
func (st *sent) afterComma(i int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].Tag == "RB" {
		k--
	}
	return k >= 0 && st.toks[k].Lower == ","
}

// speechGerunds open a participle clause that comments on the main clause:
// "..., calling it a provocation", "..., accusing it of ...".
var speechGerunds = set("call", "say", "accuse", "describe", "insist", "cite", "blame", "brand", "label", "urge",
	"warn", "vow", "claim", "argue", "term", "dismiss", "denounce", "condemn", "stress", "add", "note", "demand",
	"threaten")

// gerundHost returns the finite verb group whose subject a gerund takes:
// the nearest finite verb before it, except that a speech gerund after a
// comma skips verbs of embedded clauses ("Russia denied that its forces
// had shelled the plant, calling the accusations a provocation": Russia
// calls) and of subordinate clauses when the main verb has an actor
// subject ("warned that Russia would pay if it invaded Ukraine,
// threatening sanctions"). With no finite verb before it, the first one
// after it.
func (st *sent) gerundHost(v int) int {
	skip := speechGerunds[st.vgs[v].Lemma] && st.afterComma(st.vgs[v].Start)
	near := -1
	for g := v - 1; g >= 0; g-- {
		if !st.vgs[g].Finite {
			continue
		}
		if near < 0 {
			near = g
		}
		if !skip || !st.embedded(g) && !st.subordinate(g) {
			if g != near && !st.embedded(near) && len(st.subject(g).ms) == 0 {
				return near // "The visit came days after the court issued a warrant, accusing him": the court
			}
			return g
		}
	}
	if near >= 0 {
		return near
	}
	for g := v + 1; g < len(st.vgs); g++ {
		if st.vgs[g].Finite {
			return g
		}
	}
	return -1
}

// subordinate reports finite verb group g opened by a subordinator after
// the group before it ("... would pay a heavy price if it invaded"): a
// clause of the earlier verb.
func (st *sent) subordinate(g int) bool {
	if g == 0 {
		return false
	}
	for k := st.vgs[g-1].End; k < st.vgs[g].Start; k++ {
		switch t := st.toks[k]; {
		case t.Lower == "," || t.Lower == ";" || t.Tag == "CC":
			return false
		case subordinators[t.Lower] && t.Tag == "IN":
			return true
		}
	}
	return false
}

// denyVerbs deny the clause they govern: "denied (that) its forces had
// shelled the plant" states no shelling.
var denyVerbs = set("deny", "refute")

// claimNouns make a rejected or dismissed that-clause a denial: "rejected
// claims that", "dismissed reports that".
var claimNouns = set("claim", "allegation", "report", "accusation", "suggestion", "charge", "assertion", "rumour",
	"rumor", "speculation")

// denyGovernor returns the finite verb group that denies the clause of
// verb group v ("denied that ...", "rejected allegations that ..."), or
// -1. A verb coordinated with the denial ("denied the charge and
// attacked ...") is not in its clause.
func (st *sent) denyGovernor(v int) int {
	vg := st.vgs[v]
	if vg.Infinitive || vg.Gerund || v == 0 {
		return -1
	}
	g := v - 1
	for g >= 0 && !st.vgs[g].Finite {
		g--
	}
	if g < 0 || st.crossesClause(st.vgs[g].End, vg.Start) {
		return -1
	}
	gl := st.vgs[g].Lemma
	claim, that, subj := false, false, false
	for k := st.vgs[g].End; k < vg.Start; k++ {
		t := st.toks[k]
		switch {
		case t.Lower == "that":
			that = true
		case claimNouns[t.Lemma] || claimNouns[t.Lower]:
			claim = true
		case t.Lower == "," || t.Tag == "CC" || t.Lower == ";":
			return -1
		case that || denyVerbs[gl] && !claim:
			subj = subj || t.Tag == "PRP" || isNounTag(t.Tag) || st.owner[k] >= 0
		}
	}
	if !subj || !(denyVerbs[gl] && !claim || claim && that && (denyVerbs[gl] || rejectVerbs[gl] || gl == "dismiss")) {
		return -1
	}
	return g
}

// sendVerbs send their object to do what the infinitive says, and news
// reports it as done: "sent jets to bomb the camps".
var sendVerbs = set("send", "deploy", "dispatch", "scramble", "order", "use", "mobilize", "mobilise")

// intentNouns name a plan whose infinitive is its content, not an aim:
// "signalled their willingness to expand cooperation".
var intentNouns = set("willingness", "readiness", "intention", "plan", "desire", "determination", "commitment",
	"pledge", "promise", "offer", "proposal", "bid", "agreement", "decision", "wish", "resolve", "ability", "attempt",
	"effort", "call", "request", "demand", "ultimatum", "order", "permission", "right", "chance", "opportunity")

// purpose reports an infinitive after a complete verb phrase that states
// its aim: "refused to meet officials to discuss the resort", "travelled
// to Kyiv to press for a ceasefire". The governing verb g has a noun
// phrase between it and the infinitive v that is not a plan noun.
func (st *sent) purpose(g, v int) bool {
	gl := lemma.Spelling(st.vgs[g].Lemma)
	if objectControl[gl] || causeVerbs[gl] || sendVerbs[gl] || linkVerbs[gl] || intentVerbs[gl] || rejectVerbs[gl] ||
		threatVerbs[gl] || failVerbs[gl] {
		return false
	}
	noun := false
	for k := st.vgs[g].End; k < st.vgs[v].Start; k++ {
		noun = noun || isNounTag(st.toks[k].Tag) || st.owner[k] >= 0
	}
	k := st.vgs[v].Start - 1
	return noun && k >= 0 && !intentNouns[st.toks[k].Lemma] && !intentNouns[st.toks[k].Lower]
}

// dropPurposes removes the events of a purpose infinitive whose governing
// verb phrase coded an event: "met Kim to discuss sanctions" is the
// meeting; the discussion is its aim.
func dropPurposes(st *sent, byVG [][]candidate, dc *docCtx) {
	for v, evs := range byVG {
		if len(evs) == 0 || !st.vgs[v].Infinitive {
			continue
		}
		g, _ := st.governor(v)
		switch {
		case g < 0:
		case len(byVG[g]) > 0 && (st.purpose(g, v) || aimInPattern(byVG[g], st.vgs[v].Lemma)):
			dc.trace("  %q states the aim of %q: not coded", st.vgs[v].Lemma, st.vgs[g].Lemma)
			byVG[v] = nil
		case len(byVG[g]) > 0 && st.nounComplement(v):
			dc.trace("  %q is the content of a noun in the phrase of %q: not coded", st.vgs[v].Lemma, st.vgs[g].Lemma)
			byVG[v] = nil
		case st.participleModifier(g):
			dc.trace("  %q describes a noun through %q: not coded", st.vgs[v].Lemma, st.vgs[g].Lemma)
			byVG[v] = nil
		case st.unassertedAim(g, v):
			dc.trace("  %q is the aim of %q, which is not asserted: not coded", st.vgs[v].Lemma, st.vgs[g].Lemma)
			byVG[v] = nil
		}
	}
}

// aimInPattern reports a governing event whose pattern names the
// infinitive as its aim ("send * @TROOPS to {T} * to help"): the pattern
// coded the sending for that aim, and the aim is no event of its own.
func aimInPattern(evs []candidate, l string) bool {
	for _, ev := range evs {
		if ev.pat != nil && strings.Contains(" "+ev.pat.p.Text+" ", " to "+l+" ") {
			return true
		}
	}
	return false
}

// nounComplement reports an infinitive that completes a plan noun right
// before it: "slammed Washington for its decision to send tanks", "gave
// the garrison an ultimatum to surrender", "backed Sweden's bid to join
// NATO". The event is what the noun is about, the topic of the governing
// verb's event, not a second event.
func (st *sent) nounComplement(v int) bool {
	k := st.vgs[v].Start - 1
	if k < 0 || st.owner[k] >= 0 || !isNounTag(st.toks[k].Tag) {
		return false
	}
	return intentNouns[st.toks[k].Lemma] || intentNouns[st.toks[k].Lower]
}

// unassertedAim reports an infinitive of aim after a sending verb that is
// itself only intended, threatened or refused: "pledged to send police
// officers to reinforce the mission" asserts no reinforcement.
func (st *sent) unassertedAim(g, v int) bool {
	if !st.vgs[g].Infinitive || !sendVerbs[lemma.Spelling(st.vgs[g].Lemma)] || !st.purposeShape(g, v) {
		return false
	}
	gg, obj := st.governor(g)
	if gg < 0 {
		return false
	}
	l := lemma.Spelling(st.vgs[gg].Lemma)
	return st.vgs[gg].Negated || intentVerbs[l] || rejectVerbs[l] || threatVerbs[l] || failVerbs[l] ||
		(len(obj.ms) > 0 || obj.blocked) && objectControl[l] || st.vgs[gg].Modal != "" && hypoModals[st.vgs[gg].Modal]
}

// participleModifier reports a participle that modifies the noun right
// before it after the main verb ("supplied Russia with drones used to
// strike cities"): the infinitive under it describes the noun. A
// participle with no finite verb before it is more likely a mistagged
// main verb ("Chad pledged to ...").
func (st *sent) participleModifier(g int) bool {
	vg := st.vgs[g]
	if !vg.Participle || vg.Start == 0 || !st.finiteBefore(vg.Start) {
		return false
	}
	k := vg.Start - 1
	return isNounTag(st.toks[k].Tag) || st.owner[k] >= 0
}

// purposeShape reports a noun phrase between verb groups g and v:
// "send officers to reinforce".
func (st *sent) purposeShape(g, v int) bool {
	for k := st.vgs[g].End; k < st.vgs[v].Start; k++ {
		if isNounTag(st.toks[k].Tag) || st.owner[k] >= 0 {
			return true
		}
	}
	return false
}
