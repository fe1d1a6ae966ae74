package clean

import "strings"

// creditMarks introduce a photo credit at the end of a caption line.
var creditMarks = []string{
	"Photo: ", "Photograph: ", "Photos: ", "Picture: ", "Image: ", "Credit: ", "Photo credit: ",
	"Photo by ", "Image by ", "Illustration: ", "PHOTO: ", "Photographs: ", "Pictures: ", "Video: ",
	"Image source: ", "Images: ",
}

// creditTails end a caption that names an agency.
var creditTails = []string{
	"getty images", "getty images)", "/reuters", "/afp", "/ap", "/epa", "/shutterstock", "/alamy",
	"(reuters)", "(afp)", "(ap)", "(epa)", "/xinhua", "/yonhap", "/kcna", "/dpa", "/anadolu",
	"via reuters", "via ap", "/bloomberg", "/pa", "/pa wire", "/ani", "/pti", "/tass", "/sputnik",
}

// creditRule flags captions ending in a credit ("..., Photo: DPA") and image
// source lines ("Image source, Getty Images").
func creditRule(ln line) string {
	if hasAnyPrefix(ln.l, []string{"image source,", "image caption,", "media caption,", "getty images", "file photo", "reuters/", "afp/", "ap photo", "(ap photo", "(photo"}) {
		return "caption"
	}
	if creditMark(ln.s) {
		return "caption"
	}
	if ln.final && !strings.HasSuffix(ln.l, ")") {
		return ""
	}
	for _, t := range creditTails {
		if strings.HasSuffix(ln.l, t) && (t[0] != 'g' || creditJoin(ln.l[:len(ln.l)-len(t)])) {
			return "caption"
		}
	}
	return ""
}

// creditJoin reports whether the text before "Getty Images" ends with a
// credit joiner ("/", "via", ",", ":", "(").
func creditJoin(before string) bool {
	before = strings.TrimRight(before, " ")
	return strings.HasSuffix(before, "/") || strings.HasSuffix(before, "via") ||
		strings.HasSuffix(before, ",") || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "(") ||
		before == ""
}

// bylineRule flags "By Jane Doe in Beijing" and similar.
func bylineRule(ln line) string {
	if ln.words > 10 || ln.words < 2 || (ln.final && !strings.HasSuffix(ln.s, ".")) {
		return ""
	}
	for _, p := range byPrefixes {
		if strings.HasPrefix(ln.l, p) && namesOnly(ln.s[len(p):]) {
			return "byline"
		}
	}
	return ""
}

// byConnectors may sit between the names of a byline.
var byConnectors = map[string]bool{"and": true, "&": true, "in": true, "for": true, "of": true,
	"the": true, "at": true, "|": true, "-": true, "with": true, "de": true, "van": true, "von": true, "al": true, "bin": true}

// namesOnly reports whether every word of s is capitalised or a connector.
func namesOnly(s string) bool {
	for w := range strings.FieldsSeq(s) {
		w = strings.Trim(w, ",.;")
		if w == "" || byConnectors[w] {
			continue
		}
		if !isUpper(w[0]) && w[0] < 0x80 {
			return false
		}
	}
	return true
}

// trailerRule flags wire trailers: "Reporting by X; Editing by Y", also in
// brackets: "(Reporting by X; Editing by Y)".
func trailerRule(ln line) string {
	if ln.words <= 40 && hasAnyPrefix(strings.TrimPrefix(ln.l, "("), trailerPrefixes) {
		return "byline"
	}
	return ""
}

// dateRule flags lines made only of date and time words: "Updated 10:32
// GMT", "Published 3 hours ago", "Monday, 30 October 2017".
func dateRule(ln line) string {
	if ln.words > 14 || ln.attributed || !isDateLine(ln.l) {
		return ""
	}
	return "date"
}

// isDateLine reports whether every word of s is a date or time word and at
// least one is a number, "ago" or "yesterday".
func isDateLine(s string) bool {
	anchor := false
	for i := 0; i < len(s); {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		j := i
		for j < len(s) && s[j] != ' ' {
			j++
		}
		w := trimDateWord(s[i:j])
		i = j
		switch {
		case w == "":
		case dateNumber(w):
			anchor = true
		case dateWord(w):
			anchor = anchor || w == "ago" || w == "yesterday"
		default:
			return false
		}
	}
	return anchor
}

