package webtest

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Fixture actors. Wording of the fixture articles is made up.
var (
	chn    = doc.ActorRef{Text: "China", Name: "China", Code: "CHN", Country: "CHN"}
	chnGov = doc.ActorRef{Text: "Beijing", Name: "China", Code: "CHNGOV", Country: "CHN"}
	prk    = doc.ActorRef{Text: "North Korea", Name: "North Korea", Code: "PRK", Country: "PRK"}
	prkGov = doc.ActorRef{Text: "Pyongyang", Name: "North Korea", Code: "PRKGOV", Country: "PRK"}
	usa    = doc.ActorRef{Text: "Washington", Name: "United States", Code: "USA", Country: "USA"}
	kor    = doc.ActorRef{Text: "Seoul", Name: "South Korea", Code: "KOR", Country: "KOR"}
)

var places = map[string]doc.Location{
	"Beijing":   {Name: "Beijing", Country: "CHN", Admin1: "Beijing", Lat: 39.91, Lon: 116.40, GeoID: 1816670},
	"Pyongyang": {Name: "Pyongyang", Country: "PRK", Admin1: "Pyongyang", Lat: 39.03, Lon: 125.75, GeoID: 1871859},
	"Seoul":     {Name: "Seoul", Country: "KOR", Admin1: "Seoul", Lat: 37.57, Lon: 126.98, GeoID: 1835848},
}

// fx is one fixture sentence: text, the events it carries, and the actors
// and places mentioned in it (found by their text).
type fx struct {
	text   string
	events []doc.Event
	actors []doc.ActorRef
	places []string
	quote  *doc.ActorRef // speaker of the first “…” in the sentence
}

// ev makes an event; the verb span is found in its sentence.
func ev(src, tgt doc.ActorRef, verb, cameo, plover string, gold float64, quad int, date string) doc.Event {
	return doc.Event{Source: &src, Target: &tgt, Verb: verb, CAMEO: cameo, Root: cameo[:2], PLOVER: plover,
		Goldstein: gold, QuadClass: quad, Date: doc.Date(date), Rule: "svo-" + cameo}
}

// build assembles a document with byte offsets filled in.
func build(id, date, title string, titleActors []doc.ActorRef, body []fx) *doc.Document {
	d := &doc.Document{ID: id, Title: title, Date: doc.Date(date), URL: "https://news.example/" + id,
		Source: "example wire", Authors: []string{"A. Writer"}}
	d.Sentences = append(d.Sentences, doc.Sentence{Index: 0, Text: title, End: len(title)})
	d.Entities = append(d.Entities, mentions(title, 0, 0, titleActors)...)
	var b strings.Builder
	for i, s := range body {
		if i > 0 {
			b.WriteString(" ")
			if i%2 == 0 {
				b.WriteString("\n\n")
			}
		}
		start, n := b.Len(), i+1
		b.WriteString(s.text)
		d.Sentences = append(d.Sentences, doc.Sentence{Index: n, Text: s.text, Start: start, End: b.Len(), Paragraph: 1 + i/2})
		d.Entities = append(d.Entities, mentions(s.text, start, n, s.actors)...)
		for _, e := range s.events {
			e.Sentence, e.DocDate = n, doc.Date(date)
			k := strings.Index(s.text, e.Verb)
			e.VerbStart, e.VerbEnd = start+k, start+k+len(e.Verb)
			d.Events = append(d.Events, e)
		}
		addPlaces(d, s, start, n)
		addQuote(d, s, start, n)
	}
	d.Text = b.String()
	return d
}

// mentions finds each actor's text in s (offsets shifted by base).
func mentions(s string, base, sent int, actors []doc.ActorRef) []doc.Entity {
	var out []doc.Entity
	for _, a := range actors {
		if k := strings.Index(s, a.Text); k >= 0 {
			out = append(out, doc.Entity{Text: a.Text, Name: a.Name, Type: "state", Code: a.Code, Sentence: sent,
				Start: base + k, End: base + k + len(a.Text)})
		}
	}
	return out
}

