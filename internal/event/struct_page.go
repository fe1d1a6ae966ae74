package event

import "github.com/dyad-project/dyad/internal/nlp"

// linkLabels open a page's pointer to another article: "Read more: China
// warns Japan ...", "Related: ...". What follows is a headline elsewhere,
// not something this article reports.
var linkLabels = [][]string{{"read", "more"}, {"related"}, {"see", "also"}, {"also", "read"}, {"read", "also"},
	{"more", "on", "this"}, {"recommended"}, {"watch"}, {"listen"}, {"further", "reading"}, {"related", "stories"},
	{"related", "articles"}, {"more", "stories"}, {"also", "see"}}

// linkLine reports a sentence that starts with a link label and a colon.
func linkLine(toks []nlp.Token) bool {
	for _, l := range linkLabels {
		if len(toks) > len(l) && phraseAt(toks, 0, l) && (toks[len(l)].Lower == ":" || toks[len(l)].Lower == "|") {
			return true
		}
	}
	return false
}
