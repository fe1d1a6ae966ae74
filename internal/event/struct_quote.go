package event

// quoteSpeakerPronouns are the first-person words a speaker uses for
// himself or his side inside his own quote.
var quoteSpeakerPronouns = set("we", "i")

// resolveQuoteSpeaker links "we"/"I" inside a quotation to its speaker
// named right after it ("“We will continue to work with the United States,”
// Ms Tsai said" -> Tsai) or right before it ("Ms Tsai said: “We ...”").
func (s *sent) resolveQuoteSpeaker() {
	for i := 0; i < len(s.toks); i++ {
		if s.toks[i].Tag != "``" {
			continue
		}
		end := i + 1
		for end < len(s.toks) && s.toks[end].Tag != "''" {
			end++
		}
		if end >= len(s.toks) {
			return
		}
		m := s.speakerAfter(end + 1)
		if m < 0 {
			m = s.speakerBefore(i)
		}
		if m >= 0 {
			s.bindFirstPerson(i+1, end, m)
		}
		i = end
	}
}

// speakerAfter finds "[,] SPEAKER said" or "[,] said SPEAKER" from k.
func (s *sent) speakerAfter(k int) int {
	if k < len(s.toks) && s.toks[k].Tag == "," {
		k++
	}
	if k >= len(s.toks) {
		return -1
	}
	if m := s.owner[k]; m >= 0 {
		e := s.ments[m].End
		if e < len(s.toks) && s.vgAt[e] >= 0 && speechVerbs[s.vgs[s.vgAt[e]].Lemma] {
			return m
		}
		return -1
	}
	if v := s.vgAt[k]; v >= 0 && speechVerbs[s.vgs[v].Lemma] {
		if e := s.vgs[v].End; e < len(s.toks) && s.owner[e] >= 0 {
			return s.owner[e]
		}
	}
	return -1
}

// speakerBefore finds "SPEAKER said[:|,]" right before the opening quote
// at q.
func (s *sent) speakerBefore(q int) int {
	k := q - 1
	if k >= 0 && (s.toks[k].Tag == ":" || s.toks[k].Tag == ",") {
		k--
	}
	if k >= 1 && (s.toks[k].Lower == "reporters" || s.toks[k].Lower == "journalists") {
		k-- // "told reporters:"
	}
	if k < 1 || s.vgAt[k] < 0 || !speechVerbs[s.vgs[s.vgAt[k]].Lemma] {
		return -1
	}
	j := s.vgs[s.vgAt[k]].Start - 1
	if j >= 1 && s.toks[j].Tag == "," {
		j-- // "Kenya's president, William Ruto, said:"
	}
	if j < 0 {
		return -1
	}
	return s.owner[j]
}

// bindFirstPerson adds a copy of mention m over every free "we"/"I" in
// tokens [a, b).
func (s *sent) bindFirstPerson(a, b, m int) {
	for k := a; k < b; k++ {
		if s.owner[k] >= 0 || !quoteSpeakerPronouns[s.toks[k].Lower] {
			continue
		}
		c := s.ments[m]
		c.Start, c.End, c.Pronoun = k, k+1, true
		s.owner[k] = len(s.ments)
		s.ments = append(s.ments, c)
	}
}
