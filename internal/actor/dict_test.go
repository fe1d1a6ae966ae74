package actor

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // substring of the message, after "t.txt:LINE: "
		line string
		kind error
	}{
		{"no header", "name: China\n", "missing @KIND header", "t.txt:1:", ErrNoHeader},
		{"unknown kind", "@country CHN\nname: China\n", "unknown record kind", "t.txt:1:", ErrBadHeader},
		{"state without code", "@state\nname: China\n", "needs exactly one code", "t.txt:1:", ErrBadHeader},
		{"person with code", "@person CHN\n", "takes no code", "t.txt:1:", ErrBadHeader},
		{"bad state code", "@state China\nname: China\n", "not 3 capital letters", "t.txt:1:", ErrBadCode},
		{"bad agent code", "@agent XYZ\nword: x\n", "unknown agent code", "t.txt:1:", ErrBadCode},
		{"bad org code", "@org ig\nname: x\n", "bad code", "t.txt:1:", ErrBadCode},
		{"unknown key", "@state CHN\nname: China\nnickname: PRC\n", `unknown key "nickname"`, "t.txt:3:", ErrUnknownKey},
		{"key of other kind", "@state CHN\nname: China\nrole: CHNGOV 2000 - x\n", `unknown key "role"`, "t.txt:3:", ErrUnknownKey},
		{"no colon", "@state CHN\nname China\n", "expected `key: value`", "t.txt:2:", ErrBadValue},
		{"empty value", "@state CHN\nname: China | | PRC\n", "empty value", "t.txt:2:", ErrBadValue},
		{"lowercase exact", "@state USA\nname: Us =exact\n", "not in capitals", "t.txt:2:", ErrBadValue},
		{"misplaced exact", "@state USA\nname: =exact US\n", "misplaced =exact", "t.txt:2:", ErrBadValue},
		{"bad org type", "@org IGOUNO\nname: UN\ntype: club\n", "unknown org type", "t.txt:3:", ErrBadValue},
		{"bad country", "@person\nname: X\ncountry: China\nrole: CHNGOV 2000 - x\n", "not a 3-letter code", "t.txt:3:", ErrBadCode},
		{"bad former", "@person\nname: X\nformer: eli\n", "bad former code", "t.txt:3:", ErrBadCode},
		{"short role", "@person\nname: X\nrole: CHNGOV 2000\n", "want `CODE FROM TO", "t.txt:3:", ErrBadValue},
		{"bad role code", "@person\nname: X\nrole: chngov 2000 - x\n", "bad code", "t.txt:3:", ErrBadCode},
		{"bad from date", "@person\nname: X\nrole: CHNGOV 2000-13-01 - x\n", "from date", "t.txt:3:", ErrBadDate},
		{"bad to date", "@person\nname: X\nrole: CHNGOV 2000 20x1 x\n", "to date", "t.txt:3:", ErrBadDate},
		{"bad day", "@person\nname: X\nrole: CHNGOV 2001-02-29 - x\n", "from date", "t.txt:3:", ErrBadDate},
		{"from after to", "@person\nname: X\nrole: CHNGOV 2010 2009 x\n", "after it ends", "t.txt:3:", ErrBadDate},
		{"person without role", "\n@person\nname: X\n@state CHN\nname: China\n", "has no role", "t.txt:2:", ErrMissing},
		{"state without name", "@state CHN\nregion: ASA\n", "has no name", "t.txt:1:", ErrMissing},
		{"agent without word", "@agent GOV\nplural: officials\n", "has no word", "t.txt:1:", ErrMissing},
		{"bad region", "@state CHN\nname: China\nregion: asia\n", "bad region", "t.txt:3:", ErrBadCode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tt.in), "t.txt")
			if err == nil {
				t.Fatalf("no error for %q", tt.in)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.line) || !strings.Contains(msg, tt.want) {
				t.Errorf("error %q: want prefix %q and %q", msg, tt.line, tt.want)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %q is not %v", msg, tt.kind)
			}
			var pe *ParseError
			if !errors.As(err, &pe) || pe.File != "t.txt" {
				t.Errorf("error %q is not a *ParseError for t.txt", msg)
			}
		})
	}
}

