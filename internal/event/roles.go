package event

// role is what a role search found: mention indexes, or nothing; blocked
// means a non-actor noun phrase holds the role, so nothing else may;
// place means a place holds it ("shelled the outskirts of Gaza City");
// noun is the attack noun a passive's source was found by.
type role struct {
	ms      []int
	blocked bool
	place   bool
	noun    int // attack noun an agent was named by ("in an Israeli strike"), or 0
}

// subject finds the subject of finite verb group v by walking left over
// modifiers, prepositional phrases, appositions and relative pronouns.
func (s *sent) subject(v int) role {
	i := s.vgs[v].Start - 1
	for i >= 0 {
		t := s.toks[i]
		if m := s.owner[i]; m >= 0 {
			if r, ok := s.subjectMention(m); ok {
				return r
			}
			i = s.skipPP(s.ments[m].Start) - 1
			continue
		}
		switch {
		case t.Lower == ")" && s.parenStart(i) >= 0:
			i = s.parenStart(i) - 1 // "the European Union (EU) agreed"
		case s.scareQuote(i, v):
			i-- // Japan would "never tolerate" the launch: the quote is inside the clause
		case t.Lower == "," || t.Lower == "-":
			j, ok := s.skipInterjection(i)
			if !ok {
				return role{}
			}
			i = j
		case t.Tag == "WDT" || t.Tag == "WP" || t.Lower == "that" && i > 0 && s.isNoun(i-1):
			i-- // relative clause: the antecedent is the subject
			if i >= 0 && s.toks[i].Lower == "," {
				i--
			}
		case t.Tag == "CC" && s.firstVerbAfter(i) == v:
			if r := s.sharedSubject(v); len(r.ms) > 0 || r.blocked {
				return r
			}
			i--
		case s.nounInfinitive(i) >= 0:
			i = s.nounInfinitive(i) // "Japan's decision to release water drew ...": the noun's owner
		case s.boundary(i):
			return role{}
		case timeWords[t.Lower] && s.owner[i] < 0:
			i = s.timeStart(i) - 1 // "Le Drian, last week, called ..."
		case t.Tag == "NN" || t.Tag == "NNS" || t.Tag == "NNP" || t.Tag == "NNPS" || t.Tag == "PRP" || t.Tag == "CD":
			if p, ok := s.inPP(i); ok && s.npStart(i+1) <= i {
				i = p - 1
				continue
			}
			if j := s.npStart(i); j > 0 && s.nounInfinitive(j-1) >= 0 {
				i = s.nounInfinitive(j - 1) // the object of "decision to release water"
				continue
			}
			if m, ok := s.modifierActor(i); ok {
				return role{ms: s.group(m)}
			}
			if m, ok := s.conjunctActor(i); ok {
				return role{ms: s.group(m)}
			}
			return role{blocked: true}
		default:
			i--
		}
	}
	return role{}
}

// scareQuote reports whether token i opens a short quoted fragment that
// begins with verb group v and closes within three tokens after it
// (would "never tolerate" the launch), so the clause goes on through it.
func (s *sent) scareQuote(i, v int) bool {
	if t := s.toks[i]; t.Lower != "\"" && t.Lower != "``" || i+1 != s.vgs[v].Start || i == 0 {
		return false
	}
	for k := s.vgs[v].End; k < len(s.toks) && k <= s.vgs[v].End+3; k++ {
		if w := s.toks[k].Lower; w == "\"" || w == "''" {
			return true
		}
	}
	return false
}

// subjectAgent finds the "by" agent inside a noun-event subject of verb
// group v ("the detention of two citizens by Chinese police drew ..."):
// the actor of the act the subject names.
func (s *sent) subjectAgent(v int) role {
	for k := s.vgs[v].Start - 1; k > 0 && k >= s.vgs[v].Start-12; k-- {
		if s.boundary(k) || s.toks[k].Lower == "," {
			break
		}
		if m := s.owner[k]; m >= 0 && s.toks[s.ments[m].Start-1].Lower == "by" {
			return role{ms: s.group(m)}
		}
	}
	return role{}
}

// nounInfinitive returns the index of the noun an infinitive at token
// i completes ("the decision to withdraw", "its plan to build"), or -1.
func (s *sent) nounInfinitive(i int) int {
	v := s.vgAt[i]
	if v < 0 || !s.vgs[v].Infinitive || s.toks[s.vgs[v].Start].Lower != "to" {
		return -1
	}
	k := s.vgs[v].Start - 1
	if k < 0 || s.owner[k] >= 0 || (s.toks[k].Tag != "NN" && s.toks[k].Tag != "NNS") {
		return -1
	}
	return k
}

