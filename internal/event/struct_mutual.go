package event

import (
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
)

// sharedNouns are joint undertakings: "their summit", "their talks".
var sharedNouns = set("summit", "talk", "meeting", "negotiation", "dialogue", "partnership", "alliance", "relation",
	"relationship", "tie", "cooperation", "friendship", "dispute", "rivalry", "feud", "truce", "ceasefire")

// sharedUndertaking makes the events of a compound subject that acts on
// "their summit" / "their talks" relate the members to each other ("Kim
// and Trump cut short their summit", "shook hands at the start of their
// summit"): the undertaking is between them, so a place or no target
// gives way to the partner.
func (st *sent) sharedUndertaking(cs []candidate, dc *docCtx) []candidate {
	if !sharedHead(cs) {
		return cs
	}
	byHead := map[int][]int{}
	for i, c := range cs {
		byHead[c.head] = append(byHead[c.head], i)
	}
	var out []candidate
	done := map[int]bool{}
	for i, c := range cs {
		idx := byHead[c.head]
		if done[c.head] {
			continue
		}
		srcs := distinctSources(cs, idx)
		if len(srcs) < 2 || !st.theirShared(c.head) {
			out = append(out, c)
			continue
		}
		done[c.head] = true
		base := cs[i]
		for _, s := range srcs {
			for _, t := range srcs {
				if s.Code == t.Code || s.Country != "" && s.Country == t.Country {
					continue
				}
				ev := base
				ev.src, ev.tgt = s, t
				out = append(out, ev)
			}
		}
		dc.trace("  %s: compound subject acting on their joint undertaking: each to the other", c.code)
	}
	return out
}

// sharedHead reports two candidates from one verb (the only case
// sharedUndertaking changes), without allocating.
func sharedHead(cs []candidate) bool {
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			if cs[i].head == cs[j].head {
				return true
			}
		}
	}
	return false
}

// distinctSources returns the different sources of the events idx.
func distinctSources(cs []candidate, idx []int) []*actor.Mention {
	var out []*actor.Mention
	for _, i := range idx {
		dup := false
		for _, s := range out {
			dup = dup || s.Code == cs[i].src.Code
		}
		if !dup {
			out = append(out, cs[i].src)
		}
	}
	return out
}

// theirShared reports "their (adjectives) NOUN" with a joint-undertaking
// noun in the clause after verb head h.
func (st *sent) theirShared(h int) bool {
	for k := h + 1; k < len(st.toks) && k < h+15; k++ {
		if k > h+1 && st.boundary(k) {
			return false
		}
		if st.toks[k].Lower != "their" {
			continue
		}
		for j := k + 1; j < len(st.toks) && j <= k+3; j++ {
			if t := st.toks[j]; isNounTag(t.Tag) && sharedNouns[t.Lemma] {
				return true
			}
		}
	}
	return false
}

// sidesInSentence turns "the two leaders" into the two parties named
// before it in the same sentence ("Trump met Xi in Beijing, where the two
// leaders discussed trade"), when exactly two states are in play there;
// the article's last dyad (resolveSides) is for later sentences.
func (st *sent) sidesInSentence() {
	for i := range st.toks {
		for _, p := range sidesPhrases {
			end := i + len(p)
			if end > len(st.toks) || st.owner[i] >= 0 || !phraseAt(st.toks, i, p) {
				continue
			}
			if end < len(st.toks) && (isNounTag(st.toks[end].Tag) || st.owner[end] >= 0) {
				continue
			}
			if a, b, ok := st.twoParties(i); ok {
				st.addPair(i, end, []actor.Mention{st.ments[a], st.ments[b]})
			}
			break
		}
	}
}

// twoParties returns the first mentions of the two states (or
// organisations) named before token i, outside place phrases, when there
// are exactly two.
func (st *sent) twoParties(i int) (int, int, bool) {
	first := map[string]int{}
	var order []string
	for m, mn := range st.ments {
		if mn.End > i || mn.Pronoun || mn.Type == "pair" || bare(mn) || st.place(m) {
			continue
		}
		key := mn.Country
		if key == "" || !strings.HasPrefix(mn.Code, key) {
			key = mn.Code // an organisation's official from a member state is the organisation
		}
		if _, ok := first[key]; !ok {
			first[key] = m
			order = append(order, key)
		}
	}
	if len(order) != 2 {
		return 0, 0, false
	}
	return first[order[0]], first[order[1]], true
}

// pairRestates reports an event whose source is "the two sides" standing
// for the parties of an earlier event of the sentence with the same root:
// "met Xi ..., where the two leaders discussed trade" is the meeting.
func (st *sent) pairRestates(cs []candidate, i int) bool {
	c := cs[i]
	if c.src.Type != "pair" || len(c.code) < 2 {
		return false
	}
	pair := map[string]bool{}
	for _, mn := range st.ments {
		if mn.Type == "pair" && mn.Start == c.src.Start {
			pair[mn.Code] = true
		}
	}
	comment := st.commentClause(c.src.Start)
	for _, o := range cs[:i] {
		if o.head != c.head && o.tgt != nil && len(o.code) >= 2 && (comment || o.code[:2] == c.code[:2]) &&
			pair[o.src.Code] && pair[o.tgt.Code] && o.src.Start != c.src.Start {
			return true
		}
	}
	return false
}

// commentClause reports token i inside an appositive noun phrase after a
// comma that comments on the main event: ", a meeting both sides
// described as constructive". A relative clause (", where the two leaders
// agreed to ...") may report a new event and is no comment here.
func (st *sent) commentClause(i int) bool {
	k := i - 1
	for k >= 0 && st.toks[k].Lower != "," && i-k < 6 {
		k--
	}
	if k < 0 || st.toks[k].Lower != "," {
		return false
	}
	noun := false
	for j := k + 1; j < i; j++ {
		t := st.toks[j]
		switch {
		case isNounTag(t.Tag):
			noun = true
		case t.Tag != "DT" && !isAdjTag(t.Tag):
			return false
		}
	}
	return noun
}

func isAdjTag(t string) bool { return t == "JJ" || t == "JJR" || t == "JJS" }

// pairLeaderNouns head a pair phrase that names the parties' governments ("the
// two leaders", "both governments").
var pairLeaderNouns = set("leaders", "presidents", "governments", "delegations", "ministers", "premiers")

// leaderPairs makes a state standing in "the two leaders" its government:
// after "Moscow agreed to release Indians", "the two leaders discussed
// energy" is RUSGOV and INDGOV, not the people of India.
func (st *sent) leaderPairs() {
	for m := range st.ments {
		mn := &st.ments[m]
		if mn.Type != "pair" || mn.Country == "" || mn.Code != mn.Country || !pairLeaderNouns[st.toks[mn.End-1].Lower] {
			continue
		}
		mn.Code = mn.Country + "GOV"
	}
}
