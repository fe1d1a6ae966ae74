package event

import "github.com/dyad-project/dyad/internal/nlp/lemma"

// Conversions applied to an event by the verb that governs it.
const (
	convNone   = iota
	convIntent // "plans to visit" -> express intent (03x)
	convReject // "refused to meet" -> reject (12x)
	convThreat // "threatened to strike" -> threaten (13x)
)

// mood is how an event is asserted: negated, hypothetical, or converted
// by a governing verb.
type mood struct {
	negated, hypo bool
	conv          int
	note          string // appended to the rule for explanations
	// condThreat marks a stated future act of force with a condition after
	// it ("would strike hard if Hezbollah violated the truce"): a threat.
	condThreat bool
	// agreed marks intent from a decision ("agreed to", "decided to"):
	// deciding on diplomatic cooperation is that cooperation.
	agreed bool
	// decided marks an announced decision ("agreed to", "said they would"):
	// for a cut in relations or a sanction it is the measure itself.
	decided bool
	// gloomy marks a warning about a state of affairs ("warning that
	// efforts to save the deal were faltering"): a pessimistic comment
	// (012), not a threat.
	gloomy bool
	// settle marks intent to sign or reach a peace treaty, deal or
	// settlement: intent to settle the dispute (037).
	settle bool
	// meet marks a generic intent whose infinitive's object is a meeting
	// ("agreed to resume regular visits"): intent to meet (036).
	meet bool
	// force marks a warning that the warned party will be met with force
	// ("warned X that it would be met with fire and fury"): 138.
	force bool
	// wmd marks a threat that names weapons of mass destruction ("threatened
	// to use all means, including nuclear weapons"): 1385.
	wmd bool
}

var (
	intentVerbs = set("plan", "intend", "want", "hope", "seek", "aim", "pledge", "vow", "promise", "offer",
		"propose", "wish", "agree", "prepare", "resolve", "commit", "expect", "vote")
	intentAdjectives = set("willing", "ready", "prepared", "eager", "keen", "determined", "committed", "open")
	rejectVerbs      = set("refuse", "decline", "reject", "balk", "resist")
	threatVerbs      = set("threaten", "warn")
	failVerbs        = set("fail", "neglect", "cease", "stop", "lack")
	objectControl    = set("urge", "ask", "call", "press", "push", "pressure", "invite", "encourage", "persuade",
		"tell", "order", "force", "allow", "help", "demand", "appeal", "implore", "request", "require",
		"want", "expect", "advise", "instruct", "authorize", "permit", "compel", "challenge", "dare", "warn")
	// causeVerbs make their object do what the infinitive says, and it
	// happens: "prompting the president to declare a state of emergency".
	causeVerbs = set("prompt", "spur", "lead", "cause", "drive", "trigger")
	linkVerbs  = set("be", "stand", "remain", "seem", "appear", "look") // "stood ready to", "remained willing to"
	hypoModals = set("may", "might", "could", "would", "should", "can", "must", "ought")
)

// mood works out negation, modality, condition and the conversion that a
// governing verb applies to verb group v.
func (c *Coder) mood(st *sent, v int) mood {
	return c.moodDepth(st, v, 0)
}

