package clean

import "strings"

// promptRule flags share, subscribe, follow, read-more and click prompts.
// A prompt must open with a known prompt phrase, carry no reporting verb,
// and either lack final punctuation or mention the site ("our", "here",
// "newsletter", ...).
func promptRule(ln line) string {
	if ln.words > 30 || ln.attributed || ln.quoted {
		return ""
	}
	if !hasAnyPrefix(ln.l, promptPrefixes) && !followRule(ln) {
		return ""
	}
	if ln.final && !hasAnyWord(ln.l, siteCues) {
		return ""
	}
	return promptReason(ln.l)
}

func promptReason(l string) string {
	switch {
	case strings.HasPrefix(l, "share") || strings.HasPrefix(l, "like us"):
		return "share"
	case strings.HasPrefix(l, "read") || strings.HasPrefix(l, "more") || strings.HasPrefix(l, "explore") ||
		strings.HasPrefix(l, "related") || strings.HasPrefix(l, "most") || strings.HasPrefix(l, "you m") ||
		strings.HasPrefix(l, "recommended"):
		return "related"
	case strings.HasPrefix(l, "watch") || strings.HasPrefix(l, "listen") || strings.HasPrefix(l, "play") ||
		strings.HasPrefix(l, "this video"):
		return "media"
	case strings.HasPrefix(l, "advertisement") || strings.HasPrefix(l, "sponsored") ||
		strings.Contains(l, "continue"):
		return "advertisement"
	case strings.HasPrefix(l, "we use") || strings.HasPrefix(l, "by continuing"):
		return "cookie"
	}
	return "subscribe"
}

// socialNetworks end a "Follow X on ..." prompt.
var socialNetworks = []string{"twitter", "x", "facebook", "instagram", "telegram", "youtube", "tiktok",
	"linkedin", "threads", "bluesky", "whatsapp", "google news", "mastodon", "social media"}

// followRule matches "Follow Jane Doe on Twitter" and "Follow us on X".
func followRule(ln line) bool {
	if !strings.HasPrefix(ln.l, "follow ") || ln.words > 15 {
		return false
	}
	i := strings.LastIndex(ln.l, " on ")
	if i < 0 {
		return false
	}
	rest := strings.Trim(ln.l[i+4:], " .!:")
	for _, n := range socialNetworks {
		if strings.HasPrefix(rest, n) {
			return true
		}
	}
	return false
}

// socialRule flags embedded posts, hashtags, bare links and e-mail lines.
func socialRule(ln line) string {
	switch {
	case strings.Contains(ln.l, "pic.twitter.com"):
		return "social"
	case strings.HasPrefix(ln.s, "- ") && strings.Contains(ln.s, "(@"):
		return "social"
	case ln.words == 1 && (strings.HasPrefix(ln.l, "http") || strings.HasPrefix(ln.l, "www.") || strings.Contains(ln.l, "@")):
		return "contact"
	case ln.words <= 12 && strings.Contains(ln.l, "@") && strings.Contains(ln.l, ".") && !ln.attributed &&
		(hasAnyPrefix(ln.l, []string{"write to", "contact", "email", "e-mail", "follow", "send", "tips"}) || !ln.final):
		return "contact"
	}
	return hashtagRule(ln)
}

func hashtagRule(ln line) string {
	if ln.s[0] != '#' {
		return ""
	}
	for w := range strings.FieldsSeq(ln.s) {
		if w[0] != '#' {
			return ""
		}
	}
	return "social"
}

// menuSeps separate breadcrumb and menu items.
var menuSeps = []string{"\"", "|", "›", "»", "•", "·", ">", "/", "::", "-"}

// menuRule flags breadcrumbs, menus and "Jane Doe | Reuters": lines of short
// items between separators, with no final punctuation.
func menuRule(ln line) string {
	if ln.final || ln.words > 30 {
		return ""
	}
	items, seps, words := 0, 0, 0
	for w := range strings.FieldsSeq(ln.s) {
		if isSep(w) {
			seps++
			if words > 0 {
				items++
			}
			words = 0
			continue
		}
		words++
		if words > 5 {
			return ""
		}
	}
	hasPipe := strings.ContainsAny(ln.s, "|›»•\"")
	if seps == 0 || (!hasPipe && seps < 2) {
		return ""
	}
	return "menu"
}

func isSep(w string) bool {
	for _, s := range menuSeps {
		if w == s {
			return true
		}
	}
	return false
}

// commentRule flags comment counts: "12 comments", "Comments (34)".
func commentRule(ln line) string {
	if ln.words > 4 || !strings.Contains(ln.l, "comment") {
		return ""
	}
	for w := range strings.FieldsSeq(ln.l) {
		w = strings.Trim(w, "()[]:.")
		switch w {
		case "comment", "comments", "view", "show", "all", "read", "the", "see", "join", "add", "post", "":
		default:
			if !allDigits(w) {
				return ""
			}
		}
	}
	return "comments"
}

// singleRule flags a lone word (not a quotation).
func singleRule(ln line) string {
	if ln.words == 1 && !ln.quoted {
		return "single word"
	}
	return ""
}
