package quote

import (
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

func (f *finder) word(t tok) string { return f.base[t.a:t.b] }

// fullQuote reports whether a quote opening at open is a full quote: it
// opens its sentence (or follows an earlier quote of it), follows a colon,
// a speech verb ("said", "saying"), or a comma after a speech frame.
func (f *finder) fullQuote(lo, open int) bool {
	f.ftoks = tokenize(f.base, lo, open, f.ftoks[:0])
	t := f.ftoks
	if len(t) == 0 {
		return true
	}
	last := f.word(t[len(t)-1])
	switch {
	case last == ":":
		return true
	case last == ",":
		return firstVerb(f.base, t) >= 0
	}
	return speech(last) == vSay || speech(last) == vThat
}

// firstVerb returns the index of the first speech verb in t, or -1.
func firstVerb(base string, t []tok) int {
	for i := range t {
		if t[i].k == kWord && speech(base[t[i].a:t[i].b]) != vNone {
			return i
		}
	}
	return -1
}

// frame reads an attribution in base[lo:hi] (text outside quotes next to a
// quote): the first speech verb after a quote, the last one before it.
func (f *finder) frame(lo, hi int, after bool) (*doc.ActorRef, *string) {
	f.ftoks = tokenize(f.base, lo, hi, f.ftoks[:0])
	t := f.ftoks
	v := -1
	for i := range t {
		if t[i].k == kWord && speech(f.word(t[i])) != vNone {
			v = i
			if after {
				break
			}
		}
	}
	if v < 0 {
		return nil, nil
	}
	f.used = append(f.used, t[v].a)
	via, acc := f.channel(t)
	if speech(f.word(t[v])) == vAccord {
		return acc, via
	}
	sp := f.before(t, v)
	if sp == nil {
		sp = f.after(t, v)
	}
	return f.settle(sp, via, acc)
}

// settle decides between a speaker and "according to X": X is the channel
// when someone else speaks, else the speaker.
func (f *finder) settle(sp *doc.ActorRef, via *string, acc *doc.ActorRef) (*doc.ActorRef, *string) {
	if acc == nil {
		return sp, via
	}
	if sp == nil {
		return acc, via
	}
	if via == nil {
		txt := acc.Text
		via = &txt
	}
	return sp, via
}

// before finds the subject of the speech verb t[v] among the tokens before
// it: the nearest entity not inside a prepositional phrase or a relative
// clause (a person in apposition preferred), else the words themselves.
func (f *finder) before(t []tok, v int) *doc.ActorRef {
	if f.word(t[v]) == "saying" {
		for k := v - 1; k >= 0 && k >= v-6; k-- {
			if f.word(t[k]) == "quoted" {
				v = k
				break
			}
		}
	}
	end := v
	for end > 0 && auxiliary(f.word(t[end-1])) {
		end--
	}
	end = f.skipRelative(t, end)
	if end <= 0 || t[end-1].k != kWord {
		return nil
	}
	lo, hi := t[0].a, t[end-1].b
	best := -1
	for k, e := range f.ents {
		if e.Start >= lo && e.End <= hi && !f.afterPrep(e.Start, lo) {
			best = k
		}
	}
	if best >= 0 && f.wordsBetween(f.ents[best].End, hi) <= 3 {
		return ref(f.apposition(best, lo))
	}
	k := end - 1
	for k >= 0 && t[k].k == kWord && end-k <= 5 {
		k--
	}
	w := f.base[t[k+1].a:hi]
	for _, c := range []string{"and ", "but ", "And ", "But "} {
		w = strings.TrimPrefix(w, c)
	}
	return &doc.ActorRef{Text: w}
}

// skipRelative moves end before a ", who ... ," or ", speaking ... ," insert
// that ends right before the verb.
func (f *finder) skipRelative(t []tok, end int) int {
	if end < 2 || f.word(t[end-1]) != "," {
		return end
	}
	for k := end - 2; k > 0; k-- {
		if f.word(t[k]) == "," {
			switch f.word(t[k+1]) {
			case "who", "which", "whose", "speaking", "addressing", "visiting", "meeting", "writing", "in", "at", "on":
				return k
			}
			return end - 1
		}
	}
	return end - 1
}

// apposition returns entity k, or the person right before it when k is a
// role in apposition ("Yoon Suk Yeol, the South Korean president").
func (f *finder) apposition(k, lo int) doc.Entity {
	e := f.ents[k]
	if e.Type == "person" || k == 0 {
		return e
	}
	p := f.ents[k-1]
	if p.Type == "person" && p.Start >= lo && strings.TrimSpace(f.base[p.End:e.Start]) == "," {
		return p
	}
	return e
}

// after finds an inverted subject ("said Yoon Suk Yeol, the president").
func (f *finder) after(t []tok, v int) *doc.ActorRef {
	k := v + 1
	if k >= len(t) || t[k].k != kWord || preposition(f.word(t[k])) || f.word(t[k]) == "that" {
		return nil
	}
	lo, hi := t[k].a, t[len(t)-1].b
	for n, e := range f.ents {
		if e.Start < lo || e.End > hi {
			continue
		}
		if f.wordsBetween(lo, e.Start) > 1 {
			break
		}
		if e.Type != "person" && n+1 < len(f.ents) {
			p := f.ents[n+1]
			if p.Type == "person" && p.End <= hi && strings.TrimSpace(f.base[e.End:p.Start]) == "," {
				return ref(p)
			}
		}
		return ref(e)
	}
	j := k
	for j < len(t) && t[j].k == kWord && j-k < 5 && !preposition(f.word(t[j])) {
		j++
	}
	return &doc.ActorRef{Text: f.base[t[k].a:t[j-1].b]}
}

// subject finds the speaker of a fragment quote opening at open in s: the
// subject of a speech verb before it, else the sentence's subject.
func (f *finder) subject(s doc.Sentence, open int) (*doc.ActorRef, *string) {
	t := f.toks
	n := 0
	for n < len(t) && t[n].a < open {
		n++
	}
	via, acc := f.channel(t)
	if sp := f.colonSpeaker(s, t[:n]); sp != nil {
		return f.settle(sp, via, acc)
	}
	for v := n - 1; v >= 0; v-- {
		if t[v].k == kWord && !f.inQuote(t[v].a) && speech(f.word(t[v])) == vSay && !f.coordinated(t, v) {
			if sp := f.before(t[:v+1], v); sp != nil {
				return f.settle(sp, via, acc)
			}
		}
	}
	return f.settle(f.sentenceSubject(s, t, open), via, acc)
}

// colonSpeaker reads a headline-style "Stoltenberg: ..." (an actor and a
// colon opening the sentence) before a fragment.
func (f *finder) colonSpeaker(s doc.Sentence, t []tok) *doc.ActorRef {
	for k := 1; k < len(t) && k <= 4; k++ {
		if f.word(t[k]) != ":" {
			continue
		}
		for _, e := range f.ents {
			if e.Sentence == s.Index && e.Start == t[0].a && e.End == t[k-1].b {
				return ref(e)
			}
		}
		return nil
	}
	return nil
}

// sentenceSubject returns the latest actor before pos in a subject
// position (opening the sentence or a clause), else the words opening the
// sentence up to its verb.
func (f *finder) sentenceSubject(s doc.Sentence, t []tok, pos int) *doc.ActorRef {
	best := -1
	for k, e := range f.ents {
		if e.Sentence == s.Index && e.End <= pos && !f.inQuote(e.Start) && f.subjectPosition(e.Start, s.Start) &&
			(e.Start != f.accStart) {
			best = k
		}
	}
	if best >= 0 {
		return ref(f.appositionNext(best, pos))
	}
	j := 0
	for j < len(t) && j < 4 && t[j].k == kWord && t[j].a < pos && !verbLike(f.word(t[j])) &&
		(s.Index != 0 || isUpper(f.base[t[j].a])) {
		j++
	}
	if j == 0 {
		return nil
	}
	return &doc.ActorRef{Text: f.base[t[0].a:t[j-1].b]}
}

// subjectPosition reports whether an actor at pos opens a clause: nothing,
// a comma or a conjunction before it.
func (f *finder) subjectPosition(pos, lo int) bool {
	if pos < lo || pos > len(f.base) {
		return false
	}
	j := pos
	for j > lo && (isSpace(f.base[j-1]) || f.base[j-1] == '"' || f.base[j-1] == '\'') {
		j--
	}
	if j == lo || f.base[j-1] == ',' || f.base[j-1] == ';' || f.base[j-1] == ':' {
		return true
	}
	i := j
	for i > lo && isWordByte(f.base[i-1]) {
		i--
	}
	switch f.base[i:j] {
	case "and", "as", "but", "while", "that", "when", "because", "though", "although", "whereas":
		return true
	case "a", "an", "the", "one", "another", "some", "A", "An", "The", "One", "Another", "Some":
		return i > lo && i < pos && f.subjectPosition(i, lo) || i == lo
	}
	return false
}

// coordinated reports whether verb t[v] follows "and"/"but" ("... and
// said"), so that its subject is the sentence's.
func (f *finder) coordinated(t []tok, v int) bool {
	k := v - 1
	for k >= 0 && auxiliary(f.word(t[k])) {
		k--
	}
	return k >= 0 && (f.word(t[k]) == "and" || f.word(t[k]) == "but")
}

// verbLike reports words that end a sentence-opening noun phrase.
func verbLike(w string) bool {
	return speech(w) != vNone || auxiliary(w) || len(w) > 3 && strings.HasSuffix(w, "ed") ||
		w == "called" || w == "said" || w == "told"
}

// appositionNext prefers the person right after a role entity k.
func (f *finder) appositionNext(k, hi int) doc.Entity {
	e := f.ents[k]
	if e.Type != "person" && k+1 < len(f.ents) {
		p := f.ents[k+1]
		if p.Type == "person" && p.End <= hi && strings.TrimSpace(f.base[e.End:p.Start]) == "," {
			return p
		}
	}
	return e
}

// channel finds "according to X" (returned as acc) and a channel that
// fills Via: "by X" after quoted/carried/reported, or a media outlet after
// told/with/on/to.
func (f *finder) channel(t []tok) (via *string, acc *doc.ActorRef) {
	f.accStart = -1
	for i := 0; i+1 < len(t); i++ {
		if f.inQuote(t[i].a) {
			continue
		}
		w := f.word(t[i])
		switch {
		case (w == "according" || w == "According") && f.word(t[i+1]) == "to" && i+2 < len(t):
			acc = f.nameAt(t, i+2)
			f.accStart = t[i+2].a
		case w == "by" && f.channelBefore(t, i):
			if x := f.nameAt(t, i+1); x != nil {
				txt := x.Text
				via = &txt
			}
		case w == "told" || w == "with" || w == "on" || w == "to":
			if e, ok := f.entityAt(t[i+1].a); ok && isMedia(e) {
				txt := e.Text
				via = &txt
			}
		}
	}
	return via, acc
}

// channelBefore reports whether "by" at i follows quoted/carried/... within
// three tokens ("quoted as saying by", "carried by").
func (f *finder) channelBefore(t []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if w := f.word(t[k]); channelVerb(w) || w == "saying" {
			return true
		}
	}
	return false
}

