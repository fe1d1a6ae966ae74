package event

import (
	"fmt"
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// candidate is an event found in a sentence before it is written out.
type candidate struct {
	src, tgt     *actor.Mention
	code         string
	pat          *compiled
	head         int // verb or noun token
	end          int // token after a verb pattern's match, or 0
	extra        string
	Negated      bool
	Hypothetical bool
	CAMEO        string
}

var sprintf = fmt.Sprintf

// sortSpecific orders patterns most specific first: more words, fewer
// skips, then file order.
func sortSpecific(ps []*compiled) {
	sort.SliceStable(ps, func(i, j int) bool {
		wi, si := weight(ps[i])
		wj, sj := weight(ps[j])
		if wi != wj {
			return wi > wj
		}
		return si < sj
	})
}

func weight(c *compiled) (words, skips int) {
	words = 2 * len(c.pre)
	if c.p.Form != "" {
		words++
	}
	if c.p.Code == NullCode {
		words-- // a pattern that codes nothing yields to a coding one as specific
	}
	if c.p.Mutual {
		words += 2
	}
	for _, e := range c.elems {
		switch e.kind {
		case ElemWord:
			words += 2
		case ElemSkip:
			skips++
		default:
			words++
		}
	}
	return words, skips
}

// codeSentence finds every event of one sentence.
func (c *Coder) codeSentence(st *sent, dc *docCtx) []candidate {
	byVG := make([][]candidate, len(st.vgs))
	used := make([]bool, len(st.vgs))
	for v := range st.vgs {
		byVG[v] = c.verbEvents(st, v, dc)
		if len(byVG[v]) == 0 {
			byVG[v] = c.statedForce(st, v, dc)
		}
		if len(byVG[v]) == 0 {
			byVG[v] = c.aerialAttack(st, v, dc)
		}
		st.aerialize(v, byVG[v])
		used[v] = len(byVG[v]) > 0
	}
	shareTargets(st, byVG)
	dropPurposes(st, byVG, dc) // first: "refused to meet X to discuss" drops "discuss" while "meet" stands
	dropGovernors(st, byVG)
	dropCovered(st, byVG)
	dropNounContents(st, byVG)
	var out []candidate
	for _, evs := range byVG {
		out = append(out, evs...)
	}
	out = append(out, c.nounEvents(st, used, dc)...)
	st.consequenceTargets(out)
	out = dedupe(st.dropConsequences(out, dc))
	for _, ev := range out {
		if !ev.Negated && !ev.Hypothetical && len(ev.code) >= 2 {
			dc.history = append(dc.history, histEvent{root: ev.code[:2], src: *ev.src})
		}
	}
	for k := len(out) - 1; k >= 0; k-- {
		last := out[k]
		if last.code == "045" {
			continue // a mediator is not one of "the two sides"
		}
		if last.tgt != nil && !last.Negated && !last.Hypothetical {
			dc.lastDyad = []actor.Mention{*last.src, *last.tgt}
		}
		break
	}
	return out
}

// verbEvents codes verb group v with the most specific matching pattern.
func (c *Coder) verbEvents(st *sent, v int, dc *docCtx) []candidate {
	vg := st.vgs[v]
	head := lemma.Spelling(vg.Lemma)
	pats := c.verbs[head]
	if vg.Participle {
		return c.mediation(st, v, dc)
	}
	if len(pats) == 0 {
		return nil
	}
	for _, cp := range pats {
		if f := cp.p.Form; f != "" && st.toks[vg.Head].Lower != f {
			continue
		}
		preOK, preMood := st.matchPre(cp.pre, vg.Head)
		if !preOK {
			continue
		}
		b, ok := st.match(cp, vg.Head, vg.Passive)
		if !ok {
			continue
		}
		if cp.p.Code == NullCode {
			dc.trace("sentence %d: verb %q matched %s (%s), which codes nothing", st.index, st.toks[vg.Head].Text,
				cp.p.Rule(), cp.p.Text)
			return nil
		}
		src, tgt := c.verbRoles(st, v, b, dc)
		tgt = st.postedTo(src, tgt) // "recalled its ambassadors to the United States"
		if len(src.ms) == 0 && vg.Passive && len(tgt.ms) > 0 && strings.HasPrefix(cp.p.Code, "15") {
			src, tgt = tgt, role{} // "the army was put on alert": a posture is its holder's own act
		}
		if cp.p.Mutual && len(src.ms) < 2 {
			continue
		}
		dc.trace("sentence %d: verb %q matched %s (%s) source=%v target=%v", st.index, st.toks[vg.Head].Text,
			cp.p.Rule(), cp.p.Text, names(st, src), names(st, tgt))
		if len(src.ms) == 0 {
			dc.trace("  no source actor: no event")
			return nil
		}
		if len(tgt.ms) == 0 && !b.slotted {
			tgt = st.anaphor(b.end, src, dc) // "opposed the launch": whose launch
		}
		if len(tgt.ms) == 0 && forceRoot(cp.p.Code) {
			tgt = st.propertyOwner(b.end) // "detonated a car bomb near an army checkpoint"
		}
		if len(tgt.ms) == 0 && threatVerbs[vg.Lemma] {
			tgt = st.warnedParty(vg.End, src) // "warned that Seoul would ..."
		}
		m := c.mood(st, v)
		if len(b.source.ms) > 0 && m.conv == convReject {
			src, tgt = tgt, src // "refused to accept aid from South Korea": the refuser rejects the giver
		}
		if len(tgt.ms) == 0 && m.condThreat && forceRoot(cp.p.Code) {
			tgt = st.conditionSubject(v, src) // "would strike hard if Hezbollah violated the truce"
		}
		if preMood {
			m.negated, m.hypo = false, false // "did not clash over": the pattern's own code
		}
		out := c.emit(st, cp, vg.Head, src, tgt, m, dc)
		for i := range out {
			out[i].end = b.end
		}
		return out
	}
	if vg.Passive {
		if out := c.frontedPassive(st, v, pats, dc); len(out) > 0 {
			return out
		}
	}
	dc.trace("sentence %d: verb %q (%s): no pattern matched", st.index, st.toks[vg.Head].Text, head)
	return nil
}

// verbRoles decides source and target of a matched verb pattern.
func (c *Coder) verbRoles(st *sent, v int, b bind, dc *docCtx) (src, tgt role) {
	vg := st.vgs[v]
	subj := c.subjectFor(st, v, 0)
	switch {
	case len(b.source.ms) > 0:
		if len(subj.ms) == 0 {
			subj = st.subjectAgent(v) // "the detention of X by Chinese police drew protests from Y"
		}
		return b.source, subj
	case vg.Passive:
		if a := st.byAgent(vg.End); len(a.ms) > 0 {
			return a, subj
		}
		return st.attackAgent(vg.End), subj // "was killed in an Israeli strike"
	case len(b.target.ms) > 0:
		return subj, b.target
	case !b.slotted && !b.wide && st.matchCrossesVerb(vg.Head, b.end):
		return subj, role{} // "blocked roads and demanded the government's resignation": the target is the other verb's
	case !b.slotted && b.end > 0 && st.toks[b.end-1].Lower == "that" && (vg.Lemma == "agree" || vg.Lemma == "concur"):
		return subj, role{} // "agreed that North Korea's launch posed a threat": the clause's actors are its own
	case !b.slotted && b.end > 0 && st.harmPatient(b.end-1):
		return subj, st.byAgent(b.end) // "investigating the killing of an activist": the killer, if named
	case !b.slotted:
		except := countries(st, subj)
		if o := st.object(b.end); len(o.ms) > 0 && len(st.without(o.ms, codes(st, subj))) > 0 && !st.place(o.ms[0]) {
			return subj, o
		}
		if r := st.insideMatch(vg.Head, b.end, subj, codes(st, subj)); len(r.ms) > 0 {
			return subj, r
		}
		r, _ := st.looseSlotExcept(b.end, except)
		if len(r.ms) == 0 && b.wideTarget {
			r = st.wideTarget(b.end, except)
		}
		return subj, r
	}
	return subj, role{}
}

// wideTarget is PETRARCH's target search for wide patterns: the first
// actor later in the verb phrase, across clauses ("allowed that Mordor
// isn't a pleasant place" targets Mordor).
func (st *sent) wideTarget(i int, except map[string]bool) role {
	for k := i; k < len(st.toks) && k < i+12; k++ {
		switch st.toks[k].Lower {
		case ";", ":", "--", "(", ")", ",":
			return role{}
		}
		if m := st.owner[k]; m >= 0 {
			if g := st.without(st.group(m), except); len(g) > 0 && !bare(st.ments[g[0]]) {
				return role{ms: g}
			}
		}
	}
	return role{}
}

// subjectFor finds the subject of verb group v, following control for
// infinitives ("urged China to ...", "agreed to ...") and gerunds.
func (c *Coder) subjectFor(st *sent, v, depth int) role {
	vg := st.vgs[v]
	if r, ok := st.sidesSubject(vg.Start); ok {
		return r
	}
	if depth > 3 {
		return role{}
	}
	switch {
	case vg.Infinitive:
		g, obj := st.governor(v)
		if g < 0 {
			return role{}
		}
		if gl := lemma.Spelling(st.vgs[g].Lemma); (len(obj.ms) > 0 || obj.blocked) && (objectControl[gl] || causeVerbs[gl]) {
			return role{ms: obj.ms} // "urged its allies to impose sanctions": the allies, no coded actor
		}
		return c.subjectFor(st, g, depth+1)
	case vg.Gerund:
		if g := st.gerundHost(v); g >= 0 {
			return c.subjectFor(st, g, depth+1)
		}
		return role{}
	}
	return st.subject(v)
}

// governor finds the verb group an infinitive depends on ("plans to",
// "urged China to", "is willing to") and the actor object between them.
func (st *sent) governor(v int) (int, role) {
	return st.governorDepth(v, 0)
}

// governorDepth is governor; an infinitive coordinated with an earlier
// one ("threatened to send troops and cut ties") shares its governor.
// A noun phrase that is no actor between them ("urged its allies to")
// is returned as a blocked object: someone else is to act.
func (st *sent) governorDepth(v, depth int) (int, role) {
	var obj role
	for k := st.vgs[v].Start - 1; k >= 0 && k >= st.vgs[v].Start-8; k-- {
		if g := st.vgAt[k]; g >= 0 {
			if depth < 3 && g == v-1 && st.coordinatedInfinitive(v) {
				return st.governorDepth(g, depth+1)
			}
			return g, obj
		}
		if m := st.owner[k]; m >= 0 {
			obj = role{ms: st.group(m)}
			k = st.ments[st.group(m)[0]].Start
			continue
		}
		if st.boundary(k) || st.toks[k].Lower == "," {
			return -1, obj
		}
		if t := st.toks[k]; len(obj.ms) == 0 && (t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "PRP" && objectPronouns[t.Lower]) {
			obj.blocked = true
		}
	}
	return -1, obj
}

// negatedOnly are verbs whose 111 patterns code only under negation: "would
// never tolerate the launch" rebukes it, "tolerated the rally" does not.
var negatedOnly = set("tolerate")

// objectPronouns stand for someone else as the object of "urged them to".
var objectPronouns = set("them", "him", "her", "us", "you", "me")

// emit creates the candidates for every source x target pair.
func (c *Coder) emit(st *sent, cp *compiled, head int, src, tgt role, m mood, dc *docCtx) []candidate {
	code := c.convert(cp.p.Code, m)
	refused := m.negated && st.refusedComment(head)
	if refused {
		code, m.negated, m.hypo, m.note = "011", false, false, m.note+" (negated comment)"
	}
	if negatedOnly[st.toks[head].Lemma] && cp.p.Code == "111" {
		if !m.negated {
			return nil // "tolerated the protests" is no rebuke
		}
		m.negated, m.hypo, m.note = false, false, m.note+" (negated: rebuke)"
	}
	if m.condThreat && forceRoot(code) {
		code, m.note, m.hypo = threatCode(code), m.note+" (conditional: threat)", false
	}
	if speechVerbs[st.toks[head].Lemma] && code == "010" && !refused {
		dc.trace("  speech verb coded 010: left to the quote layer") // "claimed responsibility" (015) stays
		return nil
	}
	if code == "150" && len(tgt.ms) == 0 && st.multinational(src) {
		code, tgt = "062", src // "South Korean and American troops began drills": a joint exercise
	}
	code = st.attackNounCode(code, src) // "was killed in an Israeli strike": 195
	code = st.crowdViolence(code, src)  // "protesters attacked police": a riot
	if len(code) >= 2 && code[:2] == "15" {
		if r, show := st.warnedAddressee(head); len(r.ms) > 0 {
			tgt = r // "drills around Taiwan in a warning to Taipei": the addressee
			if show && code == "154" {
				code = "150" // "sent a carrier group in a show of force"
			}
		}
	}
	if code == "040" || code == "044" {
		code = st.meetingCode(code, head, src, tgt)
	}
	if code == "0874" && st.allOrgs(tgt) {
		code = "160" // "withdrew from the WHO": leaving an organisation reduces relations, no retreat
	}
	tgt = st.crackdownGovernment(tgt)
	src, tgt = st.expandMembers(src), st.expandMembers(tgt)
	if len(src.ms) > 1 && len(tgt.ms) > 0 && subsetCodes(st, tgt, src) {
		tgt = src // "Azerbaijani and Armenian forces fought with Armenian artillery": each fought the other
	}
	if len(tgt.ms) == 0 && len(src.ms) > 1 && (cp.p.Mutual || reciprocal[code] || cooperative(code) || mutualVerbs[st.toks[head].Lemma] || st.eachOther(head)) {
		tgt = src // "Biden and Putin met": each met the other
	}
	var out []candidate
	for _, s := range src.ms {
		sm := &st.ments[s]
		if len(tgt.ms) == 0 && sm.Country == "" && sm.Type == "agent" {
			continue // "an official said": no actor, no event
		}
		if len(tgt.ms) == 0 {
			out = append(out, candidate{src: sm, code: code, pat: cp, head: head, Negated: m.negated, Hypothetical: m.hypo})
			continue
		}
		self := true
		for _, t := range tgt.ms {
			tm := &st.ments[t]
			if tm.Code == sm.Code || st.ownAgent(sm, tm) || ownForces(code, sm, tm) {
				continue
			}
			self = false
			out = append(out, candidate{src: sm, tgt: tm, code: code, pat: cp, head: head, Negated: m.negated, Hypothetical: m.hypo})
		}
		if self { // "deployed troops to its border": the event stands, without a target
			out = append(out, candidate{src: sm, code: code, pat: cp, head: head, Negated: m.negated, Hypothetical: m.hypo})
		}
	}
	for i := range out {
		out[i].CAMEO = code
		out[i].extra = m.note
		if (code == "1823" || code == "190") && st.massKilling(head, out[i].tgt) && st.toks[head].Lemma == "kill" {
			out[i].code, out[i].CAMEO, out[i].extra = "202", "202", out[i].extra+" (mass killing)"
		}
		if code == "1823" && st.assassination(out[i].src, out[i].tgt, head) {
			out[i].code, out[i].CAMEO = st.attempted(head, "186", "185"), st.attempted(head, "186", "185")
			out[i].extra += " (targeted killing)"
		}
	}
	return c.reversed(out, cp, m)
}

// ownForces reports a force posture (15x) whose target is the source's
// own state's body: "Russia put troops in its western district on
// alert" readies its own army, no one else.
func ownForces(code string, src, tgt *actor.Mention) bool {
	return len(code) >= 2 && code[:2] == "15" && tgt.Country != "" && tgt.Country == src.Country
}

// refusedComment reports a negated "comment" that is a refusal ("would
// not comment", "did not comment"), CAMEO 011; "has not yet commented"
// only reports an absence.
func (st *sent) refusedComment(head int) bool {
	if st.toks[head].Lemma != "comment" || st.vgAt[head] < 0 {
		return false
	}
	vg := st.vgs[st.vgAt[head]]
	for k := vg.Start; k < vg.Head; k++ {
		if st.toks[k].Lemma == "have" || st.toks[k].Lower == "yet" {
			return false
		}
	}
	return vg.Negated
}

// ownAgent reports a target that is the source's own body through a
// possessive ("Belarus placed its armed forces on alert"). Only "its" and
// "their" name a body of the source: "protesters demanded his resignation"
// targets the person "his" stands for.
func (st *sent) ownAgent(src, tgt *actor.Mention) bool {
	t := st.toks[tgt.Start]
	return tgt.Country != "" && tgt.Country == src.Country && t.Tag == "PRP$" && (t.Lower == "its" || t.Lower == "their")
}

// expandMembers adds a mention for each further code of a multi-code
// actor in r ("the Shire" -> FRO, BIL, SAM).
func (st *sent) expandMembers(r role) role {
	out := r
	for _, m := range r.ms {
		for _, code := range st.ments[m].Members {
			d := st.ments[m]
			d.Code, d.Members = code, nil
			st.ments = append(st.ments, d)
			if len(out.ms) == len(r.ms) {
				out.ms = append([]int(nil), r.ms...)
			}
			out.ms = append(out.ms, len(st.ments)-1)
		}
	}
	return out
}

// multinational reports a role whose actors belong to two or more states.
func (st *sent) multinational(r role) bool {
	first := ""
	for _, m := range r.ms {
		c := st.ments[m].Country
		if c == "" {
			continue
		}
		if first != "" && c != first {
			return true
		}
		first = c
	}
	return false
}

// forceRoot reports codes of material conflict (15-20), which stated as a
// conditional future are threats.
func forceRoot(code string) bool {
	return len(code) >= 2 && code[:2] >= "15" && code[:2] <= "20"
}

// reversed adds the paired reverse event (target -> source) of patterns
// that define one.
func (c *Coder) reversed(out []candidate, cp *compiled, m mood) []candidate {
	rev := cp.p.Reverse
	if rev == "" || m.conv != convNone {
		return out
	}
	n := len(out)
	for i := 0; i < n; i++ {
		ev := out[i]
		if ev.tgt == nil {
			continue
		}
		ev.src, ev.tgt = ev.tgt, ev.src
		ev.code, ev.CAMEO = rev, rev
		out = append(out, ev)
	}
	return out
}

// reciprocal codes relate the members of a compound subject to each other
// when the verb has no object.
var reciprocal = set("019", "030", "031", "032", "036", "040", "041", "044", "046", "050", "057", "060", "061", "062",
	"064", "164")

// cooperative reports codes of the cooperative roots (intent, consult,
// diplomatic and material cooperation, yielding) that two actors do
// together when the verb has no object: "Armenia and Azerbaijan agreed to
// a ceasefire".
func cooperative(code string) bool {
	if code == "045" || code == "039" {
		return false // "brokered by the US and France": co-mediators do not mediate between themselves
	}
	switch code[:2] {
	case "03", "04", "05", "06", "08":
		return true
	}
	return false
}

// mutualVerbs are done by a compound subject to each other: "India and
// Pakistan traded fire", "the two clashed".
var mutualVerbs = set("trade", "exchange", "clash", "skirmish", "fight", "spar", "feud", "swap")

var speechVerbs = set("say", "tell", "add", "state", "note", "remark", "insist", "stress", "reiterate", "claim",
	"write", "declare", "explain", "announce", "report", "quote", "cite", "comment")

func names(st *sent, r role) []string {
	var out []string
	for _, m := range r.ms {
		out = append(out, st.ments[m].Code)
	}
	return out
}

// toEvent writes a candidate out with its codebook data and evidence.
func (c *Coder) toEvent(ev candidate, st *sent, s doc.Sentence, dc *docCtx) doc.Event {
	info := c.codebook[ev.code]
	h := st.toks[ev.head]
	out := doc.Event{Sentence: s.Index, Source: ref(ev.src, st), Target: ref(ev.tgt, st), CAMEO: ev.code,
		Root: info.Root(), PLOVER: info.PLOVER, Goldstein: info.Goldstein, QuadClass: info.QuadClass(),
		Date: dc.date, DocDate: dc.date, Verb: h.Text, VerbStart: s.Start + h.Start, VerbEnd: s.Start + h.End,
		Rule: ev.pat.p.Rule() + ev.extra, Negated: ev.Negated, Hypothetical: ev.Hypothetical,
		Attribution: st.attribution()}
	if out.Root == "" && len(ev.code) >= 2 {
		out.Root = ev.code[:2]
	}
	return out
}

func ref(m *actor.Mention, st *sent) *doc.ActorRef {
	if m == nil {
		return nil
	}
	text := m.Name
	if m.Type != "pair" {
		text = st.text[st.toks[m.Start].Start:st.toks[m.End-1].End]
	}
	return &doc.ActorRef{Text: text, Name: m.Name, Code: m.Code, Country: m.Country}
}

// eachOther reports "each other" / "one another" shortly after token i.
func (st *sent) eachOther(i int) bool {
	for k := i + 1; k+1 < len(st.toks) && k <= i+4; k++ {
		a, b := st.toks[k].Lower, st.toks[k+1].Lower
		if (a == "each" && b == "other") || (a == "one" && b == "another") {
			return true
		}
	}
	return false
}

// subsetCodes reports a role whose actor codes all occur in another.
func subsetCodes(st *sent, sub, of role) bool {
	for _, a := range sub.ms {
		found := false
		for _, b := range of.ms {
			found = found || st.ments[a].Code == st.ments[b].Code
		}
		if !found {
			return false
		}
	}
	return true
}

// codes returns the actor codes of a role.
func codes(st *sent, r role) map[string]bool {
	m := map[string]bool{}
	for _, k := range r.ms {
		m[st.ments[k].Code] = true
	}
	return m
}

// countries returns the states (and codes) of a role's actors.
func countries(st *sent, r role) map[string]bool {
	m := map[string]bool{}
	for _, k := range r.ms {
		if c := st.ments[k].Country; c != "" {
			m[c] = true
		}
		m[st.ments[k].Code] = true
	}
	return m
}

// insideMatch finds an actor inside the words a pattern matched ("expelled
// twenty Russian diplomats" with "expel * @DIPLOMAT"), not in the subject.
func (st *sent) insideMatch(head, end int, subj role, except map[string]bool) role {
	for k := head + 1; k < end; k++ {
		if m := st.owner[k]; m >= 0 && !contains(subj.ms, m) && !except[st.ments[m].Code] && (!st.place(m) || st.possessor(m)) &&
			(!bare(st.ments[m]) || st.ments[m].Code == "CVL") { // "fired on protesters"; not "deployed troops
			return role{ms: st.group(m)}
		}
	}
	return role{}
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// attribution names who a sentence's report comes from: "according to
// KCNA", or a news medium that "said"/"reported" it.
func (st *sent) attribution() string {
	for i := 0; i+2 < len(st.toks); i++ {
		if st.toks[i].Lower == "according" && st.toks[i+1].Lower == "to" {
			if r := st.object(i + 2); len(r.ms) > 0 {
				return st.ments[r.ms[0]].Name
			}
		}
	}
	for v, vg := range st.vgs {
		if !speechVerbs[vg.Lemma] {
			continue
		}
		for _, m := range st.subject(v).ms {
			if mn := st.ments[m]; mn.Type == "media" || len(mn.Code) > 3 && mn.Code[len(mn.Code)-3:] == "MED" {
				return mn.Name
			}
		}
	}
	return ""
}

// bare reports an agent with no state or organisation ("troops",
// "protesters"): it may be an explicit target, never a guessed one.
func bare(m actor.Mention) bool { return m.Type == "agent" && m.Country == "" }
