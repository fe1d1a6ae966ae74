package dedup

import (
	"slices"
)

// Sketch is a compact in-memory LSH index of many signatures, for a store
// that keeps the full signatures on disk. Per entry it keeps the entry's
// sequence number, its shingle count, the low byte of each MinHash value and
// a 32-bit fingerprint of each band key: about 480 bytes, a third of an
// Entry in Memory.
//
// Candidates reports every entry that could be a near duplicate: the
// truncated values agree at least wherever the full ones do, and the
// fingerprints wherever the band keys do, so the report is a superset of
// the entries that Find on a Memory index of the full signatures would
// accept. The caller verifies them with the full signatures.
//
// Band fingerprints are kept in sorted runs of (fingerprint<<32 | entry)
// values: a large main run, a smaller fresh run merged into it when it
// reaches an eighth of its size, and the entries added since the last
// lookup, sorted into fresh by the next lookup. A Sketch is not safe for
// concurrent use.
type Sketch struct {
	seqs    []int64
	counts  []int32
	lows    [][]byte // chunks of sketchChunk entries × NumHashes low bytes
	main    []uint64
	fresh   []uint64
	pending []uint64
	found   []uint32 // scratch: entries found by one lookup
}

// sketchChunk is the number of entries per chunk of low bytes; chunks keep
// growth from copying all of them.
const sketchChunk = 4096

// NewSketch makes an empty sketch index.
func NewSketch() *Sketch { return &Sketch{} }

// Len is the number of indexed entries.
func (x *Sketch) Len() int { return len(x.seqs) }

// Bytes is the approximate memory the index holds.
func (x *Sketch) Bytes() int64 {
	n := int64(cap(x.seqs))*8 + int64(cap(x.counts))*4 + int64(len(x.lows))*sketchChunk*NumHashes
	return n + int64(cap(x.main)+cap(x.fresh)+cap(x.pending))*8
}

// Add indexes s under seq; a zero signature is ignored. The index holds at
// most 1<<32 entries.
func (x *Sketch) Add(seq int64, s *Sig) {
	if s.N == 0 {
		return
	}
	i := len(x.seqs)
	x.seqs = append(x.seqs, seq)
	x.counts = append(x.counts, s.N)
	if i%sketchChunk == 0 {
		x.lows = append(x.lows, make([]byte, 0, sketchChunk*NumHashes))
	}
	c := &x.lows[len(x.lows)-1]
	for _, v := range s.Min {
		*c = append(*c, byte(v))
	}
	for _, k := range s.BandKeys() {
		x.pending = append(x.pending, k>>32<<32|uint64(i))
	}
}

// Candidates calls fn with the sequence number of every entry that shares a
// band fingerprint with s and whose similarity, computed on the truncated
// values, reaches threshold; each entry once, in the order of addition.
func (x *Sketch) Candidates(s *Sig, threshold float64, fn func(seq int64)) {
	if s.N == 0 || len(x.seqs) == 0 {
		return
	}
	x.settle()
	x.found = x.found[:0]
	for _, k := range s.BandKeys() {
		x.found = appendRun(x.found, x.main, k>>32)
		x.found = appendRun(x.found, x.fresh, k>>32)
	}
	slices.Sort(x.found)
	var low [NumHashes]byte
	for i, v := range s.Min {
		low[i] = byte(v)
	}
	for _, i := range slices.Compact(x.found) {
		if x.similar(&low, s.N, i) >= threshold {
			fn(x.seqs[i])
		}
	}
}

// similar is the similarity of entry i to a signature with low bytes low
// and n shingles, computed on the low bytes.
func (x *Sketch) similar(low *[NumHashes]byte, n int32, i uint32) float64 {
	off := int(i%sketchChunk) * NumHashes
	l := x.lows[i/sketchChunk][off : off+NumHashes]
	eq := 0
	for j, b := range l {
		if b == low[j] {
			eq++
		}
	}
	return similarity(eq, n, x.counts[i])
}

// appendRun appends the entries of the sorted run with fingerprint fp.
func appendRun(out []uint32, run []uint64, fp uint64) []uint32 {
	i, _ := slices.BinarySearch(run, fp<<32)
	for ; i < len(run) && run[i]>>32 == fp; i++ {
		out = append(out, uint32(run[i]))
	}
	return out
}

// settle sorts the pending fingerprints into fresh, and fresh into main
// once it holds an eighth as many.
func (x *Sketch) settle() {
	if len(x.pending) > 0 {
		slices.Sort(x.pending)
		x.fresh = mergeRuns(x.fresh, x.pending)
		x.pending = x.pending[:0]
	}
	if len(x.fresh) > len(x.main)/8 {
		x.main = mergeRuns(x.main, x.fresh)
		x.fresh = x.fresh[:0]
	}
}

// mergeRuns merges the sorted run src into the sorted run dst in place,
// from the back, growing dst by len(src).
func mergeRuns(dst, src []uint64) []uint64 {
	n, m := len(dst), len(src)
	dst = slices.Grow(dst, m)[:n+m]
	i, j := n-1, m-1
	for k := n + m - 1; j >= 0; k-- {
		if i >= 0 && dst[i] > src[j] {
			dst[k] = dst[i]
			i--
		} else {
			dst[k] = src[j]
			j--
		}
	}
	return dst
}
