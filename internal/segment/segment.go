// Package segment splits cleaned text into sentences with byte offsets.
//
// Split works on any text: it never crosses a paragraph break (a blank line),
// starts a new sentence at each bullet line, and otherwise ends a sentence
// after ".", "?", "!" or an ellipsis (plus any closing quotes and brackets)
// that is followed by white space and a word that can start a sentence.
// Abbreviations are handled by class: titles such as "Mr." or "Gen." and
// forms such as "e.g." never end a sentence; months end one only before a
// common sentence opener; abbreviations that often end a sentence ("Inc.",
// "etc.", "U.S.", "a.m.") end it only before a common sentence opener ("in
// the U.S. The ..." splits, "the U.S. Navy" does not); single initials
// ("J. R. Smith") never end one unless an opener follows.
package segment

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/clean"
	"github.com/dyad-project/dyad/internal/doc"
)

// Span is a half-open byte range.
type Span struct{ Start, End int }

// Split returns the sentence spans of text, in order, each trimmed of
// surrounding white space. A span never crosses a paragraph break ("\n\n",
// or a line of white space), and every non-space byte of text belongs to
// exactly one span.
func Split(text string) []Span {
	out := make([]Span, 0, len(text)/100+1)
	forParagraphs(text, func(p Span) { out = splitPara(text, p, out) })
	return out
}

// Document fills d.Sentences: sentence 0 is the headline (d.Title, trimmed;
// offsets into d.Title; paragraph 0; present even when the title is empty),
// then the body sentences of d.Text with offsets into d.Text and paragraphs
// numbered from 1 in the order of d.Text's "\n\n"-separated paragraphs.
// Sentences that clean.JunkSentence flags are left out; indices stay
// consecutive.
func Document(d *doc.Document) {
	t := trim(d.Title, Span{0, len(d.Title)})
	sb := spanPool.Get().(*spanBuf)
	defer sb.release()
	forParagraphs(d.Text, func(p Span) {
		sb.spans = splitPara(d.Text, p, sb.spans)
		sb.paraEnd = append(sb.paraEnd, len(sb.spans))
	})
	out := d.Sentences[:0]
	if cap(out) < 1+len(sb.spans) {
		out = make([]doc.Sentence, 0, 1+len(sb.spans))
	}
	out = append(out, doc.Sentence{Text: d.Title[t.Start:t.End], Start: t.Start, End: t.End})
	k := 0
	for para, end := range sb.paraEnd {
		for ; k < end; k++ {
			s := sb.spans[k]
			txt := d.Text[s.Start:s.End]
			if clean.JunkSentence(txt) != "" {
				continue
			}
			out = append(out, doc.Sentence{Index: len(out), Text: txt, Start: s.Start, End: s.End, Paragraph: para + 1})
		}
	}
	d.Sentences = out
}

// spanBuf is reusable memory for Document: the sentence spans of a text
// and, for each paragraph, the number of spans up to its end.
type spanBuf struct {
	spans   []Span
	paraEnd []int
}

var spanPool = sync.Pool{New: func() any { return new(spanBuf) }}

// release empties sb and returns it to the pool unless it grew unusually
// large.
func (sb *spanBuf) release() {
	if cap(sb.spans) > 1<<16 {
		return
	}
	sb.spans, sb.paraEnd = sb.spans[:0], sb.paraEnd[:0]
	spanPool.Put(sb)
}

// forParagraphs calls f with each non-blank paragraph of text, trimmed.
func forParagraphs(text string, f func(Span)) {
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		j := i + 1
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
			j++
		}
		if j < len(text) && text[j] == '\n' {
			emitPara(text, Span{start, i}, f)
			start = j + 1
			i = j
		}
	}
	emitPara(text, Span{start, len(text)}, f)
}

func emitPara(text string, p Span, f func(Span)) {
	if p = trim(text, p); p.End > p.Start {
		f(p)
	}
}

// trim shrinks p to exclude white space at both ends.
func trim(text string, p Span) Span {
	for p.Start < p.End {
		n := spaceLen(text, p.Start)
		if n == 0 {
			break
		}
		p.Start += n
	}
	for p.End > p.Start {
		n := spaceLenBefore(text, p.End)
		if n == 0 {
			break
		}
		p.End -= n
	}
	return p
}

// spaceLen returns the byte length of the white-space rune at text[i], or 0.
func spaceLen(text string, i int) int {
	c := text[i]
	if c < utf8.RuneSelf {
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// spaceLenBefore returns the byte length of the white-space rune ending at
// text[end], or 0.
func spaceLenBefore(text string, end int) int {
	c := text[end-1]
	if c < utf8.RuneSelf {
		return spaceLen(text, end-1)
	}
	r, n := utf8.DecodeLastRuneInString(text[:end])
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}
