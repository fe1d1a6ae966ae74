package store

import (
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// Synthetic test documents: deterministic, made-up wording.
var (
	genActors = []doc.ActorRef{
		{Text: "Ruritania", Name: "Ruritania", Code: "RUR", Country: "RUR"},
		{Text: "the Freedonian minister", Name: "Freedonia", Code: "FRDGOV", Country: "FRD"},
		{Text: "rebels", Name: "rebels", Code: "REB"},
	}
	genVerbs = []struct{ verb, cameo, root, plover string }{
		{"met", "040", "04", "CONSULT"},
		{"accused", "112", "11", "ACCUSE"},
		{"praised", "051", "05", "COOPERATE"},
	}
)

// genDoc builds document i with nSent body sentences and nEv events.
func genDoc(i, nSent, nEv int) *doc.Document {
	d := &doc.Document{
		ID: fmt.Sprintf("doc-%05d", i), Title: fmt.Sprintf("Headline number %d about talks", i),
		Date: doc.Date(fmt.Sprintf("2024-%02d-%02d", 1+i%12, 1+i%28)),
		URL:  fmt.Sprintf("https://news.example/%d", i), Source: "example",
		Authors: []string{"A. Writer", fmt.Sprintf("B%d", i%7)},
	}
	d.Sentences = append(d.Sentences, doc.Sentence{Index: 0, Text: d.Title, End: len(d.Title)})
	var text strings.Builder
	for s := 1; s <= nSent; s++ {
		sent := fmt.Sprintf("Sentence %d of document %d says %s %s the others.", s, i,
			genActors[s%3].Text, genVerbs[s%3].verb)
		start := text.Len()
		text.WriteString(sent)
		d.Sentences = append(d.Sentences, doc.Sentence{Index: s, Text: sent, Start: start,
			End: start + len(sent), Paragraph: 1 + s/4})
		text.WriteString(" ")
		d.Entities = append(d.Entities, doc.Entity{Text: genActors[s%3].Text, Name: genActors[s%3].Name,
			Type: "state", Code: genActors[s%3].Code, Sentence: s, Start: start + 5, End: start + 9})
	}
	d.Text = strings.TrimSpace(text.String())
	for e := 0; e < nEv; e++ {
		d.Events = append(d.Events, genEvent(i, e))
	}
	via := "a spokesman"
	d.Quotes = []doc.Quote{{Text: "we will talk", Speaker: &genActors[1], Sentence: 1, Start: 3, End: 15, Direct: true, Via: &via, Date: d.Date},
		{Text: "no comment", Sentence: 2, Start: 1, End: 4}}
	d.Locations = []doc.Location{{Text: "Strelsau", Name: "Strelsau", Country: "RUR", Admin1: "Capital", Lat: 48.1, Lon: 16.3, Sentence: 1, Start: 2, End: 10}}
	return d
}

// genEvent is event e of document i.
func genEvent(i, e int) doc.Event {
	v := genVerbs[(i+e)%3]
	src, tgt := genActors[e%3], genActors[(e+1)%3]
	ev := doc.Event{Sentence: 1 + e, Source: &src, Target: &tgt, CAMEO: v.cameo, Root: v.root,
		PLOVER: v.plover, Goldstein: float64(e) - 2.5, QuadClass: 1 + e%4, Date: "2024-03-04",
		DocDate: "2024-03-05", Verb: v.verb, VerbStart: 10, VerbEnd: 14, Rule: "svo-" + v.cameo,
		Negated: e%5 == 4, Hypothetical: e%7 == 6}
	if e%2 == 0 {
		ev.Location = &doc.Location{Text: "Strelsau", Name: "Strelsau", Country: "RUR", Lat: 48.1, Lon: 16.3, Sentence: 1, Start: 2, End: 10}
		ev.Attribution = "officials"
	}
	if e%3 == 2 {
		ev.Target = nil
	}
	return ev
}

// genDocs builds documents from..to-1 with 20 sentences and 5 events each.
func genDocs(from, to int) []*doc.Document {
	docs := make([]*doc.Document, 0, to-from)
	for i := from; i < to; i++ {
		docs = append(docs, genDoc(i, 20, 5))
	}
	return docs
}
