package temporal

import "github.com/dyad-project/dyad/internal/doc"

// Document dates the events and quotes of d from the time expressions of
// their sentences, resolved against d.Date. Every event keeps the document
// date in DocDate; an event whose sentence has an expression gets its Date,
// DateText and Historical from the expression nearest its verb (one on the
// same side of the quote marks as the verb preferred). A quote gets the
// date of the nearest expression of its sentence outside the quoted text,
// else the document date. Nothing changes when d.Date is unknown.
func Document(d *doc.Document) {
	if _, ok := parseDate(string(d.Date)); !ok {
		return
	}
	c := cache{d: d, idx: -1}
	for i := range d.Events {
		ev := &d.Events[i]
		ev.DocDate = d.Date
		s, xs := c.get(ev.Sentence)
		if x, ok := nearest(s.Text, xs, ev.VerbStart-s.Start, -1, -1); ok {
			ev.Date, ev.DateText, ev.Historical = x.Date, x.Text, x.Historical
		}
	}
	for i := range d.Quotes {
		q := &d.Quotes[i]
		q.Date = d.Date
		s, xs := c.get(q.Sentence)
		if x, ok := nearest(s.Text, xs, q.Start-s.Start, q.Start-s.Start, q.End-s.Start); ok {
			q.Date = x.Date
		}
	}
}

// cache holds the expressions of the latest sentence asked for.
type cache struct {
	d   *doc.Document
	idx int
	s   doc.Sentence
	xs  []Expr
}

func (c *cache) get(idx int) (doc.Sentence, []Expr) {
	if idx == c.idx {
		return c.s, c.xs
	}
	c.idx, c.s, c.xs = idx, doc.Sentence{}, nil
	if idx >= 0 && idx < len(c.d.Sentences) && c.d.Sentences[idx].Index == idx {
		c.s = c.d.Sentences[idx]
	} else {
		for _, s := range c.d.Sentences {
			if s.Index == idx {
				c.s = s
			}
		}
	}
	c.xs = Find(c.s.Text, c.d.Date)
	return c.s, c.xs
}

// nearest picks the expression closest to byte pos of text, skipping any
// inside [skipA, skipB) and preferring one whose quote parity (inside or
// outside double quotes) matches pos.
func nearest(text string, xs []Expr, pos, skipA, skipB int) (Expr, bool) {
	best, bestScore := -1, 0
	want := quoted(text, pos)
	for k, x := range xs {
		if x.Start < skipB && x.End > skipA {
			continue
		}
		dist := x.Start - pos
		if dist < 0 {
			dist = pos - x.End
		}
		if dist < 0 {
			dist = 0
		}
		if quoted(text, x.Start) != want {
			dist += 1 << 20
		}
		if best < 0 || dist < bestScore {
			best, bestScore = k, dist
		}
	}
	if best < 0 {
		return Expr{}, false
	}
	return xs[best], true
}

// quoted reports whether an odd number of double quotes precede pos.
func quoted(text string, pos int) bool {
	if pos > len(text) {
		pos = len(text)
	}
	odd := false
	for i := 0; i < pos; i++ {
		if text[i] == '"' {
			odd = !odd
		}
	}
	return odd
}
