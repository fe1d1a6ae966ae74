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
	sc := getScratch(d.Raw.Paragraphs)
	defer putScratch(sc)
	title := Normalize(d.Raw.Title)
	slug := slugOf(title)
	items := sc.collect(d.Raw.Paragraphs, slug)
	if title == "" {
		for i := range items {
			if items[i].kept() {
				// a copy: the text may sit in the scratch buffer
				title = strings.Clone(items[i].ln.s)
				items[i].reason = "headline"
				slug = slugOf(title)
				break
			}
		}
	}
	sc.applyContext(items, title, slug)
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
func (sc *scratch) applyContext(items []item, title, slug string) {
	dropHeadline(items, title, slug)
	dropRepeats(items, sc.count)
	dropAfterMarkers(items, &sc.text)
	dropBios(items, &sc.text)
	dropBetweenBody(items, &sc.text)
	dropTrailing(items)
}

// dropHeadline drops the headline repeated as the first paragraph and any
// paragraph that is the headline's slug (slugOf(title)).
func dropHeadline(items []item, title, slug string) {
	first := true
	for i := range items {
		it := &items[i]
		if !it.kept() {
			continue
		}
		if first && title != "" && strings.EqualFold(it.ln.s, title) {
			it.reason = "headline"
		} else if slug != "" && len(it.ln.s) >= len(slug) && len(it.ln.s) <= len(slug)+6 && isSlugOfFold(it.ln.s, slug) {
			it.reason = "slug"
		}
		first = false
	}
}

// slugOf returns the lower-case letters, digits and single spaces of title:
// "Xi hails ‘new era’" gives "xi hails new era".
func slugOf(title string) string {
	var b strings.Builder
	b.Grow(len(title))
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

// isSlugOfFold is isSlugOf(lower(s), slug) without the lower-cased copy.
func isSlugOfFold(s, slug string) bool {
	if len(s) < len(slug) {
		return false
	}
	for i := 0; i < len(slug); i++ {
		c := s[i]
		if isUpper(c) {
			c += 32
		}
		if c != slug[i] {
			return false
		}
	}
	rest := s[len(slug):]
	return rest == "" || rest[0] == ' ' && allDigits(rest[1:])
}

// repeat counts the kept copies of a paragraph and whether the first
// sentence-like copy has been kept.
type repeat struct {
	n    int32
	seen bool
}

// dropRepeats handles paragraphs that occur more than once: a sentence-like
// one keeps its first copy, anything else (video titles, captions) loses all.
// count is an empty scratch map; it is left empty.
func dropRepeats(items []item, count map[string]repeat) {
	defer clear(count)
	for i := range items {
		if items[i].kept() {
			r := count[items[i].ln.s]
			r.n++
			count[items[i].ln.s] = r
		}
	}
	if len(count) == countKept(items) {
		return // no repeats
	}
	for i := range items {
		it := &items[i]
		if !it.kept() {
			continue
		}
		r := count[it.ln.s]
		if r.n < 2 {
			continue
		}
		if it.ln.final && it.ln.words > 8 && !r.seen {
			r.seen = true
			count[it.ln.s] = r
			continue
		}
		it.reason = "duplicate"
	}
}

// countKept returns the number of kept items.
func countKept(items []item) int {
	n := 0
	for i := range items {
		if items[i].kept() {
			n++
		}
	}
	return n
}

// dropAfterMarkers drops short unpunctuated lines that follow a media or
// related-content marker ("01:30", "Watch:", "Related posts").
func dropAfterMarkers(items []item, tb *textBuf) {
	on := false
	for i := range items {
		it := &items[i]
		switch {
		case it.reason == "media" || it.reason == "related":
			on = true
		case !it.kept():
		case on && isTitleLike(it, tb):
			it.reason = "title"
		default:
			on = false
		}
	}
}

// isTitleLike reports whether a kept item is a short line without final
// punctuation that does not introduce or quote anything.
func isTitleLike(it *item, tb *textBuf) bool {
	ln := &it.ln
	if it.body() || ln.words > 14 {
		return false
	}
	ln.fill(tb)
	return !it.body() && ln.words <= 14 && !ln.attributed && !strings.HasSuffix(ln.s, ":")
}

// dropBetweenBody drops short title-like lines between body paragraphs:
// section headings (at most 6 words) and related or video titles (7-14).
func dropBetweenBody(items []item, tb *textBuf) {
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
		if it.kept() && seenBody && i < lastBody && isTitleLike(it, tb) {
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
