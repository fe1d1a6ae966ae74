// Package dedup finds near-duplicate articles, merges event reports and links
// articles into story threads. It is pure logic: the store keeps the index
// (internal/store), analyze batches use the in-memory Memory index.
//
// Near duplicates: the body (never the headline) is split into lines; lines
// of fewer than MinLineWords words are page junk and skipped. The remaining
// words are lower-cased, stop words dropped, and every run of Shingle
// consecutive words is one shingle. A MinHash signature of NumHashes 32-bit
// minima estimates the Jaccard similarity of two shingle sets; LSH with
// Bands bands of Rows rows finds candidates, and Similar verifies them.
package dedup

import (
	"encoding/binary"
	"errors"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Signature geometry. Bands*Rows == NumHashes.
const (
	NumHashes = 126 // MinHash functions per signature
	Bands     = 42  // LSH bands
	Rows      = 3   // hash values per band
	// Shingle is the number of consecutive content words in a shingle.
	Shingle = 2
	// MinLineWords is the fewest words a line needs to count as article
	// text rather than page junk ("Share this", "Advertisement").
	MinLineWords = 6
	// MinShingles is the fewest shingles a text needs to be indexed at all.
	MinShingles = 8
)

// Threshold is the verified similarity (see Similar) at or above which two
// texts are near duplicates. It was chosen on the generated corpus of the
// package tests (see TestDuplicateF1).
const Threshold = 0.5

// Sig is a MinHash signature with the number of distinct shingles it was
// built from. The zero Sig (N == 0) is a text too short to compare.
type Sig struct {
	Min [NumHashes]uint32
	N   int32
}

// hashA and hashB are the multiply-shift parameters of the hash functions.
var hashA, hashB [NumHashes]uint64

func init() {
	x := uint64(0x9e3779b97f4a7c15)
	for i := range NumHashes {
		x = splitmix(x)
		hashA[i] = x | 1
		x = splitmix(x)
		hashB[i] = x
	}
}

// splitmix is the SplitMix64 finaliser, a fast 64-bit mixer.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// Shingler builds signatures, reusing its buffers. It is not safe for
// concurrent use; Signature uses a pool of them.
type Shingler struct {
	words    []uint64
	shingles []uint64
}

var pool = sync.Pool{New: func() any { return &Shingler{} }}

// Signature is the MinHash signature of a cleaned article body.
func Signature(text string) Sig {
	s := pool.Get().(*Shingler)
	sig := s.Signature(text)
	pool.Put(s)
	return sig
}

// Signature is the MinHash signature of text (see the package comment).
func (s *Shingler) Signature(text string) Sig {
	s.shingles = s.shingleText(text, MinLineWords)
	if len(s.shingles) < MinShingles { // all short lines: use them anyway
		s.shingles = s.shingleText(text, 0)
	}
	slices.Sort(s.shingles)
	s.shingles = slices.Compact(s.shingles)
	var sig Sig
	if len(s.shingles) < MinShingles {
		return sig
	}
	sig.N = int32(len(s.shingles))
	minHash(&sig.Min, s.shingles)
	return sig
}

// minHash fills m with the minimum of each hash function over shingles.
func minHash(m *[NumHashes]uint32, shingles []uint64) {
	for i := range m {
		m[i] = ^uint32(0)
	}
	for _, x := range shingles {
		for i := range m {
			if h := uint32((x*hashA[i] + hashB[i]) >> 32); h < m[i] {
				m[i] = h
			}
		}
	}
}

// shingleText appends the shingle hashes of every line of at least
// minWords words to a reset buffer.
func (s *Shingler) shingleText(text string, minWords int) []uint64 {
	out := s.shingles[:0]
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		var n int
		s.words, n = lineWords(s.words[:0], line)
		if n < minWords {
			continue
		}
		out = appendShingles(out, s.words)
	}
	return out
}

// appendShingles appends one hash per run of Shingle consecutive words.
func appendShingles(out, words []uint64) []uint64 {
	for i := 0; i+Shingle <= len(words); i++ {
		h := words[i]
		for _, w := range words[i+1 : i+Shingle] {
			h = splitmix(bits.RotateLeft64(h, 17) ^ w)
		}
		out = append(out, h)
	}
	return out
}

// Jaccard estimates the Jaccard similarity of the two shingle sets.
func Jaccard(a, b *Sig) float64 {
	if a.N == 0 || b.N == 0 {
		return 0
	}
	return float64(equalMins(a, b)) / NumHashes
}

// equalMins counts the hash positions where two signatures agree.
func equalMins(a, b *Sig) int {
	eq := 0
	for i := range a.Min {
		if a.Min[i] == b.Min[i] {
			eq++
		}
	}
	return eq
}

// Similar is the verified similarity of two signatures: the larger of their
// estimated Jaccard similarity and the estimated share of the smaller text's
// shingles found in the other (containment), so that a copy with paragraphs
// dropped or page junk added still scores high. Containment is only trusted
// when the Jaccard estimate is clearly above noise.
func Similar(a, b *Sig) float64 {
	if a.N == 0 || b.N == 0 {
		return 0
	}
	eq := equalMins(a, b)
	return similarity(eq, a.N, b.N)
}

// similarity is Similar of two signatures of na and nb shingles that agree
// on eq of their NumHashes values. It never falls when eq grows, which is
// what lets Sketch filter with truncated values.
func similarity(eq int, na, nb int32) float64 {
	j := float64(eq) / NumHashes
	if j < 0.1 {
		return j
	}
	fa, fb := float64(na), float64(nb)
	c := j * (fa + fb) / ((1 + j) * min(fa, fb))
	return min(max(j, c), 1)
}

// BandKeys are the LSH bucket keys of the signature, one per band; the band
// number is mixed in so equal values in different bands do not collide.
func (s *Sig) BandKeys() [Bands]uint64 {
	var keys [Bands]uint64
	for b := range keys {
		h := uint64(b+1) * 0x9e3779b97f4a7c15
		for _, v := range s.Min[b*Rows : (b+1)*Rows] {
			h = splitmix(h ^ uint64(v))
		}
		keys[b] = h
	}
	return keys
}

// MarshalBinary encodes the signature as 4+4*NumHashes little-endian bytes.
func (s *Sig) MarshalBinary() ([]byte, error) {
	b := make([]byte, 4+4*NumHashes)
	binary.LittleEndian.PutUint32(b, uint32(s.N))
	for i, v := range s.Min {
		binary.LittleEndian.PutUint32(b[4+4*i:], v)
	}
	return b, nil
}

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Sig) UnmarshalBinary(b []byte) error {
	if len(b) != 4+4*NumHashes {
		return errors.New("dedup: signature: wrong length")
	}
	s.N = int32(binary.LittleEndian.Uint32(b))
	for i := range s.Min {
		s.Min[i] = binary.LittleEndian.Uint32(b[4+4*i:])
	}
	return nil
}