// subjectMention decides whether mention m (met walking left) is the
// subject: not when it sits in a prepositional phrase or is a possessor.
func (s *sent) subjectMention(m int) (role, bool) {
	mn := s.ments[m]
	if p, pp := s.inPP(mn.Start); pp {
		if s.toks[p].Lower == "of" && p > 0 && quantifiers[s.toks[p-1].Lower] {
			return role{ms: s.group(m)}, true // "thousands of Hong Kong residents marched"
		}
		return role{}, false
	}
	if mn.End < len(s.toks) && s.toks[mn.End].Tag == "POS" && mn.End+1 < len(s.toks) && s.vgAt[mn.End+1] < 0 {
		return role{ms: s.group(m)}, true // "Eriador's death toll has risen": the possessor acts
	}
	g := s.group(m)
	if first := s.ments[g[0]].Start; first > 0 {
		if _, pp := s.inPP(first); pp {
			return role{}, false
		}
	}
	return role{ms: g}, true
}

// skipPP returns the start of the prepositional phrase containing the
// phrase at i (the preposition), or i.
func (s *sent) skipPP(i int) int {
	if p, ok := s.inPP(i); ok {
		return p
	}
	return i
}

// skipInterjection handles a comma met walking left: an apposition or a
// parenthetical (", a Politburo member,", ", led by Liu,") is skipped; a
// comma that closes a fronted phrase ("In July, Beijing ...") ends the
// search. It returns the index to continue from.
func (s *sent) skipInterjection(i int) (int, bool) {
	j := i - 1
	for ; j >= 0 && j >= i-30; j-- {
		if w := s.toks[j].Lower; w == "," || w == "-" {
			break
		}
	}
	if j < 0 || j < i-30 || j < i-14 && !isRelative(s.toks[j+1].Tag) {
		return i - 1, i > 0 && s.toks[i-1].Tag == "RB"
	}
	first := s.toks[j+1]
	if first.Tag == "WP" || first.Tag == "WDT" || first.Tag == "WP$" {
		return j - 1, true // ", which has close ties with Pakistan,"
	}
	for k := j + 1; k < i; k++ {
		if v := s.vgAt[k]; v >= 0 && s.vgs[v].Finite {
			return 0, false
		}
	}
	switch first.Tag {
	case "DT", "VBN", "VBG", "JJ", "IN", "RB", "NNP", "PRP$", "CD", "NN", "NNS":
		return j - 1, true // ", speaking at the palace,", ", leader of the party,"
	}
	return 0, false
}

// warnedParty finds whom a warning is about in the that-clause after
// token i: the first actor of another state than the source, within the
// clause ("warned that Seoul would witness a response", "warned that
// Washington would keep up pressure on Tehran").
func (s *sent) warnedParty(i int, src role) role {
	for n := 0; n < 4 && i < len(s.toks) && s.toks[i].Lower != "that"; n++ {
		if t := s.toks[i]; s.owner[i] >= 0 || t.Tag != "IN" && t.Tag != "RB" && t.Tag != "JJ" && !timeWords[t.Lower] {
			return role{} // "warned late on Sunday that ..."
		}
		i++
	}
	if i >= len(s.toks) || s.toks[i].Lower != "that" || len(src.ms) == 0 {
		return role{}
	}
	self := s.ments[src.ms[0]]
	for k := i + 1; k < len(s.toks) && k <= i+14; k++ {
		if w := s.toks[k].Lower; w == ";" || w == "," && k > i+1 && s.toks[k-1].Tag != "NNP" {
			break
		}
		m := s.owner[k]
		if m < 0 || bare(s.ments[m]) {
			continue
		}
		if mn := s.ments[m]; mn.Code != self.Code && (mn.Country == "" || mn.Country != self.Country) {
			return role{ms: s.group(m)}
		}
		k = s.ments[m].End - 1
	}
	return role{}
}

// isRelative reports a relative pronoun tag (who, which, whose): a long
// relative clause may still stand between a subject and its verb.
func isRelative(tag string) bool { return tag == "WP" || tag == "WDT" || tag == "WP$" }

func (s *sent) isNoun(i int) bool {
	t := s.toks[i].Tag
	return len(t) >= 2 && t[:2] == "NN" || s.owner[i] >= 0
}

// object finds a direct object actor right after token i: determiners and
// modifiers are skipped; a preposition, verb or clause boundary stops.
func (s *sent) object(i int) role {
	end, counted := i+5, false
	for k := i; k < len(s.toks) && k < end; k++ {
		if m := s.owner[k]; m >= 0 {
			if counted && s.ments[m].Type != "agent" {
				return role{blocked: true} // "in dozens of Russian cities": a place
			}
			return role{ms: s.group(m)}
		}
		t := s.toks[k]
		if k == i && t.Tag == "''" {
			end++ // "never tolerate" the launch
			continue
		}
		if !isNPModifier(t.Tag) && t.Tag != "RB" {
			return role{}
		}
		if t.Tag == "NN" || t.Tag == "NNS" {
			if k+1 < len(s.toks) && s.toks[k+1].Tag == "POS" {
				continue
			}
			if countWords[t.Lower] && k+1 < len(s.toks) && s.toks[k+1].Lower == "of" {
				k, end, counted = k+1, k+6, true // "massacred hundreds of civilians": the count's of-object
				continue
			}
			return role{blocked: true}
		}
	}
	return role{}
}

