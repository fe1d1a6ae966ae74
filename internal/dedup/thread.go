package dedup

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"time"
)

// Story-thread scoring parameters.
const (
	// ThreadWindow is how long after its last article a thread can grow.
	ThreadWindow = 30 * 24 * time.Hour
	// ThreadHalfLife halves a thread's pull every this many days of gap.
	ThreadHalfLife = 7.0
	// ThreadThreshold is the score an article needs to join a thread.
	ThreadThreshold = 0.35
	// maxThreadActors caps the actors a thread remembers.
	maxThreadActors = 30
)

// Features are what thread assignment knows of an article.
type Features struct {
	Actors []string // distinct actor codes (events and entities)
	Dyads  []string // distinct undirected actor pairs "A|B" of its events
	Kinds  []string // event types (PLOVER) of its events, with repeats
	Sig    *Sig
	Date   time.Time
}

// Dyad is the undirected pair key of two actor codes.
func Dyad(a, b string) string {
	if a > b {
		a, b = b, a
	}
	return a + "|" + b
}

// Thread is the state of a story thread.
type Thread struct {
	ID            int64
	First, Last   time.Time
	Docs, Events  int
	Actors, Kinds map[string]int
	Dyads         map[string]bool
	LastSig       *Sig // signature of its latest article, nil if none
	LastDoc       int64
	Dirty         bool // changed since loaded
}

// NewThread starts a thread from its first article.
func NewThread(id int64, f *Features, docNo int64) *Thread {
	t := &Thread{ID: id, First: f.Date, Last: f.Date, Actors: map[string]int{}, Kinds: map[string]int{},
		Dyads: map[string]bool{}}
	t.Add(f, docNo)
	return t
}

// Add puts an article into the thread.
func (t *Thread) Add(f *Features, docNo int64) {
	t.Docs++
	t.Events += len(f.Kinds)
	for _, a := range f.Actors {
		t.Actors[a]++
	}
	for _, k := range f.Kinds {
		t.Kinds[k]++
	}
	for _, d := range f.Dyads {
		t.Dyads[d] = true
	}
	if f.Date.Before(t.First) {
		t.First = f.Date
	}
	if !f.Date.Before(t.Last) {
		t.Last, t.LastSig, t.LastDoc = f.Date, f.Sig, docNo
	}
	t.Dirty = true
}

// Score is how well an article fits the thread, 0 to 1: actor overlap (0.4),
// dyad overlap (0.3) and content similarity to its latest article (0.3),
// decayed exponentially with the days between the article and the thread's
// nearest end. It is 0 outside ThreadWindow or without a shared actor,
// dyad or similar text.
func (t *Thread) Score(f *Features) float64 {
	gap := max(f.Date.Sub(t.Last), t.First.Sub(f.Date), 0)
	if gap > ThreadWindow {
		return 0
	}
	actors := overlap(f.Actors, func(a string) bool { return t.Actors[a] > 0 }, len(t.Actors))
	dyads := overlap(f.Dyads, func(d string) bool { return t.Dyads[d] }, len(t.Dyads))
	content := 0.0
	if t.LastSig != nil && f.Sig != nil {
		content = Similar(f.Sig, t.LastSig)
	}
	s := 0.4*actors + 0.3*dyads + 0.3*content
	return s * math.Exp2(-gap.Hours()/24/ThreadHalfLife)
}

// overlap is |A∩B| / min(|A|, |B|), 0 when either is empty.
func overlap(a []string, inB func(string) bool, nb int) float64 {
	if len(a) == 0 || nb == 0 {
		return 0
	}
	n := 0
	for _, x := range a {
		if inB(x) {
			n++
		}
	}
	return float64(n) / float64(min(len(a), nb))
}

// Ranked is the keys of counts by falling count (then name), at most n.
func Ranked(counts map[string]int, n int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if c := cmp.Compare(counts[b], counts[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return keys[:min(n, len(keys))]
}

// Trim keeps the thread's maxThreadActors most frequent actors.
func (t *Thread) Trim() {
	if len(t.Actors) <= maxThreadActors {
		return
	}
	keep := Ranked(t.Actors, maxThreadActors)
	m := make(map[string]int, len(keep))
	for _, k := range keep {
		m[k] = t.Actors[k]
	}
	t.Actors = m
}

// Label names the thread by its two dominant actors and event kinds:
// "FRD, RUR: ACCUSE, CONSULT".
func (t *Thread) Label() string {
	l := strings.Join(Ranked(t.Actors, 2), ", ")
	if k := Ranked(t.Kinds, 2); len(k) > 0 {
		if l != "" {
			l += ": "
		}
		l += strings.Join(k, ", ")
	}
	if l == "" {
		return "(no actors)"
	}
	return l
}

// Best is the thread of threads that f fits best with a score of at least
// ThreadThreshold, or nil; ties go to the lower id.
func Best(threads []*Thread, f *Features) (*Thread, float64) {
	var best *Thread
	bs := 0.0
	for _, t := range threads {
		s := t.Score(f)
		if s >= ThreadThreshold && (best == nil || s > bs || s == bs && t.ID < best.ID) {
			best, bs = t, s
		}
	}
	return best, bs
}
