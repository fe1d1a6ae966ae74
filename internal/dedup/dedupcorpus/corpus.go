// Package dedupcorpus generates synthetic news articles for near-duplicate
// tests and benchmarks: originals on one shared topic, programmatic copies
// (page junk, paragraphs reordered or dropped, headline rewritten, words
// edited) and follow-ups that reuse some of an original's paragraphs. The
// wording is made up; the expected duplicate pairs are known by
// construction.
package dedupcorpus

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article is one generated article.
type Article struct {
	ID, Title, Text string
	Date            string // YYYY-MM-DD
	Source          string
	// Original is the ID of the article this one copies ("" for originals
	// and follow-ups, which must not be marked duplicates).
	Original string
	Kind     string // original, copy, followup, repost
}

// Gen generates articles deterministically from a seed.
type Gen struct {
	r    *rand.Rand
	zipf *rand.Zipf
}

// New makes a generator.
func New(seed uint64) *Gen {
	r := rand.New(rand.NewPCG(seed, seed^0x5deece66d))
	return &Gen{r: r, zipf: rand.NewZipf(r, 1.1, 2, 40000)}
}

var (
	states  = []string{"Ruritania", "Freedonia", "Zembla", "Graustark", "Osterlich", "Sylvania", "Borduria", "Syldavia", "Latveria", "Genovia"}
	roles   = []string{"foreign minister", "defence ministry", "prime minister", "army", "border police", "opposition leader", "president", "central bank", "trade envoy", "parliament speaker", "rebel commanders", "interior ministry"}
	verbs   = []string{"accused", "met", "warned", "criticised", "praised", "threatened", "urged", "rejected a proposal from", "signed an agreement with", "called on", "held talks with", "demanded compensation from", "sent aid to", "expelled diplomats of", "shelled positions held by", "negotiated with", "condemned", "welcomed the offer of", "denied claims by", "promised support to"}
	objects = []string{"over the disputed river crossing", "about grain exports", "regarding the detained journalists", "over the pipeline tariffs", "about the ceasefire line", "on refugee returns", "over fishing rights", "about the stalled election", "on border demarcation", "about the hostage exchange", "concerning military drills", "over the dam project", "regarding visa rules", "about sanctions relief", "over the airspace violation"}
	times   = []string{"on Monday", "on Tuesday", "late on Wednesday", "early on Thursday", "on Friday", "over the weekend", "this week", "after hours of talks", "during a televised address", "at a summit in the capital", "in a written statement", "at a press briefing"}
	fillers = []string{"fresh", "renewed", "sharp", "cautious", "formal", "urgent", "public", "repeated", "strong", "unexpected", "local", "senior", "regional", "second", "final"}
	outlets = []string{"wire", "dailystar", "morningpost", "herald", "globe", "tribune", "observer", "courier"}
)

// pick returns a random element.
func (g *Gen) pick(l []string) string { return l[g.r.IntN(len(l))] }

// sentence is one made-up news sentence: in one of three a topical clause
// (actors, verb, issue), and then words drawn from a large made-up lexicon with a Zipf
// distribution, mixed with function words, so that unrelated articles on
// the topic share about as many phrases as real ones do.
func (g *Gen) sentence() string {
	var b strings.Builder
	if g.r.IntN(3) == 0 {
		fmt.Fprintf(&b, "The %s of %s %s %s %s %s", g.pick(roles), g.pick(states), g.pick(fillers),
			g.pick(verbs), g.pick(states), g.pick(objects))
	} else {
		fmt.Fprintf(&b, "%s %s", pseudoWord(g.zipf.Uint64()), g.pick(verbs))
	}
	for range 6 + g.r.IntN(12) {
		b.WriteByte(' ')
		switch k := g.r.IntN(10); {
		case k < 4:
			b.WriteString(g.pick(function))
		case k == 4:
			b.WriteString(g.pick(fillers))
		default:
			b.WriteString(pseudoWord(g.zipf.Uint64()))
		}
	}
	if g.r.IntN(3) == 0 {
		fmt.Fprintf(&b, ", %d people %s", 2+g.r.IntN(900), g.pick(times))
	}
	b.WriteByte('.')
	return b.String()
}

// function are common English function words.
var function = []string{"the", "a", "of", "to", "in", "and", "on", "for", "with", "that", "was", "is", "by", "at", "from", "as", "it", "its", "their", "had"}

// syllables build the made-up lexicon.
var syllables = []string{"ka", "lo", "mer", "tin", "sa", "dru", "vel", "ob", "ri", "pan", "gor", "est", "ul", "ham", "ze", "quo", "bri", "nad", "is", "fen"}

// pseudoWord is made-up word number i of the lexicon.
func pseudoWord(i uint64) string {
	var b strings.Builder
	i++
	for i > 0 {
		b.WriteString(syllables[i%uint64(len(syllables))])
		i /= uint64(len(syllables))
	}
	return b.String()
}

// paragraph is two or three sentences.
func (g *Gen) paragraph() string {
	n := 2 + g.r.IntN(2)
	p := make([]string, n)
	for i := range p {
		p[i] = g.sentence()
	}
	return strings.Join(p, " ")
}

// Original makes a new article of 6 to 10 paragraphs.
func (g *Gen) Original(id string, day int) Article {
	n := 6 + g.r.IntN(5)
	ps := make([]string, n)
	for i := range ps {
		ps[i] = g.paragraph()
	}
	return Article{ID: id, Title: g.headline(), Text: strings.Join(ps, "\n\n"), Date: date(day),
		Source: g.pick(outlets), Kind: "original"}
}

