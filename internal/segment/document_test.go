package segment

import (
	"reflect"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

func TestDocument(t *testing.T) {
	d := &doc.Document{
		Title: " Leaders agree pact ",
		Text: "Leaders agreed a pact on Sunday. Officials said so.\n\n" +
			"Delegates pose before the signing. Photo: AFP\n\n" +
			"leaders agree pact in hanoi 2\n\n" +
			"The U.S. envoy welcomed it. 01:30",
	}
	Document(d)
	type s struct {
		Index, Para int
		Text        string
	}
	var got []s
	for i, x := range d.Sentences {
		src := d.Text
		if i == 0 {
			src = d.Title
		}
		if src[x.Start:x.End] != x.Text || x.Index != i {
			t.Errorf("sentence %d: offsets %d:%d give %q, text %q, index %d", i, x.Start, x.End, src[x.Start:x.End], x.Text, x.Index)
		}
		got = append(got, s{x.Index, x.Paragraph, x.Text})
	}
	want := []s{
		{0, 0, "Leaders agree pact"},
		{1, 1, "Leaders agreed a pact on Sunday."},
		{2, 1, "Officials said so."},
		{3, 2, "Delegates pose before the signing."},
		{4, 4, "The U.S. envoy welcomed it."},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestDocumentEmpty(t *testing.T) {
	d := &doc.Document{Sentences: []doc.Sentence{{Text: "stale"}}}
	Document(d)
	if len(d.Sentences) != 1 || d.Sentences[0] != (doc.Sentence{}) {
		t.Errorf("empty document: got %+v, want one empty headline sentence", d.Sentences)
	}
}
