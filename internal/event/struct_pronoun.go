package event

// leaderNouns are single office holders: "the president's residence ...
// demanded his resignation".
var leaderNouns = set("president", "prime", "minister", "premier", "chancellor", "king", "queen", "emperor",
	"leader", "governor", "mayor", "ruler", "dictator", "monarch", "pope", "speaker", "secretary", "chief")

// resolvePossessive links a "his"/"her" that the actor layer left open,
// right after a verb, to the latest person or office holder named before
// it in the sentence ("stormed the president's residence and demanded his
// resignation"): the possessor of the object is the target.
func (s *sent) resolvePossessive(i int) {
	if i == 0 || s.vgAt[i-1] < 0 || i+1 < len(s.toks) && s.owner[i+1] >= 0 {
		return // only the possessor of a verb's object ("demanded his resignation"), not "his American counterpart"
	}
	for m := len(s.ments) - 1; m >= 0; m-- {
		mn := s.ments[m]
		if mn.End > i || mn.Pronoun || mn.Type == "pair" {
			continue
		}
		if mn.Type == "person" || mn.Type == "agent" && leaderNouns[s.toks[mn.End-1].Lower] {
			c := mn
			c.Start, c.End, c.Pronoun = i, i+1, true
			s.owner[i] = len(s.ments)
			s.ments = append(s.ments, c)
			return
		}
	}
}

// clauseSubjectGroup returns the sentence's subject mention for an "it"
// that is itself the subject of a non-restrictive relative clause ("demanded a meeting of
// the Council after the dam's collapse, which it blamed on Moscow": Kyiv
// blamed), or -1: the subject of the main clause stays the topic.
func (s *sent) clauseSubjectGroup(i int) int {
	if i < 2 || i+1 >= len(s.toks) || s.toks[i-1].Lower != "which" || s.toks[i-2].Lower != "," {
		return -1
	}
	if v := s.vgAt[i+1]; v < 0 || !s.vgs[v].Finite {
		return -1
	}
	m := s.owner[0]
	if m < 0 && len(s.toks) > 1 && s.toks[0].Tag == "DT" {
		m = s.owner[1]
	}
	if m < 0 || s.ments[m].Type == "person" || s.ments[m].Type == "pair" || s.ments[m].Country == "" && s.ments[m].Type != "igo" {
		return -1
	}
	return m
}

// appositivePossessives re-points a possessive pronoun that opens a noun
// phrase renamed by an apposition ("urged his host, Xi Jinping, to ...")
// to the apposition's actor: the phrase is Xi, not Scholz's.
func (s *sent) appositivePossessives() {
	for i, t := range s.toks {
		m := s.owner[i]
		if t.Tag != "PRP$" || m < 0 || !s.ments[m].Pronoun {
			continue
		}
		k := i + 1
		for k < len(s.toks) && k <= i+3 && (s.owner[k] < 0 || s.ments[s.owner[k]].Type == "agent") &&
			(isNounTag(s.toks[k].Tag) || isAdjTag(s.toks[k].Tag)) {
			k++ // "his host", "his Chinese counterpart" (a role noun the actor layer took for his own side)
		}
		if k == i+1 || k+1 >= len(s.toks) || s.toks[k].Lower != "," || !isNounTag(s.toks[k-1].Tag) {
			continue
		}
		a := s.owner[k+1]
		if a < 0 || s.ments[a].Pronoun || s.ments[a].Type == "pair" {
			continue
		}
		if e := s.ments[a].End; e < len(s.toks) && s.toks[e].Lower != "," {
			continue // a list ("its neighbours, Iran and Iraq ...") or a new clause, not an apposition
		}
		for j := i; j < k; j++ {
			if o := s.owner[j]; o >= 0 && (j == i || s.ments[o].Start == j) {
				c := s.ments[a]
				c.Start, c.End, c.Pronoun = s.ments[o].Start, s.ments[o].End, true
				s.ments[o] = c
			}
		}
	}
}

// namingVerbs characterise what the main clause acted on: "..., calling it
// a provocation".
var namingVerbs = set("call", "describe", "term", "label", "brand", "dub", "deem", "consider", "hail", "denounce")

// namedObject resolves "it" right after a naming participle ("welcomed the
// restoration of ties, calling it positive") to the main verb's object:
// the mention opening that object, or none when the object is no actor
// (-1, true). It returns ok=false when the shape does not apply.
func (s *sent) namedObject(i int) (int, bool) {
	if i < 2 {
		return -1, false
	}
	v := s.vgAt[i-1]
	if v < 0 || !s.vgs[v].Gerund || !namingVerbs[s.vgs[v].Lemma] || !s.afterComma(s.vgs[v].Start) {
		return -1, false
	}
	g := v - 1
	for g >= 0 && !s.vgs[g].Finite {
		g--
	}
	if g < 0 {
		return -1, false
	}
	k := s.vgs[g].End
	for k < len(s.toks) && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "RB") {
		k++
	}
	if k >= len(s.toks) || s.owner[k] < 0 {
		return -1, true
	}
	if m := s.owner[k]; s.ments[m].Type != "person" && s.ments[m].Type != "pair" {
		return m, true
	}
	return -1, true
}

// reportingSubject resolves an "it" that opens the complement of a
// reporting verb ("X said/announced (...) that it ...") to that verb's
// subject when it is a state or organisation, past groups named in
// between: "The government said in a statement read on state television
// that it had summoned the ambassador" -> the government. -1 otherwise.
func (s *sent) reportingSubject(i int) int {
	if i < 2 || s.toks[i-1].Lower != "that" {
		return -1
	}
	for k := i - 2; k > 0; k-- {
		v := s.vgAt[k]
		if v < 0 {
			continue
		}
		g := s.vgs[v]
		if !g.Finite && (g.Participle || g.Gerund) {
			continue // "a statement quoted by the EU"
		}
		if !g.Finite || !speechVerbs[g.Lemma] {
			return -1 // the nearest verb does not report: keep the usual reading
		}
		m := s.owner[g.Start-1]
		if m < 0 || s.ments[m].Type == "person" || s.ments[m].Type == "pair" || s.ments[m].Pronoun ||
			s.ments[m].Country == "" && s.ments[m].Type != "igo" {
			return -1
		}
		return m
	}
	return -1
}