const sample = `# a comment line
@state PRK   # trailing comment
name: North Korea | DPRK =exact
adjective: North Korean
demonym: North Koreans
capital: Pyongyang
context: the North
region: ASA

@person
name: Kim Jong-un
alias: Kim | Kim Jong Un
country: PRK
role: PRKGOV 2011-12-17 - Supreme Leader
former: PRKELI

@org IGOUNO
name: United Nations | UN =exact
alias: U.N.
type: igo
country: USA

@agent GOV
word: government | official
plural: officials

@discard
phrase: box office | album
phrase: world cup

@org WEB
name: Example http://example.com/#frag
type: media
`

func TestParseSample(t *testing.T) {
	d, err := Parse(strings.NewReader(sample), "s.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 5 {
		t.Fatalf("got %d entries, want 5", len(d.Entries))
	}
	st := d.Entries[0]
	if st.Kind != "state" || st.Code != "PRK" || st.Line != 2 || st.File != "s.txt" {
		t.Errorf("state header: %+v", st)
	}
	if got := strings.Join(st.Names, ","); got != "North Korea,DPRK =exact" {
		t.Errorf("names %q", got)
	}
	if st.Context[0] != "the North" || st.Capitals[0] != "Pyongyang" || st.Region != "ASA" ||
		st.Adjectives[0] != "North Korean" || st.Demonyms[0] != "North Koreans" {
		t.Errorf("state fields: %+v", st)
	}
	p := d.Entries[1]
	if p.Code != "" || len(p.Names) != 3 || p.Country != "PRK" || p.Former != "PRKELI" {
		t.Errorf("person: %+v", p)
	}
	if r := p.Roles[0]; r != (Role{"PRKGOV", "2011-12-17", "", "Supreme Leader"}) {
		t.Errorf("role %+v", r)
	}
	if o := d.Entries[2]; o.OrgType != "igo" || o.Country != "USA" || len(o.Names) != 3 {
		t.Errorf("org: %+v", o)
	}
	if a := d.Entries[3]; a.Kind != "agent" || a.Plurals[0] != "officials" || len(a.Names) != 2 {
		t.Errorf("agent: %+v", a)
	}
	if got := strings.Join(d.Discards, ","); got != "box office,album,world cup" {
		t.Errorf("discards %q", got)
	}
	if got := d.Entries[4].Names[0]; got != "Example http://example.com/#frag" {
		t.Errorf("URL value %q", got)
	}
}

func TestNormDate(t *testing.T) {
	tests := []struct {
		in   string
		end  bool
		want string
	}{
		{"-", false, ""},
		{"2013", false, "2013-01-01"},
		{"2013", true, "2013-12-31"},
		{"2024-02", false, "2024-02-01"},
		{"2024-02", true, "2024-02-29"},
		{"2023-02", true, "2023-02-28"},
		{"2017-05-10", true, "2017-05-10"},
	}
	for _, tt := range tests {
		got, err := normDate(tt.in, tt.end)
		if err != nil || got != tt.want {
			t.Errorf("normDate(%q, %v) = %q, %v; want %q", tt.in, tt.end, got, err, tt.want)
		}
	}
}

func TestRoleAt(t *testing.T) {
	e := &Entry{Roles: []Role{
		{Code: "USAGOV", From: "2017-01-20", To: "2021-01-20", Title: "President"},
		{Code: "USAOPP", From: "2021-01-21", To: "2022-12-31", Title: "Opposition"},
		{Code: "USAGOV", From: "2025-01-20", To: "", Title: "President again"},
	}}
	tests := []struct{ date, title string }{
		{"2018-06-01", "President"},
		{"2022-01-01", "Opposition"},
		{"2023-06-01", "Opposition"}, // latest ended before
		{"2026-01-01", "President again"},
		{"2010-01-01", "President"}, // before all roles: earliest
		{"", "President again"},     // unknown date: latest
	}
	for _, tt := range tests {
		r, ok := e.RoleAt(tt.date)
		if !ok || r.Title != tt.title {
			t.Errorf("RoleAt(%q) = %+v, %v; want %q", tt.date, r, ok, tt.title)
		}
	}
	if _, ok := (&Entry{}).RoleAt("2020-01-01"); ok {
		t.Error("RoleAt on an entry without roles reported ok")
	}
}

