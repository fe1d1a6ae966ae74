package actor

import "github.com/dyad-project/dyad/internal/nlp"

// modifierUse reports a one-word agent used as a modifier of the plain
// noun after it: "a military site", "Turkey's military offensive",
// "police custody", "artillery ammunition" name no actor. The noun after
// it keeps the agent when it is itself an agent word ("army officers") or
// a head that stands for the agent's people or posts ("opposition
// groups", "army checkpoint", "rebel positions").
func (m *Matcher) modifierUse(toks []nlp.Token, mt match) bool {
	if mt.end-mt.start != 1 || mt.end >= len(toks) {
		return false
	}
	t := toks[mt.start]
	if adjectiveAgents[t.Lower] && t.Tag == "JJ" {
		switch toks[mt.end].Tag {
		case "NN", "NNS", "NNP", "JJ":
			return true // "an official visit", "the official news agency"
		}
	}
	n := toks[mt.end]
	if n.Tag != "NN" && n.Tag != "NNS" || !startsLower(n.Text) || agentHeads[n.Lemma] || agentHeads[n.Lower] {
		return false
	}
	if mt.end+1 < len(toks) && toks[mt.end+1].Tag == "POS" {
		return false
	}
	_, agent := m.longest(toks, mt.end, isAgent)
	return !agent
}

// adjectiveAgents are agent nouns that are also everyday adjectives.
var adjectiveAgents = map[string]bool{"official": true}

// agentHeads are nouns after an agent word that still name the agent's
// people, bodies, posts or means: "opposition groups", "rebel positions",
// "army checkpoint", "government statement".
var agentHeads = map[string]bool{"group": true, "faction": true, "movement": true, "bloc": true,
	"camp": true, "coalition": true, "alliance": true, "network": true, "wing": true, "organisation": true,
	"organization": true, "council": true, "committee": true, "commission": true, "unit": true,
	"personnel": true, "member": true, "figure": true, "rank": true, "ranks": true, "chief": true, "brass": true,
	"body": true, "agency": true, "department": true, "office": true, "bureau": true, "service": true,
	"team": true, "side": true, "source": true, "position": true, "stronghold": true, "base": true,
	"convoy": true, "checkpoint": true, "headquarters": true, "post": true, "outpost": true, "patrol": true,
	"vessel": true, "ship": true, "boat": true, "aircraft": true, "plane": true, "jet": true, "drone": true,
	"helicopter": true, "vehicle": true, "column": true, "regime": true, "establishment": true,
	"cadre": true, "element": true, "loyalist": true, "ally": true, "statement": true, "delegate": true,
	"candidate": true, "deputy": true, "cell": true, "fighter": true, "chiefs": true, "headquarter": true,
	"installation": true, "facility": true, "target": true, "compound": true, "barracks": true,
	"building": true, "station": true, "cadet": true, "recruit": true, "trainee": true, "conscript": true,
	"reservist": true}
