package event

import (
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
)

// Violence against people: who was killed and how many decide between
// a killing (1823), an assassination (186) and mass killing (202).

// assassination reports a killing (1823) that is an assassination (186):
// of a named person holding a title ("killed Iran's top general Qassem
// Soleimani"), or of one person by a state's secret agents ("agents shot
// dead an exile").
func (st *sent) assassination(src, tgt *actor.Mention, head int) bool {
	if tgt != nil && tgt.Type == "person" {
		for k := tgt.Start; k < tgt.End; k++ {
			if eliteTitles[st.toks[k].Lower] {
				return true
			}
		}
	}
	return strings.HasSuffix(src.Code, "SPY") && st.singleVictim(head)
}

// eliteTitles mark a person whose killing is an assassination.
var eliteTitles = set("general", "commander", "chief", "leader", "president", "minister", "premier", "governor",
	"colonel", "admiral", "scientist", "candidate", "mayor")

// singleVictim reports a verb whose object is one person: a singular
// noun after a determiner, or a named person ("killed a dissident").
func (st *sent) singleVictim(head int) bool {
	for k := head + 1; k < len(st.toks) && k <= head+6; k++ {
		t := st.toks[k]
		if m := st.owner[k]; m >= 0 && st.ments[m].Type == "person" {
			return true
		}
		switch {
		case t.Tag == "CD" || t.Tag == "NNS" || t.Tag == "NNPS":
			return false
		case t.Tag == "NN" && k+1 < len(st.toks) && !isNounTag(st.toks[k+1].Tag):
			return st.toks[head+1].Tag == "DT" || st.toks[head+1].Tag == "RP" || st.toks[head+1].Lower == "dead"
		case t.Tag == "IN" || t.Lower == ",":
			return false
		}
	}
	return false
}

// attempted returns alt when the verb at head is the complement of an
// attempt ("tried to kill"), else code.
func (st *sent) attempted(head int, code, alt string) string {
	v := st.vgAt[head]
	if v < 0 || !st.vgs[v].Infinitive {
		return code
	}
	if g, _ := st.governor(v); g >= 0 && attemptVerbs[st.vgs[g].Lemma] {
		return alt
	}
	return code
}

var attemptVerbs = set("try", "attempt", "seek", "plot", "conspire")

// allOrgs reports a non-empty role of international organisations only.
func (st *sent) allOrgs(r role) bool {
	for _, m := range r.ms {
		if st.ments[m].Type != "igo" {
			return false
		}
	}
	return len(r.ms) > 0
}

// massKilling reports a killing of civilians counted in hundreds or more
// ("killed more than 400 civilians", "tens of thousands of civilians"):
// mass killing (202).
func (st *sent) massKilling(head int, tgt *actor.Mention) bool {
	if tgt == nil || !strings.HasSuffix(tgt.Code, "CVL") || tgt.Start <= head {
		return false
	}
	for k := head + 1; k < tgt.Start; k++ {
		t := st.toks[k]
		if largeCounts[t.Lower] {
			return true
		}
		if t.Tag == "CD" {
			if n, err := strconv.Atoi(strings.ReplaceAll(t.Lower, ",", "")); err == nil && n >= 100 {
				return true
			}
		}
	}
	return false
}

// largeCounts are number words of a hundred or more.
var largeCounts = set("hundred", "hundreds", "thousand", "thousands", "million", "millions")

// quantityEnd returns the end of a quantity phrase opening a noun phrase
// at i ("more than 400", "at least twenty", "tens of thousands of",
// "dozens of"), or i: a slot may look past it for its actor.
func (st *sent) quantityEnd(i int) int {
	j := i
	switch {
	case j+1 < len(st.toks) && (st.toks[j].Lower == "more" || st.toks[j].Lower == "fewer" || st.toks[j].Lower == "less") && st.toks[j+1].Lower == "than":
		j += 2
	case j+1 < len(st.toks) && st.toks[j].Lower == "at" && (st.toks[j+1].Lower == "least" || st.toks[j+1].Lower == "most"):
		j += 2
	case j+1 < len(st.toks) && st.toks[j].Lower == "up" && st.toks[j+1].Lower == "to":
		j += 2
	case j < len(st.toks) && approxWords[st.toks[j].Lower]:
		j++
	}
	for j < len(st.toks) && (st.toks[j].Tag == "CD" || countNouns[st.toks[j].Lower]) && st.owner[j] < 0 {
		j++
		if j+1 < len(st.toks) && st.toks[j].Lower == "of" && countNouns[st.toks[j-1].Lower] {
			j++ // "tens of thousands of", "dozens of"
		}
	}
	if j == i || j >= len(st.toks) {
		return i
	}
	return j
}

var approxWords = set("some", "about", "around", "nearly", "almost", "over", "roughly", "approximately")

// countNouns count people in a noun phrase ("dozens of", "thousands of").
var countNouns = set("dozens", "scores", "hundreds", "thousands", "tens", "millions", "dozen", "hundred", "thousand",
	"million")

// consequenceTargets gives an attack with no target the victims of its
// consequence clause ("carried out a car bombing at a checkpoint,
// killing twenty Iraqi soldiers": the soldiers were attacked); the
// clause itself is then dropped as the attack's outcome. Civilians
// killed are the toll, not the target.
func (st *sent) consequenceTargets(cs []candidate) {
	for i := range cs {
		if t := cs[i].tgt; t == nil || bare(*t) || strings.HasSuffix(t.Code, "CVL") || !st.consequence(cs, i) {
			continue // "killing twenty people": bystanders, not whom the attack was aimed at
		}
		start := st.vgs[st.vgAt[cs[i].head]].Start
		for j := range cs {
			if j != i && cs[j].tgt == nil && cs[j].head < start && forceRoot(cs[j].code) && cs[j].src.Code == cs[i].src.Code &&
				cs[i].tgt.Code != cs[j].src.Code {
				cs[j].tgt = cs[i].tgt
			}
		}
	}
}

// propertyOwner finds a state agent whose post an attack hit, named in a
// place phrase after the match ending at i: "near an army checkpoint", "at
// a police station" (the army, the police).
func (st *sent) propertyOwner(i int) role {
	for k := i; k+2 < len(st.toks) && k < i+4; k++ {
		w := st.toks[k].Lower
		if w != "near" && w != "at" && w != "outside" && w != "on" {
			continue
		}
		j := k + 1
		for j < len(st.toks) && (st.toks[j].Tag == "DT" || st.toks[j].Tag == "JJ") && st.owner[j] < 0 {
			j++
		}
		m := -1
		if j < len(st.toks) {
			m = st.owner[j]
		}
		if m < 0 || st.ments[m].Type != "agent" {
			return role{}
		}
		e := st.ments[m].End
		if e < len(st.toks) && postNouns[st.toks[e].Lower] {
			return role{ms: []int{m}}
		}
		return role{}
	}
	return role{}
}

// postNouns are posts of armed or police forces.
var postNouns = set("checkpoint", "checkpoints", "base", "bases", "post", "posts", "outpost", "barracks", "convoy",
	"patrol", "station", "headquarters", "compound")
