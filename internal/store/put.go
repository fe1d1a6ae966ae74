package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// Result is the outcome of writing one document of a batch.
type Result struct {
	Added bool  // the document was new and is now stored
	Err   error // why it was not stored; nil for added or already-present
}

// Put stores one analysed document with all its records in one transaction.
// It sets d.ContentHash when empty, and d.DuplicateOf (the ID of the
// earliest stored copy) when d is a near duplicate and had none; it also
// assigns its events to event groups and the document to a story thread
// (see link.go). A document whose hash is already stored
// is left alone (false, nil). A new hash at a stored URL becomes the next
// version of that URL. A document with Errors but no title or text is a
// failed input: its errors go to ingest_errors (each once, keyed on input,
// record and message) and Put returns (false, nil).
func (s *Store) Put(ctx context.Context, d *doc.Document) (added bool, err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.putOne(ctx, d)
}

// PutBatch stores many documents. It first tries them all in one
// transaction; if anything fails it rolls back and stores them one
// transaction each, so every document is written whole or not at all and a
// bad document costs only itself. Results are in input order.
func (s *Store) PutBatch(ctx context.Context, docs []*doc.Document) []Result {
	s.mu.Lock()
	defer s.mu.Unlock()
	marks := make([]string, len(docs)) // duplicate_of as given, restored for the retry
	for i, d := range docs {
		if d != nil {
			marks[i] = d.DuplicateOf
		}
	}
	if res, err := s.putAll(ctx, docs); err == nil {
		return res
	}
	for i, d := range docs {
		if d != nil {
			d.DuplicateOf = marks[i]
		}
	}
	res := make([]Result, len(docs))
	for i, d := range docs {
		res[i].Added, res[i].Err = s.putOne(ctx, d)
	}
	return res
}

// putOne writes one document in its own transaction. s.mu is held.
func (s *Store) putOne(ctx context.Context, d *doc.Document) (bool, error) {
	added := false
	err := s.inTx(ctx, func(w *writer) error {
		err := validate(d)
		if err == nil {
			err = w.lookup(ctx, []*doc.Document{d})
		}
		if err == nil {
			added, err = w.put(d)
		}
		return err
	})
	if err != nil {
		return false, fmt.Errorf("store %s: put document %s: %w", s.path, docName(d), err)
	}
	return added, nil
}

// putAll writes every document in a single transaction. s.mu is held.
func (s *Store) putAll(ctx context.Context, docs []*doc.Document) ([]Result, error) {
	res := make([]Result, len(docs))
	err := s.inTx(ctx, func(w *writer) error {
		if err := w.lookup(ctx, docs); err != nil {
			return err
		}
		for i, d := range docs {
			if err := validate(d); err != nil { // costs only this document
				res[i].Err = fmt.Errorf("store %s: put document %s: %w", s.path, docName(d), err)
				continue
			}
			added, err := w.put(d)
			if err != nil {
				return err
			}
			res[i].Added = added
		}
		return nil
	})
	return res, err
}

// inTx runs f in a write transaction and commits. On any error the
// transaction is rolled back and the writer discarded. s.mu is held.
func (s *Store) inTx(ctx context.Context, f func(*writer) error) error {
	if err := s.ready(ctx); err != nil {
		return err
	}
	err := s.w.begin(ctx)
	if err == nil {
		if err = f(s.w); err == nil {
			err = s.w.commit(ctx)
		}
	}
	if err == nil { // only committed signatures enter the index
		for _, x := range s.w.indexed {
			s.ix.Add(x.seq, x.sig)
		}
	}
	s.lookupTime, s.lookupDocs = s.lookupTime+s.w.dupTime, s.lookupDocs+s.w.dupDocs
	s.w.dupTime, s.w.dupDocs = 0, 0
	if err != nil {
		_ = s.w.close() // rolls back and drops unflushed rows
		s.w = nil
	}
	return err
}

