package actor

import (
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Phrase kinds: what a dictionary phrase stands for when matched.
const (
	PhraseName      = iota // state, person or org name (always active)
	PhraseContext          // context-only alias of a state
	PhraseAdjective        // state adjective ("Chinese")
	PhraseDemonym          // people noun ("North Koreans")
	PhraseCapital          // capital standing for the state
	PhraseAgent            // agent word ("troops", "foreign minister")
)

// phrase is one tokenised dictionary value.
type phrase struct {
	words []string // lower-cased tokens
	exact []string // tokens as written, for case-sensitive values ("" = any case)
	kind  int
	entry *Entry
	// anyCase marks a null phrase written in lower case ("world leaders"):
	// it matches text whose words after the first are in lower case too
	// ("World leaders", not "West Bank").
	anyCase bool
}

// Matcher finds actor mentions in tokenised sentences. It is built once
// from a dictionary and is safe for concurrent use; per-article state lives
// in Article.
type Matcher struct {
	byFirst map[string][]*phrase // first lower-cased token -> phrases, longest first
	states  map[string]*Entry    // state code -> entry
	family  map[string]string    // state code -> family key ("korea") for context aliases
	// orgKinds holds the kinds of each international organisation code
	// ("court", "bloc"), for definite descriptions.
	orgKinds map[string][]string
}

// NewMatcher indexes every name, alias, adjective, demonym, capital and
// agent word of d.
func NewMatcher(d *Dict) *Matcher {
	m := &Matcher{byFirst: map[string][]*phrase{}, states: map[string]*Entry{}, family: map[string]string{}, orgKinds: map[string][]string{}}
	for _, e := range d.Entries {
		m.addEntry(e)
	}
	for k, ps := range m.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].words) > len(ps[j].words) })
		m.byFirst[k] = ps
	}
	return m
}

func (m *Matcher) addEntry(e *Entry) {
	switch e.Kind {
	case "state":
		m.states[e.Code] = e
		if len(e.Names) > 0 {
			m.family[e.Code] = familyKey(e.Names[0])
		}
		m.addAll(e, e.Names, PhraseName)
		m.addAll(e, e.Context, PhraseContext)
		m.addAll(e, e.Adjectives, PhraseAdjective)
		m.addAll(e, e.Demonyms, PhraseDemonym)
		m.addAll(e, e.Capitals, PhraseCapital)
	case "agent":
		m.addAll(e, e.Names, PhraseAgent)
		m.addAll(e, e.Plurals, PhraseAgent)
		for _, w := range e.Names {
			for _, p := range regularPlurals(w) {
				m.add(e, p, PhraseAgent)
			}
		}
	case "person", "org", KindNull:
		m.addAll(e, e.Names, PhraseName)
		if e.Kind == "org" && strings.HasPrefix(e.Code, "IGO") {
			m.orgKinds[e.Code] = append(m.orgKinds[e.Code], orgKinds(e)...)
		}
	}
}

func (m *Matcher) addAll(e *Entry, vals []string, kind int) {
	for _, v := range vals {
		m.add(e, v, kind)
	}
}

func (m *Matcher) add(e *Entry, v string, kind int) {
	v, exact := Exact(v)
	toks := nlp.Tokenize(v)
	if len(toks) == 0 {
		return
	}
	p := &phrase{kind: kind, entry: e, words: make([]string, len(toks))}
	p.anyCase = e.Kind == KindNull && startsLower(v)
	if exact {
		p.exact = make([]string, len(toks))
	}
	for i, t := range toks {
		p.words[i] = t.Lower
		if exact {
			p.exact[i] = t.Text
		}
	}
	m.byFirst[p.words[0]] = append(m.byFirst[p.words[0]], p)
}

// regularPlurals returns the regular plural of the last word of an agent
// phrase ("foreign minister" -> "foreign ministers").
func regularPlurals(w string) []string {
	if w == "" || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || massNouns[lastWord(w)] {
		return nil
	}
	switch {
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return []string{w[:len(w)-1] + "ies"}
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "sh"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "x"):
		return []string{w + "es"}
	case strings.HasSuffix(w, "man"):
		return []string{w[:len(w)-3] + "men"}
	}
	return []string{w + "s"}
}

// massNouns are agent words with no -s plural: "polices" is the verb or
// a misspelt "policies", never more police; "patrols" are mostly an
// activity ("held joint patrols").
var massNouns = map[string]bool{"police": true, "personnel": true, "infantry": true, "artillery": true,
	"cavalry": true, "clergy": true, "intelligence": true, "media": true, "gendarmerie": true, "staff": true,
	"patrol": true} // "held joint patrols" is the activity; one patrol is a unit

func lastWord(w string) string {
	if i := strings.LastIndexByte(w, ' '); i >= 0 {
		return w[i+1:]
	}
	return w
}

// familyKey is the last word of a state's first name, lower-cased: states
// sharing it ("North Korea", "South Korea") form a family for context aliases.
func familyKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// match is a raw dictionary hit over tokens [start, end).
type match struct {
	start, end int
	p          *phrase
}

// longest returns the longest phrase matching at token i; ok is false
// when none does. Proper names must start with a capital letter in the
// text.
func (m *Matcher) longest(toks []nlp.Token, i int, kinds func(int) bool) (match, bool) {
	for _, p := range m.byFirst[toks[i].Lower] {
		if !kinds(p.kind) || i+len(p.words) > len(toks) || !p.matches(toks[i:]) {
			continue
		}
		return match{start: i, end: i + len(p.words), p: p}, true
	}
	return match{}, false
}

func (p *phrase) matches(toks []nlp.Token) bool {
	for k, w := range p.words {
		if toks[k].Lower != w {
			return false
		}
		if p.exact != nil && toks[k].Text != p.exact[k] {
			return false
		}
	}
	if p.kind == PhraseAgent || p.kind == PhraseContext {
		return true
	}
	if p.anyCase {
		for _, t := range toks[1:len(p.words)] {
			if startsUpper(t.Text) {
				return false
			}
		}
		return true
	}
	if p.words[0] == "the" && len(p.words) > 1 && p.exact == nil {
		return startsUpper(toks[1].Text) // "the West", not "the west bank"
	}
	return startsUpper(toks[0].Text) || p.words[0] == "the"
}

func startsUpper(s string) bool {
	return s != "" && s[0] >= 'A' && s[0] <= 'Z' || strings.HasPrefix(s, "É")
}

// State returns the state entry for a code.
func (m *Matcher) State(code string) *Entry { return m.states[code] }
