package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Led forces: "the Saudi-led coalition", "US-led forces", "the Kenyan-led
// security mission" are led by the state (or organisation) before "-led";
// they act as its actor, not as the state of the place they are in.

// ledUnits are heads that, led by a state, stand for its military: a
// coalition or multinational force acts by arms unless an agent word
// ("police mission") says otherwise.
var ledUnits = map[string]bool{"coalition": true, "force": true, "forces": true, "mission": true,
	"contingent": true, "alliance": true, "operation": true, "intervention": true, "task": true}

// ledBy matches "<state>-led (modifiers) HEAD" at i: an agent head takes
// the leader's state with its own code ("US-led forces" -> USAMIL), a
// coalition, force or mission the leader's military; an organisation as
// leader keeps its own code ("the UN-led mission" -> IGOUNO).
func (a *Article) ledBy(toks []nlp.Token, i int) (Mention, bool) {
	prefix, ok := strings.CutSuffix(toks[i].Text, "-led")
	if !ok || prefix == "" {
		return Mention{}, false
	}
	b, ok := a.leader(prefix)
	if !ok {
		return Mention{}, false
	}
	head, _ := a.agentRun(toks, i+1)
	if head.p != nil {
		mn := a.agentMention(b, head, i)
		return mn, true
	}
	k := i + 1
	for k < len(toks) && k < i+4 && !ledUnits[toks[k].Lower] && isModifier(toks[k]) && startsLower(toks[k].Text) {
		k++
	}
	if k >= len(toks) || !ledUnits[toks[k].Lower] {
		return Mention{}, false
	}
	mn := Mention{Start: i, End: k + 1, Code: b.code, Country: b.country, Type: "org", Name: b.name}
	if b.state {
		mn.Code, mn.Type, mn.Name = combine(b.code, "MIL"), "agent", b.name+" military"
	}
	return mn, true
}

// leader reads the word before "-led" as a state (name or adjective) or an
// international organisation.
func (a *Article) leader(word string) (base, bool) {
	t := []nlp.Token{{Text: word, Lower: strings.ToLower(word), Tag: "NNP"}}
	mt, ok := a.m.longest(t, 0, isBaseKind)
	if !ok || mt.end != 1 {
		return base{}, false
	}
	e := mt.p.entry
	switch {
	case e.Kind == "state" && mt.p.kind != PhraseContext:
		return base{code: e.Code, country: e.Code, name: e.firstName(), state: true}, true
	case e.Kind == "org" && strings.HasPrefix(e.Code, "IGO"):
		return base{code: e.Code, name: e.firstName(), keep: true}, true
	}
	return base{}, false
}

// propertySuffixes mark a state's property: "a British-flagged tanker",
// "American-made missiles", "a Greek-owned ship".
var propertySuffixes = []string{"-flagged", "-registered", "-owned", "-made", "-built"}

// stateProperty matches "<state>-flagged (modifiers) NOUN" at i as the
// state's nationality adjective on a plain noun (a Modifier mention, like
// "British tanker"): seized or bought property gives its state. An agent
// word after it ("American-made drones") names property too, no actor.
func (a *Article) stateProperty(toks []nlp.Token, i int) (Mention, bool) {
	for _, suf := range propertySuffixes {
		prefix, ok := strings.CutSuffix(toks[i].Text, suf)
		if !ok || prefix == "" || i+1 >= len(toks) || !isModifier(toks[i+1]) && !isNounTag(toks[i+1].Tag) {
			continue
		}
		b, ok := a.leader(prefix)
		if !ok || !b.state {
			return Mention{}, false
		}
		end := i + 1
		if head, _ := a.agentRun(toks, i+1); head.p != nil {
			end = head.end // "American-made drones" are property, no military
		}
		return Mention{Start: i, End: end, Code: b.code, Name: b.name, Country: b.country, Type: "state", Modifier: true}, true
	}
	return Mention{}, false
}
