package nlp

// noInfinitiveS makes an -s form tagged as a base verb after "to" the
// plural noun it is: an infinitive is never "talks" ("invited China to
// talks"), "to arms", "to elections".
func noInfinitiveS(toks []Token) {
	for i := 1; i < len(toks); i++ {
		if t := &toks[i]; t.Tag == "VB" && toks[i-1].Lower == "to" && verbForm(t.Lower) == formS {
			t.Tag = "NNS"
		}
	}
}

// pastAdverbs steps back from k over adverbs, not past s: "Officers
// later arrested/VBN dozens" has its subject before "later".
func pastAdverbs(toks []Token, s, k int) int {
	for k > s && toks[k].Tag == "RB" {
		k--
	}
	return k
}

// unchangedPasts are verbs whose past tense is their base form.
var unchangedPasts = map[string]bool{"beat": true, "hit": true, "cut": true, "put": true, "set": true, "shut": true,
	"hurt": true, "cast": true, "spread": true, "burst": true, "quit": true, "shed": true, "split": true}

// unchangedPast makes such a verb tagged as a noun the past tense it is
// when it stands between a subject and its object and a past tense
// coordinated with it follows: "officers in black uniforms beat/NN
// demonstrators with batons and dragged them into vans".
func unchangedPast(toks []Token) {
	for i := 1; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.Tag != "NN" && t.Tag != "JJ" || !unchangedPasts[t.Lower] || determiner(toks[i-1].Tag) ||
			!isNounTag(toks[i-1].Tag) && toks[i-1].Tag != "JJ" || !objectStart(toks[i+1].Tag) {
			continue
		}
		for j := i + 1; j+1 < len(toks); j++ {
			if toks[j].Tag == "CC" && conjunctions[toks[j].Lower] && toks[j+1].Tag == "VBD" {
				t.Tag = "VBD"
			}
			if clauseBreak(&toks[j]) {
				break
			}
		}
	}
}
