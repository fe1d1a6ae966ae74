package quote

import "github.com/dyad-project/dyad/internal/doc"

// indirect finds reported speech in sentence s (tokens in f.toks).
func (f *finder) indirect(s doc.Sentence) {
	t := f.toks
	for v := range t {
		if t[v].k != kWord || f.inQuote(t[v].a) || f.isUsed(t[v].a) || v > 0 && passive(f.word(t[v-1])) {
			continue
		}
		switch cls := speech(f.word(t[v])); cls {
		case vNone:
		case vAccord:
			f.according(s, t, v)
		default:
			f.reported(s, t, v, cls)
		}
	}
}

// passive reports a form of "be" before a verb ("would be added").
func passive(w string) bool {
	switch w {
	case "be", "been", "being", "is", "was", "were", "are":
		return true
	}
	return false
}

func (f *finder) isUsed(pos int) bool {
	for _, u := range f.used {
		if u == pos {
			return true
		}
	}
	return false
}

// reported handles "X said (that) CLAUSE", "X told Y CLAUSE", "X was quoted
// as saying (by Y) CLAUSE" and "CLAUSE, X said."
func (f *finder) reported(s doc.Sentence, t []tok, v int, cls uint8) {
	lo := f.clauseFloor(t, v)
	c, via := f.complement(t, v, cls)
	if c < 0 {
		return
	}
	if c >= len(t) || f.word(t[c]) == "." {
		f.postposed(s, t, lo, v, via)
		return
	}
	if t[c].k != kWord && (c == v+1 || t[c].k != kMark) {
		return // "said:" or `said "...` belong to direct quotes
	}
	end := f.clauseEnd(t, c)
	if end-c < 2 {
		return
	}
	var sp *doc.ActorRef
	if f.coordinated(t, v) {
		sp = f.sentenceSubject(s, t, t[v].a)
	} else {
		sp = f.before(t[lo:v+1], v-lo)
	}
	via2, acc := f.channel(t)
	if via == nil {
		via = via2
	}
	sp, via = f.settle(sp, via, acc)
	f.emitIndirect(s, t[c].a, t[end-1].b, sp, via)
}

// clauseFloor returns the first token of v's clause: after the latest
// closing quote mark before v.
func (f *finder) clauseFloor(t []tok, v int) int {
	lo := 0
	for k := 0; k < v; k++ {
		if t[k].k == kMark || f.inQuote(t[k].a) {
			lo = k + 1
		}
	}
	return lo
}

// complement returns the token where the reported clause of verb t[v]
// starts (-1 when there is none) and a channel named by the addressee.
func (f *finder) complement(t []tok, v int, cls uint8) (int, *string) {
	c := v + 1
	var via *string
	if cls == vQuoted {
		for c < len(t) && c < v+8 && f.word(t[c]) != "saying" {
			c++
		}
		if c == len(t) || c == v+8 {
			return -1, nil
		}
		f.used = append(f.used, t[c].a)
		c++
	}
	if w := f.word(t[v]); (w == "told" || w == "tells") && c < len(t) {
		c, via = f.addressee(t, c)
	}
	if k := f.thatAt(t, c); k >= 0 {
		return k + 1, via
	}
	if cls == vThat {
		return -1, nil
	}
	return f.skipLead(t, c), via
}

// thatAt returns the index of the "that" opening a reported clause at c,
// possibly after a time or place phrase ("said on Friday that"), or -1.
func (f *finder) thatAt(t []tok, c int) int {
	if c >= len(t) {
		return -1
	}
	if f.word(t[c]) == "that" {
		return c
	}
	w := f.word(t[c])
	if !preposition(w) && w != "yesterday" && w != "today" && w != "late" && w != "earlier" && w != "again" &&
		(c == 0 || !preposition(f.word(t[c-1]))) {
		return -1
	}
	for k := c + 1; k < len(t) && k < c+8; k++ {
		switch {
		case t[k].k == kMark || f.word(t[k]) == ":" || f.word(t[k]) == ";":
			return -1
		case f.word(t[k]) == "that":
			return k
		}
	}
	return -1
}