func (c *Coder) moodDepth(st *sent, v, depth int) mood {
	vg := st.vgs[v]
	m := mood{negated: vg.Negated, hypo: hypoModals[vg.Modal] || st.conditional(v) || st.question()}
	future := (vg.Modal == "will" || vg.Modal == "would") && !st.conditional(v) && !st.question()
	if g := st.wishGovernor(v); g >= 0 {
		m.hypo, m.note = true, " (demanded by "+st.vgs[g].Lemma+")"
	} else if st.droppedWish(v) {
		m.hypo, m.note = true, " (demanded)"
	}
	if g := st.denyGovernor(v); g >= 0 {
		m.negated, m.note = true, " (denied by "+st.vgs[g].Lemma+")"
	}
	if vg.Modal == "would" && !m.negated && !st.conditional(v) && !st.question() {
		if g := st.reporter(v); g >= 0 {
			m.hypo, m.conv, m.note = false, convIntent, " (stated future: "+st.vgs[g].Lemma+" ... would)" // "said it would reopen": intent
			m.decided = !threatVerbs[st.vgs[g].Lemma]
		}
	}
	if future && !m.negated && st.wishGovernor(v) < 0 && st.conditionAfter(v) {
		m.condThreat = true // "X would strike hard if Y ...": asserted as a threat, said or not
	}
	if vg.Lemma == "warn" && !vg.Infinitive {
		c.warningMood(st, v, &m)
	}
	if threatVerbs[vg.Lemma] || vg.Infinitive {
		m.wmd = st.wmdAfter(vg.End)
	}
	if intentVerbs[lemma.Spelling(vg.Lemma)] && !vg.Infinitive {
		m.meet = st.meetingComplement(v)
	}
	if !vg.Infinitive && !st.bareInfinitive(v) || depth > 3 {
		return m
	}
	g, obj := st.governor(v)
	if g < 0 {
		return m
	}
	gm := c.moodDepth(st, g, depth+1)
	m.negated = m.negated || gm.negated
	m.hypo = m.hypo || gm.hypo
	gl := lemma.Spelling(st.vgs[g].Lemma)
	switch {
	case (len(obj.ms) > 0 || obj.blocked) && objectControl[gl]:
		m.hypo, m.note = true, " (wanted by another actor: "+gl+")"
	case rejectVerbs[gl]:
		m.conv, m.note = convReject, " (+"+gl+" to)"
	case failVerbs[gl]:
		m.negated = true
	case threatVerbs[gl]:
		m.conv, m.note = convThreat, " (+"+gl+" to)"
	case intentVerbs[gl] || linkVerbs[gl] && st.intentAdjective(v):
		m.conv, m.note = convIntent, " (+intent)"
		m.settle = st.peaceObject(vg.End)
		m.agreed = decideVerbs[gl] && !gm.hypo
		m.decided = m.agreed
	}
	if m.conv != convNone && gm.negated {
		m.negated = true
	}
	return m
}

// decideVerbs settle on an act: "agreed to restore relations", "decided
// to recognise Palestine". CAMEO 050/054 count the resumed or initiated
// diplomatic cooperation itself, not a promise of it; a promise to sign
// (057) stays an intent, as the codebook excludes it from 057.
var decideVerbs = set("agree", "decide", "vote")

// reportVerbs introduce a stated decision or plan: "said it would",
// "announced that it would".
var reportVerbs = set("say", "announce", "state", "declare", "confirm", "add", "tell", "insist", "stress",
	"reiterate", "warn", "vow", "pledge", "promise", "decide", "indicate", "signal")

// reporter returns the finite reporting verb whose clause holds verb group
// v ("Sudan said it would reopen the crossing"), or -1.
func (st *sent) reporter(v int) int {
	if v > 0 && st.vgs[v-1].Modal == st.vgs[v].Modal && st.coordinatedVerb(v-1, v) {
		return st.reporter(v - 1) // "said it would seize the tanker and expel diplomats"
	}
	for g := v - 1; g >= 0; g-- {
		gv := st.vgs[g]
		if !gv.Finite {
			continue
		}
		if reportVerbs[lemma.Spelling(gv.Lemma)] && !gv.Negated && !st.crossesClause(gv.End, st.vgs[v].Start) {
			return g
		}
		return -1
	}
	return st.trailingReporter(v)
}

// trailingReporter returns a reporting verb that closes the sentence after
// a comma ("Israel would strike ..., the prime minister said."), or -1.
func (st *sent) trailingReporter(v int) int {
	last := len(st.vgs) - 1
	if last <= v {
		return -1
	}
	g := st.vgs[last]
	if !g.Finite || !reportVerbs[lemma.Spelling(g.Lemma)] || g.Negated {
		return -1
	}
	for k := g.Start - 1; k >= st.vgs[v].End; k-- {
		if st.toks[k].Lower == "," {
			return last
		}
	}
	return -1
}

// conditionAfter reports an "if"/"unless" clause after verb group v in
// its sentence ("would strike hard if Hezbollah violated the truce").
func (st *sent) conditionAfter(v int) bool {
	for k := st.vgs[v].End; k < len(st.toks); k++ {
		switch st.toks[k].Lower {
		case "if", "unless":
			return true
		case ";":
			return false
		}
	}
	return false
}

