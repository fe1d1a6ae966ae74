package event

// Places are where an event happens, not whom it is done to: "struck
// bases in Israel", "shelled the outskirts of Gaza City", "sent troops to
// the border with Guyana".

// place reports a mention that names where, not whom: a state or capital
// in a locative phrase ("in northern Syria", "across Yemen"), or after a
// noun of place ("the outskirts of Gaza City", "the border with Guyana",
// "highways leading into New Delhi").
func (s *sent) place(m int) bool {
	mn := s.ments[m]
	p, ok := s.inPP(mn.Start)
	if !ok {
		return false
	}
	w := s.toks[p].Lower
	if (w == "at" || w == "during") && s.venue(m) {
		return true // "at the G20 summit": the gathering is where, not whom
	}
	if mn.Type != "state" {
		return false
	}
	return isLocative(w) || areaPreps[w] || placeLinks[w] && s.afterPlaceNoun(p)
}

// venue reports a mention that names a gathering it modifies: "the G20
// summit", "the UN General Assembly session".
func (s *sent) venue(m int) bool {
	e := s.ments[m].End
	return e < len(s.toks) && s.owner[e] < 0 && gatheringNouns[s.toks[e].Lower]
}

// gatheringNouns name meetings held somewhere.
var gatheringNouns = set("summit", "summits", "meeting", "meetings", "session", "sessions", "conference", "forum",
	"gathering", "headquarters", "ministerial", "assembly")

// placeLinks join a noun of place to the place it lies in or by; "to"
// and "for" name whom it is opened to ("reopened its border to Qatar").
var placeLinks = set("of", "with", "in", "into", "around", "near", "across", "along", "outside", "inside", "at",
	"within", "on")

// areaPreps spread an event over a place: "protests across Serbia".
var areaPreps = set("across", "throughout", "within", "along")

// afterPlaceNoun reports a preposition at p that follows a noun of place,
// directly or through a participle ("the suburbs of", "roads leading
// into").
func (s *sent) afterPlaceNoun(p int) bool {
	k := p - 1
	if k > 0 && (s.toks[k].Tag == "VBG" || s.toks[k].Tag == "VBN") && s.owner[k] < 0 {
		k-- // "highways leading into", "areas controlled by"
	}
	return k >= 0 && s.owner[k] < 0 && isNounTag(s.toks[k].Tag) && placeNouns[s.toks[k].Lower]
}

// placeNouns name parts of a territory or places in it.
var placeNouns = set("border", "borders", "frontier", "frontiers", "outskirts", "suburb", "suburbs", "city", "town",
	"village", "villages", "district", "districts", "region", "regions", "province", "provinces", "area", "areas",
	"part", "parts", "north", "south", "east", "west", "centre", "center", "coast", "coastline", "waters", "port",
	"ports", "highway", "highways", "road", "roads", "motorway", "motorways", "street", "streets", "site", "sites",
	"base", "bases", "territory", "heart", "edge", "edges", "countryside")

// matchCrossesVerb reports a finite verb inside a pattern's match after the
// head: the match ran on into a coordinated clause ("blocked roads ...
// and demanded the resignation of the government"), whose actors are
// that clause's own.
func (s *sent) matchCrossesVerb(head, end int) bool {
	for k := head + 1; k < end && k < len(s.toks); k++ {
		if v := s.vgAt[k]; v >= 0 && s.vgs[v].Finite && s.vgs[v].Head != head {
			return true
		}
	}
	return false
}

// seaNouns name water off a coast: missiles fired into them hit no one
// ("fired missiles into waters around Taiwan" is a show of force).
var seaNouns = set("waters", "coast", "coastline")

// placeObject returns the end of an object noun phrase at i that is a
// place named after a state or capital ("the outskirts of Kyiv", "the
// border with Guyana"), or i.
func (s *sent) placeObject(i int) int {
	k := i
	for k < len(s.toks) && k < i+3 && s.owner[k] < 0 && (s.toks[k].Tag == "DT" || s.toks[k].Tag == "JJ" || s.toks[k].Tag == "CD") {
		k++
	}
	if k+2 >= len(s.toks) || s.owner[k] >= 0 || !isNounTag(s.toks[k].Tag) || !placeNouns[s.toks[k].Lower] || seaNouns[s.toks[k].Lower] ||
		!placeLinks[s.toks[k+1].Lower] {
		return i
	}
	j := k + 2
	for j < len(s.toks) && j < k+4 && s.owner[j] < 0 && (s.toks[j].Tag == "DT" || s.toks[j].Tag == "JJ") {
		j++
	}
	if j >= len(s.toks) || s.owner[j] < 0 || !s.place(s.owner[j]) {
		return i
	}
	return s.ments[s.owner[j]].End
}

// possessor reports a mention followed by "'s" ("Russia's exercise").
func (s *sent) possessor(m int) bool {
	e := s.ments[m].End
	return e < len(s.toks) && s.toks[e].Tag == "POS"
}
