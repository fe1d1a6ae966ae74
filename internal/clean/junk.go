package clean

import (
	"strings"
)

// Junk reports whether a single line or paragraph is page junk and why; it
// returns "" for a line to keep. It judges the line alone (see the package
// documentation for the rules) and never flags a line that reads like a real
// sentence merely because it contains a word such as "video" or "share".
func Junk(line string) (reason string) {
	ln := lineOf(line, nil)
	return junk(&ln, nil)
}

// JunkSentence reports whether one sentence (after splitting) is junk and
// why: a headline slug ("leaders meet at summit in capital 2"), a credit
// ("Photo: AFP"), a bare duration ("01:30"), an advertising or sharing slug.
// It is stricter than Junk: a single quoted or punctuated word ("No.") is kept.
func JunkSentence(s string) (reason string) {
	ln := lineOf(s, nil)
	r := junk(&ln, nil)
	if r == "single word" && (ln.final || ln.quoted) {
		return ""
	}
	return r
}

type rule func(ln line) string

// rules run in order; the first non-empty reason wins.
var rules = []rule{
	exactRule, slugRule, durationRule, colonRule, creditRule, bylineRule, trailerRule,
	dateRule, copyrightRule, cookieRule, promptRule, socialRule, menuRule, commentRule, singleRule,
}

// junk runs the rules over ln, keeping its lower-cased copy in tb.
func junk(ln *line, tb *textBuf) string {
	if ln.s == "" {
		return "empty"
	}
	if quickKeep(ln) {
		return ""
	}
	ln.fill(tb)
	for _, r := range rules {
		if reason := r(*ln); reason != "" {
			return reason
		}
	}
	return ""
}

func exactRule(ln line) string {
	if ln.words > 8 {
		return ""
	}
	return exact[trimDecor(ln.l)]
}

// slugRule flags a headline slug: lower-case words and a trailing number.
func slugRule(ln line) string {
	if ln.words < 3 || ln.s != ln.l {
		return ""
	}
	last := strings.LastIndexByte(ln.s, ' ')
	if !allDigits(ln.s[last+1:]) {
		return ""
	}
	letters := 0
	for i := 0; i < last; i++ {
		c := ln.s[i]
		switch {
		case c >= 'a' && c <= 'z':
			letters++
		case c == ' ' || c == '\'' || isDigit(c) || c >= 0x80:
		default:
			return ""
		}
	}
	if letters < 6 {
		return ""
	}
	return "slug"
}

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// durationRule flags bare media durations: "01:30", "Duration 2:15",
// "5 min read".
func durationRule(ln line) string {
	if ln.words > 5 {
		return ""
	}
	clock := 0
	for w := range strings.FieldsSeq(ln.l) {
		w = strings.Trim(w, "()[],.")
		switch {
		case mediaWords[w] || w == "":
		case isClock(w):
			clock++
		default:
			return ""
		}
	}
	if clock == 0 || (ln.words == 1 && !strings.Contains(ln.s, ":")) {
		return ""
	}
	return "media"
}

// isClock reports whether w is digits with optional colons ("1:02:45").
func isClock(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && w[i] != ':' {
			return false
		}
	}
	return true
}

// colonRule flags "Photo: AFP", "Watch: ...", "Related: ...".
func colonRule(ln line) string {
	i := strings.IndexByte(ln.l, ':')
	if i <= 0 || i > 24 || ln.words > 40 || (ln.attributed && ln.final && ln.words > 8) {
		return ""
	}
	head := strings.Trim(ln.l[:i], " -*•|([")
	for _, p := range colonPrefixes {
		if head == p {
			return colonReason(p)
		}
	}
	return ""
}

func colonReason(p string) string {
	switch p {
	case "watch", "video", "watch live", "listen", "audio", "podcast", "watch now":
		return "media"
	case "related", "read more", "read also", "also read", "see also", "read", "more", "also on",
		"don't miss", "trending", "recommended", "more on this", "explore", "most read":
		return "related"
	case "updated", "published", "posted", "last updated", "first published", "by":
		return "byline"
	case "tags", "topics", "filed under", "categories", "category":
		return "navigation"
	}
	return "caption"
}
