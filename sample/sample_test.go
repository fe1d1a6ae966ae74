package sample

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// wantFiles is every file the corpus must hold.
var wantFiles = []string{
	"EXPECTED.md",
	"txt/dates.tsv",
	"txt/xi-pyongyang-visit.txt",
	"txt/iran-iaea-inspections.txt",
	"txt/india-pakistan-jets.txt",
	"txt/belarus-protests.txt",
	"html/meridianpost-nk-icbm.html",
	"html/asialedger-nk-icbm.html",
	"html/harbourtimes-kim-beijing.html",
	"html/asialedger-yoon-kishida.html",
	"html/meridianpost-ethiopia-tigray.html",
	"jsonl/articles.jsonl",
	"jsonl/more.jsonl.gz",
	"feeds/world.rss",
	"feeds/asia.atom",
	"warc/crawl.warc.gz",
	"warc/crawl-small.warc",
}

func read(t *testing.T, rel string) []byte {
	t.Helper()
	data, err := Corpus.ReadFile(path.Join(Root, rel))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestFilesPresent(t *testing.T) {
	for _, f := range wantFiles {
		if data := read(t, f); len(data) == 0 {
			t.Errorf("%s is empty", f)
		}
	}
}

func TestTxtDatesCoverTxtFiles(t *testing.T) {
	dates := Dates()
	files, err := fs.Glob(Corpus, "corpus/txt/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 3 {
		t.Errorf("%d txt articles, want ≥3", len(files))
	}
	for _, f := range files {
		if _, ok := dates[strings.TrimPrefix(f, "corpus/")]; !ok {
			t.Errorf("%s has no date in %s", f, DatesFile)
		}
	}
	for k := range dates {
		if _, err := fs.Stat(Corpus, path.Join(Root, k)); err != nil {
			t.Errorf("%s lists %s, which does not exist", DatesFile, k)
		}
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct {
		name, in string
		want     map[string]string
		wantErr  bool
	}{
		{"ok", "a.txt\t2020-01-02\n\n# note\nb.txt\t2021-12-31\n", map[string]string{"txt/a.txt": "2020-01-02", "txt/b.txt": "2021-12-31"}, false},
		{"no tab", "a.txt 2020-01-02\n", nil, true},
		{"bad date", "a.txt\t2020-13-02\n", nil, true},
		{"empty", "", map[string]string{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parseDates(strings.NewReader(tt.in), "dates.tsv", "txt")
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil && len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

// jsonRecord mirrors the JSON-lines input fields.
type jsonRecord struct {
	ID, Title, Date, URL, Source, Text string
	Authors                            []string
}

func jsonLines(t *testing.T, rel string) []jsonRecord {
	t.Helper()
	var r io.Reader = bytes.NewReader(read(t, rel))
	if strings.HasSuffix(rel, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		r = zr
	}
	var recs []jsonRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var rec jsonRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("%s:%d: %v", rel, n, err)
		}
		recs = append(recs, rec)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	return recs
}

func validDate(s string) bool {
	for _, layout := range []string{"2006-01-02", time.RFC3339} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

func TestJSONLines(t *testing.T) {
	tests := []struct {
		file string
		min  int
	}{{"jsonl/articles.jsonl", 3}, {"jsonl/more.jsonl.gz", 2}}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			recs := jsonLines(t, tt.file)
			if len(recs) < tt.min {
				t.Errorf("%d records, want ≥%d", len(recs), tt.min)
			}
			for i, r := range recs {
				if r.ID == "" || r.Title == "" || r.URL == "" || r.Source == "" || len(r.Authors) == 0 || r.Text == "" {
					t.Errorf("record %d: a required field is empty: %+v", i+1, r)
				}
				if !validDate(r.Date) {
					t.Errorf("record %d: bad date %q", i+1, r.Date)
				}
			}
		})
	}
}

// xmlCount checks that data is well-formed XML and counts elements by local name.
func xmlCount(data []byte) (map[string]int, error) {
	counts := map[string]int{}
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return counts, nil
		}
		if err != nil {
			return counts, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			counts[se.Name.Space+" "+se.Name.Local]++
		}
	}
}

func TestFeeds(t *testing.T) {
	const content = "http://purl.org/rss/1.0/modules/content/"
	const atom = "http://www.w3.org/2005/Atom"
	tests := []struct {
		file  string
		elems map[string]int // minimum count per "namespace local"
	}{
		{"feeds/world.rss", map[string]int{" item": 3, content + " encoded": 3, " pubDate": 3}},
		{"feeds/asia.atom", map[string]int{atom + " entry": 2, atom + " published": 2, atom + " content": 2}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			counts, err := xmlCount(read(t, tt.file))
			if err != nil {
				t.Fatalf("not well-formed: %v", err)
			}
			for el, min := range tt.elems {
				if counts[el] < min {
					t.Errorf("%d <%s>, want ≥%d", counts[el], el, min)
				}
			}
		})
	}
}