// headline is a short made-up title.
func (g *Gen) headline() string {
	return fmt.Sprintf("%s %s %s %s", g.pick(states), g.pick(verbs), g.pick(states), g.pick(objects))
}

// date is day days after 2024-01-01, as YYYY-MM-DD.
func date(day int) string {
	m, d := 1+day/28%12, 1+day%28
	return fmt.Sprintf("%d-%02d-%02d", 2024+day/336, m, d)
}

// Copy makes a programmatic copy of a: always a rewritten headline and a
// different outlet, plus a random mix of page junk, reordered paragraphs,
// one or two dropped paragraphs and 5-20% of words edited.
func (g *Gen) Copy(a Article, id string) Article {
	ps := strings.Split(a.Text, "\n\n")
	if g.r.IntN(2) == 0 {
		g.r.Shuffle(len(ps), func(i, j int) { ps[i], ps[j] = ps[j], ps[i] })
	}
	if g.r.IntN(2) == 0 {
		for k := 1 + g.r.IntN(2); k > 0 && len(ps) > 4; k-- {
			i := g.r.IntN(len(ps))
			ps = append(ps[:i:i], ps[i+1:]...)
		}
	}
	rate := 0.05 + 0.15*g.r.Float64()
	for i := range ps {
		ps[i] = g.edit(ps[i], rate)
	}
	if g.r.IntN(2) == 0 {
		ps = g.junk(ps, pageJunk)
	}
	return Article{ID: id, Title: "UPDATE: " + g.headline(), Text: strings.Join(ps, "\n\n"),
		Date: a.Date, Source: g.pick(outlets), Original: a.ID, Kind: "copy"}
}

// edit replaces, deletes or inserts words at the given rate.
func (g *Gen) edit(p string, rate float64) string {
	ws := strings.Fields(p)
	out := make([]string, 0, len(ws)+4)
	for _, w := range ws {
		if g.r.Float64() >= rate {
			out = append(out, w)
			continue
		}
		switch g.r.IntN(3) {
		case 0: // replace
			out = append(out, g.pick(fillers))
		case 1: // delete
		default: // insert before
			out = append(out, g.pick(fillers), w)
		}
	}
	return strings.Join(out, " ")
}

// Page junk lines added around copies; repostJunk is kept apart for the
// held-out blog repost check.
var (
	pageJunk = []string{"Share this article", "Advertisement", "Read more:", "Follow us on social media",
		"Sign up for our morning briefing to get the top stories of the day delivered to your inbox.",
		"Copyright 2024. All rights reserved.", "Related coverage", "Click here to subscribe"}
	repostJunk = []string{"Posted by admin", "Leave a comment", "Tags: world, politics, news",
		"This story was originally published by a news agency and is reproduced here for our readers with their kind permission.",
		"What do you think about this development? Let us know in the comments section below and share the post with your friends.",
		"Previous post", "Next post", "42 comments", "Like us", "Reply"}
)

// junk puts two to five junk lines before and after the paragraphs.
func (g *Gen) junk(ps []string, lines []string) []string {
	var head, tail []string
	for range 1 + g.r.IntN(3) {
		head = append(head, g.pick(lines))
	}
	for range 1 + g.r.IntN(3) {
		tail = append(tail, g.pick(lines))
	}
	return append(append(head, ps...), tail...)
}

// Repost is a blog repost of an agency story: the full text with the
// blog's own page junk and one paragraph of commentary. It is the held-out
// check: its junk is not used by Copy.
func (g *Gen) Repost(a Article, id string) Article {
	ps := strings.Split(a.Text, "\n\n")
	ps = append([]string{"Our take: " + g.paragraph()}, ps...)
	ps = g.junk(ps, repostJunk)
	return Article{ID: id, Title: a.Title + " | My Politics Blog", Text: strings.Join(ps, "\n"),
		Date: a.Date, Source: "blog", Original: a.ID, Kind: "repost"}
}

// FollowUp is a new article on the same story that reuses two paragraphs
// of a; it is not a duplicate.
func (g *Gen) FollowUp(a Article, id string, day int) Article {
	f := g.Original(id, day)
	ps := strings.Split(a.Text, "\n\n")
	fs := strings.Split(f.Text, "\n\n")
	fs = append(fs, ps[g.r.IntN(len(ps))], ps[g.r.IntN(len(ps))])
	f.Text, f.Kind = strings.Join(fs, "\n\n"), "followup"
	return f
}

// Corpus1 is original number i followed by its copies and follow-up (see
// Corpus); a stream of Corpus1 calls builds a corpus of any size without
// holding it.
func (g *Gen) Corpus1(i int) []Article {
	o := g.Original(fmt.Sprintf("o%05d", i), i/4)
	out := []Article{o}
	for k := range g.r.IntN(4) {
		out = append(out, g.Copy(o, fmt.Sprintf("c%05d-%d", i, k)))
	}
	if g.r.IntN(3) == 0 {
		out = append(out, g.FollowUp(o, fmt.Sprintf("f%05d", i), i/4+1))
	}
	return out
}

// Corpus is n originals, each followed (later in the slice) by 0-3 copies
// and sometimes a follow-up.
func (g *Gen) Corpus(n int) []Article {
	var out []Article
	for i := range n {
		out = append(out, g.Corpus1(i)...)
	}
	return out
}
