package ingest

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// collect reads every document from paths.
func collect(t *testing.T, paths []string, opt Options) []*doc.Document {
	t.Helper()
	r, err := New(paths, opt)
	if err != nil {
		t.Fatalf("New(%v): %v", paths, err)
	}
	var docs []*doc.Document
	err = r.Each(context.Background(), func(d *doc.Document) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Each: %v", err)
	}
	return docs
}

// goldenDoc is the golden-file view of a document.
type goldenDoc struct {
	ID         string           `json:"id"`
	Title      string           `json:"title"`
	Date       doc.Date         `json:"date"`
	URL        string           `json:"url"`
	Source     string           `json:"source"`
	Authors    []string         `json:"authors"`
	Format     string           `json:"format,omitempty"`
	Paragraphs []string         `json:"paragraphs"`
	Errors     []doc.ErrorEntry `json:"errors"`
}

func toGolden(docs []*doc.Document) []goldenDoc {
	var out []goldenDoc
	for _, d := range docs {
		g := goldenDoc{ID: d.ID, Title: d.Title, Date: d.Date, URL: d.URL, Source: d.Source,
			Authors: d.Authors, Errors: d.Errors}
		if d.Raw != nil {
			g.Format, g.Paragraphs = d.Raw.Format, d.Raw.Paragraphs
		}
		out = append(out, g)
	}
	return out
}

func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.*")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			got, _ := json.MarshalIndent(toGolden(collect(t, []string{f}, Options{})), "", "  ")
			golden := filepath.Join("testdata", "golden", filepath.Base(f)+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), bytes.TrimSpace(got)) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, got)
			}
		})
	}
}

// errorOf returns the single error entry of d, or fails.
func errorOf(t *testing.T, d *doc.Document) doc.ErrorEntry {
	t.Helper()
	if len(d.Errors) != 1 || d.Raw != nil {
		t.Fatalf("doc %s: want one error and no Raw, got errors %v raw %v", d.ID, d.Errors, d.Raw != nil)
	}
	return d.Errors[0]
}