// intentAdjective reports "is willing to", "are ready to" before the
// infinitive v.
func (st *sent) intentAdjective(v int) bool {
	k := st.vgs[v].Start - 1
	for k >= 0 && st.toks[k].Tag == "RB" {
		k--
	}
	return k >= 0 && intentAdjectives[st.toks[k].Lower]
}

// conditional reports whether verb group v sits under "if"/"unless" in its
// clause or in a sentence opened by one.
func (st *sent) conditional(v int) bool {
	for k := st.vgs[v].Start - 1; k >= 0; k-- {
		w := st.toks[k].Lower
		if w == "if" || w == "unless" || w == "whether" {
			return true
		}
		if g := st.vgAt[k]; g >= 0 && st.vgs[g].Finite {
			if st.coordinatedVerb(g, v) {
				return st.conditional(g) // "if Hezbollah violated the truce or tried to rearm"
			}
			break
		}
	}
	return len(st.toks) > 0 && (st.toks[0].Lower == "if" || st.toks[0].Lower == "unless")
}

// coordinatedVerb reports verb group v joined to the earlier g by "and"
// or "or" with no clause break: they share g's clause.
func (st *sent) coordinatedVerb(g, v int) bool {
	cc := false
	for k := st.vgs[g].End; k < st.vgs[v].Start; k++ {
		switch w := st.toks[k].Lower; {
		case w == "and" || w == "or":
			cc = true
		case w == "," || w == ";" || st.boundary(k):
			return false
		}
	}
	return cc
}

func (st *sent) question() bool {
	n := len(st.toks)
	return n > 0 && st.toks[n-1].Lower == "?"
}

// convert maps a code through a governing verb's conversion, falling back
// to the root's general code when the specific one is not in the codebook.
func (c *Coder) convert(code string, m mood) string {
	if m.gloomy && code == "130" {
		return "012"
	}
	if m.meet && code == "030" {
		return "036"
	}
	if m.force && code == "130" {
		return "138"
	}
	if m.wmd && (code == "130" || code == "138" || m.conv == convThreat && forceRoot(code)) {
		return "1385"
	}
	var to string
	switch m.conv {
	case convIntent:
		if m.agreed && code[:2] == "05" && code != "057" {
			return code
		}
		if m.decided && code[:2] == "16" {
			return code // "agreed to widen sanctions", "said they would impose entry bans": the sanction
		}
		if m.settle && (code == "057" || code[:2] == "04") {
			return "037" // "ready to sign a peace treaty", "agreed to negotiate a peace settlement"
		}
		to = intentCode(code)
	case convReject:
		to = rejectCode(code)
	case convThreat:
		to = threatCode(code)
	default:
		return code
	}
	if _, ok := c.codebook[to]; ok {
		return to
	}
	return to[:2] + "0"
}

// intentSub maps specific material codes to their "express intent"
// counterparts (CAMEO 03x sub-codes).
var intentSub = map[string]string{
	"061": "0311", "062": "0312", "063": "0313", "064": "0314",
	"071": "0331", "072": "0332", "073": "0333", "074": "0334",
	"081": "0351", "0811": "0351", "0812": "0351", "0813": "0351", "0814": "0351",
	"082": "0352", "083": "0341", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344",
	"084": "0353", "0841": "0353", "085": "0354", "086": "0355", "0861": "0355", "0862": "0355", "0863": "0355",
	"087": "0356", "0871": "0356",
	"0872": "0356", "0873": "0356", "0874": "0356", "045": "039", "046": "036", "057": "030",
}

func intentCode(code string) string {
	if to, ok := intentSub[code]; ok {
		return to
	}
	switch root := code[:2]; root {
	case "04":
		return "036"
	case "05":
		return "032"
	case "06":
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	case "15", "16", "17", "18", "19", "20":
		return threatCode(code) // intent to act against someone is a threat
	}
	return code
}

func rejectCode(code string) string {
	switch code[:2] {
	case "04":
		return "125"
	case "06":
		return "121"
	case "07":
		return "122"
	case "08":
		return "124"
	case "03", "05":
		return "120"
	}
	return code
}

