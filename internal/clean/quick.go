package clean

import "strings"

// openings indexes, by first byte, every lower-case line opening that some
// junk rule looks for; quickKeep uses it to skip the rules for body text.
var openings [256][]string

func init() {
	groups := [][]string{promptPrefixes, trailerPrefixes, byPrefixes, {"image source,", "image caption,",
		"media caption,", "getty images", "file photo", "reuters/", "afp/", "ap photo", "(ap photo",
		"(photo", "copyright", "(c) ", "follow "}}
	for _, g := range groups {
		for _, p := range g {
			openings[p[0]] = append(openings[p[0]], p)
		}
	}
}

// junkMarks are lower-case fragments whose presence anywhere sends a line
// through the full rules. quickScan finds them in one pass, each by an
// anchor byte (markAnchors) and the anchor's offset in the mark.
var junkMarks = []string{"ookie", "rivacy", "ights reserved", "pic.twitter", "©"}

// markAnchor is a byte of a junk mark and where it sits in the mark.
type markAnchor struct {
	mark string
	at   int
}

// markAnchors maps a rare byte of each junk mark to the mark.
var markAnchors = func() (t [256][]markAnchor) {
	for _, m := range junkMarks {
		at := strings.IndexFunc(m, func(r rune) bool { return strings.ContainsRune("kv.©", r) })
		c := m[at]
		t[c] = append(t[c], markAnchor{m, at})
	}
	return t
}()

// quickBytes marks the bytes quickScan must look at: anchors, the colon
// and the 'y' of " by ".
var quickBytes = func() (t [256]bool) {
	for c := range markAnchors {
		t[c] = markAnchors[c] != nil
	}
	t[':'], t['y'] = true, true
	return t
}()

// quickKeep reports whether ln is certainly body text: a long line with
// final punctuation that has no junk opening, no early colon, no credit and
// no junk mark. Only lines it cannot clear go through the rules.
func quickKeep(ln *line) bool {
	s := ln.s
	if ln.words <= 8 || !ln.final || s[len(s)-1] == ')' || s[0] == '#' || s[0] == '-' {
		return false
	}
	if ln.words <= 14 && isDateLine(s) {
		return false
	}
	q := ln.q
	if !q.ok {
		q = quickScan(s)
	}
	if q.mark || q.colon >= 0 && q.colon < 26 || (q.colon >= 0 || q.by) && creditMark(s) {
		return false
	}
	var buf [40]byte
	head := buf[:min(len(s), len(buf))]
	for i := range head {
		c := s[i]
		if isUpper(c) {
			c += 32
		}
		head[i] = c
	}
	for _, p := range openings[head[0]] {
		if len(p) <= len(head) && string(head[:len(p)]) == p {
			return false
		}
	}
	return true
}