// ready makes the writer and, on the first write, loads the near-duplicate
// index. s.mu is held.
func (s *Store) ready(ctx context.Context) error {
	if s.w == nil {
		w, err := newWriter(ctx, s.conn)
		if err != nil {
			return err
		}
		s.w = w
	}
	if s.ix == nil {
		t0 := time.Now()
		ix, err := s.w.loadIndex(ctx)
		if err != nil {
			_ = s.w.close()
			s.w = nil
			return err
		}
		s.ix = ix
		s.lookupTime += time.Since(t0)
	}
	s.w.ix = s.ix
	return nil
}

// validate rejects documents that cannot be stored at all.
func validate(d *doc.Document) error {
	switch {
	case d == nil:
		return errors.New("nil document")
	case d.Title == "" && d.Text == "" && len(d.Errors) == 0:
		return errors.New("empty document (no title, text or errors): nothing to store")
	}
	return nil
}

// docName identifies a document in error messages.
func docName(d *doc.Document) string {
	switch {
	case d == nil:
		return "<nil>"
	case d.ID != "":
		return d.ID
	case d.URL != "":
		return d.URL
	}
	return fmt.Sprintf("%q", truncate(d.Title, 60))
}

// truncate shortens s to at most n bytes.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// afterAppend, when set by a test, runs after a document's rows are
// buffered; an error it returns fails the write at that point.
var afterAppend func(*doc.Document) error

// put writes a valid d inside the open transaction; lookup must have seen d.
func (w *writer) put(d *doc.Document) (bool, error) {
	if d.Title == "" && d.Text == "" { // a failed input: errors only
		w.putErrors("", d.Errors)
		return false, nil
	}
	key := d.ContentHash
	if w.known[key] {
		w.putErrors(key, d.Errors)
		return false, nil
	}
	w.lastNo++
	ref := docRef{key, w.lastNo}
	prev := w.latestKey(d.URL)
	version := w.nextVersion(d.URL, key)
	links, err := w.linkDoc(d, ref, prev)
	if err != nil {
		return false, fmt.Errorf("link: %w", err)
	}
	if err := w.appendDoc(d, ref, version, links); err != nil {
		return false, err
	}
	if afterAppend != nil {
		if err := afterAppend(d); err != nil {
			return false, err
		}
	}
	w.known[key] = true
	w.putErrors(key, d.Errors)
	return true, nil
}

// lookup sets missing content hashes and loads, in two queries, which of
// the documents' keys are stored and the latest version of their URLs.
func (w *writer) lookup(ctx context.Context, docs []*doc.Document) error {
	var keys, urls []string
	for _, d := range docs {
		if d == nil || d.Title == "" && d.Text == "" {
			continue
		}
		if d.ContentHash == "" {
			d.ContentHash = ContentHash(d)
		}
		if !w.known[d.ContentHash] {
			keys = append(keys, d.ContentHash)
		}
		if u := validUTF8(d.URL); u != "" && w.urls[u] == nil {
			urls = append(urls, u)
		}
	}
	if len(keys) > 0 {
		err := w.query(ctx, sqlDocKnown, []any{keys}, func(r []driver.Value) { w.known[r[0].(string)] = true })
		if err != nil {
			return fmt.Errorf("look up content hashes: %w", err)
		}
	}
	if len(urls) > 0 {
		err := w.query(ctx, sqlURLLatest, []any{urls}, func(r []driver.Value) {
			w.urls[r[0].(string)] = &urlVer{key: r[1].(string), version: int(r[2].(int32)), stored: true}
		})
		if err != nil {
			return fmt.Errorf("look up urls: %w", err)
		}
	}
	return w.prefetch(ctx, docs)
}

// latestKey is the key of the latest known version of url, "" if none.
func (w *writer) latestKey(url string) string {
	if u := w.urls[validUTF8(url)]; u != nil && url != "" {
		return u.key
	}
	return ""
}

