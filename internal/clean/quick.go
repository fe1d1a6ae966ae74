package clean

import "strings"

// openings indexes, by first byte, every lower-case line opening that some
// junk rule looks for; quickKeep uses it to skip the rules for body text.
var openings = map[byte][]string{}

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
// through the full rules.
var junkMarks = []string{"ookie", "rivacy", "ights reserved", "pic.twitter", "©"}

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
	if strings.IndexByte(s[:min(len(s), 26)], ':') >= 0 || creditMark(s) {
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
	for _, m := range junkMarks {
		if strings.Contains(s, m) {
			return false
		}
	}
	return true
}
