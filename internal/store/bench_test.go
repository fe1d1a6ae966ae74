package store

import (
	"context"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// benchDocs builds n documents of ~20 sentences and 5 events and their
// total text size.
func benchDocs(n int) ([]*doc.Document, int64) {
	docs := genDocs(0, n)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Title) + len(d.Text))
	}
	return docs, size
}

// BenchmarkPut stores one document per Put (one transaction each).
func BenchmarkPut(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	docs, size := benchDocs(b.N)
	b.SetBytes(size / int64(b.N))
	b.ResetTimer()
	for _, d := range docs {
		if _, err := s.Put(ctx, d); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutBatch stores documents 100 per PutBatch call.
func BenchmarkPutBatch(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	docs, size := benchDocs(b.N)
	b.SetBytes(size / int64(b.N))
	b.ResetTimer()
	for i := 0; i < len(docs); i += 100 {
		for _, r := range s.PutBatch(ctx, docs[i:min(i+100, len(docs))]) {
			if r.Err != nil {
				b.Fatal(r.Err)
			}
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkDocument re-reads a stored document with all its records.
func BenchmarkDocument(b *testing.B) {
	s := openTemp(b)
	ctx := context.Background()
	docs, _ := benchDocs(200)
	s.PutBatch(ctx, docs)
	b.ResetTimer()
	for i := range b.N {
		if _, err := s.Document(ctx, docs[i%len(docs)].ID); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkContentHash measures hashing a ~2 kB document.
func BenchmarkContentHash(b *testing.B) {
	d := genDoc(1, 20, 0)
	b.SetBytes(int64(len(d.Title) + len(d.Text)))
	for range b.N {
		_ = ContentHash(d)
	}
}
