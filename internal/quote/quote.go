// Package quote finds the quotations of a coded document and attributes
// them to speakers.
//
// Find reads the cleaned text after sentence splitting and event coding: it
// uses d.Sentences for offsets and paragraphs and d.Entities (every actor
// mention the coder found, pronouns resolved) to name speakers. It finds
//
//   - direct quotes in double quotation marks (straight or curly), and in
//     single marks outside double ones, with the speaker before ("X said:",
//     "X told reporters:", "According to X, ...") or after ("..., X said.",
//     "said X", "X added", "X was quoted as saying by Y"); a quote may run
//     over several sentences and, in news style, over paragraphs: a
//     paragraph that ends inside a quote continues into the next one when
//     that one opens with a quotation mark;
//   - a full quote with no attribution of its own takes the speaker of the
//     latest attributed quote or reported speech of the same or the two
//     previous paragraphs (the speaker keeps the floor until another one
//     takes it);
//   - partial quotes inside a sentence (`called the plan "reckless"`):
//     Direct and Fragment, attributed to the sentence's subject;
//   - reported speech ("X said (that) ...", "X told reporters ...", "X
//     warned that ...", "..., X said.", "according to X, ..."): Direct false,
//     Text the reported clause.
//
// Channels ("according to KCNA" when someone else speaks, "told Reuters",
// "quoted ... by Xinhua", "carried by state media", "said on state
// television") fill Via with the words as written; "according to X" with
// no other speaker makes X the speaker. A speaker is the coder's entity
// covering the speaker words (its text, name and code), else the words
// themselves with empty name and code; a quote with no identifiable speaker
// has a nil Speaker.
//
// Offsets index d.Title for sentence 0 and d.Text otherwise; Start and End
// span the quoted words without the marks (and without a trailing comma).
// The Text of a quote over several paragraphs joins its parts with a blank
// line, leaving out the reopening marks.
package quote

