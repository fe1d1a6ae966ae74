package store

import (
	"time"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/doc"
)

// Near duplicates, event groups and story threads (tables of migration 5).
//
// Every stored document is given a MinHash signature (minhash_sigs). The
// store keeps an in-memory LSH index of all committed signatures
// (dedup.Sketch, loaded from minhash_sigs by the first write and extended
// after each commit). Before a batch, the writer asks it for the stored
// documents that may be near duplicates of the batch's, loads their full
// signatures, the event groups the batch's events may join and the threads
// its articles may continue (prefetch.go); each document is then decided in
// memory in input order, and every row is written in the batch's
// transaction, so a crash leaves counts consistent.
//
// A near duplicate (verified similarity >= dedup.Threshold to an earlier
// document, the previous version of its own URL excepted) gets duplicate_of
// = the ID of the earliest copy and duplicate_key = its doc_key. Its events
// are stored like any other (the evidence stays queryable, flagged through
// the document), but they never create an event group: each joins the
// compatible group of its original's events, or stays unlinked. It joins
// its original's thread.
//
// Event groups: an event that is neither negated, hypothetical nor
// historical and has a date (its own, else the document's) joins the
// nearest-dated compatible group (dedup.SameEvent against the group's first
// report) or starts one. num_articles, num_sources and num_mentions count
// distinct documents, distinct outlets (documents.source, kept in outlets)
// and linked event rows, near duplicates included; they are kept in memory
// for the groups a transaction touches and written at commit. A superseded
// document version's links are removed and its groups recounted from
// event_links.

// docLinks are the documents columns decided by linking.
type docLinks struct {
	dupKey string
	thread int64
}

// linkState is what the open transaction knows of the index, groups and
// threads.
type linkState struct {
	sigs     map[string]*dedup.Sig // signatures of the batch's documents
	ix       *dedup.Memory
	groupsOf map[string][]*group // doc key → groups its events joined
	byDyad   map[string][]*group // dedup.EventKey.DyadKey → groups
	groups   map[int64]*group
	glist    []*group       // groups in load/creation order
	recount  map[int64]bool // groups to recount from event_links (superseded versions)
	rethread map[int64]bool // threads to recount from thread_docs (superseded versions)
	threadOf map[string]int64
	threads  map[int64]*dedup.Thread
	tlist    []*dedup.Thread // threads in load/creation order
}

// newLinkState is an empty state for a new transaction.
func newLinkState() linkState {
	return linkState{sigs: map[string]*dedup.Sig{}, ix: dedup.NewMemory(), groupsOf: map[string][]*group{},
		byDyad: map[string][]*group{}, groups: map[int64]*group{}, recount: map[int64]bool{}, rethread: map[int64]bool{},
		threadOf: map[string]int64{}, threads: map[int64]*dedup.Thread{}}
}

// sig is d's signature, computed once per transaction.
func (l *linkState) sig(d *doc.Document) *dedup.Sig {
	s := l.sigs[d.ContentHash]
	if s == nil {
		v := dedup.Signature(d.Text)
		s = &v
		l.sigs[d.ContentHash] = s
	}
	return s
}

// addGroup makes g known to the transaction.
func (l *linkState) addGroup(g *group) {
	if l.groups[g.id] != nil {
		return
	}
	l.groups[g.id] = g
	l.glist = append(l.glist, g)
	k := g.key.DyadKey()
	l.byDyad[k] = append(l.byDyad[k], g)
}

// addThread makes t known to the transaction.
func (l *linkState) addThread(t *dedup.Thread) {
	if l.threads[t.ID] != nil {
		return
	}
	l.threads[t.ID] = t
	l.tlist = append(l.tlist, t)
}

// linkDoc decides d's duplicate status, event groups and thread and buffers
// the index, link and thread rows. prev is the key of the version d
// supersedes ("" for none).
func (w *writer) linkDoc(d *doc.Document, ref docRef, prev string) (docLinks, error) {
	l := &w.link
	t0 := time.Now()
	sig := l.sig(d)
	m, dup, _ := dedup.FindFunc(l.ix, sig, dedup.Threshold, func(k string) bool { return k == prev })
	w.dupTime += time.Since(t0)
	w.dupDocs++
	var out docLinks
	e := dedup.Entry{Key: ref.key, ID: docID(d, ref), Seq: ref.no, Sig: *sig}
	if dup {
		out.dupKey = m.Key
		e.RootKey, e.RootID, e.RootSeq = m.Key, m.ID, m.Seq
		if d.DuplicateOf == "" {
			d.DuplicateOf = m.ID
		}
	}
	if err := w.linkEvents(d, ref, out.dupKey); err != nil {
		return out, err
	}
	var err error
	if out.thread, err = w.linkThread(d, ref, sig, out.dupKey); err != nil {
		return out, err
	}
	return out, w.appendSig(e, out.thread)
}

// docID is the ID a document is stored under.
func docID(d *doc.Document, r docRef) string {
	if d.ID != "" {
		return validUTF8(d.ID)
	}
	return r.key[:16]
}

// appendSig indexes e in the transaction and buffers its rows.
func (w *writer) appendSig(e dedup.Entry, thread int64) error {
	if e.Sig.N == 0 {
		return nil
	}
	_ = w.link.ix.Add(e)
	blob, _ := e.Sig.MarshalBinary()
	var rootNo any
	if e.RootKey != "" {
		rootNo = e.RootSeq
	}
	if err := w.apps["minhash_sigs"].AppendRow(e.Seq, e.Key, e.ID, nullStr(e.RootKey),
		nullStr(e.RootID), rootNo, blob, thread); err != nil {
		return err
	}
	w.indexed = append(w.indexed, indexedSig{e.Seq, &e.Sig})
	return nil
}

// eventKey is the merge key of e, false for events that are never merged
// (negated, hypothetical, historical or undated).
func eventKey(d *doc.Document, e *doc.Event) (dedup.EventKey, bool) {
	if e.Negated || e.Hypothetical || e.Historical {
		return dedup.EventKey{}, false
	}
	t, ok := eventDate(d, e)
	k := dedup.EventKey{Source: actorCode(e.Source), Target: actorCode(e.Target), CAMEO: e.CAMEO, Date: t}
	return k, ok && e.CAMEO != ""
}

// eventDate is the event's date, else its document date, else the
// document's.
func eventDate(d *doc.Document, e *doc.Event) (time.Time, bool) {
	for _, x := range []doc.Date{e.Date, e.DocDate, d.Date} {
		if t, ok := x.Time(); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// actorCode is the actor's code, "" when missing.
func actorCode(a *doc.ActorRef) string {
	if a == nil {
		return ""
	}
	return validUTF8(a.Code)
}
