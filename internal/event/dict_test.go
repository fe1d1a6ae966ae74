package event

import (
	"bufio"
	"encoding/csv"
	"io/fs"
	"os"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

func TestCodeInfoRootQuad(t *testing.T) {
	tests := []struct {
		code string
		root string
		quad int
	}{
		{"01", "01", 1}, {"051", "05", 1}, {"0611", "06", 2}, {"094", "09", 2},
		{"10", "10", 3}, {"1422", "14", 3}, {"150", "15", 4}, {"2042", "20", 4},
		{"21", "21", 0}, {"7", "7", 0}, {"ab", "ab", 0},
	}
	for _, tt := range tests {
		c := CodeInfo{Code: tt.code}
		if got := c.Root(); got != tt.root {
			t.Errorf("Root(%q) = %q, want %q", tt.code, got, tt.root)
		}
		if got := c.QuadClass(); got != tt.quad {
			t.Errorf("QuadClass(%q) = %d, want %d", tt.code, got, tt.quad)
		}
	}
}

func TestParseCodebook(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    Codebook
		wantErr string
	}{
		{
			name: "ok",
			in:   "# comment\n\n051\t3.4\tSUPPORT\tPraise\n016\t-5\t-\tDeny   # trailing\n",
			want: Codebook{
				"051": {Code: "051", Goldstein: 3.4, PLOVER: "SUPPORT", Name: "Praise"},
				"016": {Code: "016", Goldstein: -5, PLOVER: "-", Name: "Deny"},
			},
		},
		{name: "fields", in: "051\t3.4\tSUPPORT\n", wantErr: "cb.txt:1: want 4 tab-separated fields"},
		{name: "code", in: "\n05a\t3\tSUPPORT\tx\n", wantErr: "cb.txt:2: bad CAMEO code"},
		{name: "long code", in: "05111\t3\tSUPPORT\tx\n", wantErr: "cb.txt:1: bad CAMEO code"},
		{name: "goldstein", in: "051\tx\tSUPPORT\tx\n", wantErr: "cb.txt:1: code 051: bad Goldstein"},
		{name: "range", in: "051\t11\tSUPPORT\tx\n", wantErr: "cb.txt:1: code 051: Goldstein value 11 outside"},
		{name: "plover", in: "051\t1\tsupport\tx\n", wantErr: "cb.txt:1: code 051: bad PLOVER"},
		{name: "empty plover", in: "051\t1\t\tx\n", wantErr: "cb.txt:1: code 051: bad PLOVER"},
		{name: "name", in: "051\t1\tSUPPORT\t \n", wantErr: "cb.txt:1: code 051: empty name"},
		{name: "dup", in: "051\t1\tSUPPORT\ta\n051\t1\tSUPPORT\tb\n", wantErr: "cb.txt:2: duplicate code 051"},
		{name: "empty", in: "# nothing\n", wantErr: "cb.txt: no codes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCodebook(strings.NewReader(tt.in), "cb.txt")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestBuiltinCodebook(t *testing.T) {
	cb, err := BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	if len(cb) != 312 {
		t.Errorf("codebook has %d codes, want 312", len(cb))
	}
	for code, ci := range cb {
		if ci.Goldstein < -10 || ci.Goldstein > 10 {
			t.Errorf("%s: Goldstein %v out of range", code, ci.Goldstein)
		}
		if ci.PLOVER == "" || ci.Name == "" {
			t.Errorf("%s: empty PLOVER or name: %+v", code, ci)
		}
		if _, ok := cb[ci.Root()]; !ok {
			t.Errorf("%s: root %s missing", code, ci.Root())
		}
		if len(code) > 2 {
			if _, ok := cb[code[:len(code)-1]]; !ok {
				t.Errorf("%s: parent %s missing", code, code[:len(code)-1])
			}
		}
	}
	for r := 1; r <= 20; r++ {
		if _, ok := cb[twoDigits(r)]; !ok {
			t.Errorf("root %s missing", twoDigits(r))
		}
	}
	cb["051"] = CodeInfo{}
	again, _ := BuiltinCodebook()
	if again["051"].Code != "051" {
		t.Error("BuiltinCodebook returned shared map")
	}
}

func twoDigits(n int) string {
	s := strconv.Itoa(n)
	if len(s) == 1 {
		return "0" + s
	}
	return s
}

// TestCodebookMatchesReference checks codes and Goldstein values against
// the CAMEO codebook in ../shared when it is present.
func TestCodebookMatchesReference(t *testing.T) {
	f, err := os.Open("../../../shared/cameo/cameo-codes.csv")
	if err != nil {
		t.Skip("reference codebook not available:", err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	cb, err := BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, r := range rows[1:] {
		ci, ok := cb[r[0]]
		if !ok {
			t.Errorf("code %s missing from cameo.txt", r[0])
			continue
		}
		seen++
		g, _ := strconv.ParseFloat(r[2], 64)
		if g != ci.Goldstein {
			t.Errorf("%s: Goldstein %v, reference %v", r[0], ci.Goldstein, g)
		}
	}
	if seen != len(cb) {
		t.Errorf("cameo.txt has %d codes, reference matched %d", len(cb), seen)
	}
}

// TestCodebookMatchesPlover checks the PLOVER column against the 2021
// CAMEO-to-PLOVER mapping in ../shared when it is present.
func TestCodebookMatchesPlover(t *testing.T) {
	f, err := os.Open("../../../shared/plover/CAMEO2PLOVER-2021.txt")
	if err != nil {
		t.Skip("PLOVER mapping not available:", err)
	}
	defer f.Close()
	cb, err := BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`^(\d{3,4}):\s*([A-Z]+)`)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		m := re.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		if ci, ok := cb[m[1]]; ok && ci.PLOVER != m[2] {
			t.Errorf("%s: PLOVER %s, mapping %s", m[1], ci.PLOVER, m[2])
		}
	}
	for code, ci := range cb {
		dropped := ci.Root() == "01" || ci.Root() == "02"
		if dropped != (ci.PLOVER == "-") {
			t.Errorf("%s: PLOVER %q; only 01 and 02 are dropped", code, ci.PLOVER)
		}
	}
}

func wordElem(ws ...string) Elem { return Elem{Kind: ElemWord, Alts: [][]string{ws}} }

func TestParsePatterns(t *testing.T) {
	in := `# test
@WEAPON = missile | Nuclear  Weapon
@ALL = @WEAPON | gun
@HIT = attack | strike

042 v pay * visit to {T}   # comment
073 V receive aid from {S}
138 v threaten {T} with @weapon
190 v @HIT {t}
036 n talks with {T}
195 v fire @ALL
`
	s, err := ParsePatterns(strings.NewReader(in), "dir/x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Patterns) != 6 {
		t.Fatalf("got %d patterns", len(s.Patterns))
	}
	wantSyn := map[string][]string{
		"WEAPON": {"missile", "nuclear weapon"},
		"ALL":    {"missile", "nuclear weapon", "gun"},
		"HIT":    {"attack", "strike"},
	}
	if !reflect.DeepEqual(s.Synsets, wantSyn) {
		t.Errorf("synsets = %v", s.Synsets)
	}
	p := s.Patterns[0]
	want := &Pattern{Code: "042", Head: []string{"pay"}, Text: "pay * visit to {T}", File: "dir/x.txt", Line: 6,
		Elems: []Elem{{Kind: ElemSkip}, wordElem("visit"), wordElem("to"), {Kind: ElemTarget}}}
	if !reflect.DeepEqual(p, want) {
		t.Errorf("pattern 0 = %+v\nwant %+v", p, want)
	}
	if got := p.Rule(); got != "x.txt:6" {
		t.Errorf("Rule = %q", got)
	}
	if e := s.Patterns[1].Elems; e[len(e)-1].Kind != ElemSource {
		t.Errorf("{S} not parsed: %+v", e)
	}
	threat := s.Patterns[2].Elems[2]
	if !reflect.DeepEqual(threat.Alts, [][]string{{"missile"}, {"nuclear", "weapon"}}) {
		t.Errorf("synset alts = %v", threat.Alts)
	}
	if s.Patterns[2].Text != "threaten {T} with @WEAPON" {
		t.Errorf("text = %q", s.Patterns[2].Text)
	}
	if h := s.Patterns[3].Head; !reflect.DeepEqual(h, []string{"attack", "strike"}) {
		t.Errorf("synset head = %v", h)
	}
	if len(s.ByHead["strike"]) != 1 || len(s.ByHead["attack"]) != 1 {
		t.Errorf("ByHead for synset head: %v", s.ByHead)
	}
	if !s.Patterns[4].Noun || s.Patterns[4].Head[0] != "talks" {
		t.Errorf("noun pattern = %+v", s.Patterns[4])
	}
	if n := len(s.Patterns[5].Elems[0].Alts); n != 3 {
		t.Errorf("nested synset alts = %d", n)
	}
}

func TestParsePatternsErrors(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"fields", "042 v\n", "p.txt:1: want CODE KIND PATTERN"},
		{"code", "\n04x v visit {T}\n", "p.txt:2: bad CAMEO code"},
		{"code length", "04211 v visit\n", "p.txt:1: bad CAMEO code"},
		{"kind", "042 x visit\n", "p.txt:1: bad kind"},
		{"head slot", "042 v {T} visit\n", "p.txt:1: pattern must start with a head word"},
		{"head skip", "042 v * visit\n", "p.txt:1: pattern must start with a head word"},
		{"unknown set", "138 v threaten with @GUN\n", "p.txt:1: unknown synonym set @GUN"},
		{"unknown head set", "138 v @GUN {T}\n", "p.txt:1: unknown synonym set @GUN"},
		{"multiword head set", "@A = x y | z\n190 v @A {T}\n", "p.txt:2: head set @A has multi-word member"},
		{"trailing skip", "042 v visit *\n", "p.txt:1: pattern cannot end with *"},
		{"double skip", "042 v pay * * visit\n", "p.txt:1: two * in a row"},
		{"two slots", "042 v visit {T} {S}\n", "p.txt:1: more than one actor slot"},
		{"bad slot", "042 v visit {X}\n", "p.txt:1: bad word"},
		{"bad head", "042 v vi*sit\n", "p.txt:1: bad word"},
		{"dup", "042 v visit {T}\n\n042 v Visit  {t}\n", "p.txt:3: duplicate pattern \"visit {T}\" (first at line 1)"},
		{"set no eq", "@A x | y\n", "p.txt:1: synonym set \"@A x | y\": missing '='"},
		{"set name", "@a-b = x\n", "p.txt:1: bad synonym set name"},
		{"set empty member", "@A = x | | y\n", "p.txt:1: synonym set @A: empty member"},
		{"set member with skip", "@A = x | end * war\n", "p.txt:1: synonym set @A: member \"end * war\" holds a pattern marker"},
		{"set twice", "@A = x\n@A = y\n", "p.txt:2: synonym set @A defined twice"},
		{"set unknown ref", "@A = @B | x\n", "p.txt:1: synonym set @A: unknown set @B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParsePatterns(strings.NewReader(tt.in), "p.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want containing %q", err, tt.want)
			}
		})
	}
}

