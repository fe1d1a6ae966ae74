package store

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
	"github.com/dyad-project/dyad/internal/doc"
)

// benchStates are actor codes of generated benchmark events.
var benchStates = []string{"RUR", "FRD", "ZEM", "GRA", "OST", "SYL", "BOR", "SYD", "LAT", "GEN"}

// corpusBatch generates articles from..to-1 (originals with copies and
// follow-ups) as documents with two events each.
func corpusBatch(g *dedupcorpus.Gen, from, n int) []*doc.Document {
	var docs []*doc.Document
	for i := from; len(docs) < n; i++ {
		for _, a := range g.Corpus1(i) {
			h := len(a.ID) + int(a.Text[len(a.Text)/2])
			s, t := benchStates[(i+h)%10], benchStates[(i*7+3)%10]
			d := storyDoc(a.ID, a.Source, a.Date, a.Text, ev(s, t, "112", a.Date), ev(t, s, "042", a.Date))
			docs = append(docs, d)
		}
	}
	return docs[:n]
}

// peakRSS is the process's peak resident set size in MB (Linux).
func peakRSS() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// BenchmarkIngestLinked stores b.N generated articles (a quarter of them
// near duplicates) 64 per PutBatch, reporting the near-duplicate lookup time
// per article and the peak RSS. DYAD_BENCH_DOCS=100000 with -benchtime=1x
// runs the scale check (about 100,000 articles, several minutes).
func BenchmarkIngestLinked(b *testing.B) {
	n := b.N
	if v, err := strconv.Atoi(os.Getenv("DYAD_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	s := openTemp(b)
	ctx := context.Background()
	g := dedupcorpus.New(77)
	b.ResetTimer()
	var size int64
	start := time.Now()
	for i := 0; i < n; i += 1024 {
		docs := corpusBatch(g, i, min(1024, n-i))
		for j := 0; j < len(docs); j += 64 {
			for _, r := range s.PutBatch(ctx, docs[j:min(j+64, len(docs))]) {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
			}
		}
		for _, d := range docs {
			size += int64(len(d.Text))
		}
		if os.Getenv("DYAD_BENCH_DOCS") != "" && (i/1024)%10 == 9 {
			fmt.Fprintf(os.Stderr, "%d docs %.0fs lookup %.0f µs/doc rss %.0f MB\n", i+1024,
				time.Since(start).Seconds(), s.lookupMicros(), peakRSS())
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(s.lookupMicros(), "µs-lookup/doc")
	b.ReportMetric(peakRSS(), "MB-peak-RSS")
	b.SetBytes(size / int64(b.N))
}
