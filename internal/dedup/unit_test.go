package dedup

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
	"github.com/dyad-project/dyad/internal/doc"
)

func TestCompatibility(t *testing.T) {
	day := time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)
	base := EventKey{Source: "RUS", Target: "UKR", CAMEO: "112", Date: day}
	tests := []struct {
		name string
		k    EventKey
		want bool
	}{
		{"same", base, true},
		{"parent code", EventKey{"RUS", "UKR", "11", day}, true},
		{"generic 110 is the parent", EventKey{"RUS", "UKR", "110", day}, true},
		{"child code", EventKey{"RUS", "UKR", "1121", day}, true},
		{"sibling code", EventKey{"RUS", "UKR", "111", day}, false},
		{"other root", EventKey{"RUS", "UKR", "190", day}, false},
		{"refined actor", EventKey{"RUSGOV", "UKRMIL", "112", day}, true},
		{"other actor", EventKey{"BLR", "UKR", "112", day}, false},
		{"reversed", EventKey{"UKR", "RUS", "112", day}, false},
		{"missing target", EventKey{"RUS", "", "112", day}, false},
		{"next day", EventKey{"RUS", "UKR", "112", day.AddDate(0, 0, 1)}, true},
		{"day before", EventKey{"RUS", "UKR", "112", day.AddDate(0, 0, -1)}, true},
		{"two days later", EventKey{"RUS", "UKR", "112", day.AddDate(0, 0, 2)}, false},
	}
	for _, tt := range tests {
		if got := SameEvent(base, tt.k); got != tt.want {
			t.Errorf("%s: SameEvent = %v, want %v", tt.name, got, tt.want)
		}
		if got := SameEvent(tt.k, base); got != tt.want {
			t.Errorf("%s: SameEvent is not symmetric", tt.name)
		}
	}
	if base.DyadKey() != (EventKey{Source: "RUSGOV", Target: "UKR"}).DyadKey() {
		t.Error("compatible actors have different dyad keys")
	}
}

func TestHeldOutRepost(t *testing.T) {
	g := dedupcorpus.New(99)
	b := NewBatch()
	for i := range 200 {
		o := g.Original(fmt.Sprintf("agency-%d", i), i)
		b.Check(&doc.Document{ID: o.ID, Text: o.Text})
		if i%10 != 0 {
			continue
		}
		r := g.Repost(o, "blog-"+o.ID)
		if dup, sim := b.Check(&doc.Document{ID: r.ID, Title: r.Title, Text: r.Text}); dup != o.ID {
			t.Errorf("blog repost of %s: duplicate_of %q (sim %.2f)", o.ID, dup, sim)
		}
	}
}

func TestSignatureRules(t *testing.T) {
	body := "The ministers of Ruritania and Freedonia met on Friday to discuss the river crossing.\n" +
		"They agreed to reopen the bridge to trucks carrying grain within a month of the meeting."
	junked := "Advertisement\nShare this\n" + body + "\nRead more\nFollow us"
	upper := strings.ToUpper(body)
	a, j, u := Signature(body), Signature(junked), Signature(upper)
	if a.N == 0 {
		t.Fatal("two full sentences gave an empty signature")
	}
	if Jaccard(&a, &j) != 1 || Jaccard(&a, &u) != 1 {
		t.Errorf("short junk lines or case changed the signature: %.2f %.2f", Jaccard(&a, &j), Jaccard(&a, &u))
	}
	if s := Signature("Too short."); s.N != 0 {
		t.Errorf("short text indexed with %d shingles", s.N)
	}
	var back Sig
	bin, _ := a.MarshalBinary()
	if err := back.UnmarshalBinary(bin); err != nil || back != a {
		t.Errorf("binary round trip: %v", err)
	}
	if err := back.UnmarshalBinary(bin[1:]); err == nil {
		t.Error("short binary signature accepted")
	}
}

func TestThreadScore(t *testing.T) {
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	f := &Features{Actors: []string{"FRD", "RUR"}, Dyads: []string{Dyad("RUR", "FRD")}, Kinds: []string{"ACCUSE"}, Date: day}
	th := NewThread(1, f, 1)
	tests := []struct {
		name string
		f    Features
		join bool
	}{
		{"same dyad next day", Features{Actors: []string{"FRD", "RUR"}, Dyads: []string{"FRD|RUR"}, Date: day.AddDate(0, 0, 1)}, true},
		{"one shared actor, other dyad", Features{Actors: []string{"RUR", "ZEM"}, Dyads: []string{"RUR|ZEM"}, Date: day}, false},
		{"shared actors, no events", Features{Actors: []string{"FRD", "RUR", "ZEM"}, Date: day}, true},
		{"same dyad three weeks on", Features{Actors: []string{"FRD", "RUR"}, Dyads: []string{"FRD|RUR"}, Date: day.AddDate(0, 0, 21)}, false},
		{"other actors", Features{Actors: []string{"GRA", "ZEM"}, Dyads: []string{"GRA|ZEM"}, Date: day}, false},
		{"outside the window", Features{Actors: []string{"FRD", "RUR"}, Dyads: []string{"FRD|RUR"}, Date: day.AddDate(0, 2, 0)}, false},
	}
	for _, tt := range tests {
		got, _ := Best([]*Thread{th}, &tt.f)
		if (got != nil) != tt.join {
			t.Errorf("%s: joined = %v (score %.2f), want %v", tt.name, got != nil, th.Score(&tt.f), tt.join)
		}
	}
	if l := th.Label(); l != "FRD, RUR: ACCUSE" {
		t.Errorf("label %q", l)
	}
}

func FuzzSignature(f *testing.F) {
	f.Add("The ministers met on Friday in the capital to discuss grain exports and fishing rights.")
	f.Add("Ünïcödé wörds ärë lówer-cased tóo, and 2024 numbers count as words in this line\nshort\n\n")
	f.Add("\xff\xfe broken \xc3 bytes are skipped without a panic in any of these words here")
	f.Fuzz(func(t *testing.T, s string) {
		a := Signature(s)
		if b := Signature(s); a != b {
			t.Fatal("signature is not deterministic")
		}
		if a.N > 0 && Similar(&a, &a) != 1 {
			t.Fatalf("self-similarity %v", Similar(&a, &a))
		}
	})
}

// BenchmarkSignature measures signing a ~5 kB article.
func BenchmarkSignature(b *testing.B) {
	a := dedupcorpus.New(3).Original("x", 0)
	b.SetBytes(int64(len(a.Text)))
	for range b.N {
		_ = Signature(a.Text)
	}
}

// BenchmarkBatchCheck measures checking articles against an in-memory
// batch of 20,000 (signature included).
func BenchmarkBatchCheck(b *testing.B) {
	g := dedupcorpus.New(8)
	bt := NewBatch()
	for _, d := range corpusDocs(g.Corpus(7000)[:20000]) {
		bt.Check(d)
	}
	docs := corpusDocs(g.Corpus(300))
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	for i := range b.N {
		d := *docs[i%len(docs)]
		d.ID = fmt.Sprint("bench-", i)
		bt.Check(&d)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}
