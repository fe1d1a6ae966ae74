package event

import "github.com/dyad-project/dyad/internal/nlp/lemma"

// Aerial attacks: an aircraft subject or an aerial attack noun makes a
// generic attack an aerial one (195).

// aircraftNouns are aerial weapons: as the subject of an attack they make
// it an aerial one (195).
var aircraftNouns = set("warplane", "jet", "drone", "helicopter", "gunship", "bomber", "aircraft", "airplane",
	"plane", "fighter", "uav", "airstrike")

// aerialVerbs are attacks an aircraft subject carries out from the air
// even where no pattern knows the verb without an actor object.
var aerialVerbs = set("strike", "hit", "bomb", "pound", "target", "attack", "raid", "blast")

// aircraftSubject reports a subject headed by an aircraft noun right
// before verb group v ("Israeli warplanes struck", "drones attacked").
func (st *sent) aircraftSubject(v int) bool {
	k := st.vgs[v].Start - 1
	for k >= 0 && st.toks[k].Tag == "RB" {
		k--
	}
	if k < 0 || !isNounTag(st.toks[k].Tag) {
		return false
	}
	return aircraftNouns[lemma.Noun(st.toks[k].Lower)]
}

// aerialModifiers make an attack noun an aerial one: "a drone attack",
// "missile strikes", "an air raid".
var aerialModifiers = set("drone", "air", "aerial", "missile", "rocket", "bombing", "kamikaze")

// aerialObject reports an object noun phrase of verb group v that is an
// aerial attack ("carried out a drone attack on ...").
func (st *sent) aerialObject(v int) bool {
	end := st.vgs[v].End
	if end < len(st.toks) && st.toks[end].Tag == "RP" {
		end++ // "carried out"
	}
	for k := end; k < len(st.toks) && k < end+6; k++ {
		t := st.toks[k]
		if k > end && (t.Lemma == "attack" || t.Lemma == "strike" || t.Lemma == "raid" || t.Lemma == "assault") &&
			aerialModifiers[st.toks[k-1].Lower] {
			return true
		}
		if !isNPModifier(t.Tag) && !isNounTag(t.Tag) || st.owner[k] >= 0 {
			return false
		}
	}
	return false
}

// aerialRule is the rule named for attacks coded by aerialAttack.
var aerialRule = compile(&Pattern{Code: "195", Text: "AIRCRAFT strike|hit|bomb ...", File: "structural", Line: 2})

// aerialize recodes a generic attack (190) whose subject is aircraft as
// an aerial attack (195).
func (st *sent) aerialize(v int, evs []candidate) {
	if len(evs) == 0 || st.vgs[v].Passive || !st.aircraftSubject(v) && !st.aerialObject(v) {
		return
	}
	air := st.aircraftSubject(v)
	for i := range evs {
		if evs[i].code == "190" || air && evs[i].code == "194" { // "bombers pounded": not artillery
			evs[i].code, evs[i].CAMEO, evs[i].extra = "195", "195", evs[i].extra+" (aerial)"
		}
	}
}

// aerialAttack codes an aircraft subject striking when no pattern coded
// the verb ("Turkish drones struck a convoy"): 195, the target from the
// object if it is an actor.
func (c *Coder) aerialAttack(st *sent, v int, dc *docCtx) []candidate {
	vg := st.vgs[v]
	if vg.Passive || vg.Infinitive || vg.Gerund || vg.Participle || !aerialVerbs[lemma.Spelling(vg.Lemma)] || !st.aircraftSubject(v) {
		return nil
	}
	src := c.subjectFor(st, v, 0)
	if len(src.ms) == 0 {
		return nil
	}
	tgt := st.object(vg.End)
	if len(tgt.ms) == 0 {
		tgt, _ = st.looseSlotExcept(vg.End, countries(st, src))
	}
	dc.trace("sentence %d: verb %q with an aircraft subject: aerial attack source=%v target=%v", st.index,
		st.toks[vg.Head].Text, names(st, src), names(st, tgt))
	return c.emit(st, aerialRule, vg.Head, src, tgt, c.mood(st, v), dc)
}
