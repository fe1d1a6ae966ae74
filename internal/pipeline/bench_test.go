package pipeline

import (
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/event"
)

// BenchmarkPipeline runs cleaning, splitting and coding over a generated
// news-like corpus and reports sentences per second.
func BenchmarkPipeline(b *testing.B) {
	p := testPipeline(b)
	raws := genCorpus(100, 1)
	var bytes int64
	for _, r := range raws {
		for _, para := range r.Paragraphs {
			bytes += int64(len(para))
		}
	}
	b.SetBytes(bytes)
	b.ReportAllocs()
	b.ResetTimer()
	sentences, events := 0, 0
	for i := 0; i < b.N; i++ {
		for _, r := range raws {
			d := &doc.Document{Raw: r, Date: "2024-03-01"}
			p.Process(d)
			sentences += len(d.Sentences)
			events += len(d.Events)
		}
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	b.ReportMetric(float64(events)/float64(sentences), "events/sentence")
}

// BenchmarkCoder measures the coder alone on already split sentences.
func BenchmarkCoder(b *testing.B) {
	p := testPipeline(b)
	raws := genCorpus(100, 2)
	docs := make([]*doc.Document, len(raws))
	n := 0
	for i, r := range raws {
		d := &doc.Document{Raw: r, Date: "2024-03-01"}
		p.Process(d)
		docs[i] = d
		n += len(d.Sentences)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			p.Coder().Code(d, event.Options{})
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "sentences/s")
}
