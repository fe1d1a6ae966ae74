package ingest

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// blockTags are the elements whose boundaries end a paragraph.
var blockTags = setOf("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
	"blockquote", "pre", "table", "tr", "dl", "dd", "dt", "section", "article", "main",
	"header", "footer", "aside", "nav", "figure", "figcaption", "form", "hr", "address",
	"details", "summary", "center", "caption", "body", "html", "title", "head", "fieldset")

// neverText are elements whose content is never article text.
var neverText = setOf("script", "style", "noscript", "template", "svg", "math",
	"iframe", "object", "canvas", "select", "button", "head")

// boilerTags are page furniture skipped by the fallback extractor.
var boilerTags = setOf("nav", "header", "footer", "aside", "form", "menu", "dialog")

// boilerNames are class/id fragments marking furniture for the fallback.
var boilerNames = []string{"cookie", "comment", "related", "share", "advert", "promo",
	"newsletter", "subscribe", "sidebar", "menu", "breadcrumb", "consent"}

// setOf builds a string set.
func setOf(items ...string) map[string]bool {
	m := make(map[string]bool, len(items))
	for _, s := range items {
		m[s] = true
	}
	return m
}

// skipAlways skips elements that never hold article text.
func skipAlways(n *html.Node) bool { return neverText[n.Data] }

// skipBoilerplate also skips navigation, footers and elements whose class
// or id names page furniture; it is used when the main extractor failed.
func skipBoilerplate(n *html.Node) bool {
	if neverText[n.Data] || boilerTags[n.Data] {
		return true
	}
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range boilerNames {
			if strings.Contains(v, w) {
				return true
			}
		}
	}
	return false
}

// walk visits root and its descendants in document order without
// recursion; visit returns whether to descend into a node's children.
func walk(root *html.Node, visit func(*html.Node) bool) {
	n := root
	for n != nil {
		if visit(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// textOf concatenates the text below n, skipping scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return c.Type != html.ElementNode || !neverText[c.Data] || c == n
	})
	return b.String()
}

// limitDepth flattens every subtree deeper than max into a single text node.
func limitDepth(root *html.Node, max int) {
	depth := 0
	n := root
	for n != nil {
		if depth >= max && n.FirstChild != nil {
			flatten(n)
		}
		if n.FirstChild != nil {
			n, depth = n.FirstChild, depth+1
			continue
		}
		for n != root && n.NextSibling == nil {
			n, depth = n.Parent, depth-1
		}
		if n == root {
			return
		}
		n = n.NextSibling
	}
}

// flatten replaces the children of n with one text node holding their text.
func flatten(n *html.Node) {
	text := textOf(n)
	for c := n.FirstChild; c != nil; c = n.FirstChild {
		n.RemoveChild(c)
	}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
}

// paraBuilder accumulates inline text and cuts it into paragraphs at block
// boundaries.
type paraBuilder struct {
	buf strings.Builder
	out []string
}

// flush ends the current paragraph.
func (p *paraBuilder) flush() {
	p.out = appendPara(p.out, p.buf.String())
	p.buf.Reset()
}

// blockParagraphs returns the text of root split at block elements and
// <br>, skipping elements for which skip returns true.
func blockParagraphs(root *html.Node, skip func(*html.Node) bool) []string {
	var p paraBuilder
	p.visit(root, skip)
	p.flush()
	return p.out
}

// visit adds n and its subtree to the builder.
func (p *paraBuilder) visit(n *html.Node, skip func(*html.Node) bool) {
	switch n.Type {
	case html.TextNode:
		p.buf.WriteString(n.Data)
		return
	case html.ElementNode:
		if skip != nil && skip(n) {
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := n.Data == "br" || blockTags[n.Data]
	if block {
		p.flush()
	} else if n.Data == "td" || n.Data == "th" {
		p.buf.WriteByte(' ')
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.visit(c, skip)
	}
	if block {
		p.flush()
	}
}

// streamSkip are elements whose content the streaming scan drops.
var streamSkip = setOf("script", "style", "noscript", "template", "svg", "nav", "aside", "footer")

// streamPage extracts title and paragraphs from a page too big for tree
// building, with a single pass of the tokenizer.
func streamPage(b []byte) *page {
	z := html.NewTokenizer(bytes.NewReader(b))
	var p paraBuilder
	var title strings.Builder
	skipDepth, inTitle := 0, false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			p.flush()
			return &page{Title: normalizeSpace(title.String()), Paragraphs: p.out}
		case html.TextToken:
			switch {
			case inTitle:
				title.Write(z.Text())
			case skipDepth == 0:
				p.buf.Write(z.Text())
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			switch {
			case streamSkip[tag] && tt == html.StartTagToken:
				skipDepth++
			case streamSkip[tag] && tt == html.EndTagToken && skipDepth > 0:
				skipDepth--
			}
			inTitle = tag == "title" && tt == html.StartTagToken
			if blockTags[tag] || tag == "br" {
				p.flush()
			}
		}
	}
}

// fragmentParagraphs extracts paragraphs from an HTML fragment such as a
// feed item's content. Long fragments go through the main-content
// extractor first; its result is kept when it retains at least half of the
// fragment's text.
func fragmentParagraphs(s, link string) []string {
	root, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return splitParagraphs(s)
	}
	limitDepth(root, maxDepth)
	simple := blockParagraphs(root, skipAlways)
	if len(s) < 2000 {
		return simple
	}
	if p := mainContent(root, link); textLen(p.Paragraphs)*2 >= textLen(simple) {
		return p.Paragraphs
	}
	return simple
}

// textLen is the total length of paragraphs.
func textLen(paras []string) int {
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	return n
}
