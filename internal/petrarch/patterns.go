package petrarch

import (
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/event"
)

// convertBlock turns one verb block into dyad patterns: every verb with a
// code of its own or of the block codes on its own (a pattern with no
// elements), and every pattern applies to all the block's verbs.
func (vr *verbReader) convertBlock(b *verbBlock) {
	var singles []string
	var multis []blockVerb
	for _, v := range b.verbs {
		vr.bareVerb(b, v)
		if len(v.particles) == 0 && v.form == "" {
			for _, h := range v.heads {
				singles = appendUnique(singles, h)
			}
		} else {
			multis = append(multis, v)
		}
	}
	for _, raw := range b.pats {
		pp, reason := vr.parsePattern(raw.text)
		if reason == "" && len(b.verbs) == 0 {
			reason = dropNoVerbs
		}
		if reason != "" {
			vr.st.drop(reason, vr.name, raw.line)
			continue
		}
		if len(singles) > 0 {
			head := vr.headText(b, singles)
			vr.add(&event.Pattern{Code: pp.code, Head: singles, Pre: pp.pre, Mutual: pp.mutual, Elems: pp.post,
				Text: join(pp.preText, join(head, pp.text))}, raw.line)
		}
		for _, m := range multis {
			pe := append(particleElems(m.particles), pp.post...)
			vr.add(&event.Pattern{Code: pp.code, Head: m.heads, Form: m.form, Pre: pp.pre, Mutual: pp.mutual, Elems: pe,
				Text: join(pp.preText, join(m.name()+" "+strings.Join(m.particles, " "), pp.text))}, raw.line)
		}
	}
}

// bareVerb adds the pattern for a verb standing alone, when its code (or
// the block's) is a real event code.
func (vr *verbReader) bareVerb(b *verbBlock, v blockVerb) {
	raw := v.code
	if raw == "" {
		raw = b.code
	}
	code, reason := vr.eventCode(raw)
	if reason == dropNull {
		return // a verb that codes nothing alone is the normal case
	}
	if reason != "" {
		vr.st.drop(reason, vr.name, v.line)
		return
	}
	text := strings.TrimSpace(v.name() + " " + strings.Join(v.particles, " "))
	vr.add(&event.Pattern{Code: code, Head: v.heads, Form: v.form, Elems: particleElems(v.particles), Text: text}, v.line)
}

// name is how a verb shows in pattern text: its lemma, or "=form" for a
// verb restricted to one inflected form.
func (v blockVerb) name() string {
	if v.form != "" {
		return "=" + v.form
	}
	return v.head
}

// headText names the heads of a block pattern: the verb itself, or a
// synonym set "@V_NAME" registered in the output.
func (vr *verbReader) headText(b *verbBlock, heads []string) string {
	if len(heads) == 1 {
		return heads[0]
	}
	base := "V_" + setLabel(b.name)
	name := base
	for i := 2; vr.setName[name] && !sameSet(vr.out.Synsets[name], heads); i++ {
		name = base + "_" + strconv.Itoa(i)
	}
	vr.setName[name] = true
	vr.out.Synsets[name] = heads
	return "@" + name
}

// add appends p unless a pattern with the same text exists.
func (vr *verbReader) add(p *event.Pattern, line int) {
	if vr.seen[p.Text] {
		vr.st.drop(dropDuplicate, vr.name, line)
		return
	}
	vr.seen[p.Text] = true
	if i := strings.IndexByte(p.Code, ':'); i >= 0 {
		p.Code, p.Reverse = p.Code[:i], p.Code[i+1:]
	}
	p.File, p.Line, p.WideSkips = vr.name, line, true
	vr.out.Patterns = append(vr.out.Patterns, p)
}

// parsed is one converted "- PRE * POST [CODE]" pattern line.
type parsed struct {
	code      string
	pre, post []event.Elem
	mutual    bool   // "% * ...": a compound subject acting on itself
	preText   string // normalised words before the verb, "" when none
	text      string // normalised elements after the verb
}

// parsePattern converts the text of a "- PRE * POST [CODE]" line, or
// returns the reason the pattern cannot be used.
func (vr *verbReader) parsePattern(s string) (parsed, string) {
	before, groups := brackets(s)
	if len(groups) == 0 {
		return parsed{}, dropNoCode
	}
	toks := patTokens(before)
	star := -1
	for i, t := range toks {
		if t == "*" || t == "**" {
			star = i
			break
		}
	}
	if star < 0 {
		return parsed{}, dropNoStar
	}
	var out parsed
	reason := ""
	out.code, reason = vr.eventCode(groups[0])
	if reason == dropNull {
		out.code, reason = event.NullCode, "" // "- PEACE-KEEPING * [---]": this use codes nothing
	}
	if reason != "" {
		return parsed{}, reason
	}
	if star > 0 && toks[0] == "%" {
		out.mutual = true
		toks, star = toks[1:], star-1
		out.preText = "%"
	}
	if star > 0 {
		pre, text, reason := vr.elems(dropGaps(toks[:star]))
		if reason != "" || !plainWords(pre) {
			return parsed{}, dropPreVerb
		}
		out.pre, out.preText = pre, join(out.preText, text)
	}
	out.post, out.text, reason = vr.elems(toks[star+1:])
	return out, reason
}

// plainWords reports elements that are all words (no slot or skip): the
// only kind dyad matches before a verb.
func plainWords(es []event.Elem) bool {
	for _, e := range es {
		if e.Kind != event.ElemWord {
			return false
		}
	}
	return true
}

