// Package postag is a Penn Treebank part-of-speech tagger: the averaged
// perceptron shipped with github.com/jdkato/prose/v2, decoded once into a
// compact hash table and run without allocating.
//
// Features are the ones the model was trained with (the textblob/Honnibal
// templates: word, suffix, first byte, the two previous tags and the words
// around), computed from hashes of the word parts instead of built strings.
// Before the perceptron, punctuation, quotes, emoticons, links and e-mail
// addresses get a tag by rule and frequent unambiguous words by dictionary,
// as prose does.
package postag

import (
	"math/bits"
)

// Tagger tags the words of a sentence with Penn Treebank tags. A Tagger is
// read-only after loading and safe for concurrent use.
type Tagger struct {
	classes    []string
	classIndex map[string]uint8
	tagHash    []uint64 // FNV hash of each class name (the tag history part)
	feats      *table   // feature key -> start<<6 | count into pairs
	pairs      []int32  // weight*1000<<8 | class
	dict       *table   // FNV(word) -> class of unambiguous words
	bias       [maxClasses]int32
	biasMask   uint64
	startH     [2]uint64
	startCtx   [2]ctxWord
	endCtx     [2]ctxWord

	idNN, idNNP, idNNPS, idCD, idSYM, idOpenQ, idCloseQ, idColon, idLRB, idRRB uint8
}

// ctxWord holds the hashes of a context word's normalised form and of its
// last three bytes.
type ctxWord struct {
	norm, normSuf uint64
}

// Tags returns the tag set of the model.
func (t *Tagger) Tags() []string { return append([]string(nil), t.classes...) }

// Tag appends to tags the Penn Treebank tag of each word of one sentence and
// returns the extended slice. Words are tokens as a tokenizer split them
// ("China", "'s", "n't", ","). It does not allocate when tags has room.
func (t *Tagger) Tag(words []string, tags []string) []string {
	return t.tag(words, tags, 0, 0)
}

// tag tags words; bit i of fold lower-cases word i for its own features and
// bit i of proper tags it NNP.
func (t *Tagger) tag(words []string, tags []string, fold, proper uint64) []string {
	var win [5]ctxWord // context words i-2 .. i+2
	win[0], win[1] = t.startCtx[0], t.startCtx[1]
	for j := 0; j < 3; j++ {
		win[2+j] = t.ctxAt(words, j)
	}
	p1, p2 := t.startH[0], t.startH[1]
	quoteOpen := false
	for i, w := range words {
		id, ok := t.rule(w, &quoteOpen)
		if !ok && proper>>uint(i)&1 == 1 {
			id, ok = t.idNNP, true
		}
		if !ok {
			id = t.classify(w, &win, fold>>uint(i)&1 == 1, p1, p2)
		}
		tags = append(tags, t.classes[id])
		p2, p1 = p1, t.tagHash[id]
		win[0], win[1], win[2], win[3] = win[1], win[2], win[3], win[4]
		win[4] = t.ctxAt(words, i+3)
	}
	return tags
}

// ctxAt returns the context entry of position j, past the end included.
func (t *Tagger) ctxAt(words []string, j int) ctxWord {
	switch {
	case j < len(words):
		return normCtx(words[j])
	case j == len(words):
		return t.endCtx[0]
	case j == len(words)+1:
		return t.endCtx[1]
	}
	return ctxWord{}
}

// classify tags a word with the dictionary or the perceptron.
func (t *Tagger) classify(w string, win *[5]ctxWord, fold bool, p1, p2 uint64) uint8 {
	var buf [48]byte
	raw := appendForm(buf[:0], w, fold)
	rawH := fnvBytes(raw)
	if v, ok := t.dict.get(rawH); ok {
		return uint8(v)
	}
	scores := t.bias
	mask := t.biasMask
	t.score(&scores, &mask, featKey(tSuffix, fnvBytes(raw[max(0, len(raw)-3):]), 0))
	t.score(&scores, &mask, featKey(tPref1, pref1Hash(raw), 0))
	t.score(&scores, &mask, featKey(tPrevTag, p1, 0))
	t.score(&scores, &mask, featKey(tPrev2Tag, p2, 0))
	t.score(&scores, &mask, featKey(tTagPair, p1, p2))
	t.score(&scores, &mask, featKey(tWord, win[2].norm, 0))
	t.score(&scores, &mask, featKey(tPrevTagWord, p1, win[2].norm))
	t.score(&scores, &mask, featKey(tPrevWord, win[1].norm, 0))
	t.score(&scores, &mask, featKey(tPrevSuffix, win[1].normSuf, 0))
	t.score(&scores, &mask, featKey(tPrev2Word, win[0].norm, 0))
	t.score(&scores, &mask, featKey(tNextWord, win[3].norm, 0))
	t.score(&scores, &mask, featKey(tNextSuffix, win[3].normSuf, 0))
	t.score(&scores, &mask, featKey(tNext2Word, win[4].norm, 0))
	return t.best(&scores, mask)
}

// score adds the weights of feature k.
func (t *Tagger) score(scores *[maxClasses]int32, mask *uint64, k uint64) {
	v, ok := t.feats.get(k)
	if !ok {
		return
	}
	for _, p := range t.pairs[v>>6 : v>>6+v&63] {
		c := p & 0xff
		scores[c] += p >> 8
		*mask |= 1 << uint(c)
	}
}

// best returns the highest-scoring class among those some feature scored;
// ties go to the lower class id.
func (t *Tagger) best(scores *[maxClasses]int32, mask uint64) uint8 {
	best, bestScore := t.idNN, int32(-1<<31)
	for m := mask; m != 0; m &= m - 1 {
		c := bits.TrailingZeros64(m)
		if scores[c] > bestScore {
			best, bestScore = uint8(c), scores[c]
		}
	}
	return best
}

// pref1Hash hashes the model's "first letter" part: prose converts the first
// byte to a string as a rune, so bytes >= 0x80 become two UTF-8 bytes.
func pref1Hash(raw []byte) uint64 {
	if len(raw) == 0 {
		return fnvString("")
	}
	c := raw[0]
	if c < 0x80 {
		return fnvBytes([]byte{c})
	}
	return fnvBytes([]byte{0xc0 | c>>6, 0x80 | c&0x3f})
}