// addressee skips the object of "told" ("reporters", "the BBC"),
// returning the next token and the outlet when it is a media entity.
func (f *finder) addressee(t []tok, c int) (int, *string) {
	if e, ok := f.entityAt(t[c].a); ok {
		var via *string
		if isMedia(e) {
			txt := e.Text
			via = &txt
		}
		for c < len(t) && t[c].a < e.End {
			c++
		}
		return c, via
	}
	if w := f.word(t[c]); w == "the" || w == "a" || w == "an" {
		c++
	}
	for n := 0; c < len(t) && n < 3 && t[c].k == kWord && !clauseStart(f.word(t[c])); n++ {
		c++
	}
	return c, nil
}

// skipLead skips a time or place phrase right after the verb ("said on
// Friday the ..."); it returns -1 when the phrase does not end in a clause.
func (f *finder) skipLead(t []tok, c int) int {
	if c >= len(t) || t[c].k != kWord {
		return c
	}
	w := f.word(t[c])
	if !preposition(w) && w != "yesterday" && w != "today" && w != "late" && w != "earlier" {
		return c
	}
	for k := c + 1; k < len(t) && k < c+6; k++ {
		switch f.word(t[k]) {
		case "the", "it", "he", "she", "they", "we", "its", "his", "her", "their", "there", "this", "a":
			return k
		}
	}
	return -1
}

// clauseEnd returns the end (exclusive) of the clause starting at c: before
// ";", before ", according to" or ", X said", and before the final stop.
func (f *finder) clauseEnd(t []tok, c int) int {
	end := len(t)
	for k := c; k < len(t); k++ {
		w := f.word(t[k])
		if w == ";" {
			return k
		}
		if w == "," && f.attributionAhead(t, k+1) {
			return k
		}
		if (w == "and" || w == "but") && k > c && k+1 < len(t) &&
			(speech(f.word(t[k+1])) != vNone || k+2 < len(t) && auxiliary(f.word(t[k+1])) && speech(f.word(t[k+2])) != vNone) {
			return k
		}
	}
	for end > c && t[end-1].k == kPunct {
		end--
	}
	return end
}

// attributionAhead reports whether a speech verb follows within five
// tokens and ends the sentence's content ("..., he said on Friday.").
func (f *finder) attributionAhead(t []tok, k int) bool {
	for j := k; j < len(t) && j < k+5; j++ {
		if t[j].k == kWord && speech(f.word(t[j])) != vNone {
			return true
		}
	}
	return false
}

// postposed handles "CLAUSE, X said.": the clause before the comma that
// precedes the subject.
func (f *finder) postposed(s doc.Sentence, t []tok, lo, v int, via *string) {
	k := v - 1
	for k > lo && f.word(t[k]) != "," {
		k--
	}
	if k <= lo || k-lo < 3 || v-k > 7 {
		return
	}
	sp := f.before(t[k+1:v+1], v-k-1)
	via2, acc := f.channel(t)
	if via == nil {
		via = via2
	}
	sp, via = f.settle(sp, via, acc)
	f.emitIndirect(s, t[lo].a, t[k-1].b, sp, via)
}

// according handles "According to X, CLAUSE" and "CLAUSE, according to X"
// in a sentence without a quote or another speech verb.
func (f *finder) according(s doc.Sentence, t []tok, v int) {
	if v+2 >= len(t) || f.word(t[v+1]) != "to" {
		return
	}
	for _, p := range f.pieces {
		if p.open >= s.Start && p.open < s.End {
			return
		}
	}
	for k := range t {
		if k != v && t[k].k == kWord && speech(f.word(t[k])) != vNone {
			return
		}
	}
	sp := f.nameAt(t, v+2)
	switch {
	case v == 0:
		c := v + 2
		for c < len(t) && f.word(t[c]) != "," {
			c++
		}
		end := f.clauseEnd(t, c+1)
		if c+1 < end {
			f.emitIndirect(s, t[c+1].a, t[end-1].b, sp, nil)
		}
	case v >= 3 && f.word(t[v-1]) == ",":
		f.emitIndirect(s, t[0].a, t[v-2].b, sp, nil)
	}
}

func (f *finder) emitIndirect(s doc.Sentence, a, b int, sp *doc.ActorRef, via *string) {
	a, b = trimQuote(f.base, a, b)
	if a >= b {
		return
	}
	f.emit(doc.Quote{Text: f.base[a:b], Speaker: sp, Sentence: s.Index, Start: a, End: b, Via: via,
		Paragraph: s.Paragraph})
}