func TestFormats(t *testing.T) {
	tests := []struct {
		path   string
		n      int
		titles []string // "" = error document
		has    []string // substrings that must appear in some paragraph
		hasnt  []string // substrings that must not appear in any paragraph
	}{
		{"testdata/story.txt", 1, []string{"Rail unions call off strike after overnight talks"},
			[]string{"Commuters in Lisbon"}, nil},
		{"testdata/wrapped.txt", 1, []string{"Drought forces water limits in three provinces"},
			[]string{"for farms and households on Monday, citing reservoir"}, nil},
		{"testdata/article.html", 1, []string{"Harbour talks resume as ministers meet in Valletta"},
			[]string{"Fisheries ministers from five", "We have waited long enough", "A further meeting is planned"},
			[]string{"cookies", "Port strike ends", "Finally some progress", "Copyright", "Business"}},
		{"testdata/latin1.html", 1, []string{"Café owners protest new rules"}, []string{"Café owners in the old town"}, nil},
		{"testdata/latin1.txt", 1, []string{""}, nil, nil},
		{"testdata/items.jsonl", 6, []string{"Border crossing reopens after week-long closure",
			"Ministers sign water sharing accord", "", "", "Port workers end stoppage", ""},
			[]string{"Trucks had queued", "seasonal quotas", "Shipping agents said"}, nil},
		{"testdata/feed.rss", 3, []string{"Ferry operator adds winter sailings", "Fishing fleet returns early as storm nears", ""},
			[]string{"two extra winter sailings", "gale-force winds"}, nil},
		{"testdata/feed.atom", 1, []string{"Council approves new bridge plan"}, []string{"Construction is due"}, nil},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.path), func(t *testing.T) {
			docs := collect(t, []string{tt.path}, Options{})
			if len(docs) != tt.n {
				t.Fatalf("got %d docs, want %d", len(docs), tt.n)
			}
			var all []string
			for i, d := range docs {
				if tt.titles[i] == "" {
					errorOf(t, d)
					continue
				}
				if d.Title != tt.titles[i] || d.Raw == nil || len(d.Errors) > 0 {
					t.Errorf("doc %d: title %q errors %v, want %q", i, d.Title, d.Errors, tt.titles[i])
					continue
				}
				all = append(all, d.Raw.Paragraphs...)
			}
			text := strings.Join(all, "\n")
			for _, s := range tt.has {
				if !strings.Contains(text, s) {
					t.Errorf("paragraphs lack %q:\n%s", s, text)
				}
			}
			for _, s := range tt.hasnt {
				if strings.Contains(text, s) {
					t.Errorf("paragraphs contain junk %q:\n%s", s, text)
				}
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		path, id       string
		date           doc.Date
		url, source    string
		authors        string
		wantRecordDate bool
	}{
		{"testdata/article.html", "testdata/article.html", "2024-03-14",
			"https://ledger.example.com/world/2024/03/harbour-talks-resume", "The Coastal Ledger", "Mira Kovalenko", true},
		{"testdata/items.jsonl", "wire-001", "2024-05-02", "https://wire.example.org/1", "Example Wire", "Lena Ortiz", true},
		{"testdata/feed.rss", "testdata/feed.rss#1", "2024-11-11", "https://gazette.example.com/ferry-winter",
			"Harbour Gazette", "Ana Ruiz", true},
		{"testdata/feed.atom", "testdata/feed.atom#1", "2024-06-01", "https://courier.example.org/bridge",
			"Valley Courier", "Jon Petrov", true},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			d := collect(t, []string{tt.path}, Options{})[0]
			got := []string{d.ID, string(d.Date), d.URL, d.Source, strings.Join(d.Authors, ";")}
			want := []string{tt.id, string(tt.date), tt.url, tt.source, tt.authors}
			if strings.Join(got, "|") != strings.Join(want, "|") {
				t.Errorf("got %q\nwant %q", got, want)
			}
			if tt.wantRecordDate && d.Raw.Published.IsZero() {
				t.Error("Raw.Published not set")
			}
		})
	}
}

func TestJSONLErrors(t *testing.T) {
	docs := collect(t, []string{"testdata/items.jsonl"}, Options{})
	want := map[int]string{2: "line 4", 3: "line 5", 5: "line 7"}
	for i, rec := range want {
		if e := errorOf(t, docs[i]); e.Record != rec || e.Input != "testdata/items.jsonl" || e.Stage != "ingest" {
			t.Errorf("doc %d error %+v, want record %s", i, e, rec)
		}
	}
	if docs[2].ID != "42" || docs[1].ID != "testdata/items.jsonl#2" {
		t.Errorf("ids %q %q", docs[2].ID, docs[1].ID)
	}
}

