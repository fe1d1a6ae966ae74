package quote_test

import (
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/clean/newsgen"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/quote"
)

// BenchmarkQuoteFind measures Find over coded documents of the generated
// news corpus, in sentences per second, and reports the coder's own rate
// on the same documents for comparison.
func BenchmarkQuoteFind(b *testing.B) {
	p := testPipeline(b)
	var docs []*doc.Document
	n, size := 0, 0
	start := time.Now()
	for _, r := range newsgen.Corpus(512<<10, 1) {
		d := &doc.Document{Date: "2024-03-15", Raw: r}
		p.Process(d)
		docs = append(docs, d)
		n += len(d.Sentences)
		size += len(d.Text)
	}
	coder := float64(n) / time.Since(start).Seconds()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	quotes := 0
	for b.Loop() {
		quotes = 0
		for _, d := range docs {
			quote.Find(d)
			quotes += len(d.Quotes)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(coder, "pipeline-sentences/s")
	b.ReportMetric(float64(quotes)/float64(n), "quotes/sentence")
}
