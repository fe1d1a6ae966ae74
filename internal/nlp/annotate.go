package nlp

import (
	"strings"
	"sync"

	"github.com/dyad-project/dyad/internal/nlp/lemma"
	"github.com/dyad-project/dyad/internal/nlp/postag"
)

// Annotator tags and lemmatises tokens with the built-in perceptron model.
// It is safe for concurrent use.
type Annotator struct {
	tagger *postag.Tagger
	pool   sync.Pool
}

type scratch struct{ words, tags []string }

// NewAnnotator loads the part-of-speech model (once per process).
func NewAnnotator() (*Annotator, error) {
	t, err := postag.Default()
	if err != nil {
		return nil, err
	}
	a := &Annotator{tagger: t}
	a.pool.New = func() any { return &scratch{} }
	return a, nil
}

// Annotate fills Tag and Lemma of every token. A title-case sentence is
// tagged with the model's headline mode, so "Xi Hails New Era" finds its
// verb, wherever it stands (a subhead or a headline quoted as a body
// sentence). The correction layer run after the tagger (see retag) uses its
// headline rules for a title-case sentence and for the headline, sentence
// 0, in any case.
func (a *Annotator) Annotate(toks []Token, headline bool) {
	sc := a.pool.Get().(*scratch)
	defer a.pool.Put(sc)
	sc.words = sc.words[:0]
	for _, t := range toks {
		sc.words = append(sc.words, t.Text)
	}
	title := postag.IsTitleCase(sc.words)
	if title {
		sc.tags = a.tagger.TagHeadline(sc.words, sc.tags[:0])
	} else {
		sc.tags = a.tagger.Tag(sc.words, sc.tags[:0])
	}
	for i := range toks {
		toks[i].Tag = sc.tags[i]
	}
	retag(toks, headline || title)
	for i := range toks {
		toks[i].Lemma = lemmaOf(toks[i].Lower, toks[i].Tag)
	}
}

func lemmaOf(w, tag string) string {
	l := lemma.Of(w, tag)
	if IsVerb(tag) || strings.HasPrefix(tag, "NN") {
		return lemma.Spelling(l)
	}
	return l
}