// htmlMeta collects <title> and the meta/link values an HTML reader relies on.
func htmlMeta(data []byte) map[string]string {
	found := map[string]string{}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return found
		}
		tok := z.Token()
		if tok.Data == "title" && tt == html.StartTagToken && z.Next() == html.TextToken {
			found["title"] = string(z.Text())
		}
		attrs := map[string]string{}
		for _, a := range tok.Attr {
			attrs[a.Key] = a.Val
		}
		switch {
		case tok.Data == "meta" && attrs["property"] != "":
			found[attrs["property"]] = attrs["content"]
		case tok.Data == "meta" && attrs["name"] != "":
			found[attrs["name"]] = attrs["content"]
		case tok.Data == "link" && attrs["rel"] == "canonical":
			found["canonical"] = attrs["href"]
		}
	}
}

func TestHTMLPages(t *testing.T) {
	files, err := fs.Glob(Corpus, "corpus/html/*.html")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 4 {
		t.Errorf("%d HTML pages, want ≥4", len(files))
	}
	for _, f := range files {
		data, err := Corpus.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		meta := htmlMeta(data)
		for _, key := range []string{"title", "og:title", "og:site_name", "article:published_time", "canonical", "author"} {
			if meta[key] == "" {
				t.Errorf("%s: no %s", f, key)
			}
		}
		if _, err := time.Parse(time.RFC3339, meta["article:published_time"]); err != nil {
			t.Errorf("%s: article:published_time: %v", f, err)
		}
	}
}

func TestWriteTo(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != len(wantFiles)-2 {
		t.Errorf("WriteTo returned %d inputs, want %d", len(paths), len(wantFiles)-2)
	}
	for _, p := range paths {
		if base := filepath.Base(p); nonArticles[base] {
			t.Errorf("WriteTo returned non-article %s", p)
		}
	}
	for _, f := range wantFiles {
		got, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, read(t, f)) {
			t.Errorf("%s differs from the embedded copy", f)
		}
	}
}

// TestArticleCount checks the corpus holds at least 16 articles in all.
func TestArticleCount(t *testing.T) {
	n := 0
	for _, glob := range []string{"corpus/txt/*.txt", "corpus/html/*.html"} {
		files, err := fs.Glob(Corpus, glob)
		if err != nil {
			t.Fatal(err)
		}
		n += len(files)
	}
	n += len(jsonLines(t, "jsonl/articles.jsonl")) + len(jsonLines(t, "jsonl/more.jsonl.gz"))
	rss, _ := xmlCount(read(t, "feeds/world.rss"))
	atom, _ := xmlCount(read(t, "feeds/asia.atom"))
	n += rss[" item"] + atom["http://www.w3.org/2005/Atom entry"]
	for _, f := range []string{"warc/crawl.warc.gz", "warc/crawl-small.warc"} {
		n += countHTMLResponses(t, f)
	}
	if n < 16 {
		t.Errorf("%d articles, want ≥16", n)
	}
}

func FuzzParseDates(f *testing.F) {
	f.Add([]byte("a.txt\t2020-01-02\n"))
	if seed, err := Corpus.ReadFile(DatesFile); err == nil {
		f.Add(seed)
	}
	f.Add([]byte("#x\n\n\tb\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dates, err := parseDates(bytes.NewReader(data), "fuzz.tsv", "txt")
		if err != nil {
			return
		}
		for k, v := range dates {
			if !strings.HasPrefix(k, "txt") || len(v) != 10 {
				t.Errorf("bad entry %q=%q", k, v)
			}
		}
	})
}

func BenchmarkWriteTo(b *testing.B) {
	var size int64
	fs.WalkDir(Corpus, Root, func(p string, d fs.DirEntry, err error) error {
		if info, ierr := d.Info(); err == nil && ierr == nil && !d.IsDir() {
			size += info.Size()
		}
		return nil
	})
	b.SetBytes(size)
	dir := b.TempDir()
	for b.Loop() {
		if _, err := WriteTo(dir); err != nil {
			b.Fatal(err)
		}
	}
}
