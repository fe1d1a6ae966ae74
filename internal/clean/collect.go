package clean

import (
	"strings"
	"sync"
)

// scratch is the working memory of one Document call. Its items slice and
// map are reused by later calls; the lower-cased copies are not.
type scratch struct {
	items []item
	count map[string]repeat
	text  textBuf
}

var scratchPool = sync.Pool{New: func() any { return &scratch{count: map[string]repeat{}} }}

// getScratch returns scratch memory sized for paras.
func getScratch(paras []string) *scratch {
	sc := scratchPool.Get().(*scratch)
	n := 0
	for _, p := range paras {
		n += len(p)
	}
	sc.text.hint = n / 2
	return sc
}

// putScratch returns sc to the pool, dropping its references to text and
// any map or slice grown by an unusually large document.
func putScratch(sc *scratch) {
	clear(sc.items)
	sc.items = sc.items[:0]
	if cap(sc.items) > 1<<12 {
		sc.items, sc.count = nil, map[string]repeat{}
	}
	sc.text = textBuf{}
	scratchPool.Put(sc)
}

// collect turns raw paragraphs into items: each paragraph is split into
// blocks at blank lines and each block into lines; junk lines become junk
// items (so that context rules can see markers) and the kept lines of a block
// are joined into one item.
func (sc *scratch) collect(paras []string, titleSlug string) []item {
	items := sc.items[:0]
	for _, p := range paras {
		if w, q := scanPlain(p); strings.IndexByte(p, '\n') < 0 {
			ln := lineFrom(p, w, q, &sc.text)
			r := junk(&ln, &sc.text)
			items = append(items, item{ln: ln, reason: r})
			continue
		}
		for _, blk := range blocks(p) {
			items = sc.appendBlock(items, blk, titleSlug)
		}
	}
	sc.items = items
	return items
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
func (sc *scratch) appendBlock(items []item, raw []string, titleSlug string) []item {
	lines := make([]string, len(raw))
	for i, r := range raw {
		if w, _ := scanPlain(r); w >= 0 {
			lines[i] = r
		} else {
			lines[i] = sc.text.normalize(r)
		}
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
		reason := junk(&ln, &sc.text)
		if wrapped(lines, i) {
			reason = ""
			if titleSlug != "" && isSlugOfFold(ln.s, titleSlug) {
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
