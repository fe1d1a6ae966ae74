package petrarch

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/nlp/lemma"
)

// Reasons a verb pattern or verb form is dropped.
const (
	dropPreVerb   = "pattern with words before the verb"
	dropNoStar    = "pattern without verb marker *"
	dropNoCode    = "pattern without code"
	dropNull      = "null code ---"
	dropTgtOnly   = "target-only code [:CODE]"
	dropUnknown   = "code not in codebook"
	dropCompound  = "compound-actor marker %"
	dropSynset    = "undefined synset"
	dropTwoSlots  = "more than one actor slot"
	dropDuplicate = "duplicate pattern"
	dropNoVerbs   = "pattern in a block without verbs"
	dropPreWords  = "verb form with words before the verb"
	noteReverse   = "paired [X:Y] code: reverse (target->source) event kept"
)

// verbBlock is one "--- NAME [CODE] ---" block: its verbs and patterns.
type verbBlock struct {
	name  string
	code  string
	line  int
	verbs []blockVerb
	pats  []rawLine
}

// blockVerb is one verb of a block: its lemma, the words that follow it
// in a multi-word verb ("ask for"), and its own code if it has one.
type blockVerb struct {
	head      string
	heads     []string // head plus what the lemmatiser makes of its forms
	particles []string
	form      string // an inflected head ("LEFT" beside "LEAVE"): only this form
	code      string
	line      int
}

type rawLine struct {
	text string
	line int
}

// verbReader holds the state of one verbs-file conversion.
type verbReader struct {
	name    string
	cb      event.Codebook
	st      *Stats
	synsets map[string][]string // NAME -> members as written (may name other sets)
	curSyn  string
	inSyn   bool
	blocks  []*verbBlock
	cur     *verbBlock
	out     *event.PatternSet
	seen    map[string]bool
	setName map[string]bool
}

