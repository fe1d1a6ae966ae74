package event

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/nlp"
)

var (
	testCoderOnce sync.Once
	testCoder     *Coder
	testCoderErr  error
)

// builtinCoder builds a coder from the built-in dictionaries once.
func builtinCoder(t testing.TB) *Coder {
	t.Helper()
	testCoderOnce.Do(func() {
		a, err := actor.Builtin()
		if err != nil {
			testCoderErr = err
			return
		}
		p, err := BuiltinPatterns()
		if err != nil {
			testCoderErr = err
			return
		}
		cb, err := BuiltinCodebook()
		if err != nil {
			testCoderErr = err
			return
		}
		ann, err := nlp.NewAnnotator()
		if err != nil {
			testCoderErr = err
			return
		}
		testCoder = New(Config{Patterns: p, Codebook: cb, Actors: a, Annotator: ann})
	})
	if testCoderErr != nil {
		t.Fatal(testCoderErr)
	}
	return testCoder
}

// codeText codes sentences as one article and returns "SRC TGT CODE"
// triples of the last sentence, sorted.
func codeText(c *Coder, date string, sentences ...string) []string {
	d := &doc.Document{Date: doc.Date(date)}
	for i, s := range sentences {
		d.Sentences = append(d.Sentences, doc.Sentence{Index: i + 1, Text: s})
	}
	c.Code(d, Options{})
	var out []string
	for _, ev := range d.Events {
		if ev.Sentence != len(sentences) {
			continue
		}
		tgt := "-"
		if ev.Target != nil {
			tgt = ev.Target.Code
		}
		out = append(out, fmt.Sprintf("%s %s %s", ev.Source.Code, tgt, ev.CAMEO))
	}
	sort.Strings(out)
	return out
}

func TestCoderCases(t *testing.T) {
	c := builtinCoder(t)
	cases := []struct {
		date string
		text []string
		want string
	}{
		{"2019-06-20", []string{"Chinese President Xi Jinping praised North Korea on Thursday."}, "CHNGOV PRK 051"},
		{"2022-03-02", []string{"Russian troops attacked the Ukrainian city of Kharkiv."}, "RUSMIL UKR 190"},
	}
	for _, tc := range cases {
		got := strings.Join(codeText(c, tc.date, tc.text...), "; ")
		if got != tc.want {
			var trace strings.Builder
			d := &doc.Document{Date: doc.Date(tc.date)}
			for i, s := range tc.text {
				d.Sentences = append(d.Sentences, doc.Sentence{Index: i + 1, Text: s})
			}
			c.Code(d, Options{All: true, Explain: true, Trace: func(s string) { trace.WriteString(s + "\n") }})
			t.Errorf("%q: got %q, want %q\n%s", tc.text[len(tc.text)-1], got, tc.want, trace.String())
		}
	}
}

// articleCase is an article (its sentences in order) and the events
// expected of its last sentence, "SRC TGT CODE" joined by "; ".
type articleCase struct {
	text []string
	want string
}

// checkArticles codes each case as one article on date and compares.
func checkArticles(t *testing.T, c *Coder, date string, cases []articleCase) {
	t.Helper()
	for _, tc := range cases {
		if got := strings.Join(codeText(c, date, tc.text...), "; "); got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.text[len(tc.text)-1], got, tc.want)
		}
	}
}

// one makes a one-sentence article case.
func one(text, want string) articleCase { return articleCase{[]string{text}, want} }

// TestPreVerbWords checks patterns with words before the verb: they fire
// only when the words precede the verb, and a negation they match is the
// pattern's own (the event is not marked negated).
func TestPreVerbWords(t *testing.T) {
	base := builtinCoder(t)
	cb, err := BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	word := func(ws ...string) Elem { return Elem{Kind: ElemWord, Alts: [][]string{ws}} }
	ps := &PatternSet{Patterns: []*Pattern{
		{Code: "190", Head: []string{"clash"}, Text: "clash"},
		{Code: "125", Head: []string{"clash"}, Pre: []Elem{word("did", "not")},
			Elems: []Elem{word("with"), {Kind: ElemTarget}}, Text: "did not clash with {T}"},
	}}
	acts, err := actor.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	c := New(Config{Patterns: ps, Codebook: cb, Actors: acts, Annotator: base.ann})
	checkArticles(t, c, "2020-01-01", []articleCase{
		one("Russia clashed with Ukraine on Monday.", "RUS UKR 190"),
		one("Russia did not clash with Ukraine on Monday.", "RUS UKR 125"),
		one("Russia never clashed with Ukraine.", ""),
	})
}

// TestMediation checks a third party's mediation named by a participle
// after a talks or deal noun.
func TestMediation(t *testing.T) {
	c := builtinCoder(t)
	cases := []articleCase{
		{[]string{"Armenia and Azerbaijan held talks hosted by Russia in Moscow."},
			"ARM AZE 040; AZE ARM 040; RUS ARM 045; RUS AZE 045"},
		{[]string{"Israel and Hamas agreed to a truce on Wednesday.", "The deal, brokered by Qatar, takes effect on Friday."},
			"QAT ISR 045; QAT PSEREB 045"},
		{[]string{"Kenya held talks with Somalia in a hotel owned by the president."}, "KEN SOM 040"},
	}
	checkArticles(t, c, "2023-11-22", cases)
}

// TestEventAnaphor checks objects that refer back to an earlier event.
func TestEventAnaphor(t *testing.T) {
	c := builtinCoder(t)
	cases := []articleCase{
		{[]string{"North Korea fired a ballistic missile into the sea on Tuesday.", "Japan condemned the launch."},
			"JPN PRK 111"},
		{[]string{"Russian forces attacked the port of Odesa overnight.", "France condemned the latest attack."},
			"FRA RUSMIL 111"},
		{[]string{"Japan condemned the launch."}, "JPN - 111"},
		{[]string{"North Korea fired a ballistic missile on Tuesday.", "North Korean state media praised the launch."}, "PRKMED - 051"},
	}
	checkArticles(t, c, "2023-04-12", cases)
}

// TestArticleAcronym checks that an acronym defined in the article
// ("the Rapid Support Forces (RSF)") beats the dictionary's meaning.
func TestArticleAcronym(t *testing.T) {
	c := builtinCoder(t)
	got := strings.Join(codeText(c, "2024-08-16",
		"The Rapid Support Forces (RSF) attacked army positions in Darfur.",
		"The RSF shelled a market in El Fasher on Wednesday."), "; ")
	if !strings.HasPrefix(got, "SDNREB") {
		t.Errorf("got %q, want the RSF coded as the Rapid Support Forces (SDNREB)", got)
	}
}
