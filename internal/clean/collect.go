package clean

import "strings"

// collect turns raw paragraphs into items: each paragraph is split into
// blocks at blank lines and each block into lines; junk lines become junk
// items (so that context rules can see markers) and the kept lines of a block
// are joined into one item.
func collect(paras []string, titleSlug string) []item {
	items := make([]item, 0, len(paras)+len(paras)/2)
	for _, p := range paras {
		if strings.IndexByte(p, '\n') < 0 {
			items = appendLine(items, newLine(Normalize(p)))
			continue
		}
		for _, blk := range blocks(p) {
			items = appendBlock(items, blk, titleSlug)
		}
	}
	return items
}

func appendLine(items []item, ln line) []item {
	r := junk(&ln)
	return append(items, item{ln: ln, reason: r})
}

// blocks splits p at blank lines into blocks of non-empty lines.
func blocks(p string) [][]string {
	var out [][]string
	var cur []string
	for _, raw := range strings.Split(p, "\n") {
		if strings.TrimSpace(raw) == "" {
			if len(cur) > 0 {
				out = append(out, cur)
			}
			cur = nil
			continue
		}
		cur = append(cur, raw)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// appendBlock adds a block's items. A line that continues a wrapped sentence
// (it starts in lower case, or the next line does) is never judged alone,
// except as the headline's slug.
func appendBlock(items []item, raw []string, titleSlug string) []item {
	lines := make([]string, len(raw))
	for i, r := range raw {
		lines[i] = Normalize(r)
	}
	var group []string
	flush := func() {
		if len(group) > 0 {
			items = append(items, item{ln: newLine(joinLines(group))})
			group = nil
		}
	}
	for i, s := range lines {
		ln := newLine(s)
		reason := junk(&ln)
		if wrapped(lines, i) {
			reason = ""
			if titleSlug != "" && isSlugOf(lower(ln.s), titleSlug) {
				reason = "slug"
			}
		}
		switch {
		case reason != "":
			flush()
			items = append(items, item{ln: ln, reason: reason})
		case len(group) > 0 && group[len(group)-1] == s:
			flush()
			group = append(group, s)
		default:
			group = append(group, s)
		}
	}
	flush()
	return items
}

// wrapped reports whether lines[i] is part of a hard-wrapped sentence.
func wrapped(lines []string, i int) bool {
	startsLower := func(s string) bool { return s != "" && s[0] >= 'a' && s[0] <= 'z' }
	if i > 0 && startsLower(lines[i]) && !endsSentence(lines[i-1]) {
		return true
	}
	return i+1 < len(lines) && startsLower(lines[i+1]) && !endsSentence(lines[i])
}

// joinLines joins the lines of one paragraph with spaces, starting each
// bullet line on a new line.
func joinLines(group []string) string {
	if len(group) == 1 {
		return group[0]
	}
	var b strings.Builder
	for i, s := range group {
		if i > 0 {
			if isBullet(s) {
				b.WriteByte('\n')
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// isBullet reports whether s starts with a list marker: "- ", "* ", "• ",
// "· " or a number followed by ". " or ") ".
func isBullet(s string) bool {
	for _, m := range []string{"- ", "* ", "• ", "· "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	i := 0
	for i < len(s) && i < 3 && isDigit(s[i]) {
		i++
	}
	return i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}
