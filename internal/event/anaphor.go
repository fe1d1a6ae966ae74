package event

import "github.com/dyad-project/dyad/internal/actor"

// histEvent is an event already coded in the article, for event anaphora.
type histEvent struct {
	root string
	src  actor.Mention
}

// eventNouns maps nouns that refer back to an event ("opposed the launch",
// "condemned the attack") to the CAMEO roots of the events they can name;
// "" stands for any root ("the move", "the decision").
var eventNouns = map[string][]string{
	"launch": {"15", "19", "20"}, "test": {"15", "19", "20"}, "firing": {"15", "19"},
	"attack": {"18", "19", "20"}, "strike": {"18", "19", "20"}, "raid": {"18", "19"}, "bombing": {"18", "19", "20"},
	"shelling": {"19"}, "offensive": {"19"}, "invasion": {"19"}, "incursion": {"19"}, "assault": {"18", "19"},
	"killing": {"18", "19", "20"}, "visit": {"04"}, "trip": {"04"}, "seizure": {"17"}, "arrest": {"17"},
	"detention": {"17"}, "execution": {"17", "18"}, "crackdown": {"17"}, "expulsion": {"16", "17"},
	"blockade": {"17", "19"}, "sanctions": {"16"}, "embargo": {"16"}, "tariffs": {"16"},
	"remarks": {"01", "11", "13"}, "comments": {"01", "11", "13"}, "accusations": {"11"}, "threats": {"13"},
	"move": {""}, "decision": {""}, "invitation": {"02", "03", "04"}, "offer": {"03"}, "proposal": {"03"},
	"request": {"02"}, "appeal": {"02"}, "demand": {"10"}, "demands": {"10"}, "ultimatum": {"13"},
}

// anaphorDeterminers open a noun phrase that refers back.
var anaphorDeterminers = set("the", "this", "that", "these", "those", "thursday's", "latest", "last")

// anaphor resolves an object like "the launch" after token i to the source
// of the latest earlier event it can name, when that source is another
// state than the current one; the target is added as a mention.
func (st *sent) anaphor(i int, src role, dc *docCtx) role {
	n, ok := st.eventNounAt(i)
	if !ok || len(src.ms) == 0 {
		return role{}
	}
	self := st.ments[src.ms[0]]
	for k := len(dc.history) - 1; k >= 0; k-- {
		h := dc.history[k]
		if h.src.Code == self.Code || h.src.Country != "" && h.src.Country == self.Country || !rootIn(h.root, eventNouns[st.toks[n].Lemma]) {
			continue
		}
		d := h.src
		d.Start, d.End, d.Type = n, n+1, "pair"
		st.ments = append(st.ments, d)
		return role{ms: []int{len(st.ments) - 1}}
	}
	return role{}
}

// eventNounAt finds "the (adjectives) NOUN" starting at i with an event
// noun head and returns the noun's index.
func (st *sent) eventNounAt(i int) (int, bool) {
	if i >= len(st.toks) || !anaphorDeterminers[st.toks[i].Lower] {
		return 0, false
	}
	for k := i + 1; k < len(st.toks) && k <= i+3; k++ {
		t := st.toks[k]
		if st.owner[k] >= 0 {
			return 0, false
		}
		if _, ok := eventNouns[t.Lemma]; ok && (t.Tag == "NN" || t.Tag == "NNS") {
			if k+1 < len(st.toks) && (st.toks[k+1].Lower == "of" || st.toks[k+1].Lower == "by" || st.owner[k+1] >= 0) {
				return 0, false // "the launch of ..." names its own actor
			}
			return k, true
		}
		if t.Tag != "JJ" && t.Tag != "JJS" && t.Tag != "JJR" && t.Tag != "VBN" && t.Tag != "NN" {
			return 0, false
		}
	}
	return 0, false
}

func rootIn(root string, roots []string) bool {
	for _, r := range roots {
		if r == "" || r == root {
			return true
		}
	}
	return false
}
