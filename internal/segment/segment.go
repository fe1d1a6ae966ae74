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
	d.Sentences = append(d.Sentences[:0], doc.Sentence{Text: d.Title[t.Start:t.End], Start: t.Start, End: t.End})
	para := 0
	var spans []Span
	forParagraphs(d.Text, func(p Span) {
		para++
		spans = splitPara(d.Text, p, spans[:0])
		for _, s := range spans {
			txt := d.Text[s.Start:s.End]
			if clean.JunkSentence(txt) != "" {
				continue
			}
			d.Sentences = append(d.Sentences, doc.Sentence{Index: len(d.Sentences), Text: txt,
				Start: s.Start, End: s.End, Paragraph: para})
		}
	})
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
