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

// TestStatedFuture checks "said it would" (a stated plan: intent or
// threat, not a hypothesis) and conditional acts of force (threats).
func TestStatedFuture(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2024-05-10", []articleCase{
		one("Japan said on Friday it would send emergency food aid to Myanmar.", "JPN MMR 0333"),
		one("Israel would strike Iran if it crossed the line, the prime minister said.", "ISR IRN 138"),
		one("Analysts said the talks might collapse.", ""),
		one("Georgia would hit back if Russian troops crossed the boundary line.", "GEO RUSMIL 138"),
		one("Seoul will respond firmly to any North Korean provocation, the minister said.", "KORGOV PRK 138"),
		one("Egypt's army chief said Libya's incursion would be met with a military response.", "EGYMIL LBY 138"),
		one("Turkey said any Greek landing on the islet would be considered a declaration of war.", "TUR - 138"),
		one("Turkey said Greece would respond to the landing.", ""),
		one("Estonia said Russia could strike the port if the talks failed.", ""),
	})
}

// TestAerialAttack checks that aircraft subjects and aerial attack nouns
// make an attack an aerial one (195), and that other attacks stay 190.
func TestAerialAttack(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2023-05-02", []articleCase{
		one("Israeli warplanes struck Hezbollah positions.", "ISRMIL LBNREB 195"),
		one("Russian jets hit a hospital in Idlib.", "RUSMIL - 195"),
		one("Russia carried out a missile attack on Kyiv.", "RUS UKRGOV 195"),
		one("Israeli troops attacked Hezbollah positions.", "ISRMIL LBNREB 190"),
		one("Workers struck for higher pay.", ""),
	})
}

// TestCoordinatedInfinitives checks that a second infinitive without
// "to" gets its governor's treatment, and that an object-control verb
// with a non-actor object does not make its subject do the infinitive.
func TestCoordinatedInfinitives(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2023-06-01", []articleCase{
		one("Turkey threatened to send troops and cut all ties with Syria.", "TUR SYR 1313; TUR SYR 138"),
		one("Russia refused to withdraw its troops or return the seized ships to Ukraine.", "RUS UKR 124"),
		one("Japan urged its allies to impose sanctions on Russia.", "JPN - 020"),
	})
}

// TestNegatedComment checks that a refusal to comment is 011 and that a
// comment not yet made is no event.
func TestNegatedComment(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2023-06-01", []articleCase{
		one("Egypt's foreign ministry would not comment on the talks.", "EGYGOV - 011"),
		one("Egypt's foreign ministry has not yet commented on the talks.", ""),
		one("Egypt's foreign ministry commented on the talks.", ""),
	})
}

// TestAgreedCooperation checks that agreeing on diplomatic cooperation is
// that cooperation (050), while agreeing to sign stays an intent.
func TestAgreedCooperation(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2021-03-02", []articleCase{
		one("Bolivia agreed to normalise relations with Chile.", "BOL CHL 050"),
		one("Bolivia plans to normalise relations with Chile.", "BOL CHL 032"),
		one("Bolivia agreed to sign a trade accord with Chile.", "BOL CHL 030"),
	})
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