// writeFile writes data to a temp file and returns its path.
func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// gz compresses b.
func gz(b []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestGzipVariants(t *testing.T) {
	for _, name := range []string{"story.txt", "article.html", "items.jsonl", "feed.rss"} {
		t.Run(name, func(t *testing.T) {
			raw, _ := os.ReadFile(filepath.Join("testdata", name))
			plain := toGolden(collect(t, []string{filepath.Join("testdata", name)}, Options{}))
			p := writeFile(t, name+".gz", gz(raw))
			zipped := toGolden(collect(t, []string{p}, Options{}))
			if len(plain) != len(zipped) {
				t.Fatalf("%d docs plain, %d gzipped", len(plain), len(zipped))
			}
			for i := range plain {
				if plain[i].Title != zipped[i].Title || len(plain[i].Paragraphs) != len(zipped[i].Paragraphs) {
					t.Errorf("doc %d differs: %q vs %q", i, plain[i].Title, zipped[i].Title)
				}
			}
		})
	}
}

func TestBadInputs(t *testing.T) {
	story, _ := os.ReadFile("testdata/story.txt")
	jsonl, _ := os.ReadFile("testdata/items.jsonl")
	zj := gz(bytes.Repeat(jsonl, 20))
	tests := []struct {
		name string
		data []byte
		want string // substring of the last document's error message
	}{
		{"image.bin", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 100)...), "binary file"},
		{"nul.txt", []byte("Headline\x00\x00\x00 body"), "binary file"},
		{"bad.txt", []byte("Headline\n\nBody with a bad byte \xff here.\n"), "not valid UTF-8"},
		{"trunc.txt.gz", gz(story)[:60], "truncated"},
		{"trunc.jsonl.gz", zj[:len(zj)/2], "truncated"},
		{"empty.txt", []byte("\n\n  \n"), "empty file"},
		{"notfeed.rss", []byte("<?xml version=\"1.0\"?><nothing/>"), "not a valid RSS"},
		{"big.txt", bytes.Repeat([]byte("word "), 3000), "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, tt.name, tt.data)
			docs := collect(t, []string{p, "testdata/story.txt"}, Options{MaxBytes: 10000})
			if len(docs) < 2 || docs[len(docs)-1].Title == "" {
				t.Fatalf("batch did not continue: %d docs", len(docs))
			}
			e := errorOf(t, docs[len(docs)-2])
			if !strings.Contains(e.Message, tt.want) || e.Input != p {
				t.Errorf("error %+v, want message containing %q", e, tt.want)
			}
		})
	}
}

func TestNewErrors(t *testing.T) {
	if _, err := New([]string{"testdata/does-not-exist.txt"}, Options{}); err == nil {
		t.Error("missing path: no error")
	}
	if _, err := New([]string{"testdata/story.txt"}, Options{Format: "pdf"}); err == nil {
		t.Error("unknown format: no error")
	}
}

func TestDirectoryWalk(t *testing.T) {
	dir := t.TempDir()
	story, _ := os.ReadFile("testdata/story.txt")
	for _, name := range []string{"b.txt", "a.txt", ".hidden.txt", "sub/c.txt", ".git/d.txt"} {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, story, 0o644)
	}
	r, err := New([]string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.TotalBytes() != 3*int64(len(story)) {
		t.Errorf("TotalBytes %d", r.TotalBytes())
	}
	var ids []string
	r.Each(context.Background(), func(d *doc.Document) error {
		ids = append(ids, strings.TrimPrefix(d.ID, dir+"/"))
		return nil
	})
	if strings.Join(ids, ",") != "a.txt,b.txt,sub/c.txt" {
		t.Errorf("ids %v", ids)
	}
	if r.BytesRead() != r.TotalBytes() {
		t.Errorf("BytesRead %d, TotalBytes %d", r.BytesRead(), r.TotalBytes())
	}
}

func TestCallbackErrorStops(t *testing.T) {
	r, _ := New([]string{"testdata/items.jsonl"}, Options{})
	stop := errors.New("stop")
	n := 0
	err := r.Each(context.Background(), func(*doc.Document) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("err %v after %d docs", err, n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.Each(ctx, func(*doc.Document) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

func TestSniffing(t *testing.T) {
	tests := []struct{ head, want string }{
		{"WARC/1.1\r\n", "warc"},
		{`{"text": "x"}`, "jsonl"},
		{"<!DOCTYPE html><html>", "html"},
		{"<?xml version='1.0'?><rss>", "feed"},
		{"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"},
		{"<div><p>fragment</p></div>", "html"},
		{"Just a headline\nand text", "txt"},
		{"\x00\x01\x02", "binary"},
	}
	for _, tt := range tests {
		if got := sniffFormat([]byte(tt.head)); got != tt.want {
			t.Errorf("sniffFormat(%q) = %s, want %s", tt.head, got, tt.want)
		}
	}
}
