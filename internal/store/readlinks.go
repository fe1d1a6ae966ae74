package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dyad-project/dyad/internal/doc"
)

// Evidence is one report of a merged event: a linked event row with its
// document and sentence.
type Evidence struct {
	EventID   string
	DocKey    string
	DocID     string
	Outlet    string
	Date      doc.Date // document date
	Sentence  int
	Text      string // the sentence
	Duplicate bool   // the document is a near duplicate
}

// GroupEvidence lists the reports of event group id in insertion order.
func (s *Store) GroupEvidence(ctx context.Context, id int64) ([]Evidence, error) {
	var out []Evidence
	err := s.eachRow(ctx, `SELECT l.event_id, l.doc_key, d.id, l.outlet, d.date, e.sentence,
		coalesce(x.text, ''), l.duplicate
		FROM event_links l JOIN events e ON e.event_id = l.event_id
		JOIN documents d ON d.doc_key = l.doc_key
		LEFT JOIN sentences x ON x.doc_no = e.doc_no AND x.idx = e.sentence
		WHERE l.group_id = $1 ORDER BY l.doc_no, e.idx`, id, func(r *sql.Rows) error {
		var v Evidence
		var date sql.NullTime
		if err := r.Scan(&v.EventID, &v.DocKey, &v.DocID, &v.Outlet, &date, &v.Sentence, &v.Text, &v.Duplicate); err != nil {
			return err
		}
		v.Date = nullDate(date)
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: evidence of event group %d: %w", s.path, id, err)
	}
	return out, nil
}

// ThreadDoc is one article of a story thread.
type ThreadDoc struct {
	DocKey, DocID, Title string
	Date                 doc.Date
	Score                float64 // how well it fitted the thread when it joined (1 = started it)
}

// ThreadDocs lists the articles of thread id in time order.
func (s *Store) ThreadDocs(ctx context.Context, id int64) ([]ThreadDoc, error) {
	var out []ThreadDoc
	err := s.eachRow(ctx, `SELECT t.doc_key, d.id, d.title, t.date, t.score
		FROM thread_docs t JOIN documents d ON d.doc_key = t.doc_key
		WHERE t.thread_id = $1 ORDER BY t.date NULLS LAST, t.doc_no`, id, func(r *sql.Rows) error {
		var v ThreadDoc
		var date sql.NullTime
		if err := r.Scan(&v.DocKey, &v.DocID, &v.Title, &date, &v.Score); err != nil {
			return err
		}
		v.Date = nullDate(date)
		out = append(out, v)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: documents of thread %d: %w", s.path, id, err)
	}
	return out, nil
}

// ThreadGroups lists the ids of the event groups reported by thread id's
// articles.
func (s *Store) ThreadGroups(ctx context.Context, id int64) ([]int64, error) {
	var out []int64
	err := s.eachRow(ctx, `SELECT DISTINCT l.group_id FROM thread_docs t
		JOIN event_links l ON l.doc_no = t.doc_no WHERE t.thread_id = $1 ORDER BY 1`, id, func(r *sql.Rows) error {
		var g int64
		if err := r.Scan(&g); err != nil {
			return err
		}
		out = append(out, g)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("store %s: event groups of thread %d: %w", s.path, id, err)
	}
	return out, nil
}
