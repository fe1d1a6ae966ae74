package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/cameo.txt data/verbs/*.txt
var dictFS embed.FS

// CodeInfo describes one CAMEO code.
type CodeInfo struct {
	Code      string
	Goldstein float64
	// PLOVER is the PLOVER event type, or "-" when PLOVER drops the code
	// (the CAMEO 01 statement and 02 appeal families).
	PLOVER string
	Name   string
}

// Root returns the two-digit CAMEO root of the code ("05" for "051").
func (c CodeInfo) Root() string {
	if len(c.Code) < 2 {
		return c.Code
	}
	return c.Code[:2]
}

// QuadClass returns the quad class of the code's root: 1 verbal cooperation
// (01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14), 4
// material conflict (15-20); 0 for anything else.
func (c CodeInfo) QuadClass() int {
	r, err := strconv.Atoi(c.Root())
	switch {
	case len(c.Code) < 2:
		return 0
	case err != nil || r < 1 || r > 20:
		return 0
	case r <= 5:
		return 1
	case r <= 9:
		return 2
	case r <= 14:
		return 3
	default:
		return 4
	}
}

// Codebook maps a CAMEO code ("051", "1121") to its description.
type Codebook map[string]CodeInfo

// dictLine is one meaningful input line with its 1-based number.
type dictLine struct {
	num  int
	text string
}

// readLines returns the non-blank lines of r with comments removed.
func readLines(r io.Reader, name string) ([]dictLine, error) {
	var out []dictLine
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		t := sc.Text()
		if i := strings.IndexByte(t, '#'); i >= 0 {
			t = t[:i]
		}
		if strings.TrimSpace(t) == "" {
			continue
		}
		out = append(out, dictLine{num: n, text: t})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, n+1, err)
	}
	return out, nil
}

// ParseCodebook reads a codebook in the tab-separated format
// CODE, GOLDSTEIN, PLOVER, NAME. Errors are reported as name:line.
func ParseCodebook(r io.Reader, name string) (Codebook, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	cb := make(Codebook, len(lines))
	for _, l := range lines {
		ci, err := parseCodeLine(l.text)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, l.num, err)
		}
		if _, dup := cb[ci.Code]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate code %s", name, l.num, ci.Code)
		}
		cb[ci.Code] = ci
	}
	if len(cb) == 0 {
		return nil, fmt.Errorf("%s: no codes", name)
	}
	return cb, nil
}

// parseCodeLine parses one codebook record.
func parseCodeLine(s string) (CodeInfo, error) {
	f := strings.Split(strings.TrimRight(s, " \r"), "\t")
	if len(f) != 4 {
		return CodeInfo{}, fmt.Errorf("want 4 tab-separated fields (code, goldstein, plover, name), got %d", len(f))
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	if !validCode(f[0]) {
		return CodeInfo{}, fmt.Errorf("bad CAMEO code %q (want 2 to 4 digits)", f[0])
	}
	g, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return CodeInfo{}, fmt.Errorf("code %s: bad Goldstein value %q: %w", f[0], f[1], err)
	}
	if g < -10 || g > 10 {
		return CodeInfo{}, fmt.Errorf("code %s: Goldstein value %v outside [-10, 10]", f[0], g)
	}
	if !validPlover(f[2]) {
		return CodeInfo{}, fmt.Errorf("code %s: bad PLOVER type %q (want upper-case name or -)", f[0], f[2])
	}
	if f[3] == "" {
		return CodeInfo{}, fmt.Errorf("code %s: empty name", f[0])
	}
	return CodeInfo{Code: f[0], Goldstein: g, PLOVER: f[2], Name: f[3]}, nil
}

// validCode reports whether s is 2 to 4 ASCII digits.
func validCode(s string) bool {
	return len(s) >= 2 && len(s) <= 4 && onlyChars(s, "0123456789")
}

// validPlover reports whether s is "-" or an upper-case word.
func validPlover(s string) bool {
	return s == "-" || onlyChars(s, upperChars)
}

const upperChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ_"

// onlyChars reports whether s is non-empty and made only of chars.
func onlyChars(s, chars string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune(chars, c) {
			return false
		}
	}
	return true
}

var builtinCodebook = sync.OnceValues(func() (Codebook, error) {
	f, err := dictFS.Open("data/cameo.txt")
	if err != nil {
		return nil, fmt.Errorf("builtin codebook: %w", err)
	}
	defer f.Close()
	return ParseCodebook(f, "cameo.txt")
})

// BuiltinCodebook returns the embedded CAMEO codebook (data/cameo.txt),
// parsed once. Each call returns a fresh copy the caller may modify.
func BuiltinCodebook() (Codebook, error) {
	cb, err := builtinCodebook()
	if err != nil {
		return nil, err
	}
	return maps.Clone(cb), nil
}

// NullCode marks a pattern that codes nothing: when it is the most
// specific match, the verb or noun gives no event ("call {T} a ..." is
// name-calling, not a phone call; PETRARCH's "[---]").
const NullCode = "---"

// Pattern element kinds.
const (
	ElemWord   = iota // a word or synonym set: Alts holds the token sequences
	ElemSkip          // "*": up to eight tokens within the clause
	ElemTarget        // "{T}": the target actor
	ElemSource        // "{S}": the source actor (the subject becomes the target)
	ElemPhrase        // one noun phrase passed over (PETRARCH's "^")
)

// Elem is one element of a pattern after its head. For ElemWord, Alts lists
// the alternatives, each a lower-case token sequence (a plain word is one
// alternative of one token; a synonym set gives one alternative per member).
type Elem struct {
	Kind int
	Alts [][]string
}

// Pattern is one verb or noun pattern of the event dictionary.
type Pattern struct {
	Code  string
	Noun  bool
	Head  []string // alternatives for the head lemma
	Elems []Elem   // elements after the head, in order
	// Pre are words that must come before the head in its clause, in
	// order, a few tokens apart at most (PETRARCH's "- NOT_* [112]"). A
	// negation or modal they match is part of the pattern, so the event is
	// not marked negated or hypothetical for it.
	Pre []Elem
	// Mutual patterns need a compound subject whose members act on each
	// other ("X and Y agree that ...": PETRARCH's "- % * [030]").
	Mutual bool
	// Form, when set, is the only surface form of the head the pattern
	// matches ("left", where PETRARCH keeps LEFT apart from LEAVE).
	Form string
	// WideSkips lets the pattern's skips cross clauses, as PETRARCH's "*"
	// spans a whole verb phrase ("allowed that Mordor isn't a really
	// pleasant place" matches "allow * really pleasant").
	WideSkips bool
	// Reverse, when set, is the code of a second event from the target to
	// the source (PETRARCH's paired "[042:043]" codes: a visit is hosted).
	Reverse string
	Text    string // the normalised pattern text, without code and kind
	File    string
	Line    int
}

// Rule returns "file:line" (file base name) naming where p was defined.
func (p *Pattern) Rule() string {
	return filepath.Base(p.File) + ":" + strconv.Itoa(p.Line)
}

// key identifies a pattern for duplicate detection and overriding.
func (p *Pattern) key() string {
	if p.Noun {
		return "n " + p.Text
	}
	return "v " + p.Text
}

// counts returns the number of ElemWord and ElemSkip elements of p.
func (p *Pattern) counts() (words, skips int) {
	for _, e := range p.Elems {
		switch e.Kind {
		case ElemWord:
			words++
		case ElemSkip:
			skips++
		}
	}
	return words, skips
}

// PatternSet is a parsed event dictionary.
type PatternSet struct {
	Patterns []*Pattern
	// Synsets maps a synonym-set name (without "@") to its members.
	Synsets map[string][]string
	// ByHead maps a head lemma to its patterns, most specific first: more
	// ElemWord elements, then fewer skips, then file order.
	ByHead map[string][]*Pattern
}

// ParsePatterns reads one pattern file (see docs/dictionaries.md §3).
// Synonym sets used in the file must be defined in it. Errors are reported
// as name:line.
func ParsePatterns(r io.Reader, name string) (*PatternSet, error) {
	return parsePatterns(r, name, nil)
}

// parsePatterns parses a pattern file whose synonym sets may also come from
// base (shared definitions, not copied into the result).
func parsePatterns(r io.Reader, name string, base map[string][]string) (*PatternSet, error) {
	lines, err := readLines(r, name)
	if err != nil {
		return nil, err
	}
	s := &PatternSet{Synsets: map[string][]string{}}
	var pats []dictLine
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if !strings.HasPrefix(t, "@") {
			pats = append(pats, l)
			continue
		}
		if err := s.addSynset(t, base); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, l.num, err)
		}
	}
	seen := map[string]int{}
	for _, l := range pats {
		p, err := parsePatternLine(l.text, s.Synsets, base)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, l.num, err)
		}
		if prev, dup := seen[p.key()]; dup {
			return nil, fmt.Errorf("%s:%d: duplicate pattern %q (first at line %d)", name, l.num, p.Text, prev)
		}
		seen[p.key()] = l.num
		p.File, p.Line = name, l.num
		s.Patterns = append(s.Patterns, p)
	}
	s.index()
	return s, nil
}

// addSynset parses "@NAME = member | member ..." into s.Synsets.
func (s *PatternSet) addSynset(t string, base map[string][]string) error {
	lhs, rhs, ok := strings.Cut(t, "=")
	if !ok {
		return fmt.Errorf("synonym set %q: missing '='", t)
	}
	name := strings.ToUpper(strings.TrimSpace(lhs[1:]))
	if !validSynsetName(name) {
		return fmt.Errorf("bad synonym set name %q", strings.TrimSpace(lhs))
	}
	if _, dup := s.Synsets[name]; dup {
		return fmt.Errorf("synonym set @%s defined twice", name)
	}
	if _, dup := base[name]; dup {
		return fmt.Errorf("synonym set @%s already defined in shared sets", name)
	}
	var members []string
	for _, m := range strings.Split(rhs, "|") {
		m = strings.Join(strings.Fields(strings.ToLower(m)), " ")
		if m == "" {
			return fmt.Errorf("synonym set @%s: empty member", name)
		}
		if strings.ContainsAny(m, "*^{}") {
			return fmt.Errorf("synonym set @%s: member %q holds a pattern marker (members are plain words)", name, m)
		}
		if strings.HasPrefix(m, "@") {
			sub, ok := lookupSynset(strings.ToUpper(m[1:]), s.Synsets, base)
			if !ok {
				return fmt.Errorf("synonym set @%s: unknown set %s (define it first)", name, strings.ToUpper(m))
			}
			members = append(members, sub...)
			continue
		}
		members = append(members, m)
	}
	s.Synsets[name] = members
	return nil
}

// validSynsetName reports whether s is a non-empty run of A-Z, 0-9 and _.
func validSynsetName(s string) bool { return onlyChars(s, upperChars+"0123456789") }

// lookupSynset finds a synonym set in own, then in base.
func lookupSynset(name string, own, base map[string][]string) ([]string, bool) {
	if m, ok := own[name]; ok {
		return m, true
	}
	m, ok := base[name]
	return m, ok
}

// parsePatternLine parses "CODE KIND PATTERN".
func parsePatternLine(t string, own, base map[string][]string) (*Pattern, error) {
	f := strings.Fields(t)
	if len(f) < 3 {
		return nil, fmt.Errorf("want CODE KIND PATTERN, got %q", strings.TrimSpace(t))
	}
	if !validCode(f[0]) && f[0] != NullCode {
		return nil, fmt.Errorf("bad CAMEO code %q (want 2 to 4 digits, or %s)", f[0], NullCode)
	}
	p := &Pattern{Code: f[0]}
	switch strings.ToLower(f[1]) {
	case "v":
	case "n":
		p.Noun = true
	default:
		return nil, fmt.Errorf("bad kind %q (want v or n)", f[1])
	}
	toks := normTokens(f[2:])
	p.Text = strings.Join(toks, " ")
	head, err := parseHead(toks[0], own, base)
	if err != nil {
		return nil, err
	}
	p.Head = head
	if p.Elems, err = parseElems(toks[1:], own, base); err != nil {
		return nil, err
	}
	return p, nil
}

// normTokens lower-cases words and upper-cases slot and synset names.
func normTokens(f []string) []string {
	out := make([]string, len(f))
	for i, t := range f {
		switch {
		case strings.EqualFold(t, "{t}"), strings.EqualFold(t, "{s}"):
			out[i] = strings.ToUpper(t)
		case strings.HasPrefix(t, "@"):
			out[i] = strings.ToUpper(t)
		default:
			out[i] = strings.ToLower(t)
		}
	}
	return out
}

// parseHead returns the head lemma alternatives for the first token.
func parseHead(t string, own, base map[string][]string) ([]string, error) {
	if t == "*" || t == "{T}" || t == "{S}" {
		return nil, fmt.Errorf("pattern must start with a head word, not %s", t)
	}
	if !strings.HasPrefix(t, "@") {
		if err := checkWord(t); err != nil {
			return nil, err
		}
		return []string{t}, nil
	}
	members, ok := lookupSynset(t[1:], own, base)
	if !ok {
		return nil, fmt.Errorf("unknown synonym set %s", t)
	}
	for _, m := range members {
		if strings.Contains(m, " ") {
			return nil, fmt.Errorf("head set %s has multi-word member %q (heads are single lemmas)", t, m)
		}
	}
	return append([]string(nil), members...), nil
}

// checkWord rejects tokens that look like malformed slots or markup.
func checkWord(t string) error {
	if strings.ContainsAny(t, "{}@*|=") {
		return fmt.Errorf("bad word %q (slots are {T} and {S}, skips are *)", t)
	}
	return nil
}

// parseElems parses the tokens after the head.
func parseElems(toks []string, own, base map[string][]string) ([]Elem, error) {
	var out []Elem
	slots := 0
	for i, t := range toks {
		var e Elem
		switch {
		case t == "*":
			if i == len(toks)-1 {
				return nil, fmt.Errorf("pattern cannot end with *")
			}
			if i > 0 && toks[i-1] == "*" {
				return nil, fmt.Errorf("two * in a row")
			}
			e.Kind = ElemSkip
		case t == "^":
			e.Kind = ElemPhrase
		case t == "{T}" || t == "{S}":
			slots++
			if slots > 1 {
				return nil, fmt.Errorf("more than one actor slot ({T}/{S})")
			}
			e.Kind = ElemTarget
			if t == "{S}" {
				e.Kind = ElemSource
			}
		case strings.HasPrefix(t, "@"):
			members, ok := lookupSynset(t[1:], own, base)
			if !ok {
				return nil, fmt.Errorf("unknown synonym set %s", t)
			}
			e.Kind, e.Alts = ElemWord, splitAlts(members)
		default:
			if err := checkWord(t); err != nil {
				return nil, err
			}
			e.Kind, e.Alts = ElemWord, [][]string{{t}}
		}
		out = append(out, e)
	}
	return out, nil
}

// splitAlts splits synonym-set members into token sequences.
func splitAlts(members []string) [][]string {
	out := make([][]string, len(members))
	for i, m := range members {
		out[i] = strings.Fields(m)
	}
	return out
}

// index rebuilds ByHead from Patterns.
func (s *PatternSet) index() {
	type entry struct {
		p            *Pattern
		words, skips int
		seq          int
	}
	tmp := map[string][]entry{}
	for i, p := range s.Patterns {
		w, k := p.counts()
		e := entry{p, w, k, i}
		for _, h := range p.Head {
			tmp[h] = append(tmp[h], e)
		}
	}
	s.ByHead = make(map[string][]*Pattern, len(tmp))
	for h, es := range tmp {
		sort.Slice(es, func(i, j int) bool {
			a, b := es[i], es[j]
			if a.words != b.words {
				return a.words > b.words
			}
			if a.skips != b.skips {
				return a.skips < b.skips
			}
			return a.seq < b.seq
		})
		ps := make([]*Pattern, len(es))
		for i, e := range es {
			ps[i] = e.p
		}
		s.ByHead[h] = ps
	}
}

// Merge adds the patterns and synonym sets of o to s. A pattern of o with
// the same kind and text as one already in s replaces it in place (user
// dictionaries override built-in entries); the others are appended.
func (s *PatternSet) Merge(o *PatternSet) {
	if o == nil {
		return
	}
	if s.Synsets == nil {
		s.Synsets = map[string][]string{}
	}
	maps.Copy(s.Synsets, o.Synsets)
	pos := make(map[string]int, len(s.Patterns))
	for i, p := range s.Patterns {
		pos[p.key()] = i
	}
	for _, p := range o.Patterns {
		if i, ok := pos[p.key()]; ok {
			s.Patterns[i] = p
			continue
		}
		pos[p.key()] = len(s.Patterns)
		s.Patterns = append(s.Patterns, p)
	}
	s.index()
}

// clone returns a copy of s whose slices and maps may be modified freely;
// the patterns themselves are shared.
func (s *PatternSet) clone() *PatternSet {
	c := &PatternSet{Patterns: slices.Clone(s.Patterns), Synsets: maps.Clone(s.Synsets),
		ByHead: make(map[string][]*Pattern, len(s.ByHead))}
	for k, v := range s.ByHead {
		c.ByHead[k] = slices.Clone(v)
	}
	return c
}

// synsetFile holds the synonym sets shared by every built-in pattern file.
const synsetFile = "00-synsets.txt"

// parseBuiltinPatterns parses every embedded pattern file: first the shared
// synonym sets, then the per-root files in name order. A pattern or set
// defined in two files is an error.
func parseBuiltinPatterns() (*PatternSet, error) {
	names, err := fs.Glob(dictFS, "data/verbs/*.txt")
	if err != nil {
		return nil, fmt.Errorf("builtin patterns: %w", err)
	}
	sort.Strings(names)
	shared, err := parseEmbedded("data/verbs/"+synsetFile, nil)
	if err != nil {
		return nil, err
	}
	all := &PatternSet{Patterns: shared.Patterns, Synsets: maps.Clone(shared.Synsets)}
	seen := map[string]*Pattern{}
	for _, n := range names {
		if path.Base(n) == synsetFile {
			continue
		}
		ps, err := parseEmbedded(n, shared.Synsets)
		if err != nil {
			return nil, err
		}
		if err := addBuiltin(all, ps, seen, path.Base(n)); err != nil {
			return nil, err
		}
	}
	all.index()
	return all, nil
}

// parseEmbedded parses one embedded pattern file.
func parseEmbedded(name string, base map[string][]string) (*PatternSet, error) {
	f, err := dictFS.Open(name)
	if err != nil {
		return nil, fmt.Errorf("builtin patterns: %w", err)
	}
	defer f.Close()
	return parsePatterns(f, path.Base(name), base)
}

// addBuiltin appends the patterns and sets of o to all, rejecting any
// pattern or synonym set that an earlier file already defined.
func addBuiltin(all, o *PatternSet, seen map[string]*Pattern, name string) error {
	for _, p := range o.Patterns {
		if q, dup := seen[p.key()]; dup {
			return fmt.Errorf("%s: duplicate pattern %q (also at %s)", p.Rule(), p.Text, q.Rule())
		}
		seen[p.key()] = p
	}
	for k, v := range o.Synsets {
		if _, dup := all.Synsets[k]; dup {
			return fmt.Errorf("%s: synonym set @%s defined in more than one file", name, k)
		}
		all.Synsets[k] = v
	}
	all.Patterns = append(all.Patterns, o.Patterns...)
	return nil
}

var builtinPatterns = sync.OnceValues(parseBuiltinPatterns)

// BuiltinPatterns returns all embedded pattern files (data/verbs/*.txt),
// parsed once. Each call returns a copy the caller may Merge into freely.
func BuiltinPatterns() (*PatternSet, error) {
	s, err := builtinPatterns()
	if err != nil {
		return nil, err
	}
	return s.clone(), nil
}