func addPlaces(d *doc.Document, s fx, start, n int) {
	for _, p := range s.places {
		l := places[p]
		k := strings.Index(s.text, p)
		l.Text, l.Sentence, l.Start, l.End = p, n, start+k, start+k+len(p)
		d.Locations = append(d.Locations, l)
		for i := range d.Events {
			if d.Events[i].Sentence == n && d.Events[i].Location == nil {
				d.Events[i].Location = &l
			}
		}
	}
}

func addQuote(d *doc.Document, s fx, start, n int) {
	if s.quote == nil {
		return
	}
	a := strings.Index(s.text, "“")
	b := strings.Index(s.text, "”") + len("”")
	d.Quotes = append(d.Quotes, doc.Quote{Text: s.text[a+len("“") : b-len("”")], Speaker: s.quote, Sentence: n,
		Start: start + a, End: start + b, Direct: true, Date: d.Date})
}

// fixtureDocs are two articles a month, January to June 2024, about China
// and North Korea (cooperation early, friction later), plus the United
// States and South Korea.
func fixtureDocs() []*doc.Document {
	var docs []*doc.Document
	for m := 1; m <= 6; m++ {
		date := fmt.Sprintf("2024-%02d-10", m)
		later := fmt.Sprintf("2024-%02d-20", m)
		docs = append(docs, build(fmt.Sprintf("talks-%d", m), date,
			fmt.Sprintf("China and North Korea hold talks, round %d", m), []doc.ActorRef{chn, prk}, []fx{
				{text: "China met North Korea in Beijing on Tuesday.", actors: []doc.ActorRef{chn, prk}, places: []string{"Beijing"},
					events: []doc.Event{ev(chn, prk, "met", "040", "CONSULT", 1, 1, date)}},
				{text: "Pyongyang praised the “warm and sincere” spirit of the visit, an envoy said.", actors: []doc.ActorRef{prkGov},
					quote: &prkGov, events: []doc.Event{ev(prkGov, chnGov, "praised", "051", "COOPERATE", 3.4, 1, date)}},
				{text: "Beijing pledged food aid to North Korea.", actors: []doc.ActorRef{chnGov, prk},
					events: []doc.Event{ev(chnGov, prk, "pledged", "033", "AID", 5.2, 1, date)}},
			}))
		body := []fx{
			{text: fmt.Sprintf("Washington accused North Korea of testing missile number %d near Seoul.", m), actors: []doc.ActorRef{usa, prk}, places: []string{"Seoul"},
				events: []doc.Event{ev(usa, prk, "accused", "112", "ACCUSE", -2, 3, later)}},
		}
		if m >= 3 {
			body = append(body,
				fx{text: "China criticised North Korea over the launch.", actors: []doc.ActorRef{chn, prk},
					events: []doc.Event{ev(chn, prk, "criticised", "111", "DISAPPROVE", -2, 3, later)}},
				fx{text: "North Korea seized a Chinese fishing boat off Pyongyang.", actors: []doc.ActorRef{prk}, places: []string{"Pyongyang"},
					events: []doc.Event{ev(prk, chn, "seized", "171", "SEIZE", -9.2, 4, later)}})
		}
		if m%2 == 0 {
			body = append(body, fx{text: "Seoul sent aid to North Korea.", actors: []doc.ActorRef{kor, prk},
				events: []doc.Event{ev(kor, prk, "sent", "070", "AID", 7, 2, later)}})
		}
		docs = append(docs, build(fmt.Sprintf("tension-%d", m), later,
			"Tension over missile test", nil, body))
	}
	return docs
}

// openStore builds the fixture store in a temporary directory.
func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "web.duckdb"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { _ = st.Close() })
	for _, d := range fixtureDocs() {
		if _, err := st.Put(context.Background(), d); err != nil {
			t.Fatalf("put %s: %v", d.ID, err)
		}
	}
	return st
}
