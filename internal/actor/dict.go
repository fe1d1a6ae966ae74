package actor

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// Role is a dated role of a person. From and To are normalised to
// YYYY-MM-DD; "" means the role is open at that end.
type Role struct{ Code, From, To, Title string }

// Entry is one dictionary record. Values written with the `=exact` marker
// keep it as a suffix (" =exact"); use Exact to split it off.
type Entry struct {
	Kind       string   // "state", "person", "org", "agent"
	Code       string   // state/org/agent code; "" for persons
	Names      []string // name + alias values (always active); for agents the words
	Context    []string // context-only aliases
	Adjectives []string
	Demonyms   []string
	Capitals   []string
	Plurals    []string // agent explicit plurals
	Country    string   // person/org country
	OrgType    string
	Region     string
	Former     string // person: code after all roles ended ("" = keep last role)
	Roles      []Role
	// Prefix marks an agent written before its actor (PETRARCH "[NGO~]":
	// "MSF Arnor" -> NGOARN); agents are suffixes by default.
	Prefix bool
	// Members are the further codes of a multi-code actor (PETRARCH's
	// "THE_SHIRE [FRO/BIL/SAM]"): an event involving it is coded once for
	// Code and once for each member.
	Members []string
	File    string
	Line    int
}

// KindNull is the Kind of an entry whose names are no actor: matching one
// consumes its tokens so that no shorter name inside it is coded (PETRARCH
// "[---]" records such as "New Mexico" blocking "Mexico").
const KindNull = "null"

// Dict is a set of parsed dictionary records. Discard phrases are collected
// in Discards and never appear among Entries.
type Dict struct {
	Entries  []*Entry
	Discards []string
}

// Sentinel errors carried by ParseError; test them with errors.Is.
var (
	ErrNoHeader   = errors.New("line outside a record (missing @KIND header)")
	ErrBadHeader  = errors.New("bad record header")
	ErrUnknownKey = errors.New("unknown key")
	ErrBadValue   = errors.New("bad value")
	ErrBadDate    = errors.New("bad date")
	ErrBadCode    = errors.New("bad code")
	ErrMissing    = errors.New("incomplete record")
)

// ParseError is a dictionary error at File:Line; it unwraps to one of the
// Err* sentinels.
type ParseError struct {
	File string
	Line int
	Msg  string
	Err  error
}

// Error formats the error as "file:line: message".
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// Unwrap returns the sentinel error kind.
func (e *ParseError) Unwrap() error { return e.Err }

// ExactMarker is the suffix that marks a case-sensitive value.
const ExactMarker = " =exact"

// Exact splits the `=exact` marker off a dictionary value and reports
// whether the value must match case-sensitively.
func Exact(v string) (string, bool) {
	if s, ok := strings.CutSuffix(v, ExactMarker); ok {
		return s, true
	}
	return v, false
}

// agentCodes are the agent codes an @agent record may use.
var agentCodes = setOf("GOV MIL REB OPP PTY COP JUD SPY LEG MED EDU BUS CRM CVL LAB REF " +
	"NGO IGO HLH AGR ENV ELI HRI RAD REL UAF INS SEP MOD")

// orgTypes are the values allowed for an org's type key.
var orgTypes = setOf("igo media party ngo armed business gov other")

// allowedKeys lists the keys each record kind accepts.
var allowedKeys = map[string]map[string]bool{
	"state":   setOf("name alias context adjective demonym capital region"),
	"person":  setOf("name alias context country role former"),
	"org":     setOf("name alias context type country region"),
	"agent":   setOf("word plural"),
	KindNull:  setOf("name alias"),
	"discard": setOf("phrase"),
}

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// parser holds the state of one Parse call.
type parser struct {
	name string
	line int
	d    *Dict
	cur  *Entry // current record; nil before the first header
	kind string
}

func (p *parser) errf(kind error, format string, args ...any) error {
	return &ParseError{File: p.name, Line: p.line, Msg: fmt.Sprintf(format, args...), Err: kind}
}

// Parse reads one dictionary file; name is used in error messages.
func Parse(r io.Reader, name string) (*Dict, error) {
	p := &parser{name: name, d: &Dict{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		p.line++
		if err := p.parseLine(sc.Text()); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, p.line+1, err)
	}
	if err := p.finish(); err != nil {
		return nil, err
	}
	return p.d, nil
}

// stripComment removes a `#` comment: one at line start or after a blank.
func stripComment(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '#' && (i == 0 || s[i-1] == ' ' || s[i-1] == '\t') {
			return s[:i]
		}
	}
	return s
}

func (p *parser) parseLine(raw string) error {
	s := strings.TrimSpace(stripComment(raw))
	if s == "" {
		return nil
	}
	if s[0] == '@' {
		return p.header(s)
	}
	if p.cur == nil && p.kind == "" {
		return p.errf(ErrNoHeader, "%q: line outside a record (missing @KIND header)", s)
	}
	key, val, ok := strings.Cut(s, ":")
	key = strings.TrimSpace(key)
	if !ok || key == "" || strings.ContainsAny(key, " \t") {
		return p.errf(ErrBadValue, "expected `key: value`, got %q", s)
	}
	if !allowedKeys[p.kind][key] {
		return p.errf(ErrUnknownKey, "unknown key %q in @%s record", key, p.kind)
	}
	return p.setKey(key, strings.TrimSpace(val))
}

