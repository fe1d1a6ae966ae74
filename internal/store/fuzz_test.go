package store

import (
	"context"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

func FuzzNormalise(f *testing.F) {
	for _, s := range []string{"", "  a \n b\t", "e\u0301 x", "\xff\xfe", "a\u00a0b\u2028c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := normalise(s)
		if normalise(n) != n {
			t.Errorf("normalise not idempotent: %q -> %q -> %q", s, n, normalise(n))
		}
		if v := validUTF8(s); len(v) != len(s) {
			t.Errorf("validUTF8 changed length: %q -> %q", s, v)
		}
	})
}

// FuzzPutRoundTrip stores documents with arbitrary strings and checks they
// read back as stored (invalid UTF-8 bytes become '?').
func FuzzPutRoundTrip(f *testing.F) {
	f.Add("Title", "Body text.", "Ruritania", "a\x00b")
	f.Add("T\xff", "x\xc3", "", "'; DROP TABLE documents; --")
	s := openTemp(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, title, text, actor, via string) {
		in := &doc.Document{ID: "fz", Title: title, Text: text, Authors: []string{actor},
			Sentences: []doc.Sentence{{Text: text, End: len(text)}},
			Events:    []doc.Event{{Source: &doc.ActorRef{Text: actor}, Verb: via}},
			Quotes:    []doc.Quote{{Text: title, Via: &via}}}
		if title == "" && text == "" {
			return
		}
		added, err := s.Put(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if !added { // same normalised content stored before: first copy wins
			return
		}
		got, err := s.Document(ctx, in.ContentHash)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != validUTF8(title) || got.Text != validUTF8(text) ||
			got.Authors[0] != validUTF8(actor) || got.Events[0].Source.Text != validUTF8(actor) ||
			*got.Quotes[0].Via != validUTF8(via) || got.Sentences[0].Text != validUTF8(text) {
			t.Errorf("round trip differs: %+v", got)
		}
	})
}
