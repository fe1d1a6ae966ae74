package petrarch

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
)

// agentReader holds the state of one agents-file conversion.
type agentReader struct {
	name   string
	st     *Stats
	d      *actor.Dict
	subst  map[string][]string     // "!PERSON!" -> replacements
	byCode map[string]*actor.Entry // agent code -> entry
}

// parseAgents converts a PETRARCH agents file: "PHRASE {PLURALS} [~CODE]"
// (suffix agent) or "[CODE~]" (prefix agent), with !NAME! = a, b, c
// substitution sets. Every code becomes one agent entry; the position of
// the ~ is not kept (dyad always writes state code + agent code).
func parseAgents(data []byte, name string, st *Stats) (*actor.Dict, error) {
	ag := &agentReader{name: name, st: st, d: &actor.Dict{}, subst: map[string][]string{},
		byCode: map[string]*actor.Entry{}}
	err := scanLines(bytes.NewReader(data), func(n int, text string) error {
		ag.line(n, strings.TrimSpace(text))
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for _, e := range ag.d.Entries {
		st.Entries += len(e.Names)
	}
	return ag.d, nil
}

func (ag *agentReader) line(n int, t string) {
	if strings.HasPrefix(t, "!") {
		if lhs, rhs, ok := strings.Cut(t, "="); ok {
			ag.defineSubst(strings.TrimSpace(lhs), rhs)
			return
		}
	}
	before, groups := brackets(t)
	if len(groups) == 0 {
		ag.st.drop("agent without code", ag.name, n)
		return
	}
	code := strings.ToUpper(strings.Join(strings.Fields(groups[0]), ""))
	prefix := strings.HasSuffix(code, "~")
	code = strings.Trim(code, "~{}")
	if !isLetters(code) {
		ag.st.drop("bad agent code", ag.name, n)
		return
	}
	words, plurals := splitPlurals(before)
	if words == "" {
		ag.st.drop("agent without phrase", ag.name, n)
		return
	}
	e := ag.entry(code, prefix, n)
	for _, w := range ag.expand(words) {
		e.Names = appendPhrase(e.Names, w)
	}
	for _, p := range plurals {
		for _, w := range ag.expand(p) {
			e.Plurals = appendPhrase(e.Plurals, w)
		}
	}
}

// defineSubst records "!NAME! = A, B, C".
func (ag *agentReader) defineSubst(name, rhs string) {
	var vals []string
	for _, v := range strings.Split(rhs, ",") {
		if v = strings.TrimSpace(v); v != "" {
			vals = append(vals, v)
		}
	}
	ag.subst[strings.ToUpper(name)] = vals
}

// expand substitutes every !NAME! marker of a phrase and returns the
// resulting phrases, lower-cased.
func (ag *agentReader) expand(s string) []string {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		return []string{phrase(s)}
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return []string{phrase(strings.ReplaceAll(s, "!", ""))}
	}
	marker := strings.ToUpper(s[i : i+j+2])
	vals, ok := ag.subst[marker]
	if !ok {
		return ag.expand(s[:i] + s[i+1:i+j+1] + s[i+j+2:])
	}
	var out []string
	for _, v := range vals {
		out = append(out, ag.expand(s[:i]+v+s[i+j+2:])...)
	}
	return out
}

// splitPlurals separates "WORD {PLURAL PLURAL}" into the phrase and the
// explicit plurals ("{}" means none besides the phrase itself).
func splitPlurals(s string) (string, []string) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		return strings.TrimSpace(s), nil
	}
	words := strings.TrimSpace(s[:i])
	inner := s[i+1:]
	if j := strings.IndexByte(inner, '}'); j >= 0 {
		inner = inner[:j]
	}
	return words, strings.Fields(inner)
}

// entry returns the agent entry for code, creating it.
func (ag *agentReader) entry(code string, prefix bool, n int) *actor.Entry {
	key := code
	if prefix {
		key = code + "~"
	}
	if e, ok := ag.byCode[key]; ok {
		return e
	}
	e := &actor.Entry{Kind: "agent", Code: code, Prefix: prefix, File: ag.name, Line: n}
	ag.byCode[key] = e
	ag.d.Entries = append(ag.d.Entries, e)
	return e
}

func appendPhrase(dst []string, p string) []string {
	if p == "" {
		return dst
	}
	return append(dst, p)
}

// parseDiscards converts a discards file: one phrase a line; a leading +
// (story-level discard in PETRARCH) is dropped, since dyad discards
// sentences only.
func parseDiscards(data []byte, name string, st *Stats) (*actor.Dict, error) {
	d := &actor.Dict{}
	err := scanLines(bytes.NewReader(data), func(n int, text string) error {
		t := strings.TrimSpace(text)
		if strings.HasPrefix(t, "+") {
			st.drop("story-level discard used at sentence level", name, n)
			t = t[1:]
		}
		if p := phrase(t); p != "" {
			d.Discards = append(d.Discards, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	st.Entries = len(d.Discards)
	return d, nil
}
