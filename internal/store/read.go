package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/dyad-project/dyad/internal/doc"
)

// Stats counts what the store holds. Documents counts every stored version;
// Superseded how many of those are older versions of a changed URL. Record
// counts cover all versions. FirstDate and LastDate bound the documents'
// dates ("" when no document has a date).
type Stats struct {
	Documents, Sentences, Entities, Events, Quotes, Locations, Errors int64
	Superseded                                                        int64
	FirstDate, LastDate                                               string
}

// ErrNotFound is returned by Document when no stored document matches.
var ErrNotFound = errors.New("document not found")

// Stats returns the store's record counts and date range.
func (s *Store) Stats(ctx context.Context) (Stats, error) {
	var st Stats
	var first, last sql.NullTime
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM documents),
		(SELECT count(*) FROM sentences),
		(SELECT count(*) FROM entities),
		(SELECT count(*) FROM events),
		(SELECT count(*) FROM quotes),
		(SELECT count(*) FROM locations),
		(SELECT count(*) FROM ingest_errors),
		(SELECT count(*) FROM documents WHERE NOT latest),
		(SELECT min(date) FROM documents),
		(SELECT max(date) FROM documents)`).Scan(&st.Documents, &st.Sentences,
		&st.Entities, &st.Events, &st.Quotes, &st.Locations, &st.Errors,
		&st.Superseded, &first, &last)
	if err != nil {
		return Stats{}, fmt.Errorf("store %s: stats: %w", s.path, err)
	}
	st.FirstDate, st.LastDate = string(nullDate(first)), string(nullDate(last))
	return st, nil
}

// Document re-reads a stored document with all its records. id is a
// document ID or a content hash; for an ID with several versions the latest
// is returned. It returns an error wrapping ErrNotFound when nothing matches.
func (s *Store) Document(ctx context.Context, id string) (*doc.Document, error) {
	d, err := s.readDoc(ctx, id)
	if err != nil {
		return nil, fmt.Errorf("store %s: document %s: %w", s.path, id, err)
	}
	return d, nil
}

// docColumns are the documents columns readDoc scans.
const docColumns = `SELECT doc_key, doc_no, id, title, date, url, source, authors, text, duplicate_of FROM documents `

// readDoc loads the document row, by content hash (an index lookup) or
// else by ID, then each record table.
func (s *Store) readDoc(ctx context.Context, id string) (*doc.Document, error) {
	d, no, err := scanDoc(s.db.QueryRowContext(ctx, docColumns+`WHERE doc_key = $1`, id))
	if errors.Is(err, sql.ErrNoRows) {
		d, no, err = scanDoc(s.db.QueryRowContext(ctx, docColumns+
			`WHERE id = $1 ORDER BY latest DESC, version DESC LIMIT 1`, id))
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	for _, load := range []func(context.Context, int64, *doc.Document) error{
		s.loadSentences, s.loadEntities, s.loadEvents, s.loadQuotes, s.loadLocations, s.loadErrors,
	} {
		if err := load(ctx, no, d); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// scanDoc reads one docColumns row.
func scanDoc(row *sql.Row) (*doc.Document, int64, error) {
	d := &doc.Document{}
	var no int64
	var date sql.NullTime
	var dup sql.NullString
	var authors any
	err := row.Scan(&d.ContentHash, &no, &d.ID, &d.Title, &date, &d.URL, &d.Source, &authors, &d.Text, &dup)
	d.Date, d.DuplicateOf, d.Authors = nullDate(date), dup.String, strList(authors)
	return d, no, err
}

// nullDate formats a nullable DATE.
func nullDate(t sql.NullTime) doc.Date {
	if !t.Valid {
		return ""
	}
	return doc.DateOf(t.Time.UTC())
}

// strList converts a scanned VARCHAR[] value.
func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

// eachRow runs query for one document and calls scan for every row.
func (s *Store) eachRow(ctx context.Context, query string, key any, scan func(*sql.Rows) error) error {
	return EachRow(ctx, s.db, query, key, scan)
}

// EachRow runs query with one argument on db and calls scan for every row,
// stopping at the first error.
func EachRow(ctx context.Context, db *sql.DB, query string, key any, scan func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, query, key)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := scan(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// loadErrors reads the ingest errors recorded against the document.
func (s *Store) loadErrors(ctx context.Context, _ int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT input, record, stage, message FROM ingest_errors
		WHERE doc_key = $1 ORDER BY logged_at, err_key`, d.ContentHash, func(r *sql.Rows) error {
		var e doc.ErrorEntry
		if err := r.Scan(&e.Input, &e.Record, &e.Stage, &e.Message); err != nil {
			return fmt.Errorf("ingest_errors: %w", err)
		}
		d.Errors = append(d.Errors, e)
		return nil
	})
}
