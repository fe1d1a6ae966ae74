package temporal

import (
	"testing"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/clean/newsgen"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/segment"
)

func TestCivil(t *testing.T) {
	tests := []struct {
		c    civil
		days int
		wd   int
	}{
		{civil{1970, 1, 1}, 0, 4},
		{civil{2000, 2, 29}, 11016, 2},
		{civil{2024, 3, 15}, 19797, 5},
		{civil{1950, 6, 25}, -7130, 0},
	}
	for _, tt := range tests {
		if got := tt.c.days(); got != tt.days {
			t.Errorf("%v.days() = %d, want %d", tt.c, got, tt.days)
		}
		if got := fromDays(tt.days); got != tt.c {
			t.Errorf("fromDays(%d) = %v, want %v", tt.days, got, tt.c)
		}
		if got := tt.c.weekday(); got != tt.wd {
			t.Errorf("%v.weekday() = %d, want %d", tt.c, got, tt.wd)
		}
	}
}

func TestFindEdges(t *testing.T) {
	tests := []struct {
		name, text string
		date       doc.Date
		want       []string // Text of each expression
	}{
		{"no date", "Kim said on Friday that talks failed.", "", nil},
		{"bad date", "on Friday", "2024-13-40", nil},
		{"empty", "", "2024-03-15", nil},
		{"two", "Talks on Friday follow a meeting in July.", "2024-03-15", []string{"on Friday", "in July"}},
		{"modal may", "Seoul may respond.", "2024-03-15", nil},
		{"lower month", "They will march in silence.", "2024-03-15", nil},
		{"trailing prep", "They met on", "2024-03-15", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs := Find(tt.text, tt.date)
			if len(xs) != len(tt.want) {
				t.Fatalf("Find(%q) = %+v, want %v", tt.text, xs, tt.want)
			}
			for k, x := range xs {
				if x.Text != tt.want[k] || tt.text[x.Start:x.End] != x.Text {
					t.Errorf("expr %d = %q [%d,%d], want %q", k, x.Text, x.Start, x.End, tt.want[k])
				}
			}
		})
	}
}

func TestDocument(t *testing.T) {
	d := &doc.Document{Date: "2024-03-15", Title: "Kim fires missiles", Text: "Kim tested a missile on Monday. " +
		"\"We will strike next week,\" he said on Friday. Veterans of the Korean War marched.",
		Sentences: []doc.Sentence{{Index: 0, Text: "Kim fires missiles", End: 18},
			{Index: 1, Text: "Kim tested a missile on Monday.", Start: 0, End: 31},
			{Index: 2, Text: "\"We will strike next week,\" he said on Friday.", Start: 32, End: 78},
			{Index: 3, Text: "Veterans of the Korean War marched.", Start: 79, End: 114}},
		Events: []doc.Event{{Sentence: 0, Date: "2024-03-15"}, {Sentence: 1, VerbStart: 4, Date: "2024-03-15"},
			{Sentence: 2, VerbStart: 63, Date: "2024-03-15"}, {Sentence: 3, VerbStart: 106, Date: "2024-03-15"}},
		Quotes: []doc.Quote{{Sentence: 2, Start: 33, End: 57}},
	}
	Document(d)
	want := []struct {
		date, text string
		hist       bool
	}{{"2024-03-15", "", false}, {"2024-03-11", "on Monday", false}, {"2024-03-08", "on Friday", false},
		{"1950-06-25", "Korean War", true}}
	for k, w := range want {
		ev := d.Events[k]
		if string(ev.Date) != w.date || ev.DateText != w.text || ev.Historical != w.hist || ev.DocDate != "2024-03-15" {
			t.Errorf("event %d = %s %q hist=%v doc=%s, want %s %q %v", k, ev.Date, ev.DateText, ev.Historical, ev.DocDate,
				w.date, w.text, w.hist)
		}
	}
	if d.Quotes[0].Date != "2024-03-08" {
		t.Errorf("quote date = %s, want 2024-03-08 (the Friday it was said, not next week)", d.Quotes[0].Date)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"on Friday", "1950-53 Korean War", "04/07/2023", "in the '90s", "two days ago",
		"July 4, 2023", "mid-2019", "the end of May", "Friday, 31 February", "'", "9999-99-99", "from 1950 to"} {
		f.Add(s, "2024-03-15")
	}
	f.Fuzz(func(t *testing.T, text, date string) {
		for _, x := range Find(text, doc.Date(date)) {
			if x.Start < 0 || x.End > len(text) || x.Start >= x.End || text[x.Start:x.End] != x.Text {
				t.Fatalf("bad span %+v in %q", x, text)
			}
			if _, ok := parseDate(string(x.Date)); !ok {
				t.Fatalf("bad date %q from %q", x.Date, text)
			}
			if x.EndDate != "" && x.EndDate < x.Date {
				t.Fatalf("end %s before %s from %q", x.EndDate, x.Date, text)
			}
		}
	})
}

// sentences returns the body sentences of the generated benchmark corpus.
func sentences() ([]string, int) {
	var out []string
	size := 0
	for _, r := range newsgen.Corpus(1<<20, 1) {
		d := &doc.Document{Raw: r}
		clean.Document(d)
		for _, sp := range segment.Split(d.Text) {
			out = append(out, d.Text[sp.Start:sp.End])
			size += sp.End - sp.Start
		}
	}
	return out, size
}

func BenchmarkFind(b *testing.B) {
	ss, size := sentences()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	found := 0
	for b.Loop() {
		found = 0
		for _, s := range ss {
			found += len(Find(s, "2024-03-15"))
		}
	}
	b.ReportMetric(float64(len(ss))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(found)/float64(len(ss)), "exprs/sentence")
}