// gapMark stands between pattern words written apart ("* REALLY PLEASANT"):
// PETRARCH lets other words come between them, unlike words joined by "_".
const gapMark = "~"

// patTokens splits pattern text into words and markers, with gapMark
// between words written apart; parentheses and braces only group words in
// PETRARCH and are dropped.
func patTokens(s string) []string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '(', ')', '{', '}', '\t':
			return ' '
		}
		return r
	}, s)
	var out []string
	for i, f := range strings.Fields(s) {
		if i > 0 {
			out = append(out, gapMark)
		}
		for _, w := range strings.Split(f, "_") {
			for len(w) > 1 && strings.ContainsRune("+$%^", rune(w[0])) {
				out = append(out, w[:1])
				w = w[1:]
			}
			if w != "" {
				out = append(out, w)
			}
		}
	}
	return out
}

// dropGaps removes gap marks (before the verb, where dyad's own gap rule
// applies).
func dropGaps(toks []string) []string {
	out := toks[:0:0]
	for _, t := range toks {
		if t != gapMark {
			out = append(out, t)
		}
	}
	return out
}

// elems maps the tokens after the verb to dyad elements.
func (vr *verbReader) elems(toks []string) ([]event.Elem, string, string) {
	var out []event.Elem
	var text []string
	slots := 0
	for _, t := range toks {
		e := event.Elem{Kind: event.ElemWord}
		shown := t
		switch {
		case t == "^":
			e.Kind, shown = event.ElemPhrase, "^"
		case t == "*" || t == "**" || t == gapMark:
			if len(out) > 0 && out[len(out)-1].Kind == event.ElemSkip {
				continue
			}
			e.Kind, shown = event.ElemSkip, "*"
		case t == "+" || t == "$":
			slots++
			e.Kind, shown = event.ElemTarget, "{T}"
			if t == "$" {
				e.Kind, shown = event.ElemSource, "{S}"
			}
		case t == "%" && len(out) > 0:
			slots++ // "* WITH %": a compound target, bound like any target
			e.Kind, shown = event.ElemTarget, "{T}"
		case t == "%":
			return nil, "", dropCompound
		case strings.HasPrefix(t, "&"):
			name := "P_" + synName(t)
			members, ok := vr.out.Synsets[name]
			if !ok || len(members) == 0 {
				return nil, "", dropSynset
			}
			e.Alts, shown = splitMembers(members), "@"+name
		default:
			shown = strings.ToLower(t)
			for _, a := range strings.Split(shown, "/") {
				if a != "" {
					e.Alts = append(e.Alts, []string{a})
				}
			}
			if len(e.Alts) == 0 {
				continue
			}
		}
		out = append(out, e)
		text = append(text, shown)
	}
	if slots > 1 {
		return nil, "", dropTwoSlots
	}
	for len(out) > 0 && out[len(out)-1].Kind == event.ElemSkip {
		out, text = out[:len(out)-1], text[:len(text)-1]
	}
	return out, strings.Join(text, " "), ""
}

// eventCode reduces a PETRARCH code ("042", "042:043", "025?") to a
// codebook code, or returns why it cannot be used.
func (vr *verbReader) eventCode(g string) (string, string) {
	g = strings.TrimSpace(g)
	rev := ""
	if i := strings.IndexByte(g, ':'); i >= 0 {
		rev = strings.TrimRight(strings.TrimSpace(g[i+1:]), "?! ")
		g = strings.TrimSpace(g[:i])
		if g == "" {
			return "", dropTgtOnly
		}
		if !isCodeLike(rev) {
			rev = ""
		}
	}
	g = strings.TrimRight(g, "?! ")
	if rev != "" && isCodeLike(g) {
		vr.st.note(noteReverse)
		return g + ":" + rev, ""
	}
	switch {
	case g == "" || strings.Trim(g, "-") == "":
		return "", dropNull
	case !isCodeLike(g):
		return "", dropUnknown
	}
	return g, ""
}

// isCodeLike accepts CAMEO codes and the user-defined codes PETRARCH
// dictionaries may carry (2-5 letters or digits, starting with a digit);
// codes missing from the codebook are added to it as user-defined codes by
// event.ExtendCodebook.
func isCodeLike(g string) bool {
	if len(g) < 2 || len(g) > 5 || g[0] < '0' || g[0] > '9' {
		return false
	}
	for i := 0; i < len(g); i++ {
		c := g[i]
		if !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
			return false
		}
	}
	return true
}

func particleElems(ws []string) []event.Elem {
	out := make([]event.Elem, 0, len(ws))
	for _, w := range ws {
		out = append(out, event.Elem{Kind: event.ElemWord, Alts: [][]string{{w}}})
	}
	return out
}

func splitMembers(ms []string) [][]string {
	out := make([][]string, len(ms))
	for i, m := range ms {
		out[i] = strings.Fields(m)
	}
	return out
}

func join(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

func appendUnique(dst []string, s string) []string {
	for _, d := range dst {
		if d == s {
			return dst
		}
	}
	return append(dst, s)
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// setLabel makes a synonym-set name from a block description.
func setLabel(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			b = append(b, c-'a'+'A')
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b = append(b, c)
		case len(b) > 0 && b[len(b)-1] != '_':
			b = append(b, '_')
		}
	}
	return strings.TrimRight(string(b), "_")
}