func (p *parser) header(s string) error {
	if err := p.finish(); err != nil {
		return err
	}
	f := strings.Fields(s[1:])
	if len(f) == 0 || allowedKeys[f[0]] == nil {
		return p.errf(ErrBadHeader, "unknown record kind in header %q", s)
	}
	kind := f[0]
	needCode := kind == "state" || kind == "org" || kind == "agent"
	switch {
	case needCode && len(f) != 2:
		return p.errf(ErrBadHeader, "@%s needs exactly one code, got %q", kind, s)
	case !needCode && len(f) != 1:
		return p.errf(ErrBadHeader, "@%s takes no code, got %q", kind, s)
	}
	p.kind = kind
	if kind == "discard" {
		p.cur = nil
		return nil
	}
	e := &Entry{Kind: kind, File: p.name, Line: p.line}
	if needCode {
		e.Code = f[1]
		if err := p.checkHeaderCode(kind, e.Code); err != nil {
			return err
		}
	}
	p.cur = e
	return nil
}

func (p *parser) checkHeaderCode(kind, code string) error {
	switch kind {
	case "state":
		if !isCode(code, 3, 3) {
			return p.errf(ErrBadCode, "state code %q is not 3 capital letters", code)
		}
	case "agent":
		if !agentCodes[code] {
			return p.errf(ErrBadCode, "unknown agent code %q", code)
		}
	default:
		if !isCode(code, 3, 15) {
			return p.errf(ErrBadCode, "bad code %q (want 3-15 capital letters or digits)", code)
		}
	}
	return nil
}

