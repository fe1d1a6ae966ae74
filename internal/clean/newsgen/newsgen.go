// Package newsgen generates a deterministic news-like corpus of raw
// documents (body paragraphs mixed with page junk) for benchmarks and tests.
package newsgen

import (
	"math/rand"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

var (
	subjects = []string{"The foreign minister", "Mr. Lee", "The U.S. State Department", "Gen. Ahmed",
		"China's defence ministry", "The U.N. envoy", "Opposition leaders", "Police in the capital",
		"Dr. Müller", "The prime minister's office", "Rebel commanders", "The central bank",
		"Sen. Ortiz", "Acme Corp. executives", "The European Union", "Protesters"}
	verbs = []string{"said", "warned that", "announced that", "denied that", "confirmed that",
		"told reporters that", "insisted that", "claimed that"}
	clauses = []string{"talks would resume next week", "the ceasefire was holding despite sporadic shelling",
		"troops had withdrawn from the border area", "new sanctions would target banks and shipping firms",
		"the deal was worth $4.2bn over 10 years", "exports fell 3.5% in the third quarter",
		"the vote would take place on Sept. 30", "the envoy arrived at 10.30am local time",
		"more than 1,200 people had been detained since the protests began",
		"the agreement signed in 1950-53 was no longer valid", "the video was shared widely online",
		"aid convoys had reached the besieged town", "the U.S. would send a delegation"}
	tails = []string{".", ".", ".", ", according to state media.", ", officials said.", "?", "..."}
	junk  = []string{"Advertisement", "01:30", "Read more", "Share this article", "Photo: AFP",
		"Related posts", "By Jane Doe", "Updated 10:32 GMT", "Sign up for our newsletter",
		"© 2023 Daily Planet Media"}
)

// Corpus returns documents whose raw paragraphs add up to about size bytes.
func Corpus(size int, seed int64) []*doc.Raw {
	r := rand.New(rand.NewSource(seed))
	var out []*doc.Raw
	for total := 0; total < size; {
		d := document(r)
		for _, p := range d.Paragraphs {
			total += len(p) + 2
		}
		out = append(out, d)
	}
	return out
}

func document(r *rand.Rand) *doc.Raw {
	d := &doc.Raw{Title: "Leaders agree new pact in talks " + strconv.Itoa(r.Intn(1000)), Format: "txt"}
	for i := 0; i < 20; i++ {
		switch n := r.Intn(10); {
		case n == 0:
			d.Paragraphs = append(d.Paragraphs, junk[r.Intn(len(junk))])
		case n == 1:
			t := "Crowds gather outside parliament " + strconv.Itoa(i)
			d.Paragraphs = append(d.Paragraphs, "01:30", t, t)
		default:
			d.Paragraphs = append(d.Paragraphs, paragraph(r))
		}
	}
	return d
}

func paragraph(r *rand.Rand) string {
	var b strings.Builder
	for k := r.Intn(3) + 1; k > 0; k-- {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if r.Intn(5) == 0 {
			b.WriteString("“We will not accept this,” ")
		}
		b.WriteString(subjects[r.Intn(len(subjects))])
		b.WriteByte(' ')
		b.WriteString(verbs[r.Intn(len(verbs))])
		b.WriteByte(' ')
		b.WriteString(clauses[r.Intn(len(clauses))])
		b.WriteString(tails[r.Intn(len(tails))])
	}
	return b.String()
}