// parseVerbs converts a PETRARCH verbs file into dyad verb patterns.
func parseVerbs(data []byte, name string, cb event.Codebook, st *Stats) (*event.PatternSet, error) {
	vr := &verbReader{name: name, cb: cb, st: st, synsets: map[string][]string{},
		out: &event.PatternSet{Synsets: map[string][]string{}}, seen: map[string]bool{}, setName: map[string]bool{}}
	err := scanLines(bytes.NewReader(data), func(n int, text string) error {
		vr.line(n, strings.TrimSpace(text))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	vr.resolveSynsets()
	for _, b := range vr.blocks {
		vr.convertBlock(b)
	}
	// Merge into an empty set builds the head index.
	ps := &event.PatternSet{Synsets: map[string][]string{}}
	ps.Merge(vr.out)
	st.Patterns = len(ps.Patterns)
	return ps, nil
}

// line reads one meaningful line of a verbs file.
func (vr *verbReader) line(n int, t string) {
	switch {
	case strings.HasPrefix(t, "---"):
		vr.startBlock(n, t)
	case strings.HasPrefix(t, "&"):
		f := strings.Fields(t[1:])
		if len(f) == 0 {
			return
		}
		vr.curSyn, vr.inSyn = synName(f[0]), true
		vr.synsets[vr.curSyn] = nil
	case strings.HasPrefix(t, "-"):
		if vr.cur == nil {
			vr.st.drop(dropNoVerbs, vr.name, n)
			return
		}
		vr.cur.pats = append(vr.cur.pats, rawLine{text: t[1:], line: n})
	case strings.HasPrefix(t, "+") && vr.inSyn:
		vr.synsets[vr.curSyn] = append(vr.synsets[vr.curSyn], strings.TrimSpace(t[1:]))
	default:
		vr.verbLine(n, t)
	}
}

// synName normalises a synset label: upper case, no trailing "_".
func synName(s string) string {
	return strings.ToUpper(strings.TrimRight(strings.TrimPrefix(s, "&"), "_"))
}

func (vr *verbReader) startBlock(n int, t string) {
	before, groups := brackets(strings.Trim(t, "- "))
	code := "---"
	if len(groups) > 0 {
		code = strings.TrimSpace(groups[0])
	}
	vr.cur = &verbBlock{name: strings.TrimSpace(before), code: code, line: n}
	vr.blocks = append(vr.blocks, vr.cur)
	vr.inSyn = false
}

// verbLine reads "VERB {FORMS} [CODE]", "+MULTI_WORD {...} [CODE]" or
// "PRE_+VERB". A verb line right after a synset with no new block header
// opens a block of its own.
func (vr *verbReader) verbLine(n int, t string) {
	before, groups := brackets(t)
	var forms []string
	if i := strings.IndexByte(before, '{'); i >= 0 {
		forms = irregularForms(before[i+1:])
		before = before[:i]
	}
	words := strings.Fields(strings.ReplaceAll(before, "_", " "))
	if len(words) == 0 {
		return
	}
	code := ""
	if len(groups) > 0 {
		code = strings.TrimSpace(groups[0])
	}
	if vr.cur == nil || vr.inSyn {
		vr.cur = &verbBlock{name: strings.TrimLeft(words[0], "+"), code: "---", line: n}
		vr.blocks = append(vr.blocks, vr.cur)
		vr.inSyn = false
	}
	at := 0
	for i, w := range words {
		if strings.HasPrefix(w, "+") {
			at = i
			break
		}
	}
	if at > 0 {
		vr.st.drop(dropPreWords, vr.name, n)
		return
	}
	base := strings.ToLower(strings.TrimLeft(words[0], "+"))
	v := blockVerb{head: verbLemma(base), code: code, line: n}
	if lemma.Verb(base) != base {
		v.form = base // "LEFT" is its own verb block, apart from "LEAVE"
	}
	v.heads = headForms(v.head, base, forms)
	for _, w := range words[1:] {
		v.particles = append(v.particles, strings.ToLower(w))
	}
	vr.cur.verbs = append(vr.cur.verbs, v)
}

// verbLemma reduces a verb form to the lemma dyad indexes heads by.
func verbLemma(w string) string {
	return lemma.Spelling(lemma.Verb(strings.ToLower(w)))
}

// irregularForms returns the first word of every form listed in {...}
// ("+ASKED_FOR" -> asked).
func irregularForms(s string) []string {
	if j := strings.IndexByte(s, '}'); j >= 0 {
		s = s[:j]
	}
	var out []string
	for _, f := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		f = strings.TrimLeft(f, "+")
		if w, _, _ := strings.Cut(f, "_"); w != "" {
			out = append(out, strings.ToLower(w))
		}
	}
	return out
}

// headForms returns the lemma of a verb and, when they differ, the lemmas
// the lemmatiser gives its inflected forms, so that a pattern still finds
// the verb where the lemmatiser strays ("rescheduled" -> "reschedul").
func headForms(head, base string, irregular []string) []string {
	out := []string{head}
	forms := append(regularForms(base), irregular...)
	for _, f := range forms {
		out = appendUnique(out, verbLemma(f))
	}
	return out
}

// regularForms builds the -s, -ed and -ing forms of a base verb.
func regularForms(v string) []string {
	if v == "" {
		return nil
	}
	stem := strings.TrimSuffix(v, "e")
	s := v + "s"
	if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x") {
		s = v + "es"
	}
	return []string{s, stem + "ed", stem + "ing"}
}

// resolveSynsets expands members naming other sets ("+&TIETYPES") and
// stores every set, lower-cased, under the name "P_" + label.
func (vr *verbReader) resolveSynsets() {
	for name := range vr.synsets {
		vr.out.Synsets["P_"+name] = vr.members(name, 0)
	}
}

func (vr *verbReader) members(name string, depth int) []string {
	var out []string
	for _, m := range vr.synsets[name] {
		if strings.HasPrefix(m, "&") {
			if depth < 5 {
				out = append(out, vr.members(synName(m), depth+1)...)
			}
			continue
		}
		if p := phrase(strings.Trim(m, "()")); p != "" {
			out = append(out, p)
		}
	}
	return out
}
