package quote_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/quote"
)

var verbose = flag.Bool("quotes.v", false, "print every quote found in the quote set")

// speakerFloor is the speaker accuracy the set must keep (the issue asks
// for 0.90).
const speakerFloor = 0.90

// article is one article of testdata/quotes.txt with its expected quotes.
type article struct {
	id, date string
	line     int
	title    string
	paras    []string
	want     []wantQuote
}

// wantQuote is one expected quote.
type wantQuote struct {
	line                     int
	kind, prefix, name, code string
	via                      string
}

func parseQuoteSet(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []article
	var cur *article
	inExpect := false
	var para []string
	flushPara := func() {
		if cur != nil && len(para) > 0 {
			if cur.title == "" {
				cur.title = strings.Join(para, " ")
			} else {
				cur.paras = append(cur.paras, strings.Join(para, " "))
			}
		}
		para = para[:0]
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "#") && cur == nil:
		case strings.HasPrefix(line, "=== "):
			flushPara()
			f := strings.Fields(line[4:])
			if len(f) != 2 {
				return nil, fmt.Errorf("%s:%d: want \"=== ID DATE\"", path, n)
			}
			out = append(out, article{id: f[0], date: f[1], line: n})
			cur, inExpect = &out[len(out)-1], false
		case cur == nil:
			if strings.TrimSpace(line) != "" {
				return nil, fmt.Errorf("%s:%d: text before the first article", path, n)
			}
		case line == "--- expect":
			flushPara()
			inExpect = true
		case inExpect:
			if strings.TrimSpace(line) == "" {
				continue
			}
			w, err := parseWant(line)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %w", path, n, err)
			}
			w.line = n
			cur.want = append(cur.want, w)
		case strings.TrimSpace(line) == "":
			flushPara()
		default:
			para = append(para, strings.TrimSpace(line))
		}
	}
	flushPara()
	return out, sc.Err()
}

