package event

import (
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// art makes a several-sentence article case: context sentences first,
// the coded one last.
func art(want string, text ...string) articleCase { return articleCase{text, want} }

// structGroups check the clause-structure and in-article resolution rules
// of the struct_ files and clauses.go.
var structGroups = []caseGroup{
	// Complements: the content of a plan noun, the aim of an unasserted
	// sending and an infinitive under a noun-modifying participle are no
	// events of their own.
	{"Complements", "2023-05-04", []articleCase{
		one("Chile praised Peru's decision to reopen its border crossings.", "CHL PER 051"),
		one("Qatar pledged to send doctors to Sudan to help treat the wounded.", "QAT SDN 0333"),
		one("Britain supplied Kyiv with cruise missiles designed to strike targets deep behind Russian lines.", "GBR UKRGOV 072"),
		one("Chad sent troops to Mali to help the country's army fight rebels.", "TCD MLI 074"),
	}},
	// Clauses: a second clause after ", and", a relative clause on a
	// non-actor noun, a restated event and a comment on the own state.
	{"Clauses", "2023-05-04", []articleCase{
		one("Russian artillery shelled a Ukrainian port, and Kyiv appealed to Turkey for help.", "RUSMIL UKR 194; UKRGOV TUR 023"),
		one("Mali accused France of spying during a mission that killed two Malian soldiers.", "MLI FRA 1125"),
		one("Bahrain restored diplomatic ties with Qatar, reversing years of Bahraini policy.", "BHR QAT 050"),
		one("Norway offered to mediate between Colombia and Venezuela, saying Norwegian diplomats were ready to host talks.", "NOR COL 039; NOR VEN 039"),
	}},
	// Warnings: a possibility that someone else may bring about codes
	// nothing, a state of affairs is pessimism, the speaker's own act a
	// threat.
	{"Warnings", "2023-05-04", []articleCase{
		one("Italy's premier warned that the migrant deal was collapsing.", "ITAGOV - 012"),
		one("Iran might test a nuclear device within months, Israel's defence minister warned.", ""),
		one("North Korea warned it could shoot down American spy planes.", "PRK - 130"),
	}},
	// Context: object pronouns, plural "They", threats answering the
	// previous sentence's aggressor, and partners of participle clauses.
	{"Context", "2023-05-04", []articleCase{
		art("JPNGOV KORGOV 043", "South Korean President Yoon Suk Yeol arrived in Tokyo on Thursday.",
			"Fumio Kishida greeted him at the prime minister's office."),
		art("ISRMIL - 190", "Israeli troops entered the city of Nablus before dawn.", "They raided several houses."),
		art("GRC TUR 130", "Turkey said it would send warships to the disputed waters.", "Greece warned it would defend its sovereignty."),
		one("Chile's president met Argentina's president in Santiago, pledging to expand trade.", "CHLGOV ARGGOV 0311; CHLGOV ARGGOV 040"),
	}},
	// Pairs: joint undertakings, "the two leaders" of the same sentence,
	// bracketed acronyms, link lines and "lacked the will".
	{"Pairs", "2023-05-04", []articleCase{
		one("Serbian and Kosovar negotiators broke off their talks in Brussels.", "KSVGOV SRBGOV 164; SRBGOV KSVGOV 164"),
		one("Narendra Modi received Anthony Albanese in Delhi, where the two leaders discussed trade.", "INDGOV AUSGOV 043"),
		one("The World Health Organization (WHO) and Nigeria signed a health accord in Abuja.", "IGOUNOHLHWHO NGA 057; NGA IGOUNOHLHWHO 057"),
		one("Read more: Iran seizes a tanker in the Gulf", ""),
		one("Ethiopia lacked the will to sign a peace deal.", ""),
		one("Beijing hosted Vladimir Putin, a visit both sides hailed as historic.", "CHNGOV RUSGOV 043"),
		one("Serbia and Kosovo held talks hosted by the European Union in Brussels.", "IGOEUREEC KSV 045; IGOEUREEC SRB 045; KSV SRB 040; SRB KSV 040"),
		one("Serbia and Kosovo met at a summit hosted by Albania.", "KSV SRB 044; SRB KSV 044"),
	}},
	// Sub-codes from the governed act's object: a peace treaty is intent to
	// settle, nuclear weapons make a threat 1385, a threatened seizure is
	// 130 and a threatened curfew 1323; an agreed opening for aid is 0355.
	{"Subcodes", "2023-05-04", []articleCase{
		one("Eritrea said Asmara was willing to sign a peace treaty with Ethiopia.", "ERIGOV ETH 037"),
		one("Eritrea said Asmara was willing to sign a trade deal with Ethiopia.", "ERIGOV ETH 030"),
		one("Russia threatened to deploy nuclear weapons in Belarus.", "RUS - 1385"),
		one("Ethiopia agreed to open two road crossings into Tigray for aid convoys.", "ETH - 0355"),
		one("Venezuela threatened to seize the assets of an American oil company.", "VEN USABUS 130"),
		one("Venezuela threatened to arrest opposition leaders.", "VEN VENOPP 137"),
		one("Niger's junta threatened to impose a curfew in the capital.", "NERMIL - 1323"),
		one("Chile and Bolivia agreed to resume regular consultations.", "BOL CHL 036; CHL BOL 036"),
		one("Hundreds of Kenyans took to the streets of Nairobi demanding that President William Ruto step down.", "KEN KENGOV 1411"),
	}},
	// Warnings of force: "would be met with force" is 138, a participle
	// clause spelling out the threat is the same threat, and a warned
	// party's act under the warning is not asserted.
	{"Threats", "2023-05-04", []articleCase{
		one("Greece warned Turkey that any incursion would be met with military force.", "GRC TUR 138"),
		one("Greece warned Turkey that any incursion would be met with a firm response.", "GRC TUR 130"),
		one("Canada warned that India would face consequences if it expelled Canadian diplomats, threatening sanctions.", "CAN IND 1312"),
		one("Japan warned China against allowing its navy to attack Philippine boats.", ""),
		one("Iran seized a Greek tanker, days after threatening to cut ties with Greece.", "IRN GRC 1313; IRN GRC 1711"),
	}},
}

// TestStructure runs structGroups, one subtest a group.
func TestStructure(t *testing.T) {
	runGroups(t, structGroups)
}

// BenchmarkCodeStructure codes a short article exercising the structure
// rules.
func BenchmarkCodeStructure(b *testing.B) {
	c := builtinCoder(b)
	texts := []string{"Turkey said it would send warships to the disputed waters.",
		"Greece warned it would defend its sovereignty, calling it a red line.",
		"Narendra Modi received Anthony Albanese in Delhi, where the two leaders discussed trade."}
	for i := 0; i < b.N; i++ {
		d := &doc.Document{Date: "2023-05-04"}
		for k, s := range texts {
			d.Sentences = append(d.Sentences, doc.Sentence{Index: k + 1, Text: s})
		}
		c.Code(d, Options{})
	}
}
