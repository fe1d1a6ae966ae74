package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"time"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/doc"
)

// Queries of the linking state (see link.go).
const (
	sqlLastGroup  = `SELECT coalesce(max(group_id), 0) FROM event_groups`
	sqlLastThread = `SELECT coalesce(max(thread_id), 0) FROM threads`
	sqlSketch     = `SELECT doc_no, sig FROM minhash_sigs`
	sqlCandidates = `SELECT doc_no, doc_key, id, root_key, root_id, root_no, sig, thread_id
		FROM minhash_sigs WHERE doc_no IN (SELECT unnest($1::BIGINT[]))`
	sqlGroups = `SELECT group_id, source_code, target_code, cameo, date, rep_event_id, num_articles,
		num_sources, num_mentions, first_seen, last_seen, outlets FROM event_groups
		WHERE (dyad_key IN (SELECT unnest($1::VARCHAR[])) AND date BETWEEN $2 AND $3)
		OR group_id IN (SELECT group_id FROM event_links WHERE doc_no IN (SELECT unnest($4::BIGINT[])))`
	sqlLinks = `SELECT doc_key, group_id FROM event_links
		WHERE doc_no IN (SELECT unnest($1::BIGINT[])) ORDER BY doc_no, event_id`
	sqlThreads = `SELECT t.thread_id, t.first_date, t.last_date, t.n_docs, t.n_events, t.actors,
		t.actor_counts, t.kinds, t.kind_counts, t.dyads, t.last_doc, s.sig
		FROM threads t LEFT JOIN minhash_sigs s ON s.doc_no = t.last_doc
		WHERE (t.last_date >= $1 AND t.first_date <= $2 AND list_has_any(t.actors, $3::VARCHAR[]))
		OR t.thread_id IN (SELECT unnest($4::BIGINT[]))`
	sqlGroupCounts = `UPDATE event_groups AS g SET num_articles = c.a, num_sources = c.s,
		num_mentions = c.m, first_seen = c.f, last_seen = c.l, outlets = c.o
		FROM (SELECT group_id, count(DISTINCT doc_key) AS a, count(DISTINCT outlet) AS s,
			count(*) AS m, min(doc_date) AS f, max(doc_date) AS l, list(DISTINCT outlet ORDER BY outlet) AS o
			FROM event_links WHERE group_id IN (SELECT unnest($1::BIGINT[])) GROUP BY group_id) AS c
		WHERE g.group_id = c.group_id`
	sqlGroupDrop = `DELETE FROM event_groups WHERE group_id IN (SELECT unnest($1::BIGINT[]))
		AND group_id NOT IN (SELECT group_id FROM event_links WHERE group_id IN (SELECT unnest($1::BIGINT[])))`
	sqlUnlink       = `DELETE FROM event_links WHERE doc_key = $1 RETURNING group_id`
	sqlThreadDelete = `DELETE FROM threads WHERE thread_id IN (SELECT unnest($1::BIGINT[]))`
	sqlGroupDelete  = `DELETE FROM event_groups WHERE group_id IN (SELECT unnest($1::BIGINT[]))`
	sqlThreadUnlink = `DELETE FROM thread_docs WHERE doc_key = $1 RETURNING thread_id`
	sqlThreadCounts = `UPDATE threads AS t SET n_docs = c.n
		FROM (SELECT thread_id, count(*) AS n FROM thread_docs
			WHERE thread_id IN (SELECT unnest($1::BIGINT[])) GROUP BY thread_id) AS c
		WHERE t.thread_id = c.thread_id`
	sqlThreadDrop = `DELETE FROM threads WHERE thread_id IN (SELECT unnest($1::BIGINT[]))
		AND thread_id NOT IN (SELECT thread_id FROM thread_docs WHERE thread_id IN (SELECT unnest($1::BIGINT[])))`
)

// linkQueries are prepared with the writer.
var linkQueries = []string{sqlLastGroup, sqlLastThread, sqlSketch, sqlCandidates, sqlGroups, sqlLinks,
	sqlThreads, sqlGroupCounts, sqlGroupDrop, sqlUnlink, sqlThreadDelete, sqlGroupDelete,
	sqlThreadUnlink, sqlThreadCounts, sqlThreadDrop}

// batchKeys is what the new documents of a batch look up.
type batchKeys struct {
	dyads, actors []string
	lo, hi        time.Time // event and document date range
	seenD         map[string]bool
	anyDate       bool
}

// add collects d's lookup keys.
func (k *batchKeys) add(d *doc.Document, sig *dedup.Sig, now time.Time) {
	f := features(d, sig, now)
	k.widen(f.Date)
	k.actors = append(k.actors, f.Actors...)
	for i := range d.Events {
		ek, ok := eventKey(d, &d.Events[i])
		if ok && !k.seenD[ek.DyadKey()] {
			k.seenD[ek.DyadKey()] = true
			k.dyads = append(k.dyads, ek.DyadKey())
		}
		if ok {
			k.widen(ek.Date)
		}
	}
}

