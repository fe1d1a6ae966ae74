package ingest

import (
	"bufio"
	"bytes"
	"context"
	"os"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// runHandler feeds data to a format handler, as Each would, and checks
// that every document it emits has an ID.
func runHandler(t *testing.T, format string, data []byte) {
	s := &source{path: "fuzz", raw: bufio.NewReader(bytes.NewReader(data)), max: 1 << 20, format: format}
	s.gz = len(data) > 1 && data[0] == 0x1f && data[1] == 0x8b && format == "warc"
	s.r = s.raw
	em := emitter{ctx: context.Background(), fn: func(d *doc.Document) error {
		if d.ID == "" || (d.Raw == nil) == (len(d.Errors) == 0) {
			t.Fatalf("bad document %+v", d)
		}
		return nil
	}}
	if err := handlers[format](em, s); err != nil {
		t.Fatal(err)
	}
}

// seed adds testdata files to a fuzz corpus.
func seed(f *testing.F, names ...string) {
	for _, n := range names {
		if b, err := os.ReadFile("testdata/" + n); err == nil {
			f.Add(b)
		}
	}
}

func FuzzText(f *testing.F) {
	seed(f, "story.txt", "wrapped.txt", "latin1.txt")
	f.Add([]byte("\xff\xfeH\x00i\x00"))
	f.Fuzz(func(t *testing.T, b []byte) { runHandler(t, "txt", b) })
}

func FuzzHTML(f *testing.F) {
	seed(f, "article.html", "latin1.html")
	f.Add([]byte("<html><body><div><p>a<br>b</p></div><table><tr><td>x</td></tr></table>"))
	f.Fuzz(func(t *testing.T, b []byte) { runHandler(t, "html", b) })
}

func FuzzJSONL(f *testing.F) {
	seed(f, "items.jsonl")
	f.Add([]byte(`{"id":1,"text":"<p>x</p>","authors":"a","date":"2024-01-01T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, b []byte) { runHandler(t, "jsonl", b) })
}

func FuzzFeed(f *testing.F) {
	seed(f, "feed.rss", "feed.atom")
	f.Fuzz(func(t *testing.T, b []byte) { runHandler(t, "feed", b) })
}

func FuzzWARC(f *testing.F) {
	plain, _ := sampleWARC(f, false)
	zipped, _ := sampleWARC(f, true)
	f.Add(plain)
	f.Add(zipped)
	f.Add([]byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 20\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p\r\n\r\n"))
	f.Fuzz(func(t *testing.T, b []byte) { runHandler(t, "warc", b) })
}