import (
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// floorReach is how many paragraphs back a speaker keeps the floor.
const floorReach = 2

// Find fills d.Quotes (replacing what was there).
func Find(d *doc.Document) {
	d.Quotes = d.Quotes[:0]
	f := &finder{d: d, floorPara: -100, accStart: -1}
	ss := d.Sentences
	for i := 0; i < len(ss); {
		j := i + 1
		if ss[i].Index != 0 {
			for j < len(ss) && ss[j].Paragraph == ss[i].Paragraph {
				j++
			}
		}
		f.paragraph(ss[i:j])
		i = j
	}
	f.flush()
	if len(d.Quotes) > 1 {
		sort.SliceStable(d.Quotes, func(a, b int) bool {
			qa, qb := d.Quotes[a], d.Quotes[b]
			if (qa.Sentence == 0) != (qb.Sentence == 0) {
				return qa.Sentence == 0
			}
			return qa.Start < qb.Start
		})
	}
}

// finder is the state of one Find run.
type finder struct {
	d         *doc.Document
	base      string         // text of the current paragraph (Title or Text)
	ss        []doc.Sentence // sentences of the current paragraph
	ents      []doc.Entity   // entities of the current paragraph
	entBuf    []doc.Entity
	ent       int // cursor into d.Entities
	pieces    []piece
	toks      []tok
	ftoks     []tok
	used      []int // byte offsets of speech verbs used by direct quotes
	accStart  int   // where the latest "according to X" names X
	floor     *doc.ActorRef
	floorPara int
	pend      *pending
}

// pending is a quote still open at the end of a paragraph.
type pending struct {
	q     doc.Quote
	base  string
	parts [][2]int
	full  bool
}

// paragraph handles one paragraph (the headline is a paragraph of its own).
func (f *finder) paragraph(ss []doc.Sentence) {
	f.base, f.ss = f.d.Text, ss
	if ss[0].Index == 0 {
		f.base = f.d.Title
	}
	f.ents = f.entities(ss[0].Index, ss[len(ss)-1].Index)
	a, b := ss[0].Start, ss[len(ss)-1].End
	if a < 0 || b > len(f.base) || a > b {
		return
	}
	lo := a
	for k := 0; k < len(f.ents); k++ { // entities must lie in the paragraph
		if f.ents[k].Start < lo || f.ents[k].End > b {
			f.ents = append(f.ents[:k], f.ents[k+1:]...)
			k--
		}
	}
	f.pieces = scanMarks(f.base, a, b, f.pieces[:0])
	f.used = f.used[:0]
	first := 0
	if f.pend != nil {
		if len(f.pieces) > 0 && f.pieces[0].open == a && !f.pieces[0].single && ss[0].Index != 0 {
			f.pieces[0].reopen = true
			f.continuePending(f.pieces[0])
			first = 1
		} else {
			f.flush()
		}
	}
	for _, s := range ss {
		f.toks = tokenize(f.base, s.Start, s.End, f.toks[:0])
		for k := first; k < len(f.pieces); k++ {
			if p := f.pieces[k]; p.open >= s.Start && p.open < s.End {
				f.direct(s, p)
			}
		}
		f.indirect(s)
	}
	if ss[0].Index == 0 {
		f.flush() // a headline quote never runs into the body
	}
}

// entities returns the entities of sentences lo..hi (d.Entities is in
// sentence order), leaving out any whose offsets fall outside the text or
// overlap the previous one.
func (f *finder) entities(lo, hi int) []doc.Entity {
	es := f.d.Entities
	for f.ent < len(es) && es[f.ent].Sentence < lo {
		f.ent++
	}
	out := f.entBuf[:0]
	for k := f.ent; k < len(es) && es[k].Sentence <= hi; k++ {
		e := es[k]
		if e.Start < 0 || e.End > len(f.base) || e.Start >= e.End || len(out) > 0 && out[len(out)-1].End > e.Start {
			continue
		}
		out = append(out, e)
	}
	f.entBuf = out
	return out
}

// sentenceAt returns the paragraph sentence holding byte pos.
func (f *finder) sentenceAt(pos int) doc.Sentence {
	for _, s := range f.ss {
		if pos < s.End {
			return s
		}
	}
	return f.ss[len(f.ss)-1]
}

// inQuote reports whether byte pos lies inside a quoted piece (marks
// included) of the current paragraph.
func (f *finder) inQuote(pos int) bool {
	for _, p := range f.pieces {
		end := p.close
		if end < 0 {
			end = len(f.base)
		}
		if pos >= p.open && pos <= end {
			return true
		}
	}
	return false
}

// direct records the quote of piece p, which opens in sentence s.
func (f *finder) direct(s doc.Sentence, p piece) {
	a, b := trimQuote(f.base, p.a, p.b)
	if a >= b {
		return
	}
	q := doc.Quote{Text: f.base[a:b], Sentence: s.Index, Start: a, End: b, Direct: true, Paragraph: s.Paragraph}
	lo := s.Start
	for _, o := range f.pieces {
		if o.close >= 0 && o.close < p.open && o.close >= lo {
			lo = o.close + 1
		}
	}
	full := f.fullQuote(lo, p.open)
	q.Fragment = !full
	if full {
		q.Speaker, q.Via = f.frame(lo, p.open, false)
	}
	if p.close < 0 {
		f.pend = &pending{q: q, base: f.base, parts: [][2]int{{a, b}}, full: full}
		return
	}
	if q.Speaker == nil {
		q.Speaker, q.Via = f.afterClose(p.close)
	}
	if q.Speaker == nil && !full {
		q.Speaker, q.Via = f.subject(s, p.open)
	}
	if q.Speaker == nil && full {
		q.Speaker = f.floorFor(s.Paragraph)
	}
	f.emit(q)
}

// afterClose reads the attribution after the closing mark at pos, up to the
// end of its sentence or the next opening mark.
func (f *finder) afterClose(pos int) (*doc.ActorRef, *string) {
	if !f.attributable(pos) {
		return nil, nil
	}
	s := f.sentenceAt(pos)
	hi := s.End
	for _, o := range f.pieces {
		if o.open > pos && o.open < hi {
			hi = o.open
		}
	}
	return f.frame(pos+1, hi, true)
}

// attributable reports whether the quote closing at pos can take an
// attribution after it: it ends with a comma, "?" or "!" (or a full
// stop, for "said X." after a complete sentence), or a comma follows.
func (f *finder) attributable(pos int) bool {
	if pos > 0 {
		switch f.base[pos-1] {
		case ',', '?', '!', '.':
			return true
		}
	}
	j := pos + 1
	if j < len(f.base) && f.base[j-1] != '"' {
		j = pos + 3 // curly mark
	}
	for j < len(f.base) && isSpace(f.base[j]) {
		j++
	}
	return j < len(f.base) && f.base[j] == ','
}

// emit appends q and gives its speaker the floor.
func (f *finder) emit(q doc.Quote) {
	f.d.Quotes = append(f.d.Quotes, q)
	if q.Speaker != nil {
		f.floor, f.floorPara = q.Speaker, q.Paragraph
	}
}

// floorFor returns the speaker holding the floor for a quote in paragraph
// para, or nil.
func (f *finder) floorFor(para int) *doc.ActorRef {
	if f.floor == nil || para-f.floorPara > floorReach {
		return nil
	}
	return f.floor
}

// continuePending adds piece p (which reopens the paragraph) to the
// pending quote, closing it when p closes.
func (f *finder) continuePending(p piece) {
	a, b := trimQuote(f.base, p.a, p.b)
	if a < b {
		f.pend.parts = append(f.pend.parts, [2]int{a, b})
	}
	if p.close < 0 {
		return
	}
	pd := f.pend
	if pd.q.Speaker == nil {
		pd.q.Speaker, pd.q.Via = f.afterClose(p.close)
	}
	f.flush()
}

// flush emits the pending quote, if any.
func (f *finder) flush() {
	pd := f.pend
	if pd == nil {
		return
	}
	f.pend = nil
	q := pd.q
	if len(pd.parts) > 1 {
		var sb strings.Builder
		for k, pt := range pd.parts {
			if k > 0 {
				sb.WriteString("\n\n")
			}
			sb.WriteString(pd.base[pt[0]:pt[1]])
		}
		q.Text, q.End = sb.String(), pd.parts[len(pd.parts)-1][1]
	}
	if q.Speaker == nil && pd.full {
		q.Speaker = f.floorFor(q.Paragraph)
	}
	f.emit(q)
}

// trimQuote trims white space and a trailing comma from base[a:b].
func trimQuote(base string, a, b int) (int, int) {
	for a < b && isSpace(base[a]) {
		a++
	}
	for b > a && (isSpace(base[b-1]) || base[b-1] == ',') {
		b--
	}
	return a, b
}