// nextVersion makes key the latest version of url and returns its version
// number; the previous latest is marked superseded at commit. Documents
// without a URL are always version 1.
func (w *writer) nextVersion(url, key string) int {
	url = validUTF8(url)
	if url == "" {
		return 1
	}
	u := w.urls[url]
	if u == nil {
		w.urls[url] = &urlVer{key: key, version: 1, dirty: true}
		return 1
	}
	w.superseded = append(w.superseded, [2]string{u.key, key})
	u.key, u.version, u.dirty = key, u.version+1, true
	return u.version
}

// finishVersions writes the URL table and superseded flags for the open
// transaction: new URLs through the appender, changed ones by UPDATE.
func (w *writer) finishVersions(ctx context.Context) error {
	if len(w.superseded) > 0 {
		if err := w.flush(); err != nil { // old versions may still be buffered
			return err
		}
	}
	for _, p := range w.superseded {
		if err := w.exec(ctx, sqlSupersede, p[0], p[1]); err != nil {
			return fmt.Errorf("mark %s superseded: %w", p[0], err)
		}
		if err := w.unlink(ctx, p[0]); err != nil {
			return fmt.Errorf("unlink events of superseded %s: %w", p[0], err)
		}
	}
	for url, u := range w.urls {
		var err error
		switch {
		case !u.dirty:
		case u.stored:
			err = w.exec(ctx, sqlURLUpdate, url, u.key, u.version)
		default:
			err = w.apps["doc_urls"].AppendRow(url, u.key, u.version)
		}
		if err != nil {
			return fmt.Errorf("record latest version of %s: %w", url, err)
		}
	}
	return nil
}

// appendDoc buffers the document row and all its records.
func (w *writer) appendDoc(d *doc.Document, ref docRef, version int, l docLinks) error {
	rows := map[string][][]any{"documents": {docRow(d, ref, version, w.now, l)}}
	for _, s := range d.Sentences {
		rows["sentences"] = append(rows["sentences"], sentenceRow(ref, s))
	}
	for i, e := range d.Entities {
		rows["entities"] = append(rows["entities"], entityRow(ref, i, e))
	}
	for i, e := range d.Events {
		rows["events"] = append(rows["events"], eventRow(ref, i, e))
	}
	for i, q := range d.Quotes {
		rows["quotes"] = append(rows["quotes"], quoteRow(ref, i, q))
	}
	for i, l := range d.Locations {
		rows["locations"] = append(rows["locations"], locationRow(ref, i, l))
	}
	for _, t := range appendTables {
		for i, r := range rows[t] {
			if err := w.apps[t].AppendRow(values(r)...); err != nil {
				return fmt.Errorf("%s row %d: %w", t, i, err)
			}
		}
	}
	return nil
}

// values converts a row for AppendRow.
func values(r []any) []driver.Value {
	v := make([]driver.Value, len(r))
	for i, x := range r {
		v[i] = x
	}
	return v
}

// putErrors queues ingest errors for the commit; each distinct (input,
// record, message) is stored once. docKey is "" for a failed input.
func (w *writer) putErrors(docKey string, errs []doc.ErrorEntry) {
	r := &w.errs
	for _, e := range errs {
		k := errKey(e)
		if r.seen[k] {
			continue
		}
		r.seen[k] = true
		r.key, r.doc = append(r.key, k), append(r.doc, docKey)
		r.input, r.record = append(r.input, validUTF8(e.Input)), append(r.record, validUTF8(e.Record))
		r.stage, r.message = append(r.stage, validUTF8(e.Stage)), append(r.message, validUTF8(e.Message))
	}
}

// insertErrors writes the queued ingest errors in one statement, skipping
// those already stored.
func (w *writer) insertErrors(ctx context.Context) error {
	r := &w.errs
	if len(r.key) == 0 {
		return nil
	}
	err := w.exec(ctx, sqlErrInsert, r.key, r.doc, r.input, r.record, r.stage, r.message, w.now)
	if err != nil {
		return fmt.Errorf("record %d ingest errors (first: %s: %s): %w", len(r.key), r.input[0], r.message[0], err)
	}
	return nil
}
