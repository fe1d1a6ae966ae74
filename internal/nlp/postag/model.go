package postag

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"sync"

	prose "github.com/jdkato/prose/v2"
)

// Feature templates of the prose averaged-perceptron model, in the order of
// tmplNames. The model keys are the template name and the parts joined by
// single spaces.
const (
	tBias = iota
	tSuffix
	tPref1
	tPrevTag
	tPrev2Tag
	tTagPair
	tWord
	tPrevTagWord
	tPrevWord
	tPrevSuffix
	tPrev2Word
	tNextWord
	tNextSuffix
	tNext2Word
	numTemplates
)

var tmplNames = [numTemplates]string{
	"bias", "i suffix", "i pref1", "i-1 tag", "i-2 tag", "i tag+i-2 tag",
	"i word", "i-1 tag+i word", "i-1 word", "i-1 suffix", "i-2 word",
	"i+1 word", "i+1 suffix", "i+2 word",
}

// maxClasses bounds the tag set so a uint64 can mark scored classes.
const maxClasses = 64

const (
	assetDir     = "model/AveragedPerceptron/"
	startWord    = "-START-"
	start2Word   = "-START2-"
	endWord      = "-END-"
	end2Word     = "-END2-"
	weightScale  = 1000 // model weights are rounded to 3 decimals
	maxPairCount = 63   // classes per feature fit in 6 bits
)

var (
	defaultOnce   sync.Once
	defaultTagger *Tagger
	defaultErr    error
)

// Default returns the tagger built from the model shipped with
// github.com/jdkato/prose/v2. The model is decoded once, on first use; later
// calls return the same Tagger, which is safe for concurrent use.
func Default() (*Tagger, error) {
	defaultOnce.Do(func() {
		defaultTagger, defaultErr = loadProse()
	})
	return defaultTagger, defaultErr
}

// loadProse reads the three model assets embedded in the prose module.
func loadProse() (*Tagger, error) {
	var raw [3][]byte
	for i, name := range []string{"classes.gob", "tags.gob", "weights.gob"} {
		b, err := prose.Asset(assetDir + name)
		if err != nil {
			return nil, fmt.Errorf("postag: prose asset %s: %w", name, err)
		}
		raw[i] = b
	}
	return build(raw[0], raw[1], raw[2])
}

// build makes a Tagger from the gob-encoded class list, tag dictionary and
// weights of a prose perceptron model.
func build(classesGob, tagsGob, weightsGob []byte) (*Tagger, error) {
	var classes []string
	if err := gob.NewDecoder(bytes.NewReader(classesGob)).Decode(&classes); err != nil {
		return nil, fmt.Errorf("postag: classes.gob: %w", err)
	}
	var dict map[string]string
	if err := gob.NewDecoder(bytes.NewReader(tagsGob)).Decode(&dict); err != nil {
		return nil, fmt.Errorf("postag: tags.gob: %w", err)
	}
	t := &Tagger{classIndex: make(map[string]uint8, maxClasses)}
	for _, c := range append(classes, extraClasses...) {
		if _, err := t.classID(c); err != nil {
			return nil, fmt.Errorf("postag: classes.gob: %w", err)
		}
	}
	if err := t.buildDict(dict); err != nil {
		return nil, fmt.Errorf("postag: tags.gob: %w", err)
	}
	b := &builder{t: t}
	if err := parseWeights(weightsGob, b); err != nil {
		return nil, fmt.Errorf("postag: weights.gob: %w", err)
	}
	t.finish()
	return t, nil
}

// extraClasses are tags the rules emit; they are in the Penn set the model
// was trained on, listed so their ids exist whatever classes.gob holds.
var extraClasses = []string{"NN", "NNP", "NNPS", "CD", "SYM", "``", "''", ":", "(", ")", ",", ".", "$", "#", "CC", "POS"}

// classID returns the id of a tag, adding it to the tag set if new.
func (t *Tagger) classID(c string) (uint8, error) {
	if id, ok := t.classIndex[c]; ok {
		return id, nil
	}
	if len(t.classes) >= maxClasses {
		return 0, fmt.Errorf("more than %d tags (at %q)", maxClasses, c)
	}
	id := uint8(len(t.classes))
	t.classes = append(t.classes, c)
	t.classIndex[c] = id
	t.tagHash = append(t.tagHash, fnvString(c))
	return id, nil
}

