package store

import (
	"context"
	"testing"

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
func peakRSS() float64 { return procStatus("VmHWM:") }

// BenchmarkIngestLinked stores b.N generated articles (a quarter of them
// near duplicates) scaleBatch per PutBatch, reporting the near-duplicate
// lookup time per article and the peak RSS. The scale check at 100,000
// articles is TestScale (DYAD_SCALE=100000).
func BenchmarkIngestLinked(b *testing.B) {
	s := openTemp(b)
	b.ResetTimer()
	size := ingestGenerated(b, s, b.N, nil)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(s.lookupMicros(), "µs-lookup/doc")
	b.ReportMetric(peakRSS(), "MB-peak-RSS")
	b.SetBytes(size / int64(b.N))
}

// scaleBatch is the PutBatch size of the ingest benchmarks, as dyad ingest.
const scaleBatch = 256

// ingestGenerated stores n generated articles, scaleBatch per PutBatch,
// calling progress (when not nil) after each batch with the number stored
// so far; it returns the bytes of text stored.
func ingestGenerated(tb testing.TB, s *Store, n int, progress func(done int)) int64 {
	ctx := context.Background()
	g := dedupcorpus.New(77)
	var size int64
	for i := 0; i < n; i += 1024 {
		docs := corpusBatch(g, i, min(1024, n-i))
		for j := 0; j < len(docs); j += scaleBatch {
			for _, r := range s.PutBatch(ctx, docs[j:min(j+scaleBatch, len(docs))]) {
				if r.Err != nil {
					tb.Fatal(r.Err)
				}
			}
			if progress != nil {
				progress(i + min(j+scaleBatch, len(docs)))
			}
		}
		for _, d := range docs {
			size += int64(len(d.Text))
		}
	}
	return size
}
