// Package export writes stored events in standard formats: the GDELT 2.0
// event table (tab-separated, no header, GDELT's 61 columns then dyad's),
// PLOVER JSON Lines, CSV with a header, and Parquet. Rows are formatted by
// DuckDB and streamed to the writer one at a time, so memory use does not
// grow with the number of events; Parquet is written by DuckDB's COPY.
package export

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-project/dyad/internal/api/query"
)

// Formats lists the supported formats.
var Formats = []string{"gdelt", "plover", "csv", "parquet"}

// Options says what to export and where.
type Options struct {
	Format string       // one of Formats
	Filter query.Filter // which events (the /api/events filters)
	Out    io.Writer    // destination for gdelt, plover, csv (and parquet without Path)
	Path   string       // parquet destination file; when empty parquet goes to Out
}

// fromWhere is the shared FROM and WHERE of every export; %[1]s is the
// count join (query.Schema.CountJoin), %[2]s the filter's condition.
const fromWhere = `
FROM events e JOIN documents d ON d.doc_no = e.doc_no
LEFT JOIN sentences s ON s.doc_no = e.doc_no AND s.idx = e.sentence%[1]s
WHERE %[2]s`

// orderBy keeps exports in storage order (stable across runs).
const orderBy = ` ORDER BY e.doc_no, e.idx`

// Run exports the selected events and returns how many were written.
func Run(ctx context.Context, db *sql.DB, opt Options) (int64, error) {
	schema, err := query.Detect(ctx, db)
	if err == nil {
		err = opt.Filter.LoadSuperseded(ctx, db)
	}
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	c, join := schema.CountExprs(), schema.CountJoin("")
	var line string
	switch opt.Format {
	case "gdelt":
		line = joinExpr(append(gdeltColumns(c), gdeltExtras...), `e'\t'`, textCol)
	case "csv":
		line = joinExpr(tableColumns(c), `','`, csvField)
	case "plover":
		line = ploverExpr(c)
	case "parquet":
		return parquet(ctx, db, opt, c, join)
	default:
		return 0, fmt.Errorf("export: format %q: want one of %s", opt.Format, strings.Join(Formats, ", "))
	}
	w := bufio.NewWriterSize(opt.Out, 256<<10)
	if opt.Format == "csv" {
		if _, err := w.WriteString(csvHeader(c) + "\n"); err != nil {
			return 0, fmt.Errorf("export csv: write header: %w", err)
		}
	}
	n, err := stream(ctx, db, line, join, opt.Filter, w)
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("export %s: write: %w", opt.Format, ferr)
	}
	return n, err
}

// text is an expression as VARCHAR, ” for NULL.
func text(expr string) string { return `coalesce(CAST((` + expr + `) AS VARCHAR), '')` }

// textCol is text of a column.
func textCol(c column) string { return text(c.expr) }

// joinExpr concatenates the columns' formatted values with sep.
func joinExpr(cols []column, sep string, format func(column) string) string {
	parts := make([]string, len(cols))
	for i, c := range cols {
		parts[i] = format(c)
	}
	return "concat_ws(" + sep + ",\n\t" + strings.Join(parts, ",\n\t") + ")"
}

// csvField quotes text values (RFC 4180: "" for a quote); NULL is empty.
func csvField(c column) string {
	if numeric[c.name] {
		return text(c.expr)
	}
	return `coalesce('"' || replace(` + c.expr + `, '"', '""') || '"', '')`
}

// numeric names the CSV columns that are not text (and never need quotes).
var numeric = map[string]bool{"date": true, "goldstein": true, "quad_class": true, "num_articles": true,
	"num_sources": true, "num_mentions": true, "lat": true, "lon": true, "negated": true,
	"hypothetical": true, "sentence_index": true}

// csvHeader is the CSV header line.
func csvHeader(c []string) string {
	cols := tableColumns(c)
	names := make([]string, len(cols))
	for i, c := range cols {
		names[i] = c.name
	}
	return strings.Join(names, ",")
}

// stream runs the export query and writes each formatted line.
func stream(ctx context.Context, db *sql.DB, line, join string, f query.Filter, w io.Writer) (int64, error) {
	where := f.Where()
	rows, err := db.QueryContext(ctx, "SELECT "+line+fmt.Sprintf(fromWhere, join, where.SQL())+orderBy, where.Args()...)
	if err != nil {
		return 0, fmt.Errorf("export query: %w", err)
	}
	defer rows.Close()
	var n int64
	var s string
	for rows.Next() {
		if err := rows.Scan(&s); err != nil {
			return n, fmt.Errorf("export: event %d: %w", n+1, err)
		}
		if _, err := io.WriteString(w, s+"\n"); err != nil {
			return n, fmt.Errorf("export: write event %d: %w", n+1, err)
		}
		n++
	}
	if err := rows.Err(); err != nil {
		return n, fmt.Errorf("export query: %w", err)
	}
	return n, nil
}

// parquet writes the CSV columns as Parquet through DuckDB's COPY. COPY
// takes no parameters, so the filter values are inlined as SQL literals.
func parquet(ctx context.Context, db *sql.DB, opt Options, c []string, join string) (int64, error) {
	path := opt.Path
	if path == "" {
		tmp, err := os.MkdirTemp("", "dyad-export-")
		if err != nil {
			return 0, fmt.Errorf("export parquet: %w", err)
		}
		defer os.RemoveAll(tmp)
		path = filepath.Join(tmp, "events.parquet")
	}
	var sel []string
	for _, c := range tableColumns(c) {
		sel = append(sel, c.expr+` AS "`+c.name+`"`)
	}
	where := opt.Filter.Where()
	q, err := query.Inline("SELECT "+strings.Join(sel, ", ")+fmt.Sprintf(fromWhere, join, where.SQL())+orderBy, where.Args())
	if err != nil {
		return 0, fmt.Errorf("export parquet: %w", err)
	}
	res, err := db.ExecContext(ctx, `COPY (`+q+`) TO '`+strings.ReplaceAll(path, "'", "''")+`' (FORMAT PARQUET, COMPRESSION ZSTD)`)
	if err != nil {
		return 0, fmt.Errorf("export parquet to %s: %w", path, err)
	}
	n, _ := res.RowsAffected()
	if opt.Path == "" {
		return n, copyFile(path, opt.Out)
	}
	return n, nil
}

// copyFile streams a file to w.
func copyFile(path string, w io.Writer) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("export parquet: %w", err)
	}
	defer f.Close()
	if _, err := io.Copy(w, f); err != nil {
		return fmt.Errorf("export parquet: copy %s: %w", path, err)
	}
	return nil
}
