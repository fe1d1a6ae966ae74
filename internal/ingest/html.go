package ingest

import (
	"bytes"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// bigHTML is the size above which a page skips tree building and the main
// content extractor and gets the streaming paragraph scan instead: building
// and cloning the DOM of a page this size costs hundreds of megabytes.
const bigHTML = 8 << 20

// maxDepth caps the element nesting kept from a parsed page; deeper
// subtrees are flattened to their text so that pathological nesting cannot
// make the extractor slow.
const maxDepth = 200

// minContent is the extracted text length (bytes) below which the
// extractor's result is compared with the simple block scan and the longer
// one kept. It replaces go-trafilatura's own rescue, which merges the
// whole article into one paragraph.
const minContent = 250

// page is what the HTML extractor found in one page or fragment.
type page struct {
	Title      string
	Paragraphs []string
	Published  time.Time
	URL        string
	Source     string
	Authors    []string
}

// readHTML reads a single-page HTML file.
func readHTML(em emitter, s *source) error {
	b, msg := s.readAll()
	if msg != "" {
		return em.fail(s.path, s.path, "", msg)
	}
	if isBinary(b) {
		return em.fail(s.path, s.path, "", "binary file, not a news document")
	}
	p, err := extractHTML(b, "", "")
	if err != nil {
		return em.fail(s.path, s.path, "", err.Error())
	}
	return em.emit(p.document(s.path, "html"))
}

// document turns an extracted page into a pipeline document.
func (p *page) document(id, format string) *doc.Document {
	return &doc.Document{
		ID: id, Title: p.Title, Date: doc.DateOf(p.Published), URL: p.URL,
		Source: p.Source, Authors: p.Authors,
		Raw: &doc.Raw{Title: p.Title, Paragraphs: p.Paragraphs, Published: p.Published, Format: format},
	}
}

// extractHTML decodes a page to UTF-8 and extracts its main content and
// metadata. contentType is an HTTP Content-Type (may be empty); pageURL is
// where the page came from (may be empty).
func extractHTML(b []byte, contentType, pageURL string) (*page, error) {
	b = toUTF8(b, contentType)
	p := treePage(b, pageURL)
	if p == nil {
		p = streamPage(b)
	}
	if p.Title == "" && len(p.Paragraphs) == 0 {
		return nil, fmt.Errorf("no text found in the HTML page")
	}
	return p, nil
}

// treePage parses the page and runs the main-content extractor. It returns
// nil for pages over bigHTML or that the parser rejects (such as nesting
// beyond its 512-element limit); those get the streaming scan.
func treePage(b []byte, pageURL string) *page {
	if len(b) > bigHTML {
		return nil
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		return nil
	}
	limitDepth(root, maxDepth)
	p := mainContent(root, pageURL)
	if textLen(p.Paragraphs) < minContent {
		if fb := blockParagraphs(root, skipBoilerplate); textLen(fb) > textLen(p.Paragraphs) {
			p.Paragraphs = fb
		}
	}
	if p.Title == "" {
		p.Title = titleOf(root)
	}
	p.Paragraphs = dropHeadline(p.Paragraphs, p.Title)
	return p
}

// dropHeadline removes a first paragraph that repeats the title.
func dropHeadline(paras []string, title string) []string {
	if len(paras) > 0 && title != "" && strings.EqualFold(paras[0], normalizeSpace(title)) {
		return paras[1:]
	}
	return paras
}

// toUTF8 transcodes b using its declared charset (BOM, HTTP header, <meta>).
// Undeclared content that is valid UTF-8 stays as it is; otherwise the
// HTML default, windows-1252, applies.
func toUTF8(b []byte, contentType string) []byte {
	enc, name, certain := charset.DetermineEncoding(b, contentType)
	if name == "utf-8" || (!certain && utf8.Valid(b)) {
		return bytes.TrimPrefix(b, utf8BOM)
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), b)
	if err != nil {
		return b
	}
	return out
}

// extractorOptions configures go-trafilatura for speed: no comments, no
// readability/distiller fallback, fast date search.
func extractorOptions(pageURL string) trafilatura.Options {
	cfg := trafilatura.DefaultConfig()
	cfg.MinExtractedSize = 0 // no baseline rescue; see minContent
	opt := trafilatura.Options{
		Config:          cfg,
		ExcludeComments: true,
		EnableFallback:  false,
		HtmlDateMode:    trafilatura.Fast,
		Focus:           trafilatura.Balanced,
	}
	if u, err := nurl.ParseRequestURI(pageURL); err == nil && pageURL != "" {
		opt.OriginalURL = u
	}
	return opt
}

// mainContent runs the main-content extractor. It never fails: when the
// extractor rejects or crashes on a page, the result has only metadata it
// could not find and no paragraphs, and the caller falls back.
func mainContent(root *html.Node, pageURL string) (p *page) {
	p = &page{}
	defer func() {
		if recover() != nil {
			p = &page{}
		}
	}()
	prune(root)
	res, err := trafilatura.ExtractDocument(root, extractorOptions(pageURL))
	if err != nil || res == nil {
		return p
	}
	m := res.Metadata
	p.Title, p.URL, p.Published = m.Title, m.URL, m.Date
	p.Source = m.Sitename
	if p.Source == "" {
		p.Source = m.Hostname
	}
	p.Authors = splitAuthors(m.Author)
	if res.ContentNode != nil {
		p.Paragraphs = blockParagraphs(res.ContentNode, nil)
	}
	return p
}

// pruneTags are elements the extractor deletes before it looks for the
// main content and that its metadata search does not read. Deleting them
// first saves it from copying and querying them (a page's scripts,
// stylesheets, menus and footers are often most of its elements).
var pruneTags = setOf("script", "style", "noscript", "template", "svg", "math", "iframe",
	"object", "embed", "canvas", "nav", "footer", "aside")

// prune deletes HTML comments and pruneTags elements (JSON scripts, which
// carry metadata, excepted) from the tree. The extractor deletes an element
// together with the text that follows it up to the next element; an element
// followed by such text is left for it, so that the result is the same and
// the tree keeps that text for the fallback scan.
func prune(root *html.Node) {
	var dead []*html.Node
	walk(root, func(n *html.Node) bool {
		switch {
		case n.Type == html.CommentNode:
			dead = append(dead, n)
		case n.Type != html.ElementNode || !pruneTags[n.Data]:
			return true
		case n.Data == "script" && strings.Contains(attr(n, "type"), "json"):
		case blankTail(n):
			dead = append(dead, n)
		}
		return false
	})
	for _, n := range dead {
		n.Parent.RemoveChild(n)
	}
}

// blankTail reports whether the text between n and the next element is
// only white space.
func blankTail(n *html.Node) bool {
	for s := n.NextSibling; s != nil && s.Type != html.ElementNode; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return false
		}
	}
	return true
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// splitAuthors splits the extractor's "A; B" author list.
func splitAuthors(s string) []string {
	var out []string
	for _, a := range strings.Split(s, ";") {
		if a = normalizeSpace(a); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// titleOf returns the text of the page's <title> element.
func titleOf(root *html.Node) string {
	var found string
	walk(root, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type == html.ElementNode && n.Data == "title" {
			found = normalizeSpace(textOf(n))
			return false
		}
		return true
	})
	return found
}