func parseWant(line string) (wantQuote, error) {
	f := strings.Split(line, "|")
	if len(f) != 5 {
		return wantQuote{}, fmt.Errorf("want KIND | TEXT | SPEAKER | CODE | VIA, got %d fields", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	switch f[0] {
	case "direct", "fragment", "indirect":
	default:
		return wantQuote{}, fmt.Errorf("unknown kind %q", f[0])
	}
	return wantQuote{kind: f[0], prefix: f[1], name: f[2], code: f[3], via: f[4]}, nil
}

var (
	pipeOnce sync.Once
	pipe     *pipeline.Pipeline
	pipeErr  error
)

func testPipeline(t testing.TB) *pipeline.Pipeline {
	t.Helper()
	pipeOnce.Do(func() { pipe, pipeErr = pipeline.New(pipeline.Config{}) })
	if pipeErr != nil {
		t.Fatal(pipeErr)
	}
	return pipe
}

// process runs the real pipeline (cleaning, splitting, coding) over an
// article, then Find.
func process(p *pipeline.Pipeline, a article) *doc.Document {
	d := &doc.Document{ID: a.id, Date: doc.Date(a.date), Raw: &doc.Raw{Title: a.title, Paragraphs: a.paras}}
	p.Process(d)
	quote.Find(d)
	return d
}

func kindOf(q doc.Quote) string {
	switch {
	case !q.Direct:
		return "indirect"
	case q.Fragment:
		return "fragment"
	}
	return "direct"
}

func speakerOf(q doc.Quote) (name, code string) {
	switch {
	case q.Speaker == nil:
		return "-", "-"
	case q.Speaker.Name == "":
		return "text:" + q.Speaker.Text, orDash(q.Speaker.Code)
	}
	return q.Speaker.Name, orDash(q.Speaker.Code)
}

func viaOf(q doc.Quote) string {
	if q.Via == nil {
		return "-"
	}
	return *q.Via
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// tally counts the outcome of matching one article's quotes.
type tally struct {
	want, found, speaker, kind, via, extra int
}

func (t *tally) add(o tally) {
	t.want += o.want
	t.found += o.found
	t.speaker += o.speaker
	t.kind += o.kind
	t.via += o.via
	t.extra += o.extra
}

// score matches the quotes found in d to a's expectations.
func score(t *testing.T, a article, d *doc.Document) tally {
	var r tally
	used := make([]bool, len(d.Quotes))
	for _, w := range a.want {
		r.want++
		k := -1
		for i, q := range d.Quotes {
			if !used[i] && strings.HasPrefix(q.Text, w.prefix) && (k < 0 || kindOf(q) == w.kind) {
				k = i
			}
		}
		if k < 0 {
			t.Logf("quotes.txt:%d %s: not found: %s | %s", w.line, a.id, w.kind, w.prefix)
			continue
		}
		used[k] = true
		q := d.Quotes[k]
		r.found++
		name, code := speakerOf(q)
		if strings.EqualFold(name, w.name) && code == w.code {
			r.speaker++
		} else {
			t.Logf("quotes.txt:%d %s: %q speaker %s/%s, want %s/%s", w.line, a.id, w.prefix, name, code, w.name, w.code)
		}
		if kindOf(q) == w.kind {
			r.kind++
		} else {
			t.Logf("quotes.txt:%d %s: %q is %s, want %s", w.line, a.id, w.prefix, kindOf(q), w.kind)
		}
		if viaOf(q) == w.via {
			r.via++
		} else {
			t.Logf("quotes.txt:%d %s: %q via %s, want %s", w.line, a.id, w.prefix, viaOf(q), w.via)
		}
	}
	for i, q := range d.Quotes {
		if !used[i] {
			r.extra++
			name, code := speakerOf(q)
			t.Logf("%s: extra %s %q %s/%s", a.id, kindOf(q), q.Text, name, code)
		}
	}
	return r
}

// TestQuoteSet scores Find on testdata/quotes.txt through the real pipeline
// and prints speaker accuracy, detection, kind and channel accuracy.
func TestQuoteSet(t *testing.T) {
	arts, err := parseQuoteSet(filepath.Join("testdata", "quotes.txt"))
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t)
	var all tally
	for _, a := range arts {
		d := process(p, a)
		if *verbose {
			dump(a, d)
		}
		checkOffsets(t, d)
		all.add(score(t, a, d))
	}
	if all.want < 60 || len(arts) < 12 {
		t.Fatalf("set too small: %d quotes in %d articles", all.want, len(arts))
	}
	w := float64(all.want)
	acc := float64(all.speaker) / w
	fmt.Printf("quote: %d quotes in %d articles: speaker accuracy %.3f, found %.3f, kind %.3f, via %.3f, extra %d\n",
		all.want, len(arts), acc, float64(all.found)/w, float64(all.kind)/w, float64(all.via)/w, all.extra)
	if acc < speakerFloor {
		t.Errorf("speaker accuracy %.3f below %.2f", acc, speakerFloor)
	}
}

// checkOffsets verifies that every quote's offsets locate its text.
func checkOffsets(t *testing.T, d *doc.Document) {
	t.Helper()
	for _, q := range d.Quotes {
		base := d.Text
		if q.Sentence == 0 {
			base = d.Title
		}
		if q.Start < 0 || q.End > len(base) || q.Start > q.End {
			t.Errorf("%s: quote %q has offsets [%d,%d] outside the text", d.ID, q.Text, q.Start, q.End)
			continue
		}
		if !strings.Contains(q.Text, "\n\n") && base[q.Start:q.End] != q.Text {
			t.Errorf("%s: quote %q does not match text[%d:%d] = %q", d.ID, q.Text, q.Start, q.End, base[q.Start:q.End])
		}
	}
}

func dump(a article, d *doc.Document) {
	fmt.Printf("=== %s\n", a.id)
	for _, q := range d.Quotes {
		name, code := speakerOf(q)
		fmt.Printf("%s | %s | %s | %s | %s   (s%d p%d)\n", kindOf(q), q.Text, name, code, viaOf(q), q.Sentence, q.Paragraph)
	}
}