func TestByHeadOrder(t *testing.T) {
	in := `010 v meet
040 v meet {T}
044 v meet * on * sidelines of
046 v meet with {T} on @X
045 v meet with {T} on trade
043 v meet with * in
@X = trade | security
`
	s, err := ParsePatterns(strings.NewReader(in), "o.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range s.ByHead["meet"] {
		got = append(got, p.Code)
	}
	// 3 words and 0 skips (file order), 3 words and 2 skips, 2 words, then 0 words in file order.
	want := []string{"046", "045", "044", "043", "010", "040"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

func TestMerge(t *testing.T) {
	a, err := ParsePatterns(strings.NewReader("@A = x\n051 v praise {T}\n111 v slam {T}\n"), "a.txt")
	if err != nil {
		t.Fatal(err)
	}
	b, err := ParsePatterns(strings.NewReader("@B = y\n052 v praise {T}\n190 v slam {T} with @B\n"), "b.txt")
	if err != nil {
		t.Fatal(err)
	}
	a.Merge(b)
	a.Merge(nil)
	if len(a.Patterns) != 3 {
		t.Fatalf("patterns = %d, want 3", len(a.Patterns))
	}
	if p := a.ByHead["praise"]; len(p) != 1 || p[0].Code != "052" || p[0].Rule() != "b.txt:2" {
		t.Errorf("override failed: %+v", p)
	}
	if p := a.ByHead["slam"]; len(p) != 2 || p[0].Code != "190" {
		t.Errorf("slam order: %+v", p)
	}
	if len(a.Synsets) != 2 {
		t.Errorf("synsets = %v", a.Synsets)
	}
	var empty PatternSet
	empty.Merge(b)
	if len(empty.Patterns) != 2 || len(empty.ByHead) != 2 {
		t.Errorf("merge into zero set: %+v", empty)
	}
}

// britishForms are spellings that must not appear in patterns: the engine
// canonicalises text to American spelling before lookup.
var britishForms = map[string]bool{
	"criticise": true, "apologise": true, "recognise": true, "organise": true,
	"mobilise": true, "emphasise": true, "sympathise": true, "normalise": true,
	"legalise": true, "demobilise": true, "nationalise": true, "penalise": true,
	"subsidise": true, "authorise": true, "stabilise": true, "destabilise": true,
	"defence": true, "honour": true, "favour": true, "offence": true,
	"programme": true, "centre": true, "neighbour": true, "labour": true,
}

func TestBuiltinPatterns(t *testing.T) {
	s, err := BuiltinPatterns()
	if err != nil {
		t.Fatal(err)
	}
	cb, err := BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	perRoot := map[string]int{}
	seen := map[string]string{}
	for _, p := range s.Patterns {
		if p.Code == NullCode {
			continue
		}
		ci, ok := cb[p.Code]
		if !ok {
			t.Errorf("%s: code %s not in codebook", p.Rule(), p.Code)
			continue
		}
		if !strings.HasPrefix(path.Base(p.File), ci.Root()+"-") {
			t.Errorf("%s: code %s in the file of another root", p.Rule(), p.Code)
		}
		perRoot[ci.Root()]++
		if prev, dup := seen[p.key()]; dup {
			t.Errorf("%s: duplicate of %s", p.Rule(), prev)
		}
		seen[p.key()] = p.Rule()
		checkPatternWords(t, p)
	}
	roots := make([]string, 0, len(perRoot))
	for r := range perRoot {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	var report []string
	for r := 1; r <= 20; r++ {
		root := twoDigits(r)
		if perRoot[root] < 40 {
			t.Errorf("root %s has %d patterns, want >= 40", root, perRoot[root])
		}
		report = append(report, root+"="+strconv.Itoa(perRoot[root]))
	}
	t.Logf("%d patterns, %d heads, %d synsets; per root: %s",
		len(s.Patterns), len(s.ByHead), len(s.Synsets), strings.Join(report, " "))
}

// checkPatternWords rejects British spellings and upper-case words.
func checkPatternWords(t *testing.T, p *Pattern) {
	t.Helper()
	for _, h := range p.Head {
		if britishForms[h] || h != strings.ToLower(h) {
			t.Errorf("%s: head %q must be an American lower-case lemma", p.Rule(), h)
		}
	}
	for _, e := range p.Elems {
		for _, alt := range e.Alts {
			for _, w := range alt {
				if britishForms[w] {
					t.Errorf("%s: British spelling %q", p.Rule(), w)
				}
			}
		}
	}
}

func TestBuiltinFilesStartWithComment(t *testing.T) {
	names, err := fs.Glob(dictFS, "data/verbs/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != 21 {
		t.Errorf("%d pattern files, want 21 (synsets + 20 roots)", len(names))
	}
	for _, n := range names {
		b, err := dictFS.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "# ") {
			t.Errorf("%s: must start with a comment describing the root", n)
		}
	}
}

func TestBuiltinPatternsCopy(t *testing.T) {
	a, err := BuiltinPatterns()
	if err != nil {
		t.Fatal(err)
	}
	n := len(a.Patterns)
	extra, err := ParsePatterns(strings.NewReader("010 v zzzunique\n"), "u.txt")
	if err != nil {
		t.Fatal(err)
	}
	a.Merge(extra)
	b, _ := BuiltinPatterns()
	if len(b.Patterns) != n || b.ByHead["zzzunique"] != nil {
		t.Error("Merge into one BuiltinPatterns result changed another")
	}
}

func TestBuiltinExamples(t *testing.T) {
	s, err := BuiltinPatterns()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ kind, text, code string }{
		{"v", "visit {T}", "042"},
		{"v", "meet with {T}", "040"},
		{"v", "host {T}", "043"},
		{"v", "call on {T} to", "020"},
		{"v", "call for", "020"},
		{"v", "accuse {T} of", "112"},
		{"v", "criticize {T}", "111"},
		{"v", "impose * @SANCTION on {T}", "163"},
		{"v", "threaten to * attack {T}", "138"},
		{"v", "threaten {T} with * @WEAPON", "138"},
		{"v", "arrest {T}", "173"},
		{"v", "sign * @AGREEMENT with {T}", "057"},
		{"v", "apologize to {T}", "055"},
		{"v", "step up * pressure on {T}", "100"},
		{"v", "crack down on {T}", "175"},
		{"v", "break off * @TIES with {T}", "161"},
		{"v", "work with {T}", "030"},
		{"v", "receive * @AID from {S}", "070"},
		{"n", "visit to {T}", "042"},
		{"n", "attack on {T}", "190"},
		{"n", "@SANCTION on {T}", "163"},
	}
	byKey := map[string]*Pattern{}
	for _, p := range s.Patterns {
		byKey[p.key()] = p
	}
	for _, tt := range tests {
		p, ok := byKey[tt.kind+" "+tt.text]
		if !ok {
			t.Errorf("missing pattern %s %q", tt.kind, tt.text)
			continue
		}
		if p.Code != tt.code {
			t.Errorf("%s %q: code %s, want %s", tt.kind, tt.text, p.Code, tt.code)
		}
	}
}

func BenchmarkBuiltinPatterns(b *testing.B) {
	var size int64
	names, _ := fs.Glob(dictFS, "data/verbs/*.txt")
	for _, n := range names {
		data, _ := dictFS.ReadFile(n)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var n int
	for b.Loop() {
		s, err := parseBuiltinPatterns()
		if err != nil {
			b.Fatal(err)
		}
		n = len(s.Patterns)
	}
	b.ReportMetric(float64(n), "patterns")
}

func BenchmarkParseCodebook(b *testing.B) {
	data, err := dictFS.ReadFile("data/cameo.txt")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseCodebook(strings.NewReader(string(data)), "cameo.txt"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParsePatterns(f *testing.F) {
	f.Add("@A = x | y z\n042 v pay * visit to {T}\n138 v threaten {T} with @A\n")
	f.Add("036 n talks with {T}\n073 v receive aid from {S} # c\n")
	f.Add("@A = @A\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ParsePatterns(strings.NewReader(in), "f.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		for _, p := range s.Patterns {
			if len(p.Head) == 0 || p.Text == "" || !validCode(p.Code) {
				t.Fatalf("bad pattern %+v", p)
			}
			again, err := ParsePatterns(strings.NewReader(synsetLines(s)+p.Code+" v "+p.Text), "g.txt")
			if err != nil || len(again.Patterns) != 1 || again.Patterns[0].Text != p.Text {
				t.Fatalf("text %q does not re-parse: %v", p.Text, err)
			}
		}
	})
}

// synsetLines writes the synonym sets of s back as definitions.
func synsetLines(s *PatternSet) string {
	var b strings.Builder
	for name, members := range s.Synsets {
		b.WriteString("@" + name + " = " + strings.Join(members, " | ") + "\n")
	}
	return b.String()
}

func FuzzParseCodebook(f *testing.F) {
	f.Add("051\t3.4\tSUPPORT\tPraise\n")
	f.Add("01\t0\t-\tStatement # c\n\n")
	f.Fuzz(func(t *testing.T, in string) {
		cb, err := ParseCodebook(strings.NewReader(in), "c.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "c.txt") {
				t.Fatalf("error does not name the input: %v", err)
			}
			return
		}
		for code, ci := range cb {
			if code != ci.Code || ci.Goldstein < -10 || ci.Goldstein > 10 || ci.PLOVER == "" {
				t.Fatalf("bad record %+v", ci)
			}
		}
	})
}