// nameAt returns the entity starting at token i (or after "the"), else
// the words from i up to punctuation or a function word.
func (f *finder) nameAt(t []tok, i int) *doc.ActorRef {
	if e, ok := f.entityAt(t[i].a); ok {
		return ref(e)
	}
	j := i
	for j < len(t) && t[j].k == kWord && j-i < 5 {
		switch f.word(t[j]) {
		case "as", "that", "on", "in", "said", "says", "at":
			goto done
		}
		j++
	}
done:
	if j == i {
		return nil
	}
	return &doc.ActorRef{Text: f.base[t[i].a:t[j-1].b]}
}

// entityAt returns the entity starting at byte pos, or at the word after
// an article there.
func (f *finder) entityAt(pos int) (doc.Entity, bool) {
	for _, e := range f.ents {
		if e.Start == pos || e.Start > pos && e.Start-pos <= 4 && isArticle(f.base[pos:e.Start]) {
			return e, true
		}
	}
	return doc.Entity{}, false
}

func isArticle(s string) bool {
	s = strings.TrimSpace(s)
	return s == "the" || s == "The" || s == "a"
}

// afterPrep reports whether the word before byte pos (not before lo) is a
// preposition or "according to".
func (f *finder) afterPrep(pos, lo int) bool {
	j := pos
	for j > lo && isSpace(f.base[j-1]) {
		j--
	}
	i := j
	for i > lo && isWordByte(f.base[i-1]) {
		i--
	}
	if i == j {
		return false
	}
	return preposition(f.base[i:j])
}

// wordsBetween counts the words in base[a:b].
func (f *finder) wordsBetween(a, b int) int {
	n, in := 0, false
	for i := a; i < b; i++ {
		w := isWordByte(f.base[i])
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func auxiliary(w string) bool {
	switch w {
	case "has", "have", "had", "was", "were", "is", "also", "later", "then", "again", "once", "repeatedly",
		"previously", "earlier", "reportedly", "would", "will", "publicly", "recently", "separately":
		return true
	}
	return false
}

// isMedia reports whether e is a news outlet (not "reporters").
func isMedia(e doc.Entity) bool {
	if e.Type == "media" {
		return true
	}
	switch strings.ToLower(e.Text) {
	case "reporters", "journalists", "correspondents", "the press", "press", "media":
		return false
	}
	return strings.HasSuffix(e.Code, "MED")
}

// ref turns an entity into a speaker.
func ref(e doc.Entity) *doc.ActorRef {
	return &doc.ActorRef{Text: e.Text, Name: e.Name, Code: e.Code}
}
