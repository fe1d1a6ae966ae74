package query

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Schema is what optional parts of the store exist (later migrations add
// them): event count columns and the threads table.
type Schema struct {
	Counts  bool // events has num_articles, num_sources, num_mentions
	Groups  bool // event_links and event_groups exist (merged reports carry the counts)
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
	err = db.QueryRowContext(ctx, `SELECT count(*) FROM information_schema.tables
		WHERE table_name IN ('event_links', 'event_groups')`).Scan(&n)
	if err != nil {
		return s, fmt.Errorf("detect event groups: %w", err)
	}
	s.Groups = n == 2
	return s, nil
}

// CountCols is the select list for the three event counts (articles,
// sources, mentions) of alias e: the events columns when present, else the
// event's group (alias g of CountJoin), else 1 each.
func (s Schema) CountCols() string { return strings.Join(s.CountExprs(), ", ") }

// CountExprs are the three expressions of CountCols.
func (s Schema) CountExprs() []string {
	switch {
	case s.Counts:
		return []string{"e.num_articles", "e.num_sources", "e.num_mentions"}
	case s.Groups:
		return []string{"coalesce(g.num_articles, 1)", "coalesce(g.num_sources, 1)", "coalesce(g.num_mentions, 1)"}
	}
	return []string{"1", "1", "1"}
}

// CountJoin is the join CountCols needs ("" when none). docNos, when not
// empty, is a literal list of doc_no values restricting the link scan.
func (s Schema) CountJoin(docNos string) string {
	if s.Counts || !s.Groups {
		return ""
	}
	restrict := ""
	if docNos != "" {
		restrict = " AND l.doc_no IN (" + docNos + ")"
	}
	return "\nLEFT JOIN event_links l ON l.event_id = e.event_id" + restrict +
		"\nLEFT JOIN event_groups g ON g.group_id = l.group_id"
}