func threatCode(code string) string {
	switch {
	case len(code) >= 3 && code[:3] == "162":
		return "1311" // threaten to reduce or stop aid
	case code == "163":
		return "1312" // threaten with sanctions or embargo
	case code == "161":
		return "1313" // threaten to reduce or break relations
	case code == "164":
		return "134" // threaten to halt negotiations
	}
	switch code[:2] {
	case "15", "18", "19", "20":
		return "138"
	case "16":
		return "131"
	case "17":
		return threatCoerce(code)
	case "13":
		return code
	}
	return "130"
}

// wishVerbs govern clauses that state what someone wants, not what
// happened: "demanded that Russia withdraw", "urged that talks resume".
var wishVerbs = set("demand", "insist", "urge", "ask", "request", "call", "want", "propose", "suggest",
	"recommend", "order", "require", "press", "push", "hope", "wish", "pray", "advise", "plead", "appeal")

// wishGovernor returns the verb group whose that-clause (or bare clause)
// contains v when that verb expresses a wish or demand, else -1.
func (st *sent) wishGovernor(v int) int {
	vg := st.vgs[v]
	if vg.Infinitive || vg.Gerund {
		return -1
	}
	for g := v - 1; g >= 0; g-- {
		gv := st.vgs[g]
		if !gv.Finite && !gv.Gerund {
			continue
		}
		if wishVerbs[gv.Lemma] && !st.crossesClause(gv.End, vg.Start) && !st.relativeBetween(gv.End, vg.Start) {
			return g
		}
		return -1
	}
	return -1
}

// relativeBetween reports a relative pronoun between tokens a and b:
// "demanded a meeting after the dam's collapse, which it blamed on
// Moscow" - the blaming is no part of the demand.
func (st *sent) relativeBetween(a, b int) bool {
	for k := a; k < b; k++ {
		switch st.toks[k].Lower {
		case "which", "who", "whom", "whose":
			return true
		}
	}
	return false
}

// crossesClause reports a sentence-level break (";", a coordinating
// conjunction after a comma) between tokens a and b.
func (st *sent) crossesClause(a, b int) bool {
	for k := a; k < b; k++ {
		w := st.toks[k].Lower
		if w == ";" || w == "while" || w == "but" || (w == "," && k+1 < b && st.toks[k+1].Tag == "CC") {
			return true
		}
	}
	return false
}

// conditionSubject returns the subject of the "if"/"unless" clause after
// verb group v when it is an actor other than src: the party a
// conditional use of force is aimed at.
func (st *sent) conditionSubject(v int, src role) role {
	except := countries(st, src)
	for k := st.vgs[v].End; k < len(st.toks); k++ {
		switch st.toks[k].Lower {
		case ";":
			return role{}
		case "if", "unless":
			for j := k + 1; j < len(st.toks) && j <= k+8; j++ {
				if g := st.vgAt[j]; g >= 0 {
					r := st.subject(g)
					if ms := st.without(r.ms, except); len(ms) > 0 {
						return role{ms: ms}
					}
					return role{}
				}
			}
			return role{}
		}
	}
	return role{}
}

// retaliationVerbs name a use of force; said of the future with a
// condition or against a hostile act they threaten it (138).
var retaliationVerbs = set("strike", "hit", "respond", "retaliate", "react", "attack", "punish", "bomb", "crush")

// hostileNouns are acts that force answers: "to any new Israeli strike",
// "Iran's attack would be met with ...".
var hostileNouns = set("attack", "strike", "aggression", "incursion", "provocation", "violation", "escalation",
	"invasion", "intervention", "assault", "offensive", "raid", "action", "move", "act")

// answerNouns are what a hostile act "will be met with".
var answerNouns = set("response", "force", "retaliation", "reply", "answer", "counterattack", "fire", "strike",
	"reaction")

// warPhrases make a stated future a threat of war: "would be considered a
// declaration of war", "would amount to an act of war".
var warPhrases = [][]string{{"declaration", "of", "war"}, {"act", "of", "war"}, {"casus", "belli"}}

// threatRule is the rule named for threats found by statedForce.
var threatRule = compile(&Pattern{Code: "138", Text: "will|would FORCE if / to HOSTILE", File: "structural", Line: 1})

