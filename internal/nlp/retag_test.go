package nlp

import (
	"strings"
	"testing"
)

// tagged builds tokens from "word/TAG" fields, as the tagger would leave
// them, so each rule is tested apart from the model.
func tagged(s string) []Token {
	var toks []Token
	for _, f := range strings.Fields(s) {
		k := strings.LastIndexByte(f, '/')
		w := f[:k]
		toks = append(toks, Token{Text: w, Lower: strings.ToLower(w), Tag: f[k+1:]})
	}
	return toks
}

func tagsOf(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text + "/" + t.Tag)
	}
	return b.String()
}

// retagCase is one tagged input ("word/TAG ...") and the tags retag must
// leave on it.
type retagCase struct {
	name     string
	in       string
	headline bool
	want     string
}

// checkRetag runs retag over each case and compares the tags.
func checkRetag(t *testing.T, cases []retagCase) {
	t.Helper()
	for _, tt := range cases {
		toks := tagged(tt.in)
		retag(toks, tt.headline)
		if got := tagsOf(toks); got != tt.want {
			t.Errorf("%s:\n\tgot  %s\n\twant %s", tt.name, got, tt.want)
		}
	}
}

func TestRetag(t *testing.T) {
	checkRetag(t, []retagCase{
		{"an -ed adjective between a plural subject and its object is the verb",
			"Dozens/NNS of/IN students/NNS occupied/JJ university/NN buildings/NNS ./.", false,
			"Dozens/NNS of/IN students/NNS occupied/VBD university/NN buildings/NNS ./."},
		{"an -ed adjective before an adjective stays", "Hundreds/NNS of/IN protesters/NNS injured/JJ last/JJ week/NN", false,
			"Hundreds/NNS of/IN protesters/NNS injured/JJ last/JJ week/NN"},
		{"an unchanged past tagged as a noun before a coordinated past", "officers/NNS in/IN black/JJ uniforms/JJ beat/NN demonstrators/NNS and/CC dragged/VBD them/PRP away/RB", false,
			"officers/NNS in/IN black/JJ uniforms/JJ beat/VBD demonstrators/NNS and/CC dragged/VBD them/PRP away/RB"},
		{"a noun 'beat' after a determiner stays", "the/DT beat/NN goes/VBZ on/RP", false, "the/DT beat/NN goes/VBZ on/RP"},
		{"a participle after subject and adverb with no finite verb is the past", "Officers/NNS later/RB arrested/VBN dozens/NNS of/IN demonstrators/NNS", false,
			"Officers/NNS later/RB arrested/VBD dozens/NNS of/IN demonstrators/NNS"},
		{"an -s form after to is a plural noun", "He/PRP invited/VBD China/NNP to/TO talks/VB ./.", false,
			"He/PRP invited/VBD China/NNP to/TO talks/NNS ./."},
		{"a base form ending in s after to stays a verb", "They/PRP agreed/VBD to/TO discuss/VB trade/NN", false,
			"They/PRP agreed/VBD to/TO discuss/VB trade/NN"},
		{"base form tagged past inside a noun phrase", "Pirates/NNS seized/VBD a/DT cargo/NN boat/VBD off/RP Aden/NNP", false,
			"Pirates/NNS seized/VBD a/DT cargo/NN boat/NN off/RP Aden/NNP"},
		{"base form tagged past after a plural subject", "Riot/NN police/NN clear/VBD the/DT square/NN", true,
			"Riot/NN police/NN clear/VBP the/DT square/NN"},
		{"past form of the same spelling stays", "The/DT army/NN cut/VBD the/DT road/NN", false,
			"The/DT army/NN cut/VBD the/DT road/NN"},
		{"-s form before a past tense is a noun", "Somali/NNP bandits/VBZ kidnapped/VBD two/CD nurses/NNS", false,
			"Somali/NNP bandits/NNS kidnapped/VBD two/CD nurses/NNS"},
		{"participle before a preposition in a verbless clause", "Thai/NNP and/CC Lao/NNP troops/NNS fought/VBN along/IN the/DT river/NN", false,
			"Thai/NNP and/CC Lao/NNP troops/NNS fought/VBD along/IN the/DT river/NN"},
		{"participle before an adverb and a preposition", "Iran/NNP 's/POS minister/NN negotiated/VBN late/RB into/IN the/DT night/NN", false,
			"Iran/NNP 's/POS minister/NN negotiated/VBD late/RB into/IN the/DT night/NN"},
		{"participle before a particle", "The/DT rebels/NNS handed/VBN over/RP twelve/CD hostages/NNS", false,
			"The/DT rebels/NNS handed/VBD over/RP twelve/CD hostages/NNS"},
		{"participle before by stays after an adverb", "Two/CD soldiers/NNS killed/VBN overnight/RB by/IN a/DT mine/NN", false,
			"Two/CD soldiers/NNS killed/VBN overnight/RB by/IN a/DT mine/NN"},
		{"-s form before a participle after a name is a noun", "FARC/NNP rebels/VBZ handed/VBN over/RP six/CD soldiers/NNS", false,
			"FARC/NNP rebels/NNS handed/VBD over/RP six/CD soldiers/NNS"},
		{"linking -s verb before a participle stays", "Russia/NNP appears/VBZ weakened/VBN", false,
			"Russia/NNP appears/VBZ weakened/VBN"},
		{"name after to tagged as a verb", "Germany/NNP delivered/VBD tanks/NNS to/TO Ukraine/VB", false,
			"Germany/NNP delivered/VBD tanks/NNS to/TO Ukraine/NNP"},
		{"nationality and surname tagged as verbs", "Dutch/VBP officials/NNS met/VBD Xi/NNP Jinping/VBG", false,
			"Dutch/NNP officials/NNS met/VBD Xi/NNP Jinping/NNP"},
		{"capitalised known verb stays", "Speaking/VBG to/TO reporters/NNS ,/, he/PRP said/VBD", false,
			"Speaking/VBG to/TO reporters/NNS ,/, he/PRP said/VBD"},
		{"participle in a prepositional phrase stays", "in/IN remarks/NNS published/VBN on/IN Monday/NNP", false,
			"in/IN remarks/NNS published/VBN on/IN Monday/NNP"},
		{"participle before a preposition in a headline stays", "Three/CD Soldiers/NNS Killed/VBN in/IN Ambush/NNP", true,
			"Three/CD Soldiers/NNS Killed/VBN in/IN Ambush/NNP"},
		{"be + past tense", "The/DT embassy/NN was/VBD attacked/VBD by/IN a/DT mob/NN", false,
			"The/DT embassy/NN was/VBD attacked/VBN by/IN a/DT mob/NN"},
		{"have + adverb + past tense", "Iran/NNP has/VBZ repeatedly/RB warned/VBD Israel/NNP", false,
			"Iran/NNP has/VBZ repeatedly/RB warned/VBN Israel/NNP"},
		{"modal + noun-tagged base", "Japan/NNP will/MD host/NN the/DT summit/NN", false,
			"Japan/NNP will/MD host/VB the/DT summit/NN"},
		{"-s verb in a verbless clause", "Trump/NNP Slams/NNS Fed/NNP Over/IN Rates/NNS", true,
			"Trump/NNP Slams/VBZ Fed/NNP Over/IN Rates/NNS"},
		{"body -s verb after a singular noun", "The/DT army/NN shells/NNS villages/NNS nightly/RB", false,
			"The/DT army/NN shells/VBZ villages/NNS nightly/RB"},
		{"plural subject + base form wins", "Israeli/JJ Jets/NNS Strike/JJ Gaza/NNP", true,
			"Israeli/JJ Jets/NNS Strike/VBP Gaza/NNP"},
		{"coordinated subject + base form", "Russia/NNP and/CC Ukraine/NNP trade/NN accusations/NNS", false,
			"Russia/NNP and/CC Ukraine/NNP trade/VBP accusations/NNS"},
		{"clause with a verb is left alone", "Artillery/NN shells/NNS landed/VBD near/IN homes/NNS", false,
			"Artillery/NN shells/NNS landed/VBD near/IN homes/NNS"},
		{"noun after a determiner stays", "The/DT attacks/NNS on/IN convoys/NNS", false,
			"The/DT attacks/NNS on/IN convoys/NNS"},
		{"possessive noun stays", "Egypt/NNP talks/NNS 's/POS failure/NN", false,
			"Egypt/NNP talks/NNS 's/POS failure/NN"},
		{"body capitalised name is no verb", "the/DT United/NNP States/NNPS immediately/RB", false,
			"the/DT United/NNP States/NNPS immediately/RB"},
		{"subjunctive counts as finite", "that/IN Washington/NNP plans/NNS end/VB", false,
			"that/IN Washington/NNP plans/NNS end/VB"},
		{"-ed noun tag after a subject", "The/DT general/JJ vowed/NN to/TO fight/VB", false,
			"The/DT general/JJ vowed/VBD to/TO fight/VB"},
		{"-ed noun after a determiner stays", "the/DT wounded/NN were/VBD taken/VBN", false,
			"the/DT wounded/NN were/VBD taken/VBN"},
		{"participle between subject and object", "Russian/JJ forces/NNS completed/VBN their/PRP$ pullout/NN", false,
			"Russian/JJ forces/NNS completed/VBD their/PRP$ pullout/NN"},
		{"unknown word tagged verb between nouns", "Germany/NNP Mulls/VBZ Troop/VBP Deployment/NN", true,
			"Germany/NNP Mulls/VBZ Troop/NN Deployment/NN"},
		{"unknown word tagged verb after a main verb", "Mexico/NNP vows/VBZ crackdown/VBN on/IN cartels/NNS", false,
			"Mexico/NNP vows/VBZ crackdown/NN on/IN cartels/NNS"},
		{"unknown -ed word between nouns stays", "Russia/NNP massed/VBD troops/NNS", false,
			"Russia/NNP massed/VBD troops/NNS"},
		{"coordinated past form", "was/VBD passed/VBN by/IN parliament/NN but/CC vetoed/NN by/IN", false,
			"was/VBD passed/VBN by/IN parliament/NN but/CC vetoed/VBN by/IN"},
		{"headline dropped auxiliary", "Three/CD Soldiers/NNS Killed/VBD in/IN Ambush/NN", true,
			"Three/CD Soldiers/NNS Killed/VBN in/IN Ambush/NN"},
		{"body past tense before a preposition stays", "Three/CD soldiers/NNS died/VBD in/IN Mali/NNP", false,
			"Three/CD soldiers/NNS died/VBD in/IN Mali/NNP"},
		{"number + past form + noun", "Nigeria/NNP frees/VBZ 20/CD kidnapped/VBD students/NNS", true,
			"Nigeria/NNP frees/VBZ 20/CD kidnapped/VBN students/NNS"},
		{"headline infinitive is the verb", "Erdogan/NNP to/TO Host/VB Peace/NN Talks/NNS", true,
			"Erdogan/NNP to/TO Host/VB Peace/NN Talks/NNS"},
		{"plural-only noun subject", "Police/NNP Clash/NN With/IN Fans/NNS", true,
			"Police/NNP Clash/VBP With/IN Fans/NNS"},
		{"US is the country", "Zelensky/NNP tells/VBZ US/PRP", true, "Zelensky/NNP tells/VBZ US/NNP"},
		{"all-caps US left alone", "LET/VB US/PRP PRAY/VB", true, "LET/VB US/PRP PRAY/VB"},
		{"participle after a relative clause and a floating quantifier",
			"Chile/NNP and/CC Peru/NNP ,/, whose/WP$ talks/NNS are/VBP stalled/VBN ,/, both/DT signed/VBN the/DT pact/NN", false,
			"Chile/NNP and/CC Peru/NNP ,/, whose/WP$ talks/NNS are/VBP stalled/VBN ,/, both/DT signed/VBD the/DT pact/NN"},
		{"past form tagged as a noun after a relative clause", "Kagame/NNP ,/, who/WP was/VBD in/IN Paris/NNP ,/, spoke/NN with/IN Macron/NNP", false,
			"Kagame/NNP ,/, who/WP was/VBD in/IN Paris/NNP ,/, spoke/VBD with/IN Macron/NNP"},
		{"noun after an apposition stays a noun", "Kagame/NNP ,/, the/DT president/NN ,/, spoke/NN with/IN Macron/NNP", false,
			"Kagame/NNP ,/, the/DT president/NN ,/, spoke/NN with/IN Macron/NNP"},
	})
}