func TestExact(t *testing.T) {
	if s, ok := Exact("US =exact"); s != "US" || !ok {
		t.Errorf("Exact = %q, %v", s, ok)
	}
	if s, ok := Exact("United States"); s != "United States" || ok {
		t.Errorf("Exact = %q, %v", s, ok)
	}
}

func TestLoadFileAndMerge(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "x.txt")
	if err := os.WriteFile(p, []byte(sample), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := LoadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if d.Entries[0].File != p {
		t.Errorf("File = %q, want %q", d.Entries[0].File, p)
	}
	d.Merge(d)
	if len(d.Entries) != 10 || len(d.Discards) != 6 {
		t.Errorf("after Merge: %d entries, %d discards", len(d.Entries), len(d.Discards))
	}
	if _, err := LoadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("LoadFile(missing) error = %v", err)
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("@state CHN\nfoo: bar\n"), 0o644)
	if _, err := LoadFile(bad); err == nil || !strings.HasPrefix(err.Error(), bad+":2: ") {
		t.Errorf("LoadFile(bad) error = %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add(sample)
	f.Add("@person\nname: X\nrole: AAAGOV 2000-02 2001 t\n")
	f.Add("@state ABC\nname: a | B =exact\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := Parse(strings.NewReader(in), "f.txt")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.txt:") {
				t.Fatalf("error without file:line: %v", err)
			}
			return
		}
		for _, e := range d.Entries {
			if len(e.Names) == 0 {
				t.Fatalf("entry without names: %+v", e)
			}
			for _, r := range e.Roles {
				if r.From != "" && r.To != "" && r.From > r.To {
					t.Fatalf("role with From > To: %+v", r)
				}
			}
		}
	})
}