// statedForce codes a threat of force (138) stated as a future, when no
// pattern coded verb group v: "Tehran would respond forcefully to any
// Israeli strike", "would strike hard if Hezbollah violated the truce",
// "Iran's attack will be met with a response", "any intervention would be
// considered a declaration of war" (the last two by whoever said them).
func (c *Coder) statedForce(st *sent, v int, dc *docCtx) []candidate {
	vg := st.vgs[v]
	if vg.Negated || (vg.Modal != "will" && vg.Modal != "would") || st.conditional(v) || st.question() ||
		st.wishGovernor(v) >= 0 || st.denyGovernor(v) >= 0 {
		return nil
	}
	var src, tgt role
	l := lemma.Spelling(vg.Lemma)
	switch {
	case retaliationVerbs[l] && !vg.Passive:
		hostile, ok := st.hostileTarget(vg.End)
		if !ok && !st.conditionAfter(v) {
			return nil
		}
		src, tgt = c.subjectFor(st, v, 0), hostile
		if len(tgt.ms) == 0 {
			tgt = st.object(vg.End)
		}
		if len(tgt.ms) == 0 {
			tgt = st.conditionSubject(v, src)
		}
	case vg.Passive && (l == "meet" || l == "answer") && st.answered(vg.End):
		act, ok := st.hostileSubject(vg.Start)
		if !ok {
			return nil
		}
		src, tgt = c.speaker(st, v), act
	case st.warPhraseAfter(vg.End):
		src, tgt = c.speaker(st, v), role{}
		if k := st.prepAfter(vg.End, "against"); k > 0 {
			tgt = st.object(k + 1)
		}
	default:
		return nil
	}
	if len(src.ms) == 0 {
		return nil
	}
	tgt.ms = st.without(tgt.ms, countries(st, src))
	dc.trace("sentence %d: verb %q: stated future use of force: threat source=%v target=%v", st.index,
		st.toks[vg.Head].Text, names(st, src), names(st, tgt))
	return c.emit(st, threatRule, vg.Head, src, tgt, mood{note: " (stated force: threat)"}, dc)
}

// speaker returns the subject of the reporting verb that states verb
// group v ("the army chief said Iran's attack would be met ...").
func (c *Coder) speaker(st *sent, v int) role {
	if g := st.reporter(v); g >= 0 {
		return c.subjectFor(st, g, 0)
	}
	return role{}
}

// hostileTarget finds "to/against (any) ... HOSTILE" after token i and
// the actor named inside that phrase ("to any new Israeli strike": ISR).
func (st *sent) hostileTarget(i int) (role, bool) {
	for k := i; k < len(st.toks) && k < i+4; k++ {
		w := st.toks[k].Lower
		if w != "to" && w != "against" {
			if st.toks[k].Tag == "RB" || w == "and" || w == "," {
				continue
			}
			return role{}, false
		}
		var r role
		for j := k + 1; j < len(st.toks) && j <= k+6; j++ {
			if m := st.owner[j]; m >= 0 && len(r.ms) == 0 {
				r = role{ms: st.group(m)}
				continue
			}
			t := st.toks[j]
			if (t.Tag == "NN" || t.Tag == "NNS") && hostileNouns[t.Lemma] {
				if j+2 < len(st.toks) && st.toks[j+1].Lower == "by" && len(r.ms) == 0 {
					r = st.object(j + 2)
				}
				return r, true
			}
			if !isNPModifier(t.Tag) {
				break
			}
		}
		return role{}, false
	}
	return role{}, false
}

// hostileSubject finds a subject noun phrase ending before token i whose
// head is a hostile act with an actor in it ("Iran's attack").
func (st *sent) hostileSubject(i int) (role, bool) {
	k := i - 1
	if k < 0 || !hostileNouns[st.toks[k].Lemma] || !isNounTag(st.toks[k].Tag) {
		return role{}, false
	}
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if m := st.owner[j]; m >= 0 {
			return role{ms: st.group(m)}, true
		}
		if !isNPModifier(st.toks[j].Tag) {
			break
		}
	}
	return role{}, false
}
