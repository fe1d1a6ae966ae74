package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/mmcdole/gofeed"
)

// readFeed reads an RSS, Atom or JSON feed; each item is one document. The
// size cap applies to the whole feed file.
func readFeed(em emitter, s *source) error {
	b, msg := s.readAll()
	if msg != "" {
		return em.fail(s.path, s.path, "", msg)
	}
	if isBinary(b) {
		return em.fail(s.path, s.path, "", "binary file, not a news document")
	}
	feed, err := parseFeed(b)
	if err != nil {
		return em.fail(s.path, s.path, "", fmt.Sprintf("not a valid RSS or Atom feed: %v", err))
	}
	format := feedFormat(feed.FeedType)
	source := normalizeSpace(feed.Title)
	for i, it := range feed.Items {
		id := fmt.Sprintf("%s#%d", s.path, i+1)
		d := itemDocument(it, id, source, format)
		if d == nil {
			d = errorDoc(id, s.path, fmt.Sprintf("item %d", i+1), "feed item has neither title nor content; nothing to read")
		}
		if err := em.emit(d); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed runs the feed parser, turning a crash on hostile input into an
// error.
func parseFeed(b []byte) (feed *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			feed, err = nil, fmt.Errorf("feed parser failed: %v", r)
		}
	}()
	feed, err = gofeed.NewParser().Parse(bytes.NewReader(b))
	if err == nil && feed == nil {
		err = fmt.Errorf("empty feed")
	}
	return feed, err
}

// feedFormat maps the parser's feed type to a doc.Raw format.
func feedFormat(t string) string {
	if t == "atom" {
		return "atom"
	}
	return "rss"
}

// itemDocument turns one feed item into a document, or nil if it is empty.
func itemDocument(it *gofeed.Item, id, source, format string) *doc.Document {
	if it == nil {
		return nil
	}
	title := normalizeSpace(it.Title)
	paras := itemParagraphs(it)
	if title == "" && len(paras) == 0 {
		return nil
	}
	published := itemTime(it)
	return &doc.Document{
		ID: id, Title: title, Date: doc.DateOf(published), URL: strings.TrimSpace(it.Link),
		Source: source, Authors: itemAuthors(it),
		Raw: &doc.Raw{Title: title, Paragraphs: paras, Published: published, Format: format},
	}
}

// itemParagraphs extracts the body from content:encoded/content, falling
// back to the description/summary.
func itemParagraphs(it *gofeed.Item) []string {
	body := it.Content
	if strings.TrimSpace(body) == "" {
		body = it.Description
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return nil
	}
	if strings.Contains(body, "<") {
		return fragmentParagraphs(body, it.Link)
	}
	return splitParagraphs(body)
}

// itemTime is the item's publication time, else its update time.
func itemTime(it *gofeed.Item) time.Time {
	if it.PublishedParsed != nil {
		return *it.PublishedParsed
	}
	if it.UpdatedParsed != nil {
		return *it.UpdatedParsed
	}
	return time.Time{}
}

// itemAuthors lists the item's author names.
func itemAuthors(it *gofeed.Item) []string {
	var names []string
	for _, p := range it.Authors {
		if p != nil {
			names = append(names, p.Name)
		}
	}
	if len(names) == 0 && it.Author != nil {
		names = append(names, it.Author.Name)
	}
	return cleanNames(names)
}
