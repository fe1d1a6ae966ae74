package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/sample"
)

func runDemo(env Env, args []string) int {
	fs := newFlagSet("demo", "", "Ingests the bundled sample corpus (text, HTML, JSON Lines, RSS, Atom and WARC articles)\ninto the store, prints what was stored, then serves the web explorer over it.\nSafe to re-run: stored documents are kept.")
	db := fs.String("db", defaultDB, "DuckDB database file")
	addr := fs.String("addr", "127.0.0.1:8080", "address the explorer listens on")
	noServe := fs.Bool("no-serve", false, "only build the store; do not start the server")
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	if err := demo(env, *db); err != nil {
		fmt.Fprintf(env.Stderr, "dyad demo: %v\n", err)
		return ExitPartial
	}
	if *noServe {
		return ExitOK
	}
	fmt.Fprintf(env.Stdout, "\nOpen http://%s/ to explore the events (Ctrl-C to stop).\n", *addr)
	return runServe(env, []string{"--db", *db, "--addr", *addr})
}

func demo(env Env, db string) error {
	dir, err := os.MkdirTemp("", "dyad-sample-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	paths, err := sample.WriteTo(dir)
	if err != nil {
		return fmt.Errorf("extracting the sample corpus: %w", err)
	}
	p, err := pipeline.New(pipeline.Config{})
	if err != nil {
		return err
	}
	r, err := ingest.New(paths, ingest.Options{})
	if err != nil {
		return err
	}
	st, err := store.Open(db)
	if err != nil {
		return err
	}
	defer st.Close()
	sum, err := ingestAll(context.Background(), p, withDates(r, sample.Dates()), st, env.Stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "Sample corpus: %s into %s\n", sum, db)
	return printStored(env.Stdout, st)
}

// withDates wraps a reader so plain-text files get the publication date
// the corpus lists for them (plain text carries no metadata).
func withDates(r *ingest.Reader, dates map[string]string) *datedReader {
	return &datedReader{Reader: r, dates: dates}
}

type datedReader struct {
	*ingest.Reader
	dates map[string]string
}

// Each streams documents with their listed dates filled in.
func (d *datedReader) Each(ctx context.Context, fn func(*doc.Document) error) error {
	return d.Reader.Each(ctx, func(x *doc.Document) error {
		if x.Date == "" {
			file := filepath.ToSlash(strings.SplitN(x.ID, "#", 2)[0])
			for key, date := range d.dates {
				if strings.HasSuffix(file, "/"+key) {
					x.Date = doc.Date(date)
				}
			}
		}
		return fn(x)
	})
}

// printStored shows the store's counts and its most frequent dyads.
func printStored(w io.Writer, st *store.Store) error {
	s, err := st.Stats(context.Background())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Store holds %d documents, %d sentences, %d actor mentions, %d events (%s to %s).\n",
		s.Documents, s.Sentences, s.Entities, s.Events, s.FirstDate, s.LastDate)
	rows, err := st.DB().Query(`SELECT source_code, coalesce(target_code, '-'), count(*) n, round(avg(goldstein), 1)
		FROM events WHERE target_code IS NOT NULL AND target_code <> '' GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT 10`)
	if err != nil {
		return fmt.Errorf("reading dyads: %w", err)
	}
	defer rows.Close()
	fmt.Fprintln(w, "\nMost frequent dyads:\n  source     target     events  mean Goldstein")
	for rows.Next() {
		var src, tgt string
		var n int
		var g float64
		if err := rows.Scan(&src, &tgt, &n, &g); err != nil {
			return err
		}
		fmt.Fprintf(w, "  %-10s %-10s %6d  %5.1f\n", src, tgt, n, g)
	}
	return rows.Err()
}