// countWords are nouns that only count the noun phrase after their "of".
var countWords = set("hundreds", "thousands", "dozens", "scores", "millions", "tens", "number", "handful",
	"couple", "majority", "group", "groups")

// byAgent finds "by ACTOR" after token i within the clause (passive agent).
func (s *sent) byAgent(i int) role {
	for k := i; k < len(s.toks) && k < i+10; k++ {
		if k > i && s.boundary(k) {
			break
		}
		if s.toks[k].Lower == "by" {
			return s.object(k + 1)
		}
	}
	return role{}
}

// firstVerbAfter returns the verb group starting within two tokens after
// token i, or -1.
func (s *sent) firstVerbAfter(i int) int {
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if v := s.vgAt[k]; v >= 0 {
			return v
		}
		if s.toks[k].Tag != "RB" {
			return -1
		}
	}
	return -1
}

// sharedSubject is the subject of a coordinated verb phrase: "China and
// Russia blocked the draft and blamed the US" - blamed takes the subject of
// the previous finite verb.
func (s *sent) sharedSubject(v int) role {
	for g := v - 1; g >= 0; g-- {
		if s.vgs[g].Finite && !s.vgs[g].Infinitive && !s.embedded(g) {
			return s.subject(g)
		}
	}
	return role{}
}

// embedded reports whether verb group g opens a that-clause ("warned Li
// that the South regarded it ... and urged China": urged coordinates with
// warned, not with regarded).
func (s *sent) embedded(g int) bool {
	from := 0
	if g > 0 {
		from = s.vgs[g-1].End
	}
	for k := from; k < s.vgs[g].Start; k++ {
		switch s.toks[k].Lower {
		case "that":
			return true
		case ",", "and", "but":
			return false
		}
	}
	// "Saab said 749 people had been arrested and accused ...": a clause
	// right after a speech verb is its complement.
	return g > 0 && s.vgs[g-1].Finite && speechVerbs[s.vgs[g-1].Lemma]
}

// modifierActor finds an actor that modifies the head noun at i inside its
// noun phrase ("the KU basketball team", "Eriador's death toll"): the
// actor stands for the phrase.
func (s *sent) modifierActor(i int) (int, bool) {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if m := s.owner[k]; m >= 0 {
			if _, pp := s.inPP(s.ments[m].Start); pp {
				return 0, false
			}
			return m, true
		}
		switch s.toks[k].Tag {
		case "NN", "NNS", "NNP", "JJ", "POS", "HYPH", "CD":
		default:
			return 0, false
		}
	}
	return 0, false
}

// conjunctActor finds an actor coordinated with the plain noun phrase
// ending at i: "The United States and its allies accused ..." - the allies
// are no actor, the United States is.
func (s *sent) conjunctActor(i int) (int, bool) {
	st := s.npStart(i + 1)
	if st < 2 || s.toks[st-1].Lower != "and" {
		return 0, false
	}
	m := s.owner[st-2]
	if m < 0 || s.ments[m].Type == "pair" {
		return 0, false
	}
	if _, pp := s.inPP(s.ments[m].Start); pp {
		return 0, false
	}
	return m, true
}

// parenStart returns the "(" of a short parenthesis closing at i (an
// acronym or aside without a verb), or -1.
func (s *sent) parenStart(i int) int {
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if s.toks[k].Lower == "(" {
			return k
		}
		if s.vgAt[k] >= 0 || s.toks[k].Lower == ")" {
			return -1
		}
	}
	return -1
}

// timeStart returns the first token of the time phrase ending at i ("last
// week", "on Monday", "earlier this month").
func (s *sent) timeStart(i int) int {
	for i > 0 && timeLead[s.toks[i-1].Lower] {
		i--
	}
	return i
}

// timeWords head time phrases that may sit between a subject and its verb.
var timeWords = set("week", "month", "year", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "morning", "afternoon", "evening", "night", "today", "yesterday", "tonight", "overnight")

// timeLead are the words that open a time phrase.
var timeLead = set("last", "this", "next", "earlier", "later", "on", "late", "early", "the", "same", "previous",
	"past", "that")

// quantifiers head noun phrases whose "of" object is the real actor.
var quantifiers = set("hundreds", "thousands", "dozens", "scores", "millions", "tens", "group", "groups", "number",
	"crowd", "crowds", "members", "supporters", "band", "contingent", "majority", "some", "many", "most", "all",
	"several", "batch", "unit", "units", "team", "squad", "wave", "column", "convoy", "delegation", "detachment")
