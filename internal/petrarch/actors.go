package petrarch

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dyad-project/dyad/internal/actor"
)

// actorRec is one actors-file record being read: a primary phrase, its
// synonyms and its codes.
type actorRec struct {
	line  int
	names []string
	codes []codeSpec
}

// codeSpec is one [CODE restriction] group; From/To are YYYY-MM-DD or "".
type codeSpec struct {
	code     string
	from, to string
	dated    bool
	line     int
}

// actorReader holds the state of one actors-file conversion.
type actorReader struct {
	name string
	st   *Stats
	d    *actor.Dict
	cur  *actorRec
}

// parseActors converts a PETRARCH actors file.
func parseActors(data []byte, name string, st *Stats) (*actor.Dict, error) {
	ar := &actorReader{name: name, st: st, d: &actor.Dict{}}
	err := scanLines(bytes.NewReader(data), func(n int, text string) error {
		ar.line(n, text)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	ar.flush()
	st.Entries = len(ar.d.Entries)
	return ar.d, nil
}

// line reads one meaningful line of an actors file.
func (ar *actorReader) line(n int, text string) {
	t := strings.TrimSpace(text)
	indented := text[0] == ' ' || text[0] == '\t'
	before, groups := brackets(t)
	switch {
	case strings.HasPrefix(t, "+"):
		ar.synonym(n, before[1:], groups)
	case indented && strings.TrimSpace(before) == "":
		if ar.cur == nil {
			ar.st.drop("code line outside a record", ar.name, n)
			return
		}
		ar.addCodes(n, groups)
	case indented:
		ar.synonym(n, before, groups)
	default:
		ar.flush()
		ar.cur = &actorRec{line: n}
		ar.addName(before)
		ar.addCodes(n, groups)
	}
}

func (ar *actorReader) synonym(n int, before string, groups []string) {
	if ar.cur == nil {
		ar.st.drop("synonym outside a record", ar.name, n)
		return
	}
	ar.addName(before)
	ar.addCodes(n, groups)
}

func (ar *actorReader) addName(s string) {
	if p := phrase(s); p != "" {
		ar.cur.names = append(ar.cur.names, p)
	}
}

func (ar *actorReader) addCodes(n int, groups []string) {
	for _, g := range groups {
		cs, reason := parseCodeSpec(g)
		if reason != "" {
			ar.st.drop(reason, ar.name, n)
			continue
		}
		cs.line = n
		ar.cur.codes = append(ar.cur.codes, cs)
	}
}

// parseCodeSpec parses "CODE", "CODE <DATE", "CODE >DATE", "CODE D1-D2"
// (blanks allowed around the restriction). It returns a reason when the
// group is unusable.
func parseCodeSpec(g string) (codeSpec, string) {
	f := strings.Fields(g)
	if len(f) == 0 {
		return codeSpec{}, "empty code"
	}
	cs := codeSpec{code: strings.ToUpper(f[0])}
	if !validActorCode(cs.code) {
		return codeSpec{}, "bad actor code"
	}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return cs, ""
	}
	cs.dated = true
	var err error
	switch {
	case rest[0] == '<':
		cs.to, err = petrDate(rest[1:])
	case rest[0] == '>':
		cs.from, err = petrDate(rest[1:])
	default:
		a, b, ok := strings.Cut(rest, "-")
		if !ok {
			return codeSpec{}, "bad date restriction"
		}
		if cs.from, err = petrDate(a); err == nil {
			cs.to, err = petrDate(b)
		}
	}
	if err != nil {
		return codeSpec{}, "bad date restriction"
	}
	return cs, ""
}

// validActorCode accepts capital letters, digits and the PETRARCH markers
// "-", "+" and "/" (null and multi-code actors).
func validActorCode(c string) bool {
	if c != "" && !isUpper(c[0]) {
		return strings.Trim(c, "-+") == ""
	}
	for i := 0; i < len(c); i++ {
		b := c[i]
		if !(b >= 'A' && b <= 'Z') && !(b >= '0' && b <= '9') && b != '-' && b != '+' && b != '/' {
			return false
		}
	}
	return c != ""
}

// petrDate turns YYMMDD or YYYYMMDD into YYYY-MM-DD; two-digit years below
// 30 are 20xx, the others 19xx.
func petrDate(s string) (string, error) {
	switch len(s) {
	case 6:
		if s[0] < '3' {
			s = "20" + s
		} else {
			s = "19" + s
		}
	case 8:
	default:
		return "", fmt.Errorf("bad date %q", s)
	}
	t, err := time.Parse("20060102", s)
	if err != nil {
		return "", fmt.Errorf("bad date %q", s)
	}
	return t.Format("2006-01-02"), nil
}

// flush converts the current record into a dictionary entry.
func (ar *actorReader) flush() {
	r := ar.cur
	ar.cur = nil
	if r == nil || len(r.names) == 0 {
		return
	}
	def, roles := ar.splitCodes(r)
	switch {
	case len(roles) > 0:
		if len(ar.members(r)) > 0 {
			ar.st.drop("extra codes of a multi-code actor", ar.name, r.line) // a person keeps one code per role
		}
		ar.addPerson(r, def, roles)
	case def != "":
		ar.addCoded(r, def, ar.members(r))
	case len(r.codes) == 0:
		ar.st.drop("actor without code", ar.name, r.line)
	default:
		ar.st.drop("null-coded actor", ar.name, r.line)
	}
}

// members returns the further codes of an undated multi-code actor
// ("THE_SHIRE [FRO/BIL/SAM]": BIL and SAM).
func (ar *actorReader) members(r *actorRec) []string {
	for _, cs := range r.codes {
		if cs.dated {
			continue
		}
		parts := strings.Split(cs.code, "/")
		var out []string
		for _, p := range parts[1:] {
			if strings.Trim(p, "-+") != "" {
				out = append(out, p)
			}
		}
		return out
	}
	return nil
}

// splitCodes returns the default (first undated) code and the dated roles
// of r. Null codes ("---") are dropped and counted; a multi-code actor
// ("FRO/BIL/SAM") keeps its first code here, the others are its members.
func (ar *actorReader) splitCodes(r *actorRec) (string, []actor.Role) {
	def := ""
	var roles []actor.Role
	for _, cs := range r.codes {
		code := ar.single(cs)
		switch {
		case code == "":
		case !cs.dated:
			if def == "" {
				def = code
			}
		default:
			roles = append(roles, actor.Role{Code: code, From: cs.from, To: cs.to})
		}
	}
	return def, roles
}

// single reduces a code to one usable code, or "" for a null code.
func (ar *actorReader) single(cs codeSpec) string {
	code := cs.code
	if i := strings.IndexByte(code, '/'); i >= 0 {
		if cs.dated {
			ar.st.drop("extra codes of a dated multi-code role", ar.name, cs.line)
		}
		code = code[:i]
	}
	if strings.Trim(code, "-+") == "" {
		if cs.dated {
			ar.st.drop("null-coded date restriction", ar.name, cs.line)
		}
		return ""
	}
	return code
}

// addCoded adds an undated actor: a state when its code is three letters
// (so that agents combine with it: "Arnor officials" -> ARNGOV), else an
// organisation.
func (ar *actorReader) addCoded(r *actorRec, code string, members []string) {
	kind := "org"
	if len(code) == 3 && isLetters(code) {
		kind = "state"
	}
	e := &actor.Entry{Kind: kind, Code: code, Members: members, Names: displayNames(r.names), File: ar.name,
		Line: r.line}
	ar.d.Entries = append(ar.d.Entries, e)
}

// addPerson adds an actor with dated codes. The default code, when there
// is one, becomes an open role listed last: the matcher takes the first
// role covering a date, so it applies only where no restriction does.
func (ar *actorReader) addPerson(r *actorRec, def string, roles []actor.Role) {
	if def != "" {
		roles = append(roles, actor.Role{Code: def})
	}
	e := &actor.Entry{Kind: "person", Names: displayNames(r.names), Roles: roles, File: ar.name, Line: r.line}
	if c := roles[0].Code; len(c) >= 3 && isLetters(c[:3]) && !nonState[c[:3]] {
		e.Country = c[:3]
	}
	ar.d.Entries = append(ar.d.Entries, e)
}

// nonState lists CAMEO code prefixes that are not countries.
var nonState = map[string]bool{"IGO": true, "NGO": true, "NGM": true, "IMG": true, "MNC": true,
	"UIS": true, "ELI": true, "GOV": true, "MIL": true, "REB": true, "OPP": true, "BUS": true,
	"CVL": true, "MED": true, "EDU": true, "REL": true, "CRM": true, "UAF": true}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isUpper(s[i]) {
			return false
		}
	}
	return s != ""
}

// displayNames title-cases and de-duplicates phrases.
func displayNames(ps []string) []string {
	return appendNew(nil, ps)
}

// appendNew appends the title-cased phrases of ps not already in dst.
func appendNew(dst, ps []string) []string {
	for _, p := range ps {
		p = titleCase(p)
		dup := false
		for _, d := range dst {
			if strings.EqualFold(d, p) {
				dup = true
				break
			}
		}
		if !dup {
			dst = append(dst, p)
		}
	}
	return dst
}
