package query

import (
	"context"
	"database/sql"
	"fmt"
)

// Schema is what optional parts of the store exist (later migrations add
// them): event count columns and the threads table.
type Schema struct {
	Counts  bool // events has num_articles, num_sources, num_mentions
	Threads bool // a threads table exists
}

// Detect inspects the database for the optional parts.
func Detect(ctx context.Context, db *sql.DB) (Schema, error) {
	var s Schema
	var n int
	err := db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.columns
		WHERE table_name = 'events' AND column_name IN ('num_articles', 'num_sources', 'num_mentions')`).Scan(&n)
	if err != nil {
		return s, fmt.Errorf("detect event count columns: %w", err)
	}
	s.Counts = n == 3
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables WHERE table_name = 'threads'`).Scan(&n)
	if err != nil {
		return s, fmt.Errorf("detect threads table: %w", err)
	}
	s.Threads = n > 0
	return s, nil
}

// CountCols is the select list for the three event counts of alias e:
// the stored columns when present, else 1 each.
func (s Schema) CountCols() string {
	if s.Counts {
		return "e.num_articles, e.num_sources, e.num_mentions"
	}
	return "1, 1, 1"
}
