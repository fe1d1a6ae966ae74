package clean

import (
	"github.com/dyad-project/dyad/internal/benchutil"
	"testing"

	"github.com/dyad-project/dyad/internal/clean/newsgen"
	"github.com/dyad-project/dyad/internal/doc"
)

func BenchmarkClean(b *testing.B) {
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
			Document(&doc.Document{Raw: r})
		}
	}
	benchutil.ReportCPU(b, start, size, 0, "")
}

func BenchmarkNormalize(b *testing.B) {
	s := "“We will not accept this,” the minister said — adding that talks… would resume in 1950–53."
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	start := benchutil.CPUTime()
	for b.Loop() {
		Normalize(s)
	}
	benchutil.ReportCPU(b, start, len(s), 0, "")
}
