package pipeline

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/sample"
)

// junkMarkers must never survive into a sentence of the sample corpus.
var junkMarkers = []string{"Advertisement", "ADVERTISEMENT", "READ MORE", "Read more", "Related posts",
	"Leave a Comment", "Subscribe", "cookies", "Share this", "Sign up"}

// TestSampleFormats runs the whole pipeline over each input format of the
// bundled sample corpus and checks every document end to end.
func TestSampleFormats(t *testing.T) {
	dir := t.TempDir()
	paths, err := sample.WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t)
	byFormat := map[string][]string{}
	for _, path := range paths {
		f := filepath.Base(filepath.Dir(path))
		byFormat[f] = append(byFormat[f], path)
	}
	for _, f := range []string{"txt", "html", "jsonl", "feeds", "warc"} {
		t.Run(f, func(t *testing.T) {
			if len(byFormat[f]) == 0 {
				t.Fatalf("sample corpus has no %s files", f)
			}
			docs := runAll(t, p, byFormat[f])
			if len(docs) == 0 {
				t.Fatal("no documents read")
			}
			events := 0
			for _, d := range docs {
				checkDocument(t, d)
				events += len(d.Events)
			}
			if events == 0 {
				t.Errorf("%s: no events coded in %d documents", f, len(docs))
			}
		})
	}
}

func runAll(t *testing.T, p *Pipeline, paths []string) []*doc.Document {
	t.Helper()
	r, err := ingest.New(paths, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Document
	err = p.Run(context.Background(), r.Each, 2, func(d *doc.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// checkDocument verifies the output contract on one analysed document.
func checkDocument(t *testing.T, d *doc.Document) {
	t.Helper()
	if len(d.Errors) > 0 {
		t.Errorf("%s: errors %v", d.ID, d.Errors)
		return
	}
	if d.Title == "" || d.Text == "" || len(d.Sentences) < 3 {
		t.Errorf("%s: title %q, %d bytes of text, %d sentences", d.ID, d.Title, len(d.Text), len(d.Sentences))
	}
	for i, s := range d.Sentences {
		src := d.Text
		if s.Index == 0 {
			src = d.Title
		}
		if s.Index != i || s.Start < 0 || s.End > len(src) || src[s.Start:s.End] != s.Text {
			t.Errorf("%s: sentence %d does not match its offsets", d.ID, i)
		}
		for _, j := range junkMarkers {
			if strings.Contains(s.Text, j) {
				t.Errorf("%s: sentence %d holds page junk %q: %q", d.ID, i, j, s.Text)
			}
		}
	}
	for _, ev := range d.Events {
		if ev.Sentence < 0 || ev.Sentence >= len(d.Sentences) || ev.Source == nil || ev.CAMEO == "" || ev.QuadClass < 1 {
			t.Errorf("%s: malformed event %+v", d.ID, ev)
		}
	}
	for _, e := range d.Entities {
		if e.Sentence >= len(d.Sentences) || e.Code == "" {
			t.Errorf("%s: malformed entity %+v", d.ID, e)
		}
	}
}
