package event

import "github.com/dyad-project/dyad/internal/actor"

// Repeated events of one sentence are written once.

// dedupe drops repeated events of one sentence: the same (source, target,
// code) twice, an event without target when the same source has the same
// code with a target, and a second target of the same state for the same
// source and code ("visited Kyiv ... the first trip to Ukraine").
func dedupe(cs []candidate) []candidate {
	out := cs[:0]
	for i, c := range cs {
		if !redundant(cs, i, c) {
			out = append(out, c)
		}
	}
	return out
}

func redundant(cs []candidate, i int, c candidate) bool {
	for j, o := range cs {
		if j == i || o.src.Code != c.src.Code || o.code[:2] != c.code[:2] {
			continue
		}
		switch {
		case c.tgt == nil && o.tgt != nil:
			if sameKind(c.code, o.code) {
				return true
			}
		case c.tgt == nil && o.tgt == nil, c.tgt != nil && o.tgt != nil && sameState(c.tgt, o.tgt):
			if j < i && (o.code == c.code || len(o.code) >= len(c.code)) && !distinctThreats(c.code, o.code) {
				return true
			}
		}
	}
	return false
}

// sameKind reports two codes of one root that may name one event: the
// same 3-digit code, or one of them the root's general code. "Threatened
// force (138) and to cut ties (1313)" are two threats.
func sameKind(a, b string) bool {
	return len(a) < 3 || len(b) < 3 || a[:3] == b[:3] || a[2] == '0' && len(a) == 3 || b[2] == '0' && len(b) == 3
}

// distinctThreats reports two threats of different kinds: "threatened
// to send troops and cut ties" makes two threats against one target,
// where two assaults on one target are usually one event told twice.
func distinctThreats(a, b string) bool {
	return a[:2] == "13" && !sameKind(a, b)
}

// sameState reports two targets that name one state: the same code, or
// the state beside one of its own bodies ("Kyiv" and "Ukraine"); two
// different bodies of a state ("the government and the opposition") stay.
func sameState(a, b *actor.Mention) bool {
	if a.Code == b.Code {
		return true
	}
	return a.Country != "" && a.Country == b.Country && (a.Code == a.Country || b.Code == b.Country)
}
