// Package apitest builds small dyad stores for tests of the API and the
// exporters: a handful of hand-made documents with non-ASCII text, events in
// both directions between a few actors, quotes, places and a superseded
// document version.
package apitest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Actors used by the fixture.
var (
	Ruritania = doc.ActorRef{Text: "Ruritania", Name: "Ruritania", Code: "RUR", Country: "RUR"}
	RurGov    = doc.ActorRef{Text: "the Ruritanian government", Name: "Ruritania", Code: "RURGOV", Country: "RUR"}
	Freedonia = doc.ActorRef{Text: "Freedonia", Name: "Freedonia", Code: "FRD", Country: "FRD"}
	Zembla    = doc.ActorRef{Text: "Zëmbla's premier", Name: "Zëmbla", Code: "ZEMGOV", Country: "ZEM"}
)

// para is one fixture sentence: its text and the events it carries.
type para struct {
	text   string
	events []doc.Event
}

// build assembles a document from its headline and body sentences, each
// sentence its own paragraph, filling spans.
func build(id, date, title string, body []para) *doc.Document {
	d := &doc.Document{ID: id, Title: title, Date: doc.Date(date), URL: "https://news.example/" + id,
		Source: "example news", Authors: []string{"A. Writer"}}
	d.Sentences = append(d.Sentences, doc.Sentence{Index: 0, Text: title, End: len(title)})
	var b strings.Builder
	for i, p := range body {
		if i > 0 {
			b.WriteString("\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		n := i + 1
		d.Sentences = append(d.Sentences, doc.Sentence{Index: n, Text: p.text, Start: start, End: b.Len(), Paragraph: n})
		for _, e := range p.events {
			e.Sentence = n
			if k := strings.Index(p.text, e.Verb); k >= 0 {
				e.VerbStart, e.VerbEnd = start+k, start+k+len(e.Verb)
			}
			if e.DocDate == "" {
				e.DocDate = doc.Date(date)
			}
			if e.Date == "" { // as the coder does: no time expression, document date
				e.Date = doc.Date(date)
			}
			d.Events = append(d.Events, e)
		}
	}
	d.Text = b.String()
	return d
}

// ev makes an event.
func ev(src, tgt *doc.ActorRef, verb, cameo, plover string, gold float64, quad int, date string) doc.Event {
	return doc.Event{Source: src, Target: tgt, Verb: verb, CAMEO: cameo, Root: cameo[:2], PLOVER: plover,
		Goldstein: gold, QuadClass: quad, Date: doc.Date(date), Rule: "svo-" + cameo}
}

// Docs is the fixture corpus (fresh copies on every call).
func Docs() []*doc.Document {
	kyiv := &doc.Location{Text: "Strelsau", Name: "Strelsau", Country: "RUR", Admin1: "Capital", Lat: 48.1, Lon: 16.3}
	d1 := build("d1", "2024-01-15", "Ruritania and Freedonia hold talks in Strelsau", []para{
		{"Ruritania met Freedonia in Strelsau on Monday – a first since 2019.", []doc.Event{
			withLoc(ev(&Ruritania, &Freedonia, "met", "040", "CONSULT", 1, 1, "2024-01-15"), kyiv)}},
		{"Freedonia praised the “constructive” tone 🙂 of the talks.", []doc.Event{
			ev(&Freedonia, &Ruritania, "praised", "051", "COOPERATE", 3.4, 1, "")}},
	})
	d1.Entities = []doc.Entity{{Text: "Ruritania", Name: "Ruritania", Type: "state", Code: "RUR", Sentence: 0, Start: 0, End: 9},
		{Text: "Freedonia", Name: "Freedonia", Type: "state", Code: "FRD", Sentence: 1, Start: 14, End: 23}}
	d1.Locations = []doc.Location{{Text: "Strelsau", Name: "Strelsau", Country: "RUR", Admin1: "Capital", Lat: 48.1, Lon: 16.3,
		Sentence: 1, Start: 27, End: 35}}
	q := strings.Index(d1.Text, "“constructive”")
	d1.Quotes = []doc.Quote{{Text: "constructive", Speaker: &Freedonia, Sentence: 2, Start: q, End: q + len("“constructive”"), Direct: true}}
	d2 := build("d2", "2024-02-20", "Zëmbla accuses Ruritania over border", []para{
		{"Zëmbla's premier accused the Ruritanian government of shelling border villages.", []doc.Event{
			ev(&Zembla, &RurGov, "accused", "112", "ACCUSE", -2, 3, "2024-02-19")}},
		{"Ruritania attacked Zëmbla's positions overnight, officials said.", []doc.Event{
			ev(&Ruritania, &Zembla, "attacked", "190", "ASSAULT", -10, 4, "2024-02-20")}},
		{"Freedonia threatened Ruritania with sanctions.", []doc.Event{
			ev(&Freedonia, &Ruritania, "threatened", "130", "THREATEN", -4.4, 3, "2024-02-21")}},
	})
	d3 := build("d3", "2024-03-02", "Aid reaches Zëmbla", []para{
		{"Freedonia sent aid to Zëmbla.", []doc.Event{ev(&Freedonia, &Zembla, "sent", "070", "AID", 7, 2, "")}},
	})
	old := build("d4", "2024-03-05", "Ruritania rejects plan", []para{
		{"Ruritania rejected the Freedonia plan.", []doc.Event{ev(&Ruritania, &Freedonia, "rejected", "120", "REJECT", -4, 3, "")}},
	})
	newer := build("d4", "2024-03-05", "Ruritania rejects plan (updated)", []para{
		{"Ruritania rejected the Freedonia plan on Tuesday.", []doc.Event{ev(&Ruritania, &Freedonia, "rejected", "120", "REJECT", -4, 3, "2024-03-05")}},
	})
	return []*doc.Document{d1, d2, d3, old, newer}
}

// withLoc sets an event location.
func withLoc(e doc.Event, l *doc.Location) doc.Event {
	e.Location = l
	return e
}

// Open builds the fixture store in a temporary directory; it is closed
// when the test ends.
func Open(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "fixture.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	for _, d := range Docs() {
		if _, err := st.Put(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return st
}
