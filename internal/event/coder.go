package event

import (
	"slices"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/nlp"
	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// Annotator tags and lemmatises the tokens of one sentence in place; the
// headline flag lets it treat title case specially.
type Annotator interface {
	Annotate(toks []nlp.Token, headline bool)
}

// Config is what a Coder is built from.
type Config struct {
	Patterns  *PatternSet
	Codebook  Codebook
	Actors    *actor.Dict
	Annotator Annotator
}

// Options controls one coding run.
type Options struct {
	All     bool         // also emit negated and hypothetical events, flagged
	Trace   func(string) // when set, receives an explanation of every decision
	Date    doc.Date     // fallback document date
	Explain bool         // trace tokens, actors and verb groups too
}

// Coder turns sentences into CAMEO-coded events. It is safe for concurrent
// use once built.
type Coder struct {
	codebook Codebook
	verbs    map[string][]*compiled
	nouns    map[string][]*compiled
	actors   *actor.Matcher
	discards map[string][][]string // discard phrases by first word
	ann      Annotator
}

// New builds a Coder from dictionaries.
func New(cfg Config) *Coder {
	c := &Coder{codebook: cfg.Codebook, verbs: map[string][]*compiled{}, nouns: map[string][]*compiled{}, discards: map[string][][]string{},
		actors: actor.NewMatcher(cfg.Actors), ann: cfg.Annotator}
	for _, p := range cfg.Patterns.Patterns {
		cp := compile(p)
		idx := c.verbs
		if p.Noun {
			idx = c.nouns
		}
		for _, h := range nounHeads(p) {
			idx[h] = append(idx[h], cp)
		}
	}
	for _, idx := range []map[string][]*compiled{c.verbs, c.nouns} {
		for h, ps := range idx {
			sortSpecific(ps)
			idx[h] = ps
		}
	}
	for _, d := range cfg.Actors.Discards {
		if ws := strings.Fields(strings.ToLower(d)); len(ws) > 0 {
			c.discards[ws[0]] = append(c.discards[ws[0]], ws)
		}
	}
	return c
}

// nounHeads returns the keys a pattern is indexed by: its heads, and for
// a noun pattern their singular lemmas too ("talks" is found as "talk").
func nounHeads(p *Pattern) []string {
	if !p.Noun {
		return p.Head
	}
	out := append([]string(nil), p.Head...)
	for _, h := range p.Head {
		if l := lemma.Noun(h); l != h && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// Matcher returns the actor matcher the coder uses.
func (c *Coder) Matcher() *actor.Matcher { return c.actors }

// Code fills d.Entities and d.Events from d.Sentences.
func (c *Coder) Code(d *doc.Document, opt Options) {
	date := d.Date
	if date == "" {
		date = opt.Date
	}
	dc := &docCtx{art: c.actors.NewArticle(string(date)), date: date, opt: opt}
	d.Entities, d.Events = d.Entities[:0], d.Events[:0]
	for _, s := range d.Sentences {
		st := c.analyse(s, dc)
		d.Entities = append(d.Entities, entities(st, s)...)
		if opt.Explain {
			explainSentence(st, dc)
		}
		if c.discarded(st) {
			dc.trace("sentence %d: discarded (discard list)", s.Index)
			continue
		}
		if linkLine(st.toks) {
			dc.trace("sentence %d: a related-link line (\"Read more: ...\"), not a report", s.Index)
			continue
		}
		evs := c.codeSentence(st, dc)
		dc.noteHostile(evs)
		for _, ev := range evs {
			if (ev.Negated || ev.Hypothetical) && !opt.All {
				dc.trace("  not emitted (negated=%v hypothetical=%v): %s", ev.Negated, ev.Hypothetical, ev.CAMEO)
				continue
			}
			d.Events = append(d.Events, c.toEvent(ev, st, s, dc))
		}
	}
}

// docCtx is the state of coding one document.
type docCtx struct {
	art      *actor.Article
	date     doc.Date
	opt      Options
	lastDyad []actor.Mention
	// lastGroup is the first state or organisation of the previous
	// sentence, for a sentence-initial "It" or "They".
	lastGroup *actor.Mention
	// lastPlural marks lastGroup as a plural noun ("Russian forces"), the
	// referent of a sentence-initial "They".
	lastPlural bool
	// persons are the people named in earlier sentences, latest last,
	// for a "him" that cannot be the subject of its own clause.
	persons []actor.Mention
	// hostile holds the states and codes that threatened or used force in
	// the sentence before.
	hostile map[string]bool
	// history holds the article's events so far, for "the launch".
	history []histEvent
}

func (dc *docCtx) trace(format string, args ...any) {
	if dc.opt.Trace != nil {
		dc.opt.Trace(sprintf(format, args...))
	}
}

// analyse tokenises, tags and finds actors in one sentence.
func (c *Coder) analyse(s doc.Sentence, dc *docCtx) *sent {
	toks := nlp.Tokenize(s.Text)
	c.ann.Annotate(toks, s.Index == 0)
	ments := dc.art.Find(toks)
	ments = dc.bindObjectPronouns(toks, ments)
	st := newSent(s.Index, s.Text, toks, ments, dc.lastGroup, dc.lastPlural)
	dc.lastGroup, dc.lastPlural = firstGroup(st, dc.lastGroup, dc.lastPlural)
	dc.notePersons(ments)
	if s.Index == 0 && len(st.vgs) == 0 {
		c.headlineVerbs(st)
	}
	st.sidesInSentence()
	c.resolveSides(st, dc)
	st.leaderPairs()
	return st
}

// headlineVerbs repairs headlines whose verb was tagged as a noun ("Xi
// Hails New Era"): a noun right after an actor that is a known verb head
// becomes the verb.
func (c *Coder) headlineVerbs(st *sent) {
	for _, mn := range st.ments {
		k := mn.End
		if k >= len(st.toks) {
			continue
		}
		t := &st.toks[k]
		v := lemma.Spelling(lemma.Verb(t.Lower))
		if _, ok := c.verbs[v]; ok && (t.Tag == "NNS" || t.Tag == "NN" || t.Tag == "NNP" || t.Tag == "NNPS") {
			t.Tag, t.Lemma = "VBZ", v
			st.setVerbGroups(nlp.VerbGroups(st.toks))
			return
		}
	}
}

func (c *Coder) discarded(st *sent) bool {
	for i, t := range st.toks {
		for _, key := range [2]string{t.Lower, t.Lemma} {
			for _, d := range c.discards[key] {
				if i+len(d) <= len(st.toks) && phraseAt(st.toks, i, d) {
					return true
				}
			}
			if t.Lemma == t.Lower {
				break
			}
		}
	}
	return false
}

func phraseAt(toks []nlp.Token, i int, words []string) bool {
	for k, w := range words {
		if toks[i+k].Lower != w && toks[i+k].Lemma != w {
			return false
		}
	}
	return true
}

// entities converts a sentence's mentions to output entities with
// document offsets.
func entities(st *sent, s doc.Sentence) []doc.Entity {
	out := make([]doc.Entity, 0, len(st.ments))
	for _, mn := range st.ments {
		if mn.Type == "pair" {
			continue
		}
		a, b := st.toks[mn.Start].Start, st.toks[mn.End-1].End
		out = append(out, doc.Entity{Text: st.text[a:b], Name: mn.Name, Type: mn.Type, Code: mn.Code,
			Sentence: s.Index, Start: s.Start + a, End: s.Start + b})
	}
	return out
}

// firstGroup returns the first state, organisation or national agent named
// in a sentence (the likely referent of a following "It said ..."), or
// prev when the sentence names none.
func firstGroup(st *sent, prev *actor.Mention, prevPlural bool) (*actor.Mention, bool) {
	for i := range st.ments {
		mn := st.ments[i]
		if mn.Type != "person" && mn.Type != "pair" && mn.Country != "" {
			return &mn, st.pluralMention(i)
		}
	}
	return prev, prevPlural
}
