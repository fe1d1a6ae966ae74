// Package store is dyad's embedded analytical store: analysed documents and
// every record attached to them, kept in one DuckDB file.
//
// Tables (schema version 6, see migrate.go): documents (one row per stored
// version of an article: doc_key = content hash, doc_no = insertion number,
// n_sentences/n_entities/n_events/n_quotes/n_locations = how many child rows
// it has), doc_urls (the latest version of each URL), sentences, entities,
// events (with event_id = doc_key:idx and the event location in loc_*
// columns, lat, lon), quotes, locations, ingest_errors (logged_at) and
// schema_migrations. Child tables carry doc_key, doc_no and idx (the
// record's position in its Document slice); filter them by doc_no for fast
// per-document lookups. Byte spans are in columns start and "end" ("end" is
// reserved in SQL and must be quoted).
//
// Near duplicates, merged events and story threads (link.go, migrate5.go):
// minhash_sigs holds every document's signature (the LSH index over them is
// kept in memory, see link.go); documents.duplicate_of
// (ID) and duplicate_key (doc_key) name the earliest copy of a near
// duplicate; event_groups holds one row per real-world event with
// num_articles, num_sources and num_mentions, event_links maps event_id to
// group_id; threads and thread_docs hold story threads (documents.thread_id).
//
// Versions: a changed document at a known URL is stored as a new row with
// version+1 and latest=true; the old row keeps its records, gets
// latest=false and superseded_by=<new doc_key>.
//
// Writes go through one connection, one transaction per document (Put) or
// per batch with per-document fallback (PutBatch), so a crash leaves each
// document either fully stored or absent. A DuckDB transaction has a fixed
// cost of several milliseconds, so bulk ingest should use PutBatch. Reads may
// use DB() concurrently with writes. Strings with invalid UTF-8 are stored
// with each bad byte replaced by '?', which keeps byte offsets valid.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/dyad-project/dyad/internal/dedup"
)

// Store is an open dyad database. Its methods are safe for concurrent use;
// writes are serialised.
type Store struct {
	path string
	conn *duckdb.Connector
	db   *sql.DB

	mu sync.Mutex // guards w, ix and the lookup counters
	w  *writer
	// ix is the in-memory near-duplicate index of every committed
	// signature, loaded from minhash_sigs by the first write.
	ix *dedup.Sketch
	// lookupTime is the time spent on near-duplicate lookups of lookupDocs
	// documents (for benchmarks).
	lookupTime time.Duration
	lookupDocs int64
}

// lookupMicros is the mean near-duplicate lookup time per document in µs.
func (s *Store) lookupMicros() float64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return float64(s.lookupTime.Microseconds()) / float64(max(1, s.lookupDocs))
}

// Open opens the database file at path, creating it if needed, and brings
// its schema up to date, with default Options. Opening an up-to-date
// database changes nothing.
func Open(path string) (*Store, error) {
	return OpenWith(path, Options{})
}

// OpenWith is Open with options.
func OpenWith(path string, opt Options) (*Store, error) {
	return openAt(context.Background(), path, SchemaVersion, opt)
}

// openAt opens path and migrates it to schema version max (tests use a
// lower max to build old databases).
func openAt(ctx context.Context, path string, max int, opt Options) (*Store, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	init, err := opt.connInit()
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	c, err := duckdb.NewConnector(path, init)
	if err != nil {
		return nil, openError(path, err)
	}
	s := &Store{path: path, conn: c, db: sql.OpenDB(c)}
	if err := migrate(ctx, s.db, max); err != nil {
		_ = s.db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

// checkPath rejects paths DuckDB would fail on with an obscure message.
func checkPath(path string) error {
	if path == "" {
		return errors.New("store: open: empty database path: give a file name such as dyad.duckdb")
	}
	if strings.HasPrefix(path, ":memory:") {
		return nil
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("store: open %s: directory %s does not exist: create it or choose another database path", path, dir)
	}
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("store: open %s: is a directory: give a database file name", path)
	}
	return nil
}

// openError adds a hint for the usual reasons DuckDB cannot open a file.
func openError(path string, err error) error {
	msg := err.Error()
	hint := "check that the path is a writable DuckDB file"
	switch {
	case strings.Contains(msg, "lock"):
		hint = "another process (a running dyad?) has the database open; stop it or use another file"
	case strings.Contains(msg, "not a valid DuckDB database"):
		hint = "the file exists but is not a DuckDB database; choose a new file name"
	case strings.Contains(msg, "ermission"):
		hint = "no permission to write the file or its directory"
	}
	return fmt.Errorf("store: open %s: %w (%s)", path, err, hint)
}

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// DB is the underlying database handle, for read-only query layers. Writing
// through it bypasses the store's consistency rules.
func (s *Store) DB() *sql.DB { return s.db }

// Close flushes and closes the database. The Store is unusable afterwards.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	if s.w != nil {
		errs = append(errs, s.w.close())
		s.w = nil
	}
	errs = append(errs, s.db.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("store: close %s: %w", s.path, err)
	}
	return nil
}
