package clean

import (
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// item is one paragraph (or one junk line) of a document in reading order.
type item struct {
	ln     line
	reason string // why it is dropped; "" while kept
}

func (it *item) kept() bool { return it.reason == "" }

// body reports whether a kept item reads like body text: a context rule
// never drops it.
func (it *item) body() bool {
	return it.kept() && (it.ln.final || it.ln.quoted || it.ln.words > 14)
}

// Document fills d.Title and d.Text from d.Raw; it does nothing when d.Raw is
// nil. The title is d.Raw.Title normalised or, when that is empty, the first
// kept paragraph. Junk lines and paragraphs are dropped (see the package
// documentation); the kept paragraphs are joined with "\n\n". Lines of one
// paragraph are joined with a space, except that a bullet line ("- ", "• ",
// "1. ") starts on a new line.
func Document(d *doc.Document) {
	if d.Raw == nil {
		return
	}
	title := Normalize(d.Raw.Title)
	items := collect(d.Raw.Paragraphs, slugOf(title))
	if title == "" {
		for i := range items {
			if items[i].kept() {
				title = items[i].ln.s
				items[i].reason = "headline"
				break
			}
		}
	}
	applyContext(items, title)
	d.Title = title
	d.Text = joinKept(items)
}

func joinKept(items []item) string {
	n := 0
	for i := range items {
		if items[i].kept() {
			n += len(items[i].ln.s) + 2
		}
	}
	var b strings.Builder
	b.Grow(n)
	for i := range items {
		if !items[i].kept() {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(items[i].ln.s)
	}
	return b.String()
}

// applyContext runs the context rules over the items in place.
func applyContext(items []item, title string) {
	dropHeadline(items, title)
	dropRepeats(items)
	dropAfterMarkers(items)
	dropBios(items)
	dropBetweenBody(items)
	dropTrailing(items)
}

// dropHeadline drops the headline repeated as the first paragraph and any
// paragraph that is the headline's slug.
func dropHeadline(items []item, title string) {
	slug := slugOf(title)
	first := true
	for i := range items {
		it := &items[i]
		if !it.kept() {
			continue
		}
		if first && title != "" && strings.EqualFold(it.ln.s, title) {
			it.reason = "headline"
		} else if slug != "" && len(it.ln.s) >= len(slug) && len(it.ln.s) <= len(slug)+6 && isSlugOf(lower(it.ln.s), slug) {
			it.reason = "slug"
		}
		first = false
	}
}

// slugOf returns the lower-case letters, digits and single spaces of title:
// "Xi hails ‘new era’" gives "xi hails new era".
func slugOf(title string) string {
	var b strings.Builder
	space := false
	for i := 0; i < len(title); i++ {
		c := title[i]
		if isUpper(c) {
			c += 32
		}
		switch {
		case c >= 'a' && c <= 'z' || isDigit(c) || c >= 0x80:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(c)
		case c == ' ' || c == '-' || c == '/':
			space = true
		}
	}
	return b.String()
}

// isSlugOf reports whether l is slug, optionally followed by a number.
func isSlugOf(l, slug string) bool {
	if !strings.HasPrefix(l, slug) {
		return false
	}
	rest := l[len(slug):]
	return rest == "" || rest[0] == ' ' && allDigits(rest[1:])
}

// dropRepeats handles paragraphs that occur more than once: a sentence-like
// one keeps its first copy, anything else (video titles, captions) loses all.
func dropRepeats(items []item) {
	count := make(map[string]int)
	for i := range items {
		if items[i].kept() {
			count[items[i].ln.s]++
		}
	}
	seen := make(map[string]bool)
	for i := range items {
		it := &items[i]
		if !it.kept() || count[it.ln.s] < 2 {
			continue
		}
		if it.ln.final && it.ln.words > 8 && !seen[it.ln.s] {
			seen[it.ln.s] = true
			continue
		}
		it.reason = "duplicate"
	}
}

// dropAfterMarkers drops short unpunctuated lines that follow a media or
// related-content marker ("01:30", "Watch:", "Related posts").
func dropAfterMarkers(items []item) {
	on := false
	for i := range items {
		it := &items[i]
		switch {
		case it.reason == "media" || it.reason == "related":
			on = true
		case !it.kept():
		case on && isTitleLike(it):
			it.reason = "title"
		default:
			on = false
		}
	}
}

// isTitleLike reports whether a kept item is a short line without final
// punctuation that does not introduce or quote anything.
func isTitleLike(it *item) bool {
	ln := &it.ln
	if it.body() || ln.words > 14 {
		return false
	}
	ln.fill()
	return !it.body() && ln.words <= 14 && !ln.attributed && !strings.HasSuffix(ln.s, ":")
}

// dropBetweenBody drops short title-like lines between body paragraphs:
// section headings (at most 6 words) and related or video titles (7-14).
func dropBetweenBody(items []item) {
	seenBody := false
	lastBody := -1
	for i := range items {
		if items[i].body() {
			lastBody = i
		}
	}
	for i := range items {
		it := &items[i]
		if it.body() {
			seenBody = true
			continue
		}
		if it.kept() && seenBody && i < lastBody && isTitleLike(it) {
			it.reason = "heading"
			if it.ln.words > 6 {
				it.reason = "title"
			}
		}
	}
}

// dropTrailing drops short unpunctuated lines after the last body paragraph
// (publisher and author names, "Clifford Coonan, a contributor, ...").
func dropTrailing(items []item) {
	last := -1
	for i := range items {
		if items[i].body() {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(items); i++ {
		if it := &items[i]; it.kept() && it.ln.words <= 14 {
			it.reason = "trailing"
		}
	}
}
