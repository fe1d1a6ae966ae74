package geo

import (
	"bytes"
	"github.com/dyad-project/dyad/internal/benchutil"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Port-au-Prince", "port au prince"},
		{"St. John's", "st johns"},
		{"Köln", "koln"},
		{"Łódź", "lodz"},
		{"São Paulo", "sao paulo"},
		{"N'Djamena", "ndjamena"},
		{"Xi’an", "xian"},
		{"  Rio   de Janeiro ", "rio de janeiro"},
		{"U.S.", "us"},
		{"Москва", "??????"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestASCII(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Córdoba", "Cordoba"}, {"Gdańsk", "Gdansk"}, {"Nürnberg", "Nurnberg"}, {"Ta‘izz", "Ta'izz"}, {"Paris", "Paris"},
	}
	for _, tt := range tests {
		if got := ASCII(tt.in); got != tt.want {
			t.Errorf("ASCII(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookup(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name, country string
		kind          string
	}{
		{"paris", "FRA", KindCity},
		{"KIEV", "UKR", KindCity},
		{"Cordoba", "ARG", KindCity},
		{"georgia", "GEO", KindCountry},
		{"georgia", "USA", KindAdmin1},
		{"Britain", "GBR", KindCountry},
		{"Sao Paulo", "BRA", KindCity},
		{"kosovo", "KSV", KindCountry},
	}
	for _, tt := range tests {
		found := false
		for _, p := range g.Lookup(tt.name) {
			found = found || (p.Country == tt.country && p.Kind == tt.kind)
		}
		if !found {
			t.Errorf("Lookup(%q) has no %s in %s", tt.name, tt.kind, tt.country)
		}
	}
	if g.Lookup("Nowhereville Xyz") != nil {
		t.Error("Lookup of an unknown name returned places")
	}
	if c := g.Capital("PRK"); c == nil || c.Name != "Pyongyang" {
		t.Errorf("Capital(PRK) = %v", c)
	}
}

func TestTokenize(t *testing.T) {
	s := "Russia's forces left Port-au-Prince and the U.S. base near St. Louis."
	var got []string
	for _, tk := range tokenize(s, nil) {
		got = append(got, s[tk.start:tk.end])
	}
	want := "Russia forces left Port au Prince and the U.S base near St Louis"
	if strings.Join(got, " ") != want {
		t.Errorf("tokens = %q, want %q", strings.Join(got, " "), want)
	}
}

// newDoc builds a document from a headline and body sentences.
func newDoc(title string, body ...string) *doc.Document {
	d := &doc.Document{Title: title}
	if title != "" {
		d.Sentences = append(d.Sentences, doc.Sentence{Index: 0, Text: title, End: len(title)})
	}
	for i, s := range body {
		if d.Text != "" {
			d.Text += " "
		}
		st := len(d.Text)
		d.Text += s
		d.Sentences = append(d.Sentences, doc.Sentence{Index: i + 1, Text: s, Start: st, End: len(d.Text), Paragraph: 1})
	}
	return d
}

func TestDocumentOffsets(t *testing.T) {
	g := mustDefault(t)
	d := newDoc("Blast in Kabul", "Officials said nobody died.", "A second blast hit Herat, police in Afghanistan said.")
	g.Document(d)
	if len(d.Locations) != 3 {
		t.Fatalf("got %d locations, want 3: %+v", len(d.Locations), d.Locations)
	}
	for _, l := range d.Locations {
		src := d.Text
		if l.Sentence == 0 {
			src = d.Title
		}
		if src[l.Start:l.End] != l.Text {
			t.Errorf("location %q: offsets %d-%d give %q", l.Text, l.Start, l.End, src[l.Start:l.End])
		}
	}
}

func TestEventLocations(t *testing.T) {
	g := mustDefault(t)
	tests := []struct {
		name     string
		d        *doc.Document
		ents     []doc.Entity
		sent     int
		want     string
		inferred bool
	}{
		{"locative preposition", newDoc("", "China and Russia signed a deal in Beijing."), nil, 1, "Beijing", false},
		{"city preferred over country actor", newDoc("", "Ukraine said Russia shelled Kharkiv."), nil, 1, "Kharkiv", false},
		{"most mentioned place", newDoc("", "Talks opened in Doha.", "Negotiators met again in Doha.", "Both sides accused each other."), nil, 3, "Doha", true},
		{"capital of the main state", newDoc("", "The ministry rejected the claim."),
			[]doc.Entity{{Text: "ministry", Type: "agent", Code: "IRNGOV", Sentence: 1, Start: 4, End: 12}}, 1, "Tehran", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.d.Entities = tt.ents
			tt.d.Events = []doc.Event{{Sentence: tt.sent}}
			g.Document(tt.d)
			l := tt.d.Events[0].Location
			if l == nil || l.Name != tt.want || l.Inferred != tt.inferred {
				t.Fatalf("event location = %+v, want %s (inferred %v)", l, tt.want, tt.inferred)
			}
		})
	}
}

func TestNoPlaces(t *testing.T) {
	g := mustDefault(t)
	d := newDoc("", "The minister said talks would continue.")
	d.Events = []doc.Event{{Sentence: 1}}
	g.Document(d)
	if len(d.Locations) != 0 || d.Events[0].Location != nil {
		t.Errorf("locations %v, event location %v; want none", d.Locations, d.Events[0].Location)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ name, in string }{
		{"short line", "p\t1\tX\n"},
		{"bad kind", "z\t1\tX\t\tFRA\tFR\t\t1\t2\t3\t\t\n"},
		{"bad lat", "p\t1\tX\t\tFRA\tFR\t\tnorth\t2\t3\t\t\n"},
		{"bad id", "p\tone\tX\t\tFRA\tFR\t\t1\t2\t3\t\t\n"},
	}
	for _, tt := range tests {
		if _, err := Parse(tt.in); err == nil || !strings.Contains(err.Error(), "line 1") {
			t.Errorf("%s: err = %v, want a line-1 error", tt.name, err)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add("#h\nc\t0\tFrance\t\tFRA\tFR\t\t46\t2\t100\t\tFrench Republic\n")
	f.Add("p\t1\tX\t\tFRA\tFR\t\t1\t2\t3\tC\t=X.|Y\n")
	f.Fuzz(func(t *testing.T, s string) {
		g, err := Parse(s)
		if err == nil {
			g.Lookup(s)
		}
	})
}

func FuzzDocument(f *testing.F) {
	g := mustDefault(f)
	f.Add("Clashes in Tripoli, Libya's capital, and near Paris, Texas.")
	f.Add("St. Louis Port-au-Prince Xi’an Russia’s U.S. São Paulo, Calif.")
	f.Fuzz(func(t *testing.T, s string) {
		d := newDoc(s, s)
		d.Events = []doc.Event{{Sentence: 1}}
		g.Document(d)
		for _, l := range d.Locations {
			src := d.Text
			if l.Sentence == 0 {
				src = d.Title
			}
			if l.Start < 0 || l.End > len(src) || l.Start > l.End || src[l.Start:l.End] != l.Text {
				t.Fatalf("bad span %+v", l)
			}
		}
	})
}

// BenchmarkLoad measures loading the embedded gazetteer: time per load and
// heap added (MB) as measured by runtime.ReadMemStats.
func BenchmarkLoad(b *testing.B) {
	var heap float64
	cpu0 := benchutil.CPUTime()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		g, err := Load(bytes.NewReader(gazetteerGz))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		runtime.KeepAlive(g)
	}
	b.ReportMetric(heap, "heapMB")
	b.ReportMetric(float64(benchutil.CPUTime()-cpu0)/1e6/float64(b.N), "cpu-ms/op")
	b.SetBytes(int64(len(gazetteerGz)))
}

// TestLoadBudget keeps loading within 80 MB of heap and 1 s of CPU (the
// target is 100 ms; the slack is for slow shared test machines).
func TestLoadBudget(t *testing.T) {
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start, cpu0 := time.Now(), benchutil.CPUTime()
	g, err := Load(bytes.NewReader(gazetteerGz))
	el, cpu := time.Since(start), benchutil.CPUTime()-cpu0
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	mb := float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
	t.Logf("load: %v wall, %v CPU, %.1f MB heap, %d places", el, cpu, mb, g.Len())
	if cpu > time.Second || mb > 80 {
		t.Errorf("load took %v CPU and %.1f MB", cpu, mb)
	}
}

// BenchmarkDocument measures place finding and resolution over the test
// set, reporting sentences per second.
func BenchmarkDocument(b *testing.B) {
	g := mustDefault(b)
	docs, err := readTestSet("testdata/places.txt")
	if err != nil {
		b.Fatal(err)
	}
	sents := 0
	for _, td := range docs {
		sents += len(td.d.Sentences)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := benchutil.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, td := range docs {
			g.Document(td.d)
		}
	}
	b.ReportMetric(float64(benchutil.CPUTime()-cpu0)/float64(b.N*sents), "cpu-ns/sentence")
	b.ReportMetric(float64(sents)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*sents), "ns/sentence")
}
