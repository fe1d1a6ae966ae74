package event

import (
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
)

// nounEvents codes noun-headed events ("Xi's visit to Pyongyang", "talks
// with Tokyo", "a message to Kim") whose light verb did not already code.
func (c *Coder) nounEvents(st *sent, used []bool, dc *docCtx) []candidate {
	var out []candidate
	for i, t := range st.toks {
		if st.owner[i] >= 0 || st.vgAt[i] >= 0 || (t.Tag != "NN" && t.Tag != "NNS") || st.planModifier(i) {
			continue
		}
		during := st.duringNoun(i)
		if !during && (st.afterCodedVerb(i, used) || st.inTemporalPhrase(i) || st.inNounPP(i)) {
			continue
		}
		for _, cp := range c.nouns[t.Lemma] {
			b, ok := st.match(cp, i, false)
			if !ok {
				continue
			}
			if cp.p.Code == NullCode {
				break
			}
			if during && (!strings.HasPrefix(cp.p.Code, "04") || len(b.target.ms) == 0) {
				break // "arrested during a protest", "during the summit": only a meeting or visit with a named partner
			}
			src, lv := c.nounSource(st, i, b)
			if during && len(src.ms) == 0 {
				src, lv = c.duringSource(st, i)
			}
			if lv >= 0 && used[lv] && !during {
				break
			}
			dc.trace("sentence %d: noun %q matched %s (%s) source=%v target=%v", st.index, t.Text, cp.p.Rule(),
				cp.p.Text, names(st, src), names(st, b.target))
			if len(src.ms) == 0 {
				break
			}
			m, tgt := mood{}, b.target
			if lv >= 0 {
				m = c.mood(st, lv)
				if len(tgt.ms) == 0 && len(src.ms) > 1 && mutualVerbs[st.vgs[lv].Lemma] {
					tgt = src // "the two armies exchanged gunfire": each fired on the other
				}
			}
			out = append(out, c.emit(st, cp, i, src, tgt, m, dc)...)
			break
		}
	}
	return out
}

// nounSource finds who performs a noun event: a possessor ("Xi's visit",
// "his message"), a by-phrase, an explicit {S}, or the subject of the
// light verb it is the object of ("held talks"), whose index is returned.
func (c *Coder) nounSource(st *sent, i int, b bind) (role, int) {
	if len(b.source.ms) > 0 {
		return b.source, -1
	}
	k := i - 1
	for k >= 0 && st.owner[k] < 0 && isAdjLike(st.toks[k].Tag) {
		k--
	}
	if k >= 0 && st.toks[k].Tag == "POS" && k > 0 && st.owner[k-1] >= 0 {
		return role{ms: st.group(st.owner[k-1])}, -1
	}
	if k >= 0 && st.owner[k] >= 0 && (st.ments[st.owner[k]].Pronoun || st.toks[k].Tag == "POS") {
		return role{ms: []int{st.owner[k]}}, -1
	}
	for _, k := range []int{i + 1, b.end} { // "the attack by Russian forces", "the arrest of X by Y"
		if k > i && k+1 < len(st.toks) && st.toks[k].Lower == "by" {
			if r := st.object(k + 1); len(r.ms) > 0 {
				return r, -1
			}
		}
	}
	for ; k >= 0 && k >= i-6; k-- {
		if v := st.vgAt[k]; v >= 0 {
			if !lightVerbs[st.vgs[v].Lemma] {
				return role{}, v // "blocked sanctions": the verb, not the noun, says what happened
			}
			return c.subjectFor(st, v, 0), v
		}
		if st.owner[k] >= 0 || st.boundary(k) {
			break
		}
	}
	return role{}, -1
}

func isAdjLike(tag string) bool {
	switch tag {
	case "DT", "JJ", "JJR", "JJS", "CD", "PRP$", "NN", "NNS", "VBN", "VBG", "HYPH":
		return true
	}
	return false
}

