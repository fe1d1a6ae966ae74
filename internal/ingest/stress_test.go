package ingest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// articleHTML builds a news-like page with n body paragraphs around
// navigation, scripts and other furniture.
func articleHTML(n int) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grid operator warns of winter shortfall</title>`)
	b.WriteString(`<meta property="og:site_name" content="Plains Post"><meta property="article:published_time" content="2024-11-20T07:00:00Z">`)
	for i := 0; i < 80; i++ {
		fmt.Fprintf(&b, `<script>var cfg%d = {slot: "ad-%d", sizes: [[300, 250], [728, 90]], targeting: {section: "business"}};</script>`, i, i)
	}
	b.WriteString(`<style>` + strings.Repeat(".c{margin:0 auto;padding:4px 8px;color:#333} ", 100) + `</style></head><body>`)
	b.WriteString(`<div class="cookie-banner">We use cookies. <a href="/ok">Accept</a></div><header><nav><ul>`)
	for i := 0; i < 150; i++ {
		fmt.Fprintf(&b, `<li class="nav-item"><a href="/section/%d" class="nav-link">Section %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></nav></header><main><article><h1>Grid operator warns of winter shortfall</h1>`)
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `<p>The regional grid operator said on Wednesday that reserve margins could fall below the safe level during cold spells in paragraph %d, urging large industrial users to prepare plans to cut demand at short notice.</p>`, i)
		if i%4 == 3 {
			b.WriteString(`<div class="ad-slot"><span>Advertisement</span><iframe src="/ad"></iframe></div>`)
		}
	}
	b.WriteString(`</article><aside class="related"><ul>`)
	for i := 0; i < 30; i++ {
		fmt.Fprintf(&b, `<li><a href="/story/%d"><img src="/img/%d.jpg" alt="">Related story number %d about local matters</a></li>`, i, i, i)
	}
	b.WriteString(`</ul></aside></main><footer><p>Copyright Plains Post</p><ul>`)
	for i := 0; i < 250; i++ {
		fmt.Fprintf(&b, `<li class="footer-link"><a href="/page/%d">Footer page %d</a></li>`, i, i)
	}
	b.WriteString(`</ul></footer></body></html>`)
	return b.String()
}

func TestHostilePages(t *testing.T) {
	body := "<p>" + strings.Repeat("Officials met again on Monday to discuss the plan. ", 20) + "</p>"
	tests := []struct {
		name string
		page string
	}{
		{"deep-div-400", "<html><body>" + strings.Repeat("<div>", 400) + body + strings.Repeat("</div>", 400) + "</body></html>"},
		{"deep-div", "<html><body>" + strings.Repeat("<div>", 10000) + body + strings.Repeat("</div>", 10000) + "</body></html>"},
		{"deep-b", "<html><body>" + strings.Repeat("<b>", 10000) + body + "</body></html>"},
		{"deep-table", "<html><body>" + strings.Repeat("<table><tr><td>", 3000) + body + "</body></html>"},
		{"deep-unclosed-p-span", "<html><body>" + strings.Repeat("<span><em>", 10000) + body + "</body></html>"},
		{"giant-50MB", giantPage(50 << 20)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeFile(t, "page.html", []byte(tt.page))
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			docs := collect(t, []string{p}, Options{})
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			t.Logf("%s: %d bytes in %v, %d MB allocated, %d paragraphs, errors %v", tt.name, len(tt.page), time.Since(start),
				(after.TotalAlloc-before.TotalAlloc)>>20, len(paras(docs)), docs[0].Errors)
			if len(paras(docs)) == 0 {
				t.Fatalf("want the paragraph back, got %+v", toGolden(docs))
			}
			if time.Since(start) > 60*time.Second {
				t.Errorf("too slow: %v", time.Since(start))
			}
		})
	}
}

// giantPage builds an HTML page of about size bytes.
func giantPage(size int) string {
	para := "<p>" + strings.Repeat("Delegates from both sides returned to the table for another round. ", 10) + "</p>\n"
	var b strings.Builder
	b.Grow(size + 1024)
	b.WriteString("<html><head><title>Very long page</title></head><body><article>")
	for b.Len() < size {
		b.WriteString(para)
	}
	b.WriteString("</article></body></html>")
	return b.String()
}

func TestBigPageOverLimit(t *testing.T) {
	p := writeFile(t, "big.html", []byte(giantPage(3<<20)))
	docs := collect(t, []string{p}, Options{MaxBytes: 1 << 20})
	if e := errorOf(t, docs[0]); !strings.Contains(e.Message, "larger than") {
		t.Errorf("error %+v", e)
	}
}

// paras returns the paragraphs of the first document, if any.
func paras(docs []*doc.Document) []string {
	if len(docs) == 0 || docs[0].Raw == nil {
		return nil
	}
	return docs[0].Raw.Paragraphs
}
