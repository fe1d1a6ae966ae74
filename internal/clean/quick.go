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

// quickScan reports, in one pass over s, where its first colon is (-1 when
// there is none), whether s has " by " after its first byte (a colon or
// " by " may introduce a credit), and whether it holds a junk mark.
func quickScan(s string) (colon int, by, mark bool) {
	colon = -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !quickBytes[c] {
			continue
		}
		switch c {
		case ':':
			if colon < 0 {
				colon = i
			}
		case 'y':
			by = by || i > 2 && i+1 < len(s) && s[i-2:i+2] == " by "
		default:
			for _, a := range markAnchors[c] {
				if k := i - a.at; k >= 0 && len(s)-k >= len(a.mark) && s[k:k+len(a.mark)] == a.mark {
					return colon, by, true
				}
			}
		}
	}
	return colon, by, false
}

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
	colon, by, mark := quickScan(s)
	if mark || colon >= 0 && colon < 26 || (colon >= 0 || by) && creditMark(s) {
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