// sidesPhrases are subjects that stand for the article's last dyad.
var sidesPhrases = [][]string{{"the", "two", "sides"}, {"both", "sides"}, {"the", "two", "countries"},
	{"the", "two"}, {"the", "two", "men"}, {"the", "regional", "rivals"}, {"the", "two", "rivals"}, {"the", "pair"},
	{"the", "two", "presidents"}, {"the", "two", "delegations"}, {"both", "delegations"},
	{"both", "countries"}, {"the", "two", "leaders"}, {"both", "leaders"}, {"the", "two", "nations"},
	{"the", "two", "governments"}, {"both", "governments"}}

func init() {
	sort.SliceStable(sidesPhrases, func(i, j int) bool { return len(sidesPhrases[i]) > len(sidesPhrases[j]) })
}

// resolveSides turns "the two sides" into a pair mention of the article's
// last dyad.
func (c *Coder) resolveSides(st *sent, dc *docCtx) {
	if len(dc.lastDyad) != 2 {
		return
	}
	for i := range st.toks {
		for _, p := range sidesPhrases {
			end := i + len(p)
			if end > len(st.toks) || !phraseAt(st.toks, i, p) || st.owner[i] >= 0 {
				continue
			}
			if end < len(st.toks) && isNounTag(st.toks[end].Tag) {
				continue // "the two" heading another noun is not the pair
			}
			if end < len(st.toks) && st.owner[end] >= 0 {
				continue
			}
			st.addPair(i, end, dc.lastDyad)
			break
		}
	}
}

// addPair adds two mentions over tokens [a, b) standing for a dyad.
func (st *sent) addPair(a, b int, dyad []actor.Mention) {
	m := len(st.ments)
	for _, d := range dyad {
		d.Start, d.End, d.Type = a, b, "pair"
		st.ments = append(st.ments, d)
	}
	for k := a; k < b; k++ {
		st.owner[k] = m
	}
}

// sidesSubject returns the pair mentions when the words right before token
// i are "the two sides" and the like.
func (st *sent) sidesSubject(i int) (role, bool) {
	k := i - 1
	for k >= 0 && st.toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || st.owner[k] < 0 || st.ments[st.owner[k]].Type != "pair" {
		return role{}, false
	}
	m := st.owner[k]
	return role{ms: []int{m, m + 1}}, true
}

// lightVerbs carry a noun event without changing its meaning: "held
// talks", "paid a visit", "imposed sanctions".
var lightVerbs = set("hold", "have", "make", "pay", "conduct", "begin", "start", "launch", "impose", "announce",
	"send", "give", "deliver", "issue", "extend", "offer", "sign", "reach", "open", "carry", "stage", "host",
	"attend", "join", "resume", "continue", "exchange", "trade", "wrap", "conclude", "complete", "finish", "undertake", "mount",
	"unveil", "approve", "adopt", "introduce", "order", "provide", "pledge", "be", "get", "take", "lead")

// afterCodedVerb reports whether noun i sits in the object phrase of a
// verb that already coded an event ("condemned Iran's seizure of a
// tanker": the condemnation is the event, the seizure its topic).
func (st *sent) afterCodedVerb(i int, used []bool) bool {
	for k := i - 1; k >= 0; k-- {
		if v := st.vgAt[k]; v >= 0 {
			return used[v] && !lightVerbs[st.vgs[v].Lemma]
		}
		if st.boundary(k) || st.toks[k].Lower == ";" {
			return false
		}
	}
	return false
}

// inTemporalPhrase reports a noun inside an "after/before/since/amid ..."
// phrase: "after Pelosi's visit to Taipei" dates the event, it is not one.
func (st *sent) inTemporalPhrase(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		switch st.toks[k].Lower {
		case "after", "before", "since", "amid", "following", "during", "until", "ahead":
			return true
		}
		if st.vgAt[k] >= 0 || st.boundary(k) {
			return false
		}
	}
	return false
}
