package actor

import (
	"strings"

	"github.com/dyad-project/dyad/internal/nlp"
)

// officerWords are the bare rank nouns that the agents dictionary files
// under the military but that wire copy uses for police at a protest.
var officerWords = map[string]bool{"officer": true, "officers": true}

// protestAgents are agent codes of crowds that police, not soldiers, face.
var protestAgents = map[string]bool{"CVL": true, "OPP": true}

// officersAsPolice makes bare "officers" police when the article has named
// police before or the sentence names protesters or civilians: "officers
// in black uniforms beat demonstrators" after "police fired tear gas" are
// the police. It then records whether police are in play for later
// sentences.
func (a *Article) officersAsPolice(toks []nlp.Token, ms []Mention) {
	crowd := false
	for _, mn := range ms {
		if len(mn.Code) >= 3 && protestAgents[mn.Code[len(mn.Code)-3:]] && mn.Type == "agent" {
			crowd = true
		}
	}
	for i := range ms {
		mn := &ms[i]
		if mn.Type != "agent" || mn.Code != "MIL" || mn.End-mn.Start != 1 || !officerWords[toks[mn.Start].Lower] {
			continue
		}
		if a.policeSeen || crowd {
			mn.Code, mn.Name = "COP", agentLabel("COP")
		}
	}
	for _, mn := range ms {
		if strings.HasSuffix(mn.Code, "COP") {
			a.policeSeen = true
		}
	}
}