func TestVerbGroupFlags(t *testing.T) {
	ann, err := NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		sentence string
		head     string
		want     string // groupKind
	}{
		{"Two journalists were detained and later released without charge.", "released", "P"},
		{"Washington has frozen assets and seized two ships.", "seized", "F"},
		{"The deal, signed in Doha, ends the war.", "signed", "N"},
		{"It accused Russia of deliberately targeting civilians.", "targeting", "G"},
		{"Officials were seen leaving and then returned.", "returned", "F"},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.sentence)
		ann.Annotate(toks, false)
		found := false
		for _, vg := range VerbGroups(toks) {
			if toks[vg.Head].Text == tt.head {
				found = true
				if k := groupKind(vg); k != tt.want {
					t.Errorf("%q: %q kind %s, want %s (%s)", tt.sentence, tt.head, k, tt.want, tagsOf(toks))
				}
			}
		}
		if !found {
			t.Errorf("%q: no group headed %q (%s)", tt.sentence, tt.head, tagsOf(toks))
		}
	}
}

func BenchmarkAnnotate(b *testing.B) {
	ann, err := NewAnnotator()
	if err != nil {
		b.Fatal(err)
	}
	sents := []string{
		"Russian forces shelled the city overnight, local officials said.",
		"Germany Mulls Troop Deployment to Lithuania",
		"The bill was passed by parliament but vetoed by the president.",
		"US officials say Iran is enriching uranium at a new site.",
	}
	toks := make([][]Token, len(sents))
	for i, s := range sents {
		toks[i] = Tokenize(s)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, ts := range toks {
			ann.Annotate(ts, k == 1)
			VerbGroups(ts)
		}
	}
	b.ReportMetric(float64(b.N*len(sents))/b.Elapsed().Seconds(), "sentences/s")
}

// FuzzAnnotate checks that tagging, correction and grouping never panic and
// that verb groups are ordered, non-empty and hold their head.
func FuzzAnnotate(f *testing.F) {
	for _, s := range []string{"Trump Slams Fed Over Rates", "was passed but vetoed", "US", "and", "to Host Talks", "LET US PRAY"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	ann, err := NewAnnotator()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, headline bool) {
		toks := Tokenize(s)
		ann.Annotate(toks, headline)
		last := 0
		for _, vg := range VerbGroups(toks) {
			if vg.Start < last || vg.Start > vg.Head || vg.Head >= vg.End || vg.End > len(toks) {
				t.Fatalf("%q: bad group %+v", s, vg)
			}
			last = vg.End
		}
	})
}
