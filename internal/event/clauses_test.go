package event

import "testing"

// TestClauseStructure checks participle and complement clauses: the
// casualties of a coded attack, denied clauses, and the subject of a
// speech participle after an embedded clause.
func TestClauseStructure(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2023-01-01", []articleCase{
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
	})
}
