package petrarch

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/event"
)

func TestSniff(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"actors", "# c\nARNOR_ [ARN]\n+ARNORIAN\n", KindActors},
		{"actors dated", "FRODO\n\t[HOB <950601]\n", KindActors},
		{"agents suffix", "<!-- head -->\nPRESIDENT [~GOV] # x\n", KindAgents},
		{"agents prefix", "HUMAN_RIGHTS_BODY  [NGO~]\n", KindAgents},
		{"agents subst", "!PERSON! = MAN, MEN\n", KindAgents},
		{"verbs block", "--- ABANDON [345] ---\nABANDON\n", KindVerbs},
		{"verbs synset first", "&CURRENCY\n+DOLLARS\n", KindVerbs},
		{"discards", "MONTHS LATER\n+Manchester United\n", KindDiscards},
		{"empty", "# only a comment\n<!-- and\nanother -->\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Sniff(strings.NewReader(tc.in)); got != tc.want {
				t.Errorf("Sniff = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestStripComments(t *testing.T) {
	for _, tc := range []struct {
		in     string
		inCmt  bool
		want   string
		wantIn bool
	}{
		{"ABC [X] # note", false, "ABC [X]", false},
		{"ABC ; legacy", false, "ABC", false},
		{"A <!-- c --> B", false, "A   B", false},
		{"A <!-- open", false, "A", true},
		{"still --> B", true, "  B", false},
		{"inside", true, "", true},
		{"<! -- odd opener -->", false, "", false},
	} {
		got, in := stripComments(tc.in, tc.inCmt)
		if got != tc.want || in != tc.wantIn {
			t.Errorf("stripComments(%q, %v) = %q, %v; want %q, %v", tc.in, tc.inCmt, got, in, tc.want, tc.wantIn)
		}
	}
}

func parse(t *testing.T, in string) *Result {
	t.Helper()
	res, err := Parse([]byte(in), "test.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestActors(t *testing.T) {
	res := parse(t, `<!-- actors -->
NORTH_KOREA  [PRK] # comment
+PYONGYANG
HAMAS_GUNMEN [PSEHMSMIL]
SAM_GAMGEE [HOB]
	[HOBCIV <20080120]
	[HOBMIL 20080120 - 121109]
	[HOBELI >20130119]
BOROMIR  [---]
U.N._
THE_SHIRE  [FRO/BIL/SAM]
+SHIRE
	[IGOUNO 970101-061231] [ELI]
`)
	d := res.Actors
	want := []*actor.Entry{
		{Kind: "state", Code: "PRK", Names: []string{"North Korea", "Pyongyang"}, File: "test.txt", Line: 2},
		{Kind: "org", Code: "PSEHMSMIL", Names: []string{"Hamas Gunmen"}, File: "test.txt", Line: 4},
		{Kind: "person", Names: []string{"Sam Gamgee"}, Country: "HOB", File: "test.txt", Line: 5, Roles: []actor.Role{
			{Code: "HOBCIV", To: "2008-01-20"}, {Code: "HOBMIL", From: "2008-01-20", To: "2012-11-09"},
			{Code: "HOBELI", From: "2013-01-19"}, {Code: "HOB"}}},
		{Kind: "person", Names: []string{"The Shire", "Shire"}, File: "test.txt", Line: 11, Roles: []actor.Role{
			{Code: "IGOUNO", From: "1997-01-01", To: "2006-12-31"}, {Code: "FRO"}}},
	}
	if len(d.Entries) != len(want) {
		t.Fatalf("got %d entries, want %d: %+v", len(d.Entries), len(want), d.Entries)
	}
	for i, w := range want {
		if !reflect.DeepEqual(d.Entries[i], w) {
			t.Errorf("entry %d = %+v\nwant %+v", i, d.Entries[i], w)
		}
	}
	for reason, n := range map[string]int{"null-coded actor": 1, "actor without code": 1, "extra codes of a multi-code actor": 1} {
		if res.Stats.Dropped[reason] != n {
			t.Errorf("dropped[%q] = %d, want %d (%v)", reason, res.Stats.Dropped[reason], n, res.Stats.Dropped)
		}
	}
}

func TestActorCodeSpec(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   codeSpec
		reason string
	}{
		{"USA", codeSpec{code: "USA"}, ""},
		{"pse", codeSpec{code: "PSE"}, ""},
		{"HOB < 950601", codeSpec{code: "HOB", to: "1995-06-01", dated: true}, ""},
		{"AFGELI 320101-331108", codeSpec{code: "AFGELI", from: "1932-01-01", to: "1933-11-08", dated: true}, ""},
		{"KORGOV 2004017-20061201", codeSpec{}, "bad date restriction"},
		{"950601-990815", codeSpec{}, "bad actor code"},
		{"", codeSpec{}, "empty code"},
	} {
		got, reason := parseCodeSpec(tc.in)
		if got != tc.want || reason != tc.reason {
			t.Errorf("parseCodeSpec(%q) = %+v %q, want %+v %q", tc.in, got, reason, tc.want, tc.reason)
		}
	}
}

func TestAgents(t *testing.T) {
	res := parse(t, `!PERSON! = MAN, WOMAN
CONGRESS!PERSON! [~LEG]
PARLIAMENT  [~LEG]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
POLICE {} [ ~COP]
HUMAN_RIGHTS_BODY  [NGO~]
BROKEN [~ENV}
NOCODE
`)
	got := map[string]*actor.Entry{}
	for _, e := range res.Actors.Entries {
		got[e.Code] = e
	}
	checks := map[string][]string{
		"LEG": {"congressman", "congresswoman", "parliament"},
		"GOV": {"attorney general"},
		"COP": {"police"},
		"NGO": {"human rights body"},
		"ENV": {"broken"},
	}
	for code, names := range checks {
		e := got[code]
		if e == nil || e.Kind != "agent" || !reflect.DeepEqual(e.Names, names) {
			t.Errorf("agent %s = %+v, want names %v", code, e, names)
		}
	}
	if p := got["GOV"].Plurals; !reflect.DeepEqual(p, []string{"attorneys general"}) {
		t.Errorf("GOV plurals = %v", p)
	}
	if res.Stats.Dropped["agent without code"] != 1 {
		t.Errorf("dropped = %v", res.Stats.Dropped)
	}
}

func TestDiscards(t *testing.T) {
	res := parse(t, "MONTHS LATER\n+World Golf Championships   # story\nBASEBALL\n")
	want := []string{"months later", "world golf championships", "baseball"}
	if !reflect.DeepEqual(res.Actors.Discards, want) {
		t.Errorf("discards = %v, want %v", res.Actors.Discards, want)
	}
}

const verbsSample = `&TIETYPES
+MILITARY
+ECONOMIC_

&MORETIES
+&TIETYPES
+CLOSER

--- ABANDON  [160]  ---
ABANDON
+WALK_AWAY_FROM {+WALKED_AWAY_FROM} [161]
KLM_+RST [002]
- * &MORETIES TIES [1612]
- * DIPLOMATIC_TIES (WITH +) [1622]
- SAID * TO ATTEND  [082]
- * WITH % [031]
- * EFFORT  [987]
- * (BY/WITH $) [162:163]
- * PLAN [:173]
- * NOTHING [---]

--- LEAVE [---] ---
LEAVE {LEFT}
- * ^ FOR + [032]
`

func TestVerbs(t *testing.T) {
	cb := event.Codebook{}
	for _, c := range []string{"160", "161", "1612", "1622", "031", "162", "032"} {
		cb[c] = event.CodeInfo{Code: c}
	}
	res, err := Parse([]byte(verbsSample), "v.txt", cb)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, p := range res.Patterns.Patterns {
		got[p.Text] = p.Code + " " + strings.Join(p.Head, ",")
	}
	want := map[string]string{ // words written apart may have others between them ("*")
		"abandon":                                       "160 abandon",
		"walk away from":                                "161 walk",
		"abandon * @P_MORETIES * ties":                  "1612 abandon",
		"abandon * diplomatic ties * with * {T}":        "1622 abandon",
		"abandon * by/with * {S}":                       "162 abandon",
		"walk away from * @P_MORETIES * ties":           "1612 walk",
		"walk away from * diplomatic ties * with * {T}": "1622 walk",
		"walk away from * by/with * {S}":                "162 walk",
		"leave * ^ * for * {T}":                         "032 leave",   // "^": one noun phrase
		"abandon * effort":                              "987 abandon", // a user-defined code, kept
		"walk away from * effort":                       "987 walk",
		"said abandon * to * attend":                    "082 abandon", // words before the verb, kept as Pre
		"said walk away from * to * attend":             "082 walk",
		"abandon * with * {T}":                          "031 abandon", // "* WITH %": a compound target
		"walk away from * with * {T}":                   "031 walk",
		"abandon * nothing":                             "--- abandon", // "[---]": this use codes nothing
		"walk away from * nothing":                      "--- walk",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("patterns:\n got %v\nwant %v", got, want)
	}
	if m := res.Patterns.Synsets["P_MORETIES"]; !reflect.DeepEqual(m, []string{"military", "economic", "closer"}) {
		t.Errorf("P_MORETIES = %v", m)
	}
	wantDrops := map[string]int{dropPreWords: 1,
		dropTgtOnly: 1, noteReverse: 1}
	if !reflect.DeepEqual(res.Stats.Dropped, wantDrops) {
		t.Errorf("dropped = %v, want %v", res.Stats.Dropped, wantDrops)
	}
	if hs := res.Patterns.ByHead["abandon"]; len(hs) != 8 {
		t.Errorf("ByHead[abandon] has %d patterns, want 8", len(hs))
	}
}

func TestVerbElems(t *testing.T) {
	res, err := Parse([]byte(verbsSample), "v.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range res.Patterns.Patterns {
		if p.Text != "leave * ^ * for * {T}" {
			continue
		}
		kinds := []int{}
		for _, e := range p.Elems {
			kinds = append(kinds, e.Kind)
		}
		if want := []int{event.ElemSkip, event.ElemPhrase, event.ElemSkip, event.ElemWord, event.ElemSkip, event.ElemTarget}; !reflect.DeepEqual(kinds, want) {
			t.Errorf("elems = %v, want %v", kinds, want)
		}
		return
	}
	t.Fatal("pattern 'leave * ^ * for * {T}' missing")
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(bad, []byte("# nothing here\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := Load(bad, nil); err == nil || !strings.Contains(err.Error(), bad+":1:") {
		t.Errorf("Load(empty) error = %v, want one naming %s:1", err, bad)
	}
	_, _, err := Load(filepath.Join(dir, "missing.txt"), nil)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) error = %v, want ErrNotExist", err)
	}
}

func TestLoadOneResult(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{"a.txt": "ARNOR [ARN]\n", "v.txt": verbsSample} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		a, v, err := Load(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		if (a == nil) == (v == nil) {
			t.Errorf("%s: want exactly one non-nil result, got %v %v", name, a, v)
		}
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(verbsSample))
	f.Add([]byte("SAM [HOB]\n\t[HOBGOV 20121109-20130119]\n+SAMWISE\n"))
	f.Add([]byte("!P! = A, B\nX!P! {Y} [~GOV]\n"))
	f.Add([]byte("MONTHS LATER\n+X\n"))
	f.Add([]byte("<!-- x\n--- A [---] ---\n+B_+C {D}\n- * & [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		res, err := Parse(data, "fuzz.txt", nil)
		if err != nil {
			return
		}
		if (res.Actors == nil) == (res.Patterns == nil) {
			t.Fatalf("kind %s: want exactly one result", res.Kind)
		}
		if res.Patterns != nil {
			for _, p := range res.Patterns.Patterns {
				if len(p.Head) == 0 || p.Code == "" {
					t.Fatalf("bad pattern %+v", p)
				}
			}
		}
	})
}