// isCode reports whether s is min..max capital letters or digits starting
// with a letter.
func isCode(s string, min, max int) bool {
	if len(s) < min || len(s) > max || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// finish validates the current record and appends it to the dictionary.
func (p *parser) finish() error {
	e := p.cur
	if e == nil {
		return nil
	}
	p.cur = nil
	line := p.line
	p.line = e.Line
	defer func() { p.line = line }()
	switch {
	case len(e.Names) == 0 && e.Kind == "agent":
		return p.errf(ErrMissing, "@agent %s has no word", e.Code)
	case len(e.Names) == 0:
		return p.errf(ErrMissing, "@%s %s record has no name", e.Kind, e.Code)
	case e.Kind == "person" && len(e.Roles) == 0:
		return p.errf(ErrMissing, "@person %q has no role", e.Names[0])
	}
	p.d.Entries = append(p.d.Entries, e)
	return nil
}

func (p *parser) setKey(key, val string) error {
	switch key {
	case "role":
		return p.addRole(val)
	case "country", "former", "region", "type":
		return p.setSingle(key, val)
	}
	vals, err := p.splitValues(val)
	if err != nil {
		return err
	}
	if p.kind == "discard" {
		p.d.Discards = append(p.d.Discards, vals...)
		return nil
	}
	dst := p.listField(key)
	*dst = append(*dst, vals...)
	return nil
}

// listField returns the list of the current entry that key appends to.
func (p *parser) listField(key string) *[]string {
	e := p.cur
	switch key {
	case "context":
		return &e.Context
	case "adjective":
		return &e.Adjectives
	case "demonym":
		return &e.Demonyms
	case "capital":
		return &e.Capitals
	case "plural":
		return &e.Plurals
	}
	return &e.Names // name, alias, word
}

// splitValues splits a `a | b | c` list and checks every value.
func (p *parser) splitValues(val string) ([]string, error) {
	parts := strings.Split(val, "|")
	out := make([]string, 0, len(parts))
	for _, v := range parts {
		v = strings.Join(strings.Fields(v), " ")
		if v == "" {
			return nil, p.errf(ErrBadValue, "empty value in list %q", val)
		}
		if err := p.checkExact(v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

func (p *parser) checkExact(v string) error {
	if !strings.Contains(v, "=exact") {
		return nil
	}
	s, ok := Exact(v)
	if !ok || strings.Contains(s, "=exact") {
		return p.errf(ErrBadValue, "misplaced =exact in %q (write `VALUE =exact`)", v)
	}
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return p.errf(ErrBadValue, "=exact value %q is not in capitals", s)
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	if letters < 2 {
		return p.errf(ErrBadValue, "=exact value %q needs 2+ capital letters", s)
	}
	return nil
}

func (p *parser) setSingle(key, val string) error {
	e := p.cur
	switch key {
	case "type":
		if !orgTypes[val] {
			return p.errf(ErrBadValue, "unknown org type %q", val)
		}
		e.OrgType = val
	case "country":
		if !isCode(val, 3, 3) {
			return p.errf(ErrBadCode, "country %q is not a 3-letter code", val)
		}
		e.Country = val
	case "region":
		if !isCode(val, 3, 6) {
			return p.errf(ErrBadCode, "bad region code %q", val)
		}
		e.Region = val
	case "former":
		if !isCode(val, 3, 15) {
			return p.errf(ErrBadCode, "bad former code %q", val)
		}
		e.Former = val
	}
	return nil
}

// addRole parses `CODE FROM TO TITLE`.
func (p *parser) addRole(val string) error {
	f := strings.Fields(val)
	if len(f) < 3 {
		return p.errf(ErrBadValue, "role %q: want `CODE FROM TO [TITLE]`", val)
	}
	if !isCode(f[0], 3, 15) {
		return p.errf(ErrBadCode, "role %q: bad code %q", val, f[0])
	}
	from, err := normDate(f[1], false)
	if err != nil {
		return p.errf(ErrBadDate, "role %q: from date: %v", val, err)
	}
	to, err := normDate(f[2], true)
	if err != nil {
		return p.errf(ErrBadDate, "role %q: to date: %v", val, err)
	}
	if from != "" && to != "" && from > to {
		return p.errf(ErrBadDate, "role %q: starts %s after it ends %s", val, from, to)
	}
	title := strings.Join(f[3:], " ")
	p.cur.Roles = append(p.cur.Roles, Role{Code: f[0], From: from, To: to, Title: title})
	return nil
}

// normDate turns YYYY, YYYY-MM or YYYY-MM-DD into YYYY-MM-DD; "-" is open.
// Partial dates are widened to the start (from) or end (to) of the period.
func normDate(s string, end bool) (string, error) {
	if s == "-" {
		return "", nil
	}
	switch len(s) {
	case 4:
		if end {
			s += "-12-31"
		} else {
			s += "-01-01"
		}
	case 7:
		t, err := time.Parse("2006-01", s)
		if err != nil {
			return "", fmt.Errorf("%q is not YYYY-MM", s)
		}
		if end {
			t = t.AddDate(0, 1, -1)
		}
		return t.Format("2006-01-02"), nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", fmt.Errorf("%q is not YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	return s, nil
}

// LoadFile parses the dictionary file at path.
func LoadFile(path string) (*Dict, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("actor dictionary: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

//go:embed data/*.txt
var dataFS embed.FS

var builtin struct {
	once sync.Once
	d    *Dict
	err  error
}

// Builtin returns the embedded dictionaries (data/*.txt), parsed once. The
// returned Dict is a fresh shallow copy: Merge into it freely, but treat the
// shared Entries as read-only.
func Builtin() (*Dict, error) {
	builtin.once.Do(func() { builtin.d, builtin.err = parseFS(dataFS, "data") })
	if builtin.err != nil {
		return nil, builtin.err
	}
	d := &Dict{}
	d.Merge(builtin.d)
	return d, nil
}

// parseFS parses every *.txt file of dir in fsys, in name order.
func parseFS(fsys fs.FS, dir string) (*Dict, error) {
	names, err := fs.Glob(fsys, path.Join(dir, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("actor dictionaries: %w", err)
	}
	sort.Strings(names)
	all := &Dict{}
	for _, n := range names {
		f, err := fsys.Open(n)
		if err != nil {
			return nil, fmt.Errorf("actor dictionaries: %w", err)
		}
		d, err := Parse(f, n)
		f.Close()
		if err != nil {
			return nil, err
		}
		all.Merge(d)
	}
	return all, nil
}

// Merge appends the entries and discards of o to d.
func (d *Dict) Merge(o *Dict) {
	if o == nil {
		return
	}
	d.Entries = append(d.Entries, o.Entries...)
	d.Discards = append(d.Discards, o.Discards...)
}

// RoleAt returns the role in force on date (YYYY-MM-DD): the first listed
// role covering the date; if none, the role that ended most recently before
// it; else the earliest role. An empty date picks the latest role. It
// reports false when the entry has no roles.
func (e *Entry) RoleAt(date string) (Role, bool) {
	if len(e.Roles) == 0 {
		return Role{}, false
	}
	if date == "" {
		return e.latest(), true
	}
	for _, r := range e.Roles {
		if r.From <= date && (r.To == "" || date <= r.To) {
			return r, true
		}
	}
	best, found := Role{}, false
	for _, r := range e.Roles {
		if r.To != "" && r.To < date && (!found || r.To > best.To) {
			best, found = r, true
		}
	}
	if found {
		return best, true
	}
	return e.earliest(), true
}

// latest returns the first open role, else the one ending last.
func (e *Entry) latest() Role {
	best := e.Roles[0]
	for _, r := range e.Roles {
		if r.To == "" {
			return r
		}
		if r.To > best.To {
			best = r
		}
	}
	return best
}

// earliest returns the role starting first (open starts count as earliest).
func (e *Entry) earliest() Role {
	best := e.Roles[0]
	for _, r := range e.Roles[1:] {
		if r.From < best.From {
			best = r
		}
	}
	return best
}
