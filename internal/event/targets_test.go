package event

import "testing"

// targetGroups check target selection and noun events: places, clause
// limits of a match, victims and defied rules, destinations, "during"
// noun events, plans, fronted passive objects, violence codes, meeting
// places, postures and events covered by another.
var targetGroups = []caseGroup{
	{"Places", "2023-05-01", []articleCase{
		one("Egyptian jets bombed the outskirts of Tripoli.", "EGYMIL - 195"),
		one("Turkish jets struck militant hideouts in Iraq with drones and missiles.", "TURMIL - 195"),
		one("Thousands of Peruvians marched in Lima against rising fuel prices.", "PER - 1412"),
		one("Egyptian jets bombed Libya.", "EGYMIL LBY 195"),
	}},
	{"ClauseLimits", "2023-05-01", []articleCase{
		one("Kenyan protesters blocked roads in Nairobi for a second day and demanded the resignation of the president.",
			"KENCVL - 1441; KENCVL KENGOV 1041"),
		one("North Korea fired a ballistic missile in violation of United Nations resolutions.", "PRK - 150"),
		one("Mexican prosecutors are investigating the murder of an American tourist in Cancun.", "MEXJUD - 091"),
	}},
	{"Destinations", "2021-08-10", []articleCase{
		one("Lithuania recalled its ambassador to China.", "LTU CHN 161"),
		one("Venezuela refused to accept food aid from the United States.", "VEN USA 122"),
	}},
	{"NounEvents", "2023-06-22", []articleCase{
		one("Indian Prime Minister Narendra Modi signed a defence pact during a visit to Washington.",
			"INDGOV - 057; INDGOV USAGOV 042"),
		one("Russian troops detained dozens of men during a raid on the village.", "RUSMIL RUSCVL 173"),
		one("The detention of two Canadian citizens by Chinese police drew protests from Ottawa.",
			"CANGOV CHNCOP 111; CHNCOP CANCVL 173"),
		one("Turkey's ceasefire proposal was rejected by Azerbaijan.", "AZE TUR 120"),
		one("China said Lithuania would bear responsibility for its foreign minister's visit to Taipei.", ""),
	}},
	{"Violence", "2022-06-01", []articleCase{
		one("Syrian soldiers killed more than 200 civilians in Homs.", "SYRMIL SYRCVL 202"),
		one("Syrian soldiers killed 12 civilians in Homs.", "SYRMIL SYRCVL 1823"),
		one("Iraqi insurgents carried out a suicide bombing at a checkpoint, killing six Iraqi soldiers.", "IRQINS IRQMIL 1831"),
		one("Iraqi insurgents carried out a suicide bombing at a market, killing six civilians.", "IRQINS - 1831"),
	}},
	{"Meetings", "2024-07-02", []articleCase{
		one("Georgian and Armenian diplomats met in Paris.", "ARMGOV GEOGOV 044; GEOGOV ARMGOV 044"),
		one("Emmanuel Macron met Olaf Scholz in Berlin on the sidelines of a summit.", "FRAGOV DEUGOV 040"),
	}},
	{"Postures", "2023-04-10", []articleCase{
		one("China staged drills around Taiwan in a warning to Taipei.", "CHN TWNGOV 150"),
		one("Russia put troops in its southern district on high alert.", "RUS - 152"),
	}},
	{"Covered", "2023-07-11", []articleCase{
		one("Hungary vetoed Ukraine's bid to join the European Union.", "HUN UKR 129"),
		one("Canada condemned Nicaragua's crackdown on the opposition.", "CAN NICGOV 111"),
		one("Nicaragua withdrew from the Organization of American States.", "NIC IGOWHMOAS 160"),
	}},
	{"FrontedPassive", "2016-01-16", []articleCase{
		one("Sanctions on Iran were lifted by the European Union in January.", "IGOEUREEC IRN 085"),
		one("Sanctions on Iran were lifted in January.", ""),
	}},
}

// TestTargets runs targetGroups, one subtest a group.
func TestTargets(t *testing.T) {
	runGroups(t, targetGroups)
}