// widen extends the date range to t.
func (k *batchKeys) widen(t time.Time) {
	if !k.anyDate || t.Before(k.lo) {
		k.lo = t
	}
	if !k.anyDate || t.After(k.hi) {
		k.hi = t
	}
	k.anyDate = true
}

// prefetch loads the index entries, groups and threads that the batch's
// new documents may link to.
func (w *writer) prefetch(ctx context.Context, docs []*doc.Document) error {
	k := batchKeys{seenD: map[string]bool{}}
	var fresh []*doc.Document
	for _, d := range docs {
		if d == nil || d.Title == "" && d.Text == "" || w.known[d.ContentHash] {
			continue
		}
		fresh = append(fresh, d)
	}
	if len(fresh) == 0 {
		return nil
	}
	t0 := time.Now()
	cands := w.candidates(fresh)
	nos, threadIDs, err := w.loadCandidates(ctx, cands)
	if err != nil {
		return fmt.Errorf("load near-duplicate candidates: %w", err)
	}
	w.dupTime += time.Since(t0)
	for _, d := range fresh {
		k.add(d, w.link.sig(d), w.now)
	}
	if err := w.loadGroups(ctx, &k, nos); err != nil {
		return fmt.Errorf("load event groups: %w", err)
	}
	if err := w.loadThreads(ctx, &k, threadIDs); err != nil {
		return fmt.Errorf("load threads: %w", err)
	}
	return nil
}

// candidates are the doc_nos of the stored documents that the in-memory
// index reports as possible near duplicates of the new documents.
func (w *writer) candidates(docs []*doc.Document) []int64 {
	seen := map[int64]bool{}
	var nos []int64
	for _, d := range docs {
		w.ix.Candidates(w.link.sig(d), dedup.Threshold, func(no int64) {
			if !seen[no] {
				seen[no] = true
				nos = append(nos, no)
			}
		})
	}
	return nos
}

// loadCandidates indexes the stored signatures of cands for the
// transaction and returns their doc_nos (and their roots') and thread ids.
// Only near-duplicate candidates matter: the groups and threads any other
// document could join are loaded by their dyads, dates and actors.
func (w *writer) loadCandidates(ctx context.Context, cands []int64) (nos, threads []int64, err error) {
	if len(cands) == 0 {
		return nil, nil, nil
	}
	l := &w.link
	var bad error
	err = w.query(ctx, sqlCandidates, []any{cands}, func(r []driver.Value) {
		e := dedup.Entry{Seq: r[0].(int64), Key: r[1].(string), ID: r[2].(string)}
		if err := e.Sig.UnmarshalBinary(r[6].([]byte)); err != nil {
			bad = fmt.Errorf("signature of %s: %w", e.Key, err)
			return
		}
		nos = append(nos, e.Seq)
		if t, ok := r[7].(int64); ok {
			l.threadOf[e.Key] = t
			threads = append(threads, t)
		}
		if r[3] != nil { // a copy is in its root's thread
			e.RootKey, e.RootID, e.RootSeq = r[3].(string), r[4].(string), r[5].(int64)
			nos = append(nos, e.RootSeq)
			if t, ok := r[7].(int64); ok && l.threadOf[e.RootKey] == 0 {
				l.threadOf[e.RootKey] = t
			}
		}
		_ = l.ix.Add(e)
	})
	if err == nil {
		err = bad
	}
	return nos, threads, err
}

// loadIndex reads every stored signature into a new in-memory index.
func (w *writer) loadIndex(ctx context.Context) (*dedup.Sketch, error) {
	ix := dedup.NewSketch()
	var sig dedup.Sig
	var bad error
	err := w.query(ctx, sqlSketch, nil, func(r []driver.Value) {
		if err := sig.UnmarshalBinary(r[1].([]byte)); err != nil {
			bad = fmt.Errorf("signature of document %d: %w", r[0].(int64), err)
			return
		}
		ix.Add(r[0].(int64), &sig)
	})
	if err == nil {
		err = bad
	}
	if err != nil {
		return nil, fmt.Errorf("load near-duplicate index: %w", err)
	}
	return ix, nil
}

// loadGroups loads the groups the batch's events may join and the groups
// of the candidate documents.
func (w *writer) loadGroups(ctx context.Context, k *batchKeys, nos []int64) error {
	if len(k.dyads) == 0 && len(nos) == 0 {
		return nil
	}
	l := &w.link
	lo, hi := k.lo.AddDate(0, 0, -1), k.hi.AddDate(0, 0, 1)
	err := w.query(ctx, sqlGroups, []any{k.dyads, lo, hi, nos}, func(r []driver.Value) {
		l.addGroup(scanGroup(r))
	})
	if err != nil || len(nos) == 0 {
		return err
	}
	return w.query(ctx, sqlLinks, []any{nos}, func(r []driver.Value) {
		key := r[0].(string)
		if g := l.groups[r[1].(int64)]; g != nil {
			l.groupsOf[key] = append(l.groupsOf[key], g)
		}
	})
}

