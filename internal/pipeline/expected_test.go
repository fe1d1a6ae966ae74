package pipeline

import (
	"bufio"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/sample"
)

// expectedRow is one hand-coded event of sample/corpus/EXPECTED.md.
type expectedRow struct {
	file, src, tgt, code, notes, sentence string
}

// readExpected parses the markdown tables of EXPECTED.md: a line with a
// backquoted corpus path starts an article, table rows list its events.
func readExpected(t *testing.T) []expectedRow {
	data, err := sample.Corpus.ReadFile("corpus/EXPECTED.md")
	if err != nil {
		t.Fatal(err)
	}
	return parseExpected(data)
}

// parseExpected parses EXPECTED.md tables (sample corpus or held-out set).
func parseExpected(data []byte) []expectedRow {
	var rows []expectedRow
	var files []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "`") {
			files = nil
			for _, f := range strings.Split(line, "`") {
				if strings.Contains(f, "/") {
					files = append(files, strings.Fields(f)[0]) // "jsonl/x.jsonl #1 (id)" -> the file
				}
			}
			continue
		}
		cells := strings.Split(line, "|")
		if len(cells) < 7 || len(files) == 0 || strings.TrimSpace(cells[1]) == "Source" || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") {
			continue
		}
		r := expectedRow{file: files[0], src: strings.TrimSpace(cells[1]), tgt: strings.TrimSpace(cells[2]),
			code: strings.TrimSpace(cells[3]), notes: strings.TrimSpace(cells[4]), sentence: strings.TrimSpace(strings.Join(cells[5:len(cells)-1], "|"))}
		rows = append(rows, r)
	}
	return rows
}

// TestSampleExpected codes the sample corpus and prints the recall of the
// events a human coder listed in EXPECTED.md: event type (root) in the
// right sentence, and the full (type, source, target). It guards against
// regressions with a floor; it is a check on whole articles, beside the
// single-sentence dev set.
func TestSampleExpected(t *testing.T) {
	rows := readExpected(t)
	if len(rows) < 50 {
		t.Fatalf("read only %d expected events", len(rows))
	}
	dir := t.TempDir()
	if _, err := sample.WriteTo(dir); err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t)
	docs := map[string][]*doc.Document{}
	dates := sample.Dates()
	var typeHit, fullHit, n int
	for _, r := range rows {
		if strings.Contains(r.notes, "negated") || strings.Contains(r.notes, "hypothetical") {
			continue
		}
		ds, ok := docs[r.file]
		if !ok {
			ds = analyseFile(t, p, filepath.Join(dir, r.file), doc.Date(dates[r.file]))
			docs[r.file] = ds
		}
		n++
		th, fh := matchAny(ds, r)
		if th {
			typeHit++
		}
		if fh {
			fullHit++
		} else if testing.Verbose() {
			fmt.Printf("expected miss: %s %s %s %s (type hit %v) | %s\n", r.file, r.src, r.tgt, r.code, th, r.sentence)
		}
	}
	typeR, fullR := float64(typeHit)/float64(n), float64(fullHit)/float64(n)
	fmt.Printf("sample corpus EXPECTED.md: %d events; recall event type %.3f, full (type, source, target) %.3f\n",
		n, typeR, fullR)
	if typeR < sampleTypeFloor || fullR < sampleFullFloor {
		t.Errorf("recall fell below the floors (type %.2f, full %.2f)", sampleTypeFloor, sampleFullFloor)
	}
}

// Floors of TestSampleExpected: regressions below them fail.
const (
	sampleTypeFloor = 0.82
	sampleFullFloor = 0.54
)

// analyseFile runs the pipeline over every document of one file.
func analyseFile(t *testing.T, p *Pipeline, path string, date doc.Date) []*doc.Document {
	t.Helper()
	r, err := ingest.New([]string{path}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []*doc.Document
	err = r.Each(t.Context(), func(d *doc.Document) error {
		if d.Date == "" {
			d.Date = date
		}
		p.Process(d)
		out = append(out, d)
		return nil
	})
	if err != nil || len(out) == 0 {
		t.Fatalf("%s: %v", path, err)
	}
	return out
}

// matchAny reports whether any document of a file codes the expected
// event: with the right type, and in full.
func matchAny(ds []*doc.Document, r expectedRow) (typeHit, fullHit bool) {
	for _, d := range ds {
		a, b := matchExpected(d, r)
		typeHit, fullHit = typeHit || a, fullHit || b
	}
	return typeHit, fullHit
}

// matchExpected looks for the expected event among the events of the
// sentence it names.
func matchExpected(d *doc.Document, r expectedRow) (typeHit, fullHit bool) {
	want := normSentence(r.sentence)
	for _, ev := range d.Events {
		s := normSentence(d.Sentences[ev.Sentence].Text)
		if !strings.HasPrefix(want, prefix(s, 40)) && !strings.HasPrefix(s, prefix(want, 40)) {
			continue
		}
		if len(ev.CAMEO) < 2 || len(r.code) < 2 || ev.CAMEO[:2] != r.code[:2] {
			continue
		}
		typeHit = true
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Code
		}
		if ev.Source.Code == r.src && tgt == r.tgt {
			fullHit = true
		}
	}
	return typeHit, fullHit
}

func prefix(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// normSentence lower-cases and keeps only letters and digits, so quote and
// dash styles do not matter.
func normSentence(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
