package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Party names made only of generic political words ("the Democratic
// Party", "Labour", "the Conservative Party") exist in many states. The
// dictionary gives each one home state; in an article about another
// state, where the home state is never named, the party is that state's.

// genericPartyWords are the words of party names found in many states.
var genericPartyWords = map[string]bool{"the": true, "democratic": true, "republican": true, "labour": true,
	"labor": true, "conservative": true, "liberal": true, "socialist": true, "party": true, "democrats": true,
	"republicans": true, "national": true, "progressive": true, "green": true, "greens": true, "social": true,
	"people": true, "people's": true, "'s": true, "workers": true, "union": true, "communist": true}

// articleParty gives a generic party name the article's dominant state
// when its dictionary state was never named in the article, as it is
// read (so that "the government" after it is that state's too).
func (a *Article) articleParty(toks []nlp.Token, mn Mention) Mention {
	if !genericParty(toks, mn) || a.states[mn.Country] > 0 {
		return mn
	}
	return a.homeParty(mn, a.dominantState())
}

// partyHome recodes, after the sentence is read, a generic party name
// whose dictionary state is named neither in the article nor in the
// sentence, when the article has no dominant state: the one state of the
// sentence's people and institutions ("the Democratic Party accused
// President Yoon").
func (a *Article) partyHome(toks []nlp.Token, ms []Mention) {
	if a.dominantState() != "" {
		return
	}
	for i := range ms {
		mn := &ms[i]
		if !genericParty(toks, *mn) || a.states[mn.Country] > 0 || namedIn(ms, mn.Country, i) {
			continue
		}
		*mn = a.homeParty(*mn, institutionState(toks, ms, i))
	}
}

// homeParty codes a party mention as state c's party.
func (a *Article) homeParty(mn Mention, c string) Mention {
	if st := a.m.states[c]; st != nil && c != mn.Country {
		mn.Code, mn.Country, mn.Name = c+"PTY", c, st.firstName()+" party"
	}
	return mn
}

// genericParty reports a party organisation named by generic words only.
func genericParty(toks []nlp.Token, mn Mention) bool {
	if mn.Type != "org" || mn.Pronoun || len(mn.Code) != 6 || !strings.HasSuffix(mn.Code, "PTY") {
		return false
	}
	for _, t := range toks[mn.Start:mn.End] {
		if !genericPartyWords[t.Lower] {
			return false
		}
	}
	return true
}

// namedIn reports a mention other than skip with state c.
func namedIn(ms []Mention, c string, skip int) bool {
	for i, mn := range ms {
		if i != skip && mn.Country == c {
			return true
		}
	}
	return false
}

// institutionState is the one state of the persons, national agents and
// places ("in Australia") of a sentence other than skip, or "". A state
// named as a whole elsewhere does not count: a party acts on foreign
// states by name ("Democrats criticised China").
func institutionState(toks []nlp.Token, ms []Mention, skip int) string {
	c := ""
	for i, mn := range ms {
		place := mn.Type == "state" && mn.Start > 0 && toks[mn.Start-1].Lower == "in"
		if i == skip || mn.Country == "" || mn.Type != "person" && mn.Type != "agent" && !place {
			continue
		}
		if c != "" && c != mn.Country {
			return ""
		}
		c = mn.Country
	}
	return c
}
