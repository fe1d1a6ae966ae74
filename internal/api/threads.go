package api

import (
	"database/sql"
	"fmt"
	"net/http"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// errNoThreads is the answer while the store has no threads table.
var errNoThreads = errorf(http.StatusNotImplemented, "threads are not built yet")

// threads serves GET /api/threads: the rows of the threads table, whatever
// its columns.
func (s *server) threads(r *http.Request) (any, error) {
	if !s.schema.Threads {
		return nil, errNoThreads
	}
	limit, err := intParam(r, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return nil, err
	}
	offset, err := intParam(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT * FROM threads ORDER BY ALL LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("threads query: %w", err)
	}
	list, err := rowMaps(rows)
	if err != nil {
		return nil, fmt.Errorf("threads query: %w", err)
	}
	return map[string]any{"threads": list}, nil
}

// thread serves GET /api/threads/{id}, matching column id or thread_id.
func (s *server) thread(r *http.Request) (any, error) {
	if !s.schema.Threads {
		return nil, errNoThreads
	}
	id := r.PathValue("id")
	col := "id"
	var n int
	err := s.db.QueryRowContext(r.Context(), `SELECT count(*) FROM information_schema.columns
		WHERE table_name = 'threads' AND column_name = 'thread_id'`).Scan(&n)
	if err != nil {
		return nil, fmt.Errorf("thread %s: %w", id, err)
	}
	if n > 0 {
		col = "thread_id"
	}
	rows, err := s.db.QueryContext(r.Context(), `SELECT * FROM threads WHERE CAST(`+col+` AS VARCHAR) = ? LIMIT 1`, id)
	if err != nil {
		return nil, fmt.Errorf("thread %s: %w", id, err)
	}
	list, err := rowMaps(rows)
	if err != nil {
		return nil, fmt.Errorf("thread %s: %w", id, err)
	}
	if len(list) == 0 {
		return nil, errorf(http.StatusNotFound, "no thread %q", id)
	}
	return map[string]any{"thread": list[0]}, nil
}

// rowMaps reads every row as a column→value map and closes rows.
func rowMaps(rows *sql.Rows) ([]map[string]any, error) {
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	out := []map[string]any{}
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		m := make(map[string]any, len(cols))
		for i, c := range cols {
			m[c] = jsonValue(vals[i])
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// jsonValue makes a scanned value JSON-friendly (dates as YYYY-MM-DD).
func jsonValue(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return string(doc.DateOf(x.UTC()))
		}
		return x.UTC().Format(time.RFC3339)
	case []byte:
		return string(x)
	}
	return v
}

// Stats is the /api/stats response.
type Stats struct {
	Documents int64   `json:"documents"`
	Events    int64   `json:"events"`
	Sentences int64   `json:"sentences"`
	Entities  int64   `json:"entities"`
	Quotes    int64   `json:"quotes"`
	Locations int64   `json:"locations"`
	FirstDate *string `json:"first_date"`
	LastDate  *string `json:"last_date"`
	Threads   bool    `json:"threads"`
}

// stats serves GET /api/stats (latest document versions only).
func (s *server) stats(r *http.Request) (any, error) {
	st := Stats{Threads: s.schema.Threads}
	var first, last sql.NullTime
	latest, err := s.latest(r.Context())
	if err != nil {
		return nil, err
	}
	err = s.db.QueryRowContext(r.Context(), `SELECT
		(SELECT count(*) FROM documents WHERE latest),
		(SELECT count(*) FROM events e WHERE `+latest+`),
		(SELECT count(*) FROM sentences), (SELECT count(*) FROM entities),
		(SELECT count(*) FROM quotes), (SELECT count(*) FROM locations),
		(SELECT min(date) FROM documents WHERE latest), (SELECT max(date) FROM documents WHERE latest)`).
		Scan(&st.Documents, &st.Events, &st.Sentences, &st.Entities, &st.Quotes, &st.Locations, &first, &last)
	if err != nil {
		return nil, fmt.Errorf("stats query: %w", err)
	}
	st.FirstDate, st.LastDate = datePtr(first), datePtr(last)
	return st, nil
}
