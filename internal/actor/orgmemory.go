package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// Definite descriptions of organisations: after "the International Court
// of Justice", "the court" is that court; after ECOWAS, "the bloc" is
// ECOWAS. The article remembers the latest organisation of each kind.

// orgWords maps a head noun of a definite description to the kind of
// organisation it describes.
var orgWords = map[string]string{"court": "court", "tribunal": "court", "council": "council",
	"agency": "agency", "watchdog": "agency", "alliance": "alliance", "bloc": "bloc", "union": "union",
	"community": "bloc", "commission": "commission", "organisation": "organisation", "organization": "organisation"}

// nameKinds maps a word of an organisation's name to the kinds it may be
// referred to by: a union or an economic community is a bloc.
var nameKinds = map[string][]string{"court": {"court"}, "tribunal": {"court"}, "council": {"council"},
	"agency": {"agency"}, "watchdog": {"agency"}, "alliance": {"alliance"}, "union": {"bloc", "union"},
	"community": {"bloc"}, "association": {"bloc"}, "cooperation": {"bloc"}, "commission": {"commission"},
	"organization": {"organisation"}, "organisation": {"organisation"}, "bloc": {"bloc"}}

// orgKinds returns the kinds of an international organisation entry: the
// words of its canonical name and of its context aliases ("the alliance").
func orgKinds(e *Entry) []string {
	var out []string
	add := func(s string) {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			out = append(out, nameKinds[strings.Trim(w, ".,'")]...)
		}
	}
	if len(e.Names) > 0 {
		add(e.firstName())
	}
	for _, c := range e.Context {
		add(c)
	}
	return out
}

// noteOrg remembers an organisation mention under its kinds: those of its
// dictionary entry (international organisations) and the words it was
// named with ("the Sovereignty Council").
func (a *Article) noteOrg(toks []nlp.Token, mn Mention) {
	if mn.Pronoun || mn.Type != "igo" && mn.Type != "org" {
		return
	}
	if mn.Start > 0 && toks[mn.Start-1].Lower == "the" && a.orgs != nil && mn.End-mn.Start == 1 && orgWords[toks[mn.Start].Lower] != "" {
		return // the description itself
	}
	if a.orgs == nil {
		a.orgs = map[string]Mention{}
	}
	for _, k := range a.m.orgKinds[mn.Code] {
		a.orgs[k] = mn
	}
	for _, t := range toks[mn.Start:mn.End] {
		for _, k := range nameKinds[t.Lower] {
			a.orgs[k] = mn
		}
	}
}

// definiteOrg matches "the court", "the bloc" standing for the latest
// organisation of that kind named in the article. "the court of appeal"
// and "the council ruling" are not descriptions of it.
func (a *Article) definiteOrg(toks []nlp.Token, i int) (Mention, bool) {
	if toks[i].Lower != "the" || i+1 >= len(toks) || len(a.orgs) == 0 {
		return Mention{}, false
	}
	mn, ok := a.orgs[orgWords[toks[i+1].Lower]]
	if !ok {
		return Mention{}, false
	}
	if k := i + 2; k < len(toks) && (toks[k].Lower == "of" || isNounTag(toks[k].Tag)) {
		return Mention{}, false
	}
	mn.Start, mn.End = i, i+2
	return mn, true
}

// orgBase is definiteOrg as the base of an agent: "the court's judges".
func (a *Article) orgBase(toks []nlp.Token, i int) (base, bool) {
	if i == 0 || toks[i-1].Lower != "the" || len(a.orgs) == 0 || i+1 >= len(toks) || toks[i+1].Lower != "'s" {
		return base{}, false
	}
	mn, ok := a.orgs[orgWords[toks[i].Lower]]
	if !ok {
		return base{}, false
	}
	return base{code: mn.Code, country: mn.Country, name: mn.Name, end: i + 2, kind: PhraseName, keep: mn.Country == ""}, true
}