// buildDict stores the unambiguous-word dictionary keyed by word hash.
func (t *Tagger) buildDict(dict map[string]string) error {
	t.dict = newTable(len(dict))
	for w, c := range dict {
		id, err := t.classID(c)
		if err != nil {
			return fmt.Errorf("word %q: %w", w, err)
		}
		if !t.dict.insert(fnvString(w), uint32(id)) {
			return fmt.Errorf("word %q: hash collision", w)
		}
	}
	return nil
}

// finish precomputes the values every sentence needs.
func (t *Tagger) finish() {
	t.startH = [2]uint64{fnvString(startWord), fnvString(start2Word)}
	t.startCtx = [2]ctxWord{specialCtx(startWord), specialCtx(start2Word)}
	t.endCtx = [2]ctxWord{specialCtx(endWord), specialCtx(end2Word)}
	ids := []*uint8{&t.idNN, &t.idNNP, &t.idNNPS, &t.idCD, &t.idSYM, &t.idOpenQ, &t.idCloseQ, &t.idColon, &t.idLRB, &t.idRRB}
	for i, c := range []string{"NN", "NNP", "NNPS", "CD", "SYM", "``", "''", ":", "(", ")"} {
		*ids[i] = t.classIndex[c]
	}
}

// specialCtx is the context entry of a sentence-boundary pseudo word.
func specialCtx(w string) ctxWord {
	return ctxWord{norm: fnvString(w), normSuf: fnvString(w[len(w)-3:])}
}

// builder turns parsed weights into the Tagger's feature table.
type builder struct {
	t     *Tagger
	key   uint64
	bias  bool
	start int
}

// begin implements weightSink.
func (b *builder) begin(n int) {
	b.t.feats = newTable(n)
	b.t.pairs = make([]int32, 0, 4*n)
}

// feature implements weightSink.
func (b *builder) feature(key []byte, n int) error {
	k, tmpl, err := parseFeatureKey(key)
	if err != nil {
		return err
	}
	if n > maxPairCount {
		return fmt.Errorf("%d classes exceed %d", n, maxPairCount)
	}
	b.key, b.bias, b.start = k, tmpl == tBias, len(b.t.pairs)
	return nil
}

// weight implements weightSink.
func (b *builder) weight(class []byte, w float64) error {
	id, ok := b.t.classIndex[string(class)]
	if !ok {
		var err error
		if id, err = b.t.classID(string(class)); err != nil {
			return err
		}
	}
	q := math.Round(w * weightScale)
	if q == 0 {
		return nil
	}
	if math.Abs(q) >= 1<<23 {
		return fmt.Errorf("weight %g of %q out of range", w, class)
	}
	if b.bias {
		b.t.bias[id] += int32(q)
		b.t.biasMask |= 1 << id
		return nil
	}
	b.t.pairs = append(b.t.pairs, int32(q)<<8|int32(id))
	return nil
}

// endFeature implements weightSink.
func (b *builder) endFeature() error {
	n := len(b.t.pairs) - b.start
	if b.bias || n == 0 {
		return nil
	}
	if b.start >= 1<<26 {
		return fmt.Errorf("too many weights (%d)", b.start)
	}
	if !b.t.feats.insert(b.key, uint32(b.start)<<6|uint32(n)) {
		return fmt.Errorf("feature hash collision")
	}
	return nil
}

// parseFeatureKey splits a model key into template and parts and returns its
// table key.
func parseFeatureKey(key []byte) (uint64, int, error) {
	if string(key) == tmplNames[tBias] {
		return featKey(tBias, 0, 0), tBias, nil
	}
	for tmpl := tSuffix; tmpl < numTemplates; tmpl++ {
		name := tmplNames[tmpl]
		if len(key) <= len(name) || string(key[:len(name)]) != name || key[len(name)] != ' ' {
			continue
		}
		rest := key[len(name)+1:]
		if tmpl != tTagPair && tmpl != tPrevTagWord {
			return featKey(tmpl, fnvBytes(rest), 0), tmpl, nil
		}
		sp := bytes.IndexByte(rest, ' ')
		if sp < 0 {
			return 0, 0, fmt.Errorf("two-part feature without separator")
		}
		return featKey(tmpl, fnvBytes(rest[:sp]), fnvBytes(rest[sp+1:])), tmpl, nil
	}
	return 0, 0, fmt.Errorf("unknown feature template")
}
