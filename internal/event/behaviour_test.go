package event

import "testing"

// caseGroup is a named group of article cases coded at one date.
type caseGroup struct {
	name, date string
	cases      []articleCase
}

// runGroups codes each group's cases with the built-in coder, one subtest
// a group.
func runGroups(t *testing.T, groups []caseGroup) {
	c := builtinCoder(t)
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) { checkArticles(t, c, g.date, g.cases) })
	}
}

// behaviourGroups are one-article cases grouped by the behaviour they check:
// the date they are coded at and the expected events of their last sentence.
var behaviourGroups = []caseGroup{
	// StatedFuture: "said it would" (a stated plan: intent or
	// threat, not a hypothesis) and conditional acts of force (threats).
	{"StatedFuture", "2024-05-10", []articleCase{
		one("Japan said on Friday it would send emergency food aid to Myanmar.", "JPN MMR 0333"),
		one("Israel would strike Iran if it crossed the line, the prime minister said.", "ISR IRN 138"),
		one("Analysts said the talks might collapse.", ""),
		one("Georgia would hit back if Russian troops crossed the boundary line.", "GEO RUSMIL 138"),
		one("Seoul will respond firmly to any North Korean provocation, the minister said.", "KORGOV PRK 138"),
		one("Egypt's army chief said Libya's incursion would be met with a military response.", "EGYMIL LBY 138"),
		one("Turkey said any Greek landing on the islet would be considered a declaration of war.", "TUR - 138"),
		one("Turkey said Greece would respond to the landing.", ""),
		one("Estonia said Russia could strike the port if the talks failed.", ""),
	}},
	// AerialAttack: aircraft subjects and aerial attack nouns
	// make an attack an aerial one (195), and other attacks stay 190.
	{"AerialAttack", "2023-05-02", []articleCase{
		one("Israeli warplanes struck Hezbollah positions.", "ISRMIL LBNREB 195"),
		one("Russian jets hit a hospital in Idlib.", "RUSMIL - 195"),
		one("Russia carried out a missile attack on Kyiv.", "RUS UKRGOV 195"),
		one("Israeli troops attacked Hezbollah positions.", "ISRMIL LBNREB 190"),
		one("Workers struck for higher pay.", ""),
	}},
	// CoordinatedInfinitives: a second infinitive without
	// "to" gets its governor's treatment; an object-control verb
	// with a non-actor object does not make its subject do the infinitive.
	{"CoordinatedInfinitives", "2023-06-01", []articleCase{
		one("Turkey threatened to send troops and cut all ties with Syria.", "TUR SYR 1313; TUR SYR 138"),
		one("Russia refused to withdraw its troops or return the seized ships to Ukraine.", "RUS UKR 124"),
		one("Japan urged its allies to impose sanctions on Russia.", "JPN - 020"),
	}},
	// NegatedComment: a refusal to comment is 011; a
	// comment not yet made is no event.
	{"NegatedComment", "2023-06-01", []articleCase{
		one("Egypt's foreign ministry would not comment on the talks.", "EGYGOV - 011"),
		one("Egypt's foreign ministry has not yet commented on the talks.", ""),
		one("Egypt's foreign ministry commented on the talks.", ""),
	}},
	// AgreedCooperation: agreeing on diplomatic cooperation is
	// that cooperation (050), while agreeing to sign stays an intent.
	{"AgreedCooperation", "2021-03-02", []articleCase{
		one("Bolivia agreed to normalise relations with Chile.", "BOL CHL 050"),
		one("Bolivia plans to normalise relations with Chile.", "BOL CHL 032"),
		one("Bolivia agreed to sign a trade accord with Chile.", "BOL CHL 030"),
	}},
	// ClauseStructure: participle and complement clauses: the
	// casualties of a coded attack, denied clauses, and the subject of a
	// speech participle after an embedded clause.
	{"ClauseStructure", "2023-01-01", []articleCase{
		one("Israeli troops raided a refugee camp in Jenin, killing four Palestinians.", "ISRMIL REF 190"),
		one("Japan denied that its coast guard had rammed a Chinese trawler.", "JPN - 016"),
		one("China rejected claims that its hackers had attacked American power grids.", "CHN - 016"),
		one("Japan denied the report and summoned China's ambassador.", "JPN - 016; JPN CHNGOV 114"),
		one("Russia said that Ukrainian drones had attacked a Russian airbase, accusing Kyiv of terrorism.",
			"RUS UKRGOV 1121; UKRMIL RUS 195"),
		one("Thai and Cambodian troops fought with Cambodian artillery along the border.", "KHMMIL THAMIL 194; THAMIL KHMMIL 194"),
		one("Somali bandits hijacked an Indian fishing boat off Puntland and took its crew hostage.", "SOMCRM IND 181"),
		one("Protests spread across the country, prompting Peru's president to declare a state of emergency.", "PERGOV - 1724"),
		one("Indian and Pakistani soldiers traded gunfire across the Line of Control.", "INDMIL PAKMIL 193; PAKMIL INDMIL 193"),
		one("Taiwan's navy was placed on high alert on Sunday.", "TWNMIL - 152"),
		one("Serbia declined to meet Kosovo's negotiators to discuss the border dispute.", "SRB KSVGOV 125"),
		one("Australia and Japan signalled their willingness to expand defence cooperation.", "AUS JPN 0312; JPN AUS 0312"),
	}},
	// SentenceStructure: role search across sentence structure: a
	// trailing reporter clause is no target, and a member list after a
	// plural noun ("countries, including ...") names the targets, and an
	// agreed or announced sanction is the sanction, a readiness or warning a
	// threat.
	{"SentenceStructure", "2023-01-01", []articleCase{
		one("Georgia and Armenia reached an accord on their joint border, Iranian diplomats said.", "ARM GEO 057; GEO ARM 057"),
		one("Biden, Xi Agree To Resume Military Communications", "CHNGOV USAGOV 0312; USAGOV CHNGOV 0312"),
		one("Belarus expelled diplomats from three countries, including Latvia and Lithuania.", "BLR LTU 161; BLR LVA 161"),
		one("Poland expelled diplomats from several countries such as Russia and Belarus.", "POL BLR 161; POL RUS 161"),
		one("Norway and Iceland agreed to impose sanctions on Syria.", "ISL SYR 163; NOR SYR 163"),
		one("Latvia said it would impose entry bans on Russian officials.", "LVA RUSGOV 163"),
		one("Latvia warned it would impose entry bans on Russian officials.", "LVA RUSGOV 1312"),
		one("Latvia stood ready to impose entry bans on Russian officials.", "LVA RUSGOV 1312"),
	}},
}

// TestBehaviours runs behaviourGroups, one subtest a group.
func TestBehaviours(t *testing.T) {
	runGroups(t, behaviourGroups)
}
