package geo

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// expect is one line of testdata/places.txt: a mention and the place it
// must resolve to, or (neg) a text that must not be a place.
type expect struct {
	text, name, iso3, admin1 string
	neg                      bool
	line                     int
}

// testDoc is one document of the test set.
type testDoc struct {
	d    *doc.Document
	exps []expect
	line int
}

// readTestSet parses testdata/places.txt (format in its header).
func readTestSet(path string) ([]testDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []testDoc
	cur := &testDoc{d: &doc.Document{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		if strings.TrimSpace(l) == "" {
			if len(cur.exps) > 0 || len(cur.d.Sentences) > 0 {
				out = append(out, *cur)
			}
			cur = &testDoc{d: &doc.Document{}}
			continue
		}
		if cur.line == 0 {
			cur.line = n
		}
		if err := cur.addLine(l, n); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	if len(cur.d.Sentences) > 0 {
		out = append(out, *cur)
	}
	return out, sc.Err()
}

func (t *testDoc) addLine(l string, n int) error {
	tag, rest, _ := strings.Cut(l, " ")
	d := t.d
	switch tag {
	case "T:":
		d.Title = rest
		d.Sentences = append(d.Sentences, doc.Sentence{Index: 0, Text: rest, Start: 0, End: len(rest)})
	case ">":
		if d.Text != "" {
			d.Text += " "
		}
		start := len(d.Text)
		d.Text += rest
		idx := len(d.Sentences) + 1 - btoi(d.Title != "")
		d.Sentences = append(d.Sentences, doc.Sentence{Index: idx, Text: rest, Start: start, End: len(d.Text), Paragraph: 1})
	case "@":
		return t.addEntity(rest)
	case "=":
		text, want, ok := strings.Cut(rest, " => ")
		f := strings.Split(want, " | ")
		if !ok || len(f) < 2 {
			return fmt.Errorf("want '= TEXT => NAME | ISO3 [| ADMIN1]'")
		}
		e := expect{text: text, name: f[0], iso3: f[1], line: n}
		if len(f) > 2 {
			e.admin1 = f[2]
		}
		t.exps = append(t.exps, e)
	case "!":
		t.exps = append(t.exps, expect{text: rest, neg: true, line: n})
	default:
		return fmt.Errorf("unknown line tag %q", tag)
	}
	return nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// addEntity places "TEXT | TYPE | CODE" at TEXT's first occurrence.
func (t *testDoc) addEntity(rest string) error {
	f := strings.Split(rest, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if len(f) != 3 {
		return fmt.Errorf("want '@ TEXT | TYPE | CODE'")
	}
	for _, s := range t.d.Sentences {
		if i := strings.Index(s.Text, f[0]); i >= 0 {
			t.d.Entities = append(t.d.Entities, doc.Entity{Text: f[0], Name: f[0], Type: f[1], Code: f[2],
				Sentence: s.Index, Start: s.Start + i, End: s.Start + i + len(f[0])})
			return nil
		}
	}
	return fmt.Errorf("entity text %q not in the document", f[0])
}

// score checks one document's locations against its expectations and
// returns the number right, the problems, and the unexpected locations.
func (t *testDoc) score() (right int, bad []string, spurious []string) {
	used := make([]bool, len(t.d.Locations))
	for _, e := range t.exps {
		k := findLoc(t.d.Locations, used, e.text)
		switch {
		case e.neg && k < 0:
			right++
		case e.neg:
			used[k] = true
			bad = append(bad, fmt.Sprintf("line %d: %q should not be a place (got %s)", e.line, e.text, show(t.d.Locations[k])))
		case k < 0:
			bad = append(bad, fmt.Sprintf("line %d: %q not found", e.line, e.text))
		default:
			used[k] = true
			if l := t.d.Locations[k]; matches(l, e) {
				right++
			} else {
				bad = append(bad, fmt.Sprintf("line %d: %q = %s, want %s|%s|%s", e.line, e.text, show(l), e.name, e.iso3, e.admin1))
			}
		}
	}
	for k, u := range used {
		if !u {
			spurious = append(spurious, fmt.Sprintf("doc line %d: %q = %s", t.line, t.d.Locations[k].Text, show(t.d.Locations[k])))
		}
	}
	return right, bad, spurious
}

func findLoc(locs []doc.Location, used []bool, text string) int {
	for k, l := range locs {
		if !used[k] && l.Text == text {
			return k
		}
	}
	return -1
}

func matches(l doc.Location, e expect) bool {
	return Key(l.Name) == Key(e.name) && l.Country == e.iso3 && (e.admin1 == "" || Key(l.Admin1) == Key(e.admin1))
}

func show(l doc.Location) string { return l.Name + "|" + l.Country + "|" + l.Admin1 }

// TestPlaces scores the test set and fails below 0.90 exact accuracy.
func TestPlaces(t *testing.T) {
	g := mustDefault(t)
	docs, err := readTestSet("testdata/places.txt")
	if err != nil {
		t.Fatal(err)
	}
	total, right, spur := 0, 0, 0
	for _, td := range docs {
		g.Document(td.d)
		r, bad, sp := td.score()
		total += len(td.exps)
		right += r
		spur += len(sp)
		for _, b := range append(bad, sp...) {
			t.Log(b)
		}
	}
	acc := float64(right) / float64(total)
	t.Logf("places: %d/%d exact (accuracy %.3f), %d unexpected locations", right, total, acc, spur)
	if total < 150 {
		t.Errorf("test set has %d expectations, want ≥ 150", total)
	}
	if acc < 0.90 {
		t.Errorf("accuracy %.3f < 0.90", acc)
	}
}

func mustDefault(tb testing.TB) *Gazetteer {
	tb.Helper()
	g, err := Default()
	if err != nil {
		tb.Fatal(err)
	}
	return g
}
