package event

// Actors inside a noun phrase that is the object or topic of an event:
// the victim of a harm noun ("the arrest of a Canadian") and the author
// of a rule defied ("in defiance of UN sanctions") are not the event's
// target.

// harmNouns name an act done to a person: its of-object is the victim.
var harmNouns = set("arrest", "arrests", "detention", "detentions", "killing", "killings", "murder", "murders",
	"assassination", "jailing", "execution", "executions", "imprisonment", "abduction", "kidnapping", "poisoning",
	"shooting", "torture", "death", "deaths", "disappearance")

// harmPatient reports an "of" at k after a harm noun: "the killing of a
// Sikh activist".
func (s *sent) harmPatient(k int) bool {
	return k > 0 && s.toks[k].Lower == "of" && s.owner[k-1] < 0 && harmNouns[s.toks[k-1].Lower]
}

// defiedRule reports "in defiance/violation/breach of" at k.
func (s *sent) defiedRule(k int) bool {
	if k+2 >= len(s.toks) || s.toks[k].Lower != "in" || s.toks[k+2].Lower != "of" {
		return false
	}
	switch s.toks[k+1].Lower {
	case "defiance", "violation", "breach", "contravention":
		return true
	}
	return false
}
