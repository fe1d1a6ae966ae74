package ingest

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"github.com/dyad-project/dyad/internal/benchutil"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// benchPage is a realistic ~60 KB news page.
var benchPage = articleHTML(40)

func BenchmarkHTML(b *testing.B) {
	page := []byte(benchPage)
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	start := benchutil.CPUTime()
	for b.Loop() {
		p, err := extractHTML(page, "", "")
		if err != nil || len(p.Paragraphs) < 40 {
			b.Fatalf("extraction failed: %v", err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	benchutil.ReportCPU(b, start, len(page), 1, "pages")
}

// benchWARC writes n copies of the bench page, each preceded by a
// stylesheet record as real crawls interleave them.
func benchWARC(b *testing.B, n int) []byte {
	var buf bytes.Buffer
	w := NewWARCWriter(&buf, false)
	css := []byte(strings.Repeat(".story p{margin:0 0 1em;line-height:1.5} ", 400))
	for i := 0; i < n; i++ {
		uri := fmt.Sprintf("https://plains.example.com/story/%d", i)
		w.WriteResponse(uri+".css", time.Unix(1.7e9, 0), map[string]string{"Content-Type": "text/css"}, css)
		if err := w.WriteResponse(uri, time.Unix(1.7e9, 0), map[string]string{"Content-Type": "text/html"}, []byte(benchPage)); err != nil {
			b.Fatal(err)
		}
	}
	return buf.Bytes()
}

// BenchmarkWARC measures the archive layer: record parsing, HTTP parsing
// and digest checks, without HTML extraction.
func BenchmarkWARC(b *testing.B) {
	data := benchWARC(b, 100)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := benchutil.CPUTime()
	for b.Loop() {
		s := &source{raw: bufio.NewReaderSize(bytes.NewReader(data), 64<<10), max: DefaultMaxBytes}
		w := newWARCReader(s)
		for {
			rec, err := w.next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			if err := checkDigest(rec.header.Get("WARC-Block-Digest"), "block", rec.block); err != nil {
				b.Fatal(err)
			}
			if _, _, err := httpPayload(rec, s.max); err != nil {
				b.Fatal(err)
			}
		}
	}
	benchutil.ReportCPU(b, start, len(data), 0, "")
}

// BenchmarkWARCDocs reads a WARC end to end, HTML extraction included.
func BenchmarkWARCDocs(b *testing.B) {
	data := benchWARC(b, 20)
	b.SetBytes(int64(len(data)))
	pages := 0
	for b.Loop() {
		s := &source{path: "bench.warc", raw: bufio.NewReader(bytes.NewReader(data)), max: DefaultMaxBytes}
		em := emitter{ctx: context.Background(), fn: func(*doc.Document) error { pages++; return nil }}
		if err := readWARC(em, s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

func BenchmarkText(b *testing.B) {
	var text strings.Builder
	text.WriteString("Regional grid operator warns of winter shortfall\n\n")
	for text.Len() < 20000 {
		text.WriteString("The regional grid operator said on Wednesday that reserve margins could fall below the safe level.\n")
	}
	data := []byte(text.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		s := &source{path: "bench.txt", raw: bufio.NewReader(bytes.NewReader(data)), max: DefaultMaxBytes}
		s.r = s.raw
		em := emitter{ctx: context.Background(), fn: func(*doc.Document) error { return nil }}
		if err := readText(em, s); err != nil {
			b.Fatal(err)
		}
	}
}