// trimDateWord is strings.Trim(w, ",.;()[]") without building the cut set
// on every call.
func trimDateWord(w string) string {
	for w != "" && datePunct[w[0]] {
		w = w[1:]
	}
	for w != "" && datePunct[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	return w
}

var datePunct = [256]bool{',': true, '.': true, ';': true, '(': true, ')': true, '[': true, ']': true}

// dateWord looks w up in dateWords, lower-casing short ASCII words without
// allocating.
func dateWord(w string) bool {
	if len(w) > 12 {
		return false
	}
	var buf [12]byte
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if isUpper(c) {
			c += 32
		}
		b[i] = c
	}
	return dateWords[string(b)]
}

// dateNumber reports whether w is a number as found in dates and times:
// digits with / - . : separators and an optional ordinal, am/pm or h suffix.
func dateNumber(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	for _, suf := range []string{"st", "nd", "rd", "th", "am", "pm", "a.m", "p.m", "h", "gmt", "z"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			w = w[:len(w)-len(suf)]
			break
		}
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) && strings.IndexByte("/-.:T", w[i]) < 0 {
			return false
		}
	}
	return true
}

// copyrightRule flags "© 2023 ...", "Copyright ...", "All rights reserved".
func copyrightRule(ln line) string {
	if strings.HasPrefix(ln.s, "©") || strings.HasPrefix(ln.l, "(c) ") {
		return "copyright"
	}
	if ln.words <= 40 && !ln.attributed && (strings.HasPrefix(ln.l, "copyright") || strings.Contains(ln.l, "all rights reserved")) {
		return "copyright"
	}
	return ""
}

// cookieRule flags cookie and consent banners.
func cookieRule(ln line) string {
	if ln.words > 80 || ln.attributed || !strings.Contains(ln.l, "cookie") && !strings.Contains(ln.l, "privacy") {
		return ""
	}
	for _, c := range []string{"we use", "this site uses", "this website uses", "accept", "consent", "by continuing",
		"cookie policy", "cookie settings", "privacy policy", "your privacy", "manage preferences", "our partners", "your browser"} {
		if strings.Contains(ln.l, c) {
			return "cookie"
		}
	}
	return ""
}

// creditMark reports whether s ends with a credit such as "Photo: DPA" or
// "Photo by Jane Doe": a credit mark followed by at most 8 words.
func creditMark(s string) bool {
	for end := len(s); end > 0; {
		i := strings.LastIndexByte(s[:end], ':')
		if i < 0 {
			break
		}
		if creditAt(s, i) {
			return true
		}
		end = i
	}
	if i := lastBy(s); i > 0 {
		return creditAt(s, i)
	}
	return false
}

// lastBy is strings.LastIndex(s, " by "), found by its 'y', which is rarer
// than a space.
func lastBy(s string) int {
	for end := len(s); ; {
		i := strings.LastIndexByte(s[:end], 'y')
		if i < 2 {
			return -1
		}
		if i+1 < len(s) && s[i-2:i+2] == " by " {
			return i - 2
		}
		end = i
	}
}

// creditAt checks the credit mark ending at s[i] (a colon or " by ").
func creditAt(s string, i int) bool {
	k := i
	for k > 0 && s[k-1] != ' ' && s[k-1] != '(' && s[k-1] != '.' {
		k--
	}
	mark := s[k:i]
	if s[i] == ':' {
		mark += ": "
	} else {
		mark += " by "
	}
	if k >= 6 && strings.HasSuffix(s[:k], "Photo ") && mark == "credit: " {
		mark = "Photo credit: "
	}
	ok := false
	for _, m := range creditMarks {
		if m == mark {
			ok = true
			break
		}
	}
	rest := s[min(i+2, len(s)):]
	if s[i] != ':' {
		rest = s[i+4:]
	}
	return ok && wordCount(rest) <= 8 && !strings.ContainsAny(rest, "?!") && !strings.HasSuffix(rest, "said.")
}
