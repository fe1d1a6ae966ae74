package event

// answered reports "with a (swift/military) response" after token i.
func (st *sent) answered(i int) bool {
	if i >= len(st.toks) || st.toks[i].Lower != "with" {
		return false
	}
	for k := i + 1; k < len(st.toks) && k <= i+4; k++ {
		if answerNouns[st.toks[k].Lemma] && isNounTag(st.toks[k].Tag) {
			return true
		}
		if !isNPModifier(st.toks[k].Tag) {
			return false
		}
	}
	return false
}

// warPhraseAfter reports "a declaration of war" within a few tokens
// after i in the clause.
func (st *sent) warPhraseAfter(i int) bool {
	for k := i; k < len(st.toks) && k < i+5; k++ {
		for _, p := range warPhrases {
			if k+len(p) <= len(st.toks) && phraseAt(st.toks, k, p) {
				return true
			}
		}
		if st.boundary(k) && st.toks[k].Lower != "as" { // "treated as an act of war"
			return false
		}
	}
	return false
}

// prepAfter returns the index of preposition w within the clause after
// token i, or -1.
func (st *sent) prepAfter(i int, w string) int {
	for k := i; k < len(st.toks) && k < i+10; k++ {
		if st.toks[k].Lower == w {
			return k
		}
		if st.boundary(k) {
			return -1
		}
	}
	return -1
}
