package segment

import (
	"github.com/dyad-project/dyad/internal/benchutil"
	"testing"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/clean/newsgen"
	"github.com/dyad-project/dyad/internal/doc"
)

// cleaned returns the benchmark corpus cleaned, and its text size.
func cleaned() ([]*doc.Document, int) {
	var docs []*doc.Document
	size := 0
	for _, r := range newsgen.Corpus(4<<20, 1) {
		d := &doc.Document{Raw: r}
		clean.Document(d)
		docs = append(docs, d)
		size += len(d.Text)
	}
	return docs, size
}

func BenchmarkSplit(b *testing.B) {
	docs, size := cleaned()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	n := 0
	start := benchutil.CPUTime()
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(Split(d.Text))
		}
	}
	benchutil.ReportCPU(b, start, size, 0, "")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkDocument(b *testing.B) {
	docs, size := cleaned()
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := benchutil.CPUTime()
	for b.Loop() {
		for _, d := range docs {
			Document(d)
		}
	}
	benchutil.ReportCPU(b, start, size, 0, "")
}

func BenchmarkCleanAndSplit(b *testing.B) {
	raws := newsgen.Corpus(4<<20, 1)
	size := 0
	for _, r := range raws {
		for _, p := range r.Paragraphs {
			size += len(p)
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	start := benchutil.CPUTime()
	for b.Loop() {
		for _, r := range raws {
			d := &doc.Document{Raw: r}
			clean.Document(d)
			Document(d)
		}
	}
	benchutil.ReportCPU(b, start, size, 0, "")
}
