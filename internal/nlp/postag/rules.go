package postag

import "strings"

// punctTags maps punctuation, bracket and emoticon tokens straight to their
// Penn tag. A straight double quote is handled apart (open or close).
var punctTags = map[string]string{
	",": ",", ".": ".", "!": ".", "?": ".", "?!": ".", "!!": ".",
	":": ":", ";": ":", "-": ":", "--": ":", "---": ":", "\u2014": ":", "\u2013": ":",
	"...": ":", "\u2026": ":",
	"(": "(", "[": "(", "{": "(", "-LRB-": "(", "-LSB-": "(", "-LCB-": "(",
	")": ")", "]": ")", "}": ")", "-RRB-": ")", "-RSB-": ")", "-RCB-": ")",
	"``": "``", "\u201c": "``", "\u2018": "``", "\u00ab": "``", "\u201e": "``",
	"''": "''", "\u201d": "''", "\u00bb": "''",
	":)": "SYM", ":-)": "SYM", ":(": "SYM", ":-(": "SYM", ";)": "SYM", ";-)": "SYM",
	":D": "SYM", ":-D": "SYM", ":P": "SYM", ":-P": "SYM", ":/": "SYM", ":-/": "SYM",
	":'(": "SYM", "<3": "SYM", ":O": "SYM", ":-O": "SYM",
}

// rule returns the tag of tokens tagged without the model. quoteOpen tracks
// straight double quotes within the sentence.
func (t *Tagger) rule(w string, quoteOpen *bool) (uint8, bool) {
	if w == "" {
		return t.idSYM, true
	}
	c := w[0]
	if c < 0x80 && isAlnum(c) {
		if len(w) >= 4 && isLinkLike(w) {
			return t.idNN, true
		}
		return 0, false
	}
	if w == "\"" {
		*quoteOpen = !*quoteOpen
		if *quoteOpen {
			return t.idOpenQ, true
		}
		return t.idCloseQ, true
	}
	if len(w) <= 5 {
		if tag, ok := punctTags[w]; ok {
			return t.classIndex[tag], true
		}
	}
	if c == '@' && len(w) > 1 {
		return t.idNN, true // handle
	}
	return 0, false
}

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// isLinkLike reports whether w looks like a URL, a domain name or an e-mail
// address, which prose tags NN.
func isLinkLike(w string) bool {
	if strings.HasPrefix(w, "http://") || strings.HasPrefix(w, "https://") || strings.HasPrefix(w, "www.") {
		return true
	}
	if at := strings.IndexByte(w, '@'); at > 0 {
		return strings.IndexByte(w[at+1:], '.') > 0
	}
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || !isLetter(w[0]) {
		return false
	}
	tld := w[dot+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for i := 0; i < len(tld); i++ {
		if tld[i] < 'a' || tld[i] > 'z' {
			return false
		}
	}
	for i := 0; i < dot; i++ {
		if c := w[i]; !isAlnum(c) && c != '.' && c != '-' {
			return false
		}
	}
	return w[dot-1] != '.'
}

// isLetter reports whether c is an ASCII letter.
func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
