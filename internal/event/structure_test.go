package event

import "testing"

// TestSentenceStructure checks role search across sentence structure: a
// trailing reporter clause is no target, and a member list after a
// plural noun ("countries, including ...") names the targets, and an
// agreed or announced sanction is the sanction, a readiness or warning a
// threat.
func TestSentenceStructure(t *testing.T) {
	c := builtinCoder(t)
	checkArticles(t, c, "2023-01-01", []articleCase{
		one("Georgia and Armenia reached an accord on their joint border, Iranian diplomats said.", "ARM GEO 057; GEO ARM 057"),
		one("Biden, Xi Agree To Resume Military Communications", "CHNGOV USAGOV 0312; USAGOV CHNGOV 0312"),
		one("Belarus expelled diplomats from three countries, including Latvia and Lithuania.", "BLR LTU 161; BLR LVA 161"),
		one("Poland expelled diplomats from several countries such as Russia and Belarus.", "POL BLR 161; POL RUS 161"),
		one("Norway and Iceland agreed to impose sanctions on Syria.", "ISL SYR 163; NOR SYR 163"),
		one("Latvia said it would impose entry bans on Russian officials.", "LVA RUSGOV 163"),
		one("Latvia warned it would impose entry bans on Russian officials.", "LVA RUSGOV 1312"),
		one("Latvia stood ready to impose entry bans on Russian officials.", "LVA RUSGOV 1312"),
	})
}
