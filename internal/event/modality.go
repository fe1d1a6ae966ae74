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
}

var (
	intentVerbs = set("plan", "intend", "want", "hope", "seek", "aim", "pledge", "vow", "promise", "offer",
		"propose", "wish", "agree", "prepare", "resolve", "commit", "expect", "vote")
	intentAdjectives = set("willing", "ready", "prepared", "eager", "keen", "determined", "committed", "open")
	rejectVerbs      = set("refuse", "decline", "reject", "balk", "resist")
	threatVerbs      = set("threaten", "warn")
	failVerbs        = set("fail", "neglect", "cease", "stop")
	objectControl    = set("urge", "ask", "call", "press", "push", "pressure", "invite", "encourage", "persuade",
		"tell", "order", "force", "allow", "help", "demand", "appeal", "implore", "request", "require",
		"want", "expect", "advise", "instruct", "authorize", "permit", "compel", "challenge", "dare")
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
	if g := st.wishGovernor(v); g >= 0 {
		m.hypo, m.note = true, " (demanded by "+st.vgs[g].Lemma+")"
	}
	if !vg.Infinitive || depth > 3 {
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
	case len(obj.ms) > 0 && objectControl[gl]:
		m.hypo, m.note = true, " (wanted by another actor: "+gl+")"
	case rejectVerbs[gl]:
		m.conv, m.note = convReject, " (+"+gl+" to)"
	case failVerbs[gl]:
		m.negated = true
	case threatVerbs[gl]:
		m.conv, m.note = convThreat, " (+"+gl+" to)"
	case intentVerbs[gl] || gl == "be" && st.intentAdjective(v):
		m.conv, m.note = convIntent, " (+intent)"
	}
	if m.conv != convNone && gm.negated {
		m.negated = true
	}
	return m
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
			break
		}
	}
	return len(st.toks) > 0 && (st.toks[0].Lower == "if" || st.toks[0].Lower == "unless")
}

func (st *sent) question() bool {
	n := len(st.toks)
	return n > 0 && st.toks[n-1].Lower == "?"
}

// convert maps a code through a governing verb's conversion, falling back
// to the root's general code when the specific one is not in the codebook.
func (c *Coder) convert(code string, m mood) string {
	var to string
	switch m.conv {
	case convIntent:
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

func intentCode(code string) string {
	switch root := code[:2]; root {
	case "04":
		if code == "045" {
			return "039"
		}
		return "036"
	case "05":
		return "032"
	case "06":
		if code == "062" {
			return "0312"
		}
		return "031"
	case "07":
		return "033"
	case "08":
		return "035"
	case "15", "18", "19", "20":
		return "138"
	case "16":
		return "131"
	case "17":
		return "137"
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
	switch code[:2] {
	case "15", "18", "19", "20":
		return "138"
	case "16":
		return "131"
	case "17":
		return "137"
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
		if wishVerbs[gv.Lemma] && !st.crossesClause(gv.End, vg.Start) {
			return g
		}
		return -1
	}
	return -1
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