func mustBuiltin(t testing.TB) *Dict {
	t.Helper()
	d, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestBuiltinCounts(t *testing.T) {
	d := mustBuiltin(t)
	n := map[string]int{}
	for _, e := range d.Entries {
		n[e.Kind]++
	}
	t.Logf("entries per kind: %v; discard phrases: %d", n, len(d.Discards))
	min := map[string]int{"state": 195, "person": 600, "org": 100, "agent": 20}
	for k, m := range min {
		if n[k] < m {
			t.Errorf("%d %s records, want >= %d", n[k], k, m)
		}
	}
	if len(d.Discards) < 50 {
		t.Errorf("%d discard phrases, want >= 50", len(d.Discards))
	}
}

func TestBuiltinIsCopy(t *testing.T) {
	a := mustBuiltin(t)
	a.Merge(&Dict{Discards: []string{"extra"}})
	b := mustBuiltin(t)
	if len(b.Discards) == len(a.Discards) {
		t.Error("Merge into one Builtin() result changed another")
	}
}

func TestBuiltinConsistency(t *testing.T) {
	d := mustBuiltin(t)
	states, codes := map[string]bool{}, map[string]string{}
	for _, e := range d.Entries {
		where := e.File + ":" + itoa(e.Line)
		if e.Kind == "state" {
			if states[e.Code] {
				t.Errorf("%s: duplicate state code %s", where, e.Code)
			}
			states[e.Code] = true
		}
		if e.Kind == "org" || e.Kind == "agent" {
			if prev, dup := codes[e.Kind+e.Code]; dup {
				t.Errorf("%s: duplicate %s code %s (first at %s)", where, e.Kind, e.Code, prev)
			}
			codes[e.Kind+e.Code] = where
		}
	}
	for _, e := range d.Entries {
		if e.Kind != "person" {
			continue
		}
		where := e.File + ":" + itoa(e.Line) + " " + e.Names[0]
		if e.Country == "" || !states[e.Country] {
			t.Errorf("%s: country %q is not a state code", where, e.Country)
		}
		for _, r := range e.Roles {
			if !states[r.Code[:3]] && r.Code[:3] != "IGO" {
				t.Errorf("%s: role code %s does not start with a state or IGO", where, r.Code)
			}
			if r.From == "" {
				t.Errorf("%s: role %s has no start date", where, r.Code)
			}
		}
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	if s == "" {
		return "0"
	}
	return s
}

// findPerson returns the person record whose first name is name.
func findPerson(t *testing.T, d *Dict, name string) *Entry {
	t.Helper()
	for _, e := range d.Entries {
		if e.Kind == "person" && e.Names[0] == name {
			return e
		}
	}
	t.Fatalf("no person %q", name)
	return nil
}

func TestBuiltinFacts(t *testing.T) {
	d := mustBuiltin(t)
	tests := []struct {
		name, date, code, from, to string
	}{
		{"Xi Jinping", "2012-12-01", "CHNGOV", "2012-11-15", ""},
		{"Xi Jinping", "2020-01-01", "CHNGOV", "2013-03-14", ""},
		{"Kim Jong-un", "2011-12-30", "PRKGOV", "2011-12-17", ""},
		{"Moon Jae-in", "2019-01-01", "KORGOV", "2017-05-10", "2022-05-09"},
		{"Yoon Suk Yeol", "2023-01-01", "KORGOV", "2022-05-10", "2025-04-04"},
		{"Lee Jae-myung", "2025-07-01", "KORGOV", "2025-06-04", ""},
		{"Lee Jae-myung", "2023-01-01", "KOROPP", "2022-08-28", "2025-04-09"},
		{"Donald Trump", "2018-01-01", "USAGOV", "2017-01-20", "2021-01-20"},
		{"Donald Trump", "2025-03-01", "USAGOV", "2025-01-20", ""},
		{"Joe Biden", "2022-01-01", "USAGOV", "2021-01-20", "2025-01-20"},
		{"Vladimir Putin", "2015-01-01", "RUSGOV", "2012-05-07", ""},
		{"Volodymyr Zelensky", "2022-02-24", "UKRGOV", "2019-05-20", ""},
		{"Li Qiang", "2024-01-01", "CHNGOV", "2023-03-11", ""},
		{"Shinzo Abe", "2015-01-01", "JPNGOV", "2012-12-26", "2020-09-16"},
		{"Fumio Kishida", "2022-01-01", "JPNGOV", "2021-10-04", "2024-10-01"},
		{"Shigeru Ishiba", "2025-01-01", "JPNGOV", "2024-10-01", "2025-10-21"},
		{"Sanae Takaichi", "2025-11-01", "JPNGOV", "2025-10-21", ""},
		{"Antonio Guterres", "2020-01-01", "IGOUNO", "2017-01-01", ""},
		{"Mark Rutte", "2025-01-01", "IGOWSTNAT", "2024-10-01", ""},
		{"Rafael Grossi", "2023-01-01", "IGOUNOIAE", "2019-12-03", ""},
		{"Hibatullah Akhundzada", "2020-01-01", "AFGREB", "2016-05-25", "2021-08-15"},
		{"Hibatullah Akhundzada", "2022-01-01", "AFGGOV", "2021-08-15", ""},
		{"Ahmed al-Sharaa", "2025-06-01", "SYRGOV", "2025-01-29", ""},
	}
	for _, tt := range tests {
		r, ok := findPerson(t, d, tt.name).RoleAt(tt.date)
		if !ok || r.Code != tt.code || r.From != tt.from || r.To != tt.to {
			t.Errorf("%s on %s: got %+v, want %s %s..%s", tt.name, tt.date, r, tt.code, tt.from, tt.to)
		}
	}
	if f := findPerson(t, d, "Moon Jae-in").Former; f != "KORELI" {
		t.Errorf("Moon Jae-in former = %q, want KORELI", f)
	}
}

func BenchmarkBuiltin(b *testing.B) {
	var size int64
	names, _ := dataFS.ReadDir("data")
	for _, n := range names {
		info, _ := n.Info()
		size += info.Size()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parseFS(dataFS, "data"); err != nil {
			b.Fatal(err)
		}
	}
}
