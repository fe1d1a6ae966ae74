package event

import "github.com/dyad-project/dyad/internal/actor"

// sharedNouns are joint undertakings: "their summit", "their talks".
var sharedNouns = set("summit", "talk", "meeting", "negotiation", "dialogue", "partnership", "alliance", "relation",
	"relationship", "tie", "cooperation", "friendship", "dispute", "rivalry", "feud", "truce", "ceasefire")

// sharedUndertaking makes the events of a compound subject that acts on
// "their summit" / "their talks" relate the members to each other ("Kim
// and Trump cut short their summit", "shook hands at the start of their
// summit"): the undertaking is between them, so a place or no target
// gives way to the partner.
func (st *sent) sharedUndertaking(cs []candidate, dc *docCtx) []candidate {
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
