package store

import (
	"slices"
	"time"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/doc"
)

// Story threads: every stored document joins one thread (thread_docs,
// documents.thread_id). A near duplicate joins its original's thread; any
// other document joins the best-scoring thread (dedup.Thread.Score: shared
// actors and dyads plus similarity to the thread's latest article, decayed
// with the gap in days) when the score reaches dedup.ThreadThreshold, else
// it starts a new thread. threads rows hold thread_id, label (dominant
// actors and event kinds), first_date, last_date, n_docs, n_events, the
// actor and kind counts, the dyads and the doc_no of the latest article.

// features is what thread assignment uses of d.
func features(d *doc.Document, sig *dedup.Sig, now time.Time) *dedup.Features {
	f := &dedup.Features{Sig: sig, Date: now.Truncate(24 * time.Hour)}
	if t, ok := d.Date.Time(); ok {
		f.Date = t
	}
	if sig.N == 0 {
		f.Sig = nil
	}
	for i := range d.Events {
		e := &d.Events[i]
		s, t := actorCode(e.Source), actorCode(e.Target)
		f.Actors = append(f.Actors, s, t)
		if s != "" && t != "" && s != t {
			f.Dyads = append(f.Dyads, dedup.Dyad(s, t))
		}
		kind := e.PLOVER
		if kind == "" {
			kind = cameoRoot(e.CAMEO)
		}
		f.Kinds = append(f.Kinds, validUTF8(kind))
	}
	for _, e := range d.Entities {
		f.Actors = append(f.Actors, validUTF8(e.Code))
	}
	f.Actors = distinct(f.Actors)
	f.Dyads = distinct(f.Dyads)
	return f
}

// distinct sorts l and drops duplicates and empty strings.
func distinct(l []string) []string {
	slices.Sort(l)
	l = slices.Compact(l)
	if len(l) > 0 && l[0] == "" {
		l = l[1:]
	}
	return l
}

// linkThread puts d into a thread and buffers its thread_docs row.
func (w *writer) linkThread(d *doc.Document, ref docRef, sig *dedup.Sig, dupKey string) (int64, error) {
	l := &w.link
	f := features(d, sig, w.now)
	var t *dedup.Thread
	score := 1.0
	if id, ok := l.threadOf[dupKey]; ok && dupKey != "" {
		t = l.threads[id]
	}
	if t == nil {
		t, score = dedup.Best(l.tlist, f)
	}
	if t == nil {
		w.lastThread++
		t, score = dedup.NewThread(w.lastThread, f, ref.no), 1
		l.addThread(t)
	} else {
		t.Add(f, ref.no)
	}
	l.threadOf[ref.key] = t.ID
	err := w.apps["thread_docs"].AppendRow(t.ID, ref.key, ref.no, f.Date, score)
	return t.ID, err
}

// threadRow is the threads row of t.
func threadRow(t *dedup.Thread) []any {
	t.Trim()
	actors := dedup.Ranked(t.Actors, len(t.Actors))
	kinds := dedup.Ranked(t.Kinds, len(t.Kinds))
	dyads := make([]string, 0, len(t.Dyads))
	for k := range t.Dyads {
		dyads = append(dyads, k)
	}
	slices.Sort(dyads)
	return []any{t.ID, t.Label(), t.First, t.Last, int32(t.Docs), int32(t.Events),
		actors, counts(actors, t.Actors), kinds, counts(kinds, t.Kinds), dyads, t.LastDoc}
}

// counts is the count of each key, in keys' order.
func counts(keys []string, m map[string]int) []int32 {
	out := make([]int32, len(keys))
	for i, k := range keys {
		out[i] = int32(m[k])
	}
	return out
}
