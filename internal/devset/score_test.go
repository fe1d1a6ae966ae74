package devset

import (
	"math"
	"strings"
	"testing"
)

func ev(s, t, c string) Expected { return Expected{Source: s, Target: t, Code: c} }

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestScore(t *testing.T) {
	items := []Item{
		{Events: []Expected{ev("CHN", "JPN", "111"), ev("KOR", "JPN", "111")}},
		{Events: []Expected{ev("USAGOV", "CHNGOV", "042")}},
		{None: true},
		{Events: []Expected{ev("RUS", "UKR", "190")}},
	}
	got := [][]Got{
		// item 0: one exact match, one right root with wrong source.
		{ev("CHN", "JPN", "111"), ev("USA", "JPN", "112")},
		// item 1: right root, wrong sub-code (type tp, full fp+fn).
		{ev("USAGOV", "CHNGOV", "043")},
		// item 2: spurious event on a none-item.
		{ev("CHN", "-", "010")},
		// item 3: nothing produced (got shorter than items).
	}
	r := Score(items, got)
	// Type level: tp = 2 (item 0) + 1 (item 1) = 3; fp = 1 (item 2); fn = 1 (item 3).
	checkLevel(t, "type", r.Type, Counts{TP: 3, FP: 1, FN: 1}, 0.75, 0.75, 0.75)
	// Full level: tp = 1; fp = 1 + 1 + 1 = 3; fn = 1 + 1 + 1 = 3.
	checkLevel(t, "full", r.Full, Counts{TP: 1, FP: 3, FN: 3}, 0.25, 0.25, 0.25)
	if r.Items != 4 || r.NoneItems != 1 || r.NoneClean != 0 {
		t.Errorf("items %d none %d clean %d", r.Items, r.NoneItems, r.NoneClean)
	}
	rows := map[string]RootRow{}
	for _, row := range r.Roots {
		rows[row.Root] = row
	}
	if len(r.Roots) != 20 {
		t.Errorf("got %d root rows, want 20", len(r.Roots))
	}
	// Root 11 full: tp 1 (CHN JPN 111), fp 1 (USA JPN 112), fn 1 (KOR JPN 111).
	checkLevel(t, "root 11 full", rows["11"].Full, Counts{TP: 1, FP: 1, FN: 1}, 0.5, 0.5, 0.5)
	checkLevel(t, "root 11 type", rows["11"].Type, Counts{TP: 2}, 1, 1, 1)
	checkLevel(t, "root 01 type", rows["01"].Type, Counts{FP: 1}, 0, 0, 0)
	checkLevel(t, "root 19 type", rows["19"].Type, Counts{FN: 1}, 0, 0, 0)
	checkLevel(t, "root 04 full", rows["04"].Full, Counts{FP: 1, FN: 1}, 0, 0, 0)
	if len(r.Misses) != 4 {
		t.Errorf("got %d misses, want 4", len(r.Misses))
	}
}

func TestScoreMultiset(t *testing.T) {
	// Two identical expected events; three identical produced: tp 2, fp 1.
	items := []Item{{Events: []Expected{ev("A00", "B00", "040"), ev("A00", "B00", "040")}}}
	got := [][]Got{{ev("A00", "B00", "040"), ev("A00", "B00", "040"), ev("A00", "B00", "040")}}
	r := Score(items, got)
	checkLevel(t, "full", r.Full, Counts{TP: 2, FP: 1}, 2.0/3, 1, 0.8)
	checkLevel(t, "type", r.Type, Counts{TP: 2, FP: 1}, 2.0/3, 1, 0.8)
}

func TestScorePerfectAndEmpty(t *testing.T) {
	items := []Item{{Events: []Expected{ev("CHN", "-", "0211")}}, {None: true}}
	r := Score(items, [][]Got{{ev("CHN", "-", "0211")}, nil})
	checkLevel(t, "full", r.Full, Counts{TP: 1}, 1, 1, 1)
	if r.NoneClean != 1 || len(r.Misses) != 0 {
		t.Errorf("clean %d misses %d", r.NoneClean, len(r.Misses))
	}
	empty := Score(nil, nil)
	checkLevel(t, "empty", empty.Full, Counts{}, 0, 0, 0)
}

func TestReportString(t *testing.T) {
	items := []Item{{File: "f.txt", Line: 3, Sentence: "S.", Events: []Expected{ev("CHN", "JPN", "111")}}}
	r := Score(items, [][]Got{{ev("CHN", "JPN", "112")}})
	s := r.String()
	for _, want := range []string{"type", "full", "\n11 ", "1.000"} {
		if !strings.Contains(s, want) {
			t.Errorf("String() lacks %q:\n%s", want, s)
		}
	}
	m := r.MissesString(0)
	if !strings.Contains(m, "f.txt:3: S.") || !strings.Contains(m, "missing CHN JPN 111") ||
		!strings.Contains(m, "extra   CHN JPN 112") {
		t.Errorf("MissesString:\n%s", m)
	}
}

func checkLevel(t *testing.T, name string, l Level, c Counts, p, r, f1 float64) {
	t.Helper()
	if l.Counts != c || !near(l.P, p) || !near(l.R, r) || !near(l.F1, f1) {
		t.Errorf("%s: got %+v P=%.4f R=%.4f F1=%.4f, want %+v P=%.4f R=%.4f F1=%.4f",
			name, l.Counts, l.P, l.R, l.F1, c, p, r, f1)
	}
}

func BenchmarkScore(b *testing.B) {
	items, err := ParseDir(devsetDir)
	if err != nil {
		b.Fatal(err)
	}
	got := make([][]Got, len(items))
	for i, it := range items {
		got[i] = it.Events
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Score(items, got)
	}
	b.ReportMetric(float64(len(items)*b.N)/b.Elapsed().Seconds(), "items/s")
}