// loadThreads loads the threads within the time window of the batch that
// share an actor with it, and the threads of candidate documents.
func (w *writer) loadThreads(ctx context.Context, k *batchKeys, ids []int64) error {
	lo, hi := k.lo.Add(-dedup.ThreadWindow), k.hi.Add(dedup.ThreadWindow)
	actors := distinct(k.actors)
	if len(actors) == 0 && len(ids) == 0 {
		return nil
	}
	var bad error
	err := w.query(ctx, sqlThreads, []any{lo, hi, actors, ids}, func(r []driver.Value) {
		t, err := scanThread(r)
		if err != nil {
			bad = err
			return
		}
		w.link.addThread(t)
	})
	if err == nil {
		err = bad
	}
	return err
}

// scanThread rebuilds a thread from a sqlThreads row.
func scanThread(r []driver.Value) (*dedup.Thread, error) {
	t := &dedup.Thread{ID: r[0].(int64), Docs: int(r[3].(int32)), Events: int(r[4].(int32)),
		Actors: countMap(r[5], r[6]), Kinds: countMap(r[7], r[8]), Dyads: map[string]bool{}, LastDoc: r[10].(int64)}
	t.First, _ = r[1].(time.Time)
	t.Last, _ = r[2].(time.Time)
	for _, d := range strList(r[9]) {
		t.Dyads[d] = true
	}
	if b, ok := r[11].([]byte); ok {
		t.LastSig = &dedup.Sig{}
		if err := t.LastSig.UnmarshalBinary(b); err != nil {
			return nil, fmt.Errorf("thread %d: latest signature: %w", t.ID, err)
		}
	}
	return t, nil
}

// countMap zips a VARCHAR[] and an INTEGER[] value into a map.
func countMap(keys, counts any) map[string]int {
	ks := strList(keys)
	cs, _ := counts.([]any)
	m := make(map[string]int, len(ks))
	for i, k := range ks {
		if i < len(cs) {
			n, _ := cs[i].(int32)
			m[k] = int(n)
		}
	}
	return m
}

// finishLinks writes changed event groups and threads inside the open
// transaction after the flush, then recounts the groups and threads of
// superseded versions from event_links and thread_docs.
func (w *writer) finishLinks(ctx context.Context) error {
	if err := w.finishGroups(ctx); err != nil {
		return err
	}
	if err := w.finishThreads(ctx); err != nil {
		return err
	}
	if err := w.recountSet(ctx, w.link.recount, sqlGroupCounts, sqlGroupDrop); err != nil {
		return fmt.Errorf("event groups of superseded versions: %w", err)
	}
	if err := w.recountSet(ctx, w.link.rethread, sqlThreadCounts, sqlThreadDrop); err != nil {
		return fmt.Errorf("threads of superseded versions: %w", err)
	}
	return nil
}

// recountSet runs the recount query and then the drop-if-empty query over
// the ids in set.
func (w *writer) recountSet(ctx context.Context, set map[int64]bool, recount, drop string) error {
	if len(set) == 0 {
		return nil
	}
	ids := make([]int64, 0, len(set))
	for id := range set {
		ids = append(ids, id)
	}
	if err := w.exec(ctx, recount, ids); err != nil {
		return fmt.Errorf("recount %d: %w", len(ids), err)
	}
	if err := w.exec(ctx, drop, ids); err != nil {
		return fmt.Errorf("drop emptied: %w", err)
	}
	return nil
}

// finishThreads replaces the rows of every changed thread.
func (w *writer) finishThreads(ctx context.Context) error {
	var ids []int64
	for _, t := range w.link.tlist {
		if t.Dirty {
			ids = append(ids, t.ID)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	if err := w.exec(ctx, sqlThreadDelete, ids); err != nil {
		return fmt.Errorf("rewrite %d threads: %w", len(ids), err)
	}
	app := w.apps["threads"]
	for _, t := range w.link.tlist {
		if !t.Dirty {
			continue
		}
		if err := app.AppendRow(values(threadRow(t))...); err != nil {
			return fmt.Errorf("thread %d: %w", t.ID, err)
		}
	}
	if err := app.Flush(); err != nil {
		return fmt.Errorf("write threads: %w", err)
	}
	return nil
}

// unlink removes the event links and thread membership of a superseded
// version and marks their groups and threads for recounting.
func (w *writer) unlink(ctx context.Context, key string) error {
	l := &w.link
	err := w.query(ctx, sqlUnlink, []any{key}, func(r []driver.Value) {
		l.recount[r[0].(int64)] = true
	})
	if err != nil {
		return err
	}
	return w.query(ctx, sqlThreadUnlink, []any{key}, func(r []driver.Value) {
		id := r[0].(int64)
		l.rethread[id] = true
		if t := l.threads[id]; t != nil && t.Docs > 0 {
			t.Docs--
			t.Dirty = true
		}
	})
}
