package dedup

import (
	"github.com/dyad-project/dyad/internal/doc"
)

// Entry is one indexed article.
type Entry struct {
	Key string // unique key (the store's content hash; the ID in a batch)
	ID  string // document ID, what duplicate_of names
	Seq int64  // insertion order: lower is earlier
	// RootKey and RootID name the earliest copy when the article is itself a
	// duplicate; both are empty for an original.
	RootKey, RootID string
	RootSeq         int64
	Sig             Sig
}

// root is the entry's earliest copy: its root or itself.
func (e *Entry) root() (key, id string, seq int64) {
	if e.RootKey != "" {
		return e.RootKey, e.RootID, e.RootSeq
	}
	return e.Key, e.ID, e.Seq
}

// Match is a verified near duplicate, resolved to the earliest copy.
type Match struct {
	Key, ID string  // the earliest copy (an original)
	Seq     int64   // its insertion order
	Sim     float64 // verified similarity to the matched entry
}

// Index finds articles sharing an LSH band with a signature.
type Index interface {
	// Candidates calls fn for every indexed entry sharing at least one
	// band key with s (an entry may be reported more than once).
	Candidates(s *Sig, fn func(*Entry)) error
	// Add indexes e; entries with a zero signature are ignored.
	Add(e Entry) error
}

// Find verifies the candidates of s in ix and returns the earliest original
// among those with Similar(s, candidate) >= threshold.
func Find(ix Index, s *Sig, threshold float64) (Match, bool, error) {
	return FindFunc(ix, s, threshold, nil)
}

// FindFunc is Find ignoring candidates (and copies of candidates) whose key
// skip reports true; skip may be nil.
func FindFunc(ix Index, s *Sig, threshold float64, skip func(key string) bool) (Match, bool, error) {
	var best Match
	found := false
	if s.N == 0 {
		return best, false, nil
	}
	err := ix.Candidates(s, func(e *Entry) {
		if skip != nil && skip(e.Key) {
			return
		}
		sim := Similar(s, &e.Sig)
		if sim < threshold {
			return
		}
		key, id, seq := e.root()
		if skip != nil && skip(key) {
			return
		}
		m := Match{Key: key, ID: id, Seq: seq, Sim: sim}
		if !found || earlier(m, best) {
			best, found = m, true
		}
	})
	return best, found, err
}

// earlier orders matches by sequence, then key; a tie on the same
// original keeps the higher similarity.
func earlier(a, b Match) bool {
	if a.Key == b.Key {
		return a.Sim > b.Sim
	}
	if a.Seq != b.Seq {
		return a.Seq < b.Seq
	}
	return a.Key < b.Key
}

// Memory is an in-memory Index. The zero value is not ready; use NewMemory.
type Memory struct {
	buckets map[uint64][]int32
	entries []Entry
	byKey   map[string]int32
}

// NewMemory makes an empty in-memory index.
func NewMemory() *Memory {
	return &Memory{buckets: map[uint64][]int32{}, byKey: map[string]int32{}}
}

// Len is the number of indexed entries.
func (m *Memory) Len() int { return len(m.entries) }

// Candidates implements Index.
func (m *Memory) Candidates(s *Sig, fn func(*Entry)) error {
	for _, k := range s.BandKeys() {
		for _, i := range m.buckets[k] {
			fn(&m.entries[i])
		}
	}
	return nil
}

// Add implements Index; re-adding a key is a no-op.
func (m *Memory) Add(e Entry) error {
	if e.Sig.N == 0 {
		return nil
	}
	if _, ok := m.byKey[e.Key]; ok {
		return nil
	}
	i := int32(len(m.entries))
	m.entries = append(m.entries, e)
	m.byKey[e.Key] = i
	for _, k := range e.Sig.BandKeys() {
		m.buckets[k] = append(m.buckets[k], i)
	}
	return nil
}

// Entry returns the indexed entry with key.
func (m *Memory) Entry(key string) (*Entry, bool) {
	i, ok := m.byKey[key]
	if !ok {
		return nil, false
	}
	return &m.entries[i], true
}

// Batch marks near duplicates within one run of documents (dyad analyze):
// each document is compared with every earlier one.
type Batch struct {
	ix        *Memory
	seq       int64
	Threshold float64 // verified similarity needed; NewBatch sets Threshold
}

// NewBatch makes an empty batch.
func NewBatch() *Batch { return &Batch{ix: NewMemory(), Threshold: Threshold} }

// Check compares d's body with the documents checked before it and adds d
// to the batch. dupOf is the ID of the earliest near-identical document
// ("" when d is new) and sim the verified similarity. Check does not change
// d; Mark does. Documents without an ID are keyed by their position.
func (b *Batch) Check(d *doc.Document) (dupOf string, sim float64) {
	sig := Signature(d.Text)
	b.seq++
	e := Entry{Key: d.ID, ID: d.ID, Seq: b.seq, Sig: sig}
	if e.Key == "" {
		e.Key = "#" + itoa(b.seq)
	}
	m, ok, _ := Find(b.ix, &sig, b.Threshold)
	if ok {
		e.RootKey, e.RootID, e.RootSeq = m.Key, m.ID, m.Seq
	}
	_ = b.ix.Add(e)
	switch {
	case !ok:
		return "", 0
	case m.ID == "":
		return m.Key, m.Sim
	}
	return m.ID, m.Sim
}

// Mark runs Check and sets d.DuplicateOf when d is a near duplicate and has
// no DuplicateOf yet; it reports whether d is a duplicate.
func (b *Batch) Mark(d *doc.Document) bool {
	dup, _ := b.Check(d)
	if dup != "" && d.DuplicateOf == "" {
		d.DuplicateOf = dup
	}
	return dup != ""
}

// itoa formats a non-negative number.
func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}
