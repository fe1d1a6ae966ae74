package pipeline

import (
	"math/rand"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// Building blocks of the generated benchmark corpus: news-like sentences
// with real actors and event verbs, so that the coder does its full work.
var (
	genActors = []string{"China", "North Korea", "Chinese President Xi Jinping", "Russian President Vladimir Putin",
		"the United States", "Japan's foreign minister", "South Korean troops", "the European Union", "Iran",
		"the UN Security Council", "Turkish police", "Ukrainian forces", "Beijing", "Pyongyang", "Washington",
		"India", "Pakistan's army", "Israeli warplanes", "Hamas militants", "the African Union"}
	genPhrases = []string{"met", "criticised", "accused %s of violating the ceasefire with", "praised",
		"imposed new sanctions on", "held talks with", "threatened", "sent humanitarian aid to", "attacked",
		"signed a trade agreement with", "urged %s to show restraint towards", "expelled diplomats from",
		"welcomed a delegation from", "condemned", "refused to meet", "pledged support for", "shelled positions held by",
		"called for dialogue with", "hosted", "warned"}
	genTails = []string{" on Monday.", " in a statement on Tuesday.", ", officials said.", " last week.",
		", according to state media.", " after weeks of rising tension.", " during a summit in Geneva."}
	genFiller = []string{"The move came as regional tensions rose sharply.", "Analysts said the talks would be difficult.",
		"Markets in Asia fell on the news.", "\"We will not accept any interference,\" the spokesman said."}
)

// genCorpus returns n generated articles of about twelve paragraphs.
func genCorpus(n int, seed int64) []*doc.Raw {
	r := rand.New(rand.NewSource(seed))
	out := make([]*doc.Raw, n)
	for i := range out {
		d := &doc.Raw{Title: genSentence(r, false), Format: "txt"}
		for p := 0; p < 12; p++ {
			var b strings.Builder
			for k := 0; k < 2; k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				if r.Intn(4) == 0 {
					b.WriteString(genFiller[r.Intn(len(genFiller))])
				} else {
					b.WriteString(genSentence(r, true))
				}
			}
			d.Paragraphs = append(d.Paragraphs, b.String())
		}
		out[i] = d
	}
	return out
}

func genSentence(r *rand.Rand, tail bool) string {
	a := genActors[r.Intn(len(genActors))]
	t := genActors[r.Intn(len(genActors))]
	v := genPhrases[r.Intn(len(genPhrases))]
	v = strings.Replace(v, "%s", genActors[r.Intn(len(genActors))], 1)
	s := strings.ToUpper(a[:1]) + a[1:] + " " + v + " " + t
	if tail {
		return s + genTails[r.Intn(len(genTails))]
	}
	return s
}
