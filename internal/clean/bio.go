package clean

import "strings"

// titleWords open a name that belongs to a news subject, not an author.
var titleWords = map[string]bool{"Mr": true, "Mrs": true, "Ms": true, "Dr": true, "President": true,
	"Prime": true, "Minister": true, "General": true, "The": true, "Chinese": true, "US": true,
	"He": true, "She": true, "They": true, "It": true, "This": true, "Mr.": true, "Mrs.": true,
	"Ms.": true, "Dr.": true, "Gen.": true, "Sen.": true, "Rep.": true, "Gov.": true, "King": true,
	"Queen": true, "Prince": true, "Pope": true, "Professor": true, "Prof.": true}

// bioLinks tie a bio word to an outlet or beat.
var bioLinks = []string{" for ", " at ", " with ", "contributor", " based in ", " covers ", " writes about ", " reports on "}

// dropBios drops author biographies at the end of the document: scanning
// back from the end over dropped and short items, every body item that reads
// like "Jane Doe is a correspondent for ..." is dropped.
func dropBios(items []item, tb *textBuf) {
	for i := len(items) - 1; i >= 0; i-- {
		it := &items[i]
		if !it.kept() {
			continue
		}
		if isBio(&it.ln, tb) {
			it.reason = "bio"
			continue
		}
		if it.body() {
			return
		}
	}
}

// isBio reports whether ln reads like an author biography.
func isBio(ln *line, tb *textBuf) bool {
	if ln.words > 50 {
		return false
	}
	ln.fill(tb)
	if ln.words > 50 || ln.attributed || !hasAnyWord(ln.l, bioWords) {
		return false
	}
	fields := strings.Fields(ln.s)
	name := 0
	for name < len(fields) && name < 4 {
		w := strings.TrimRight(fields[name], ",")
		if w == "" || !isUpper(w[0]) || titleWords[w] {
			break
		}
		name++
		if strings.HasSuffix(fields[name-1], ",") {
			break
		}
	}
	if name < 2 || name == len(fields) {
		return false
	}
	next := fields[name]
	if !strings.HasSuffix(fields[name-1], ",") && next != "is" && next != "covers" && next != "reports" &&
		next != "writes" && next != "has" && next != "was" && next != "joined" {
		return false
	}
	for _, l := range bioLinks {
		if strings.Contains(ln.l, l) {
			return true
		}
	}
	return false
}
