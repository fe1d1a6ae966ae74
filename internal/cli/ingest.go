package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/ingest"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/progress"
	"github.com/dyad-project/dyad/internal/store"
)

const defaultDB = "dyad.duckdb"

func runIngest(env Env, args []string) int {
	fs := newFlagSet("ingest", "PATH...", "Analyses documents and writes them, with their sentences, actors and events, into the\nembedded DuckDB store. Re-ingesting the same content adds nothing.")
	var cf codingFlags
	cf.register(fs)
	db := fs.String("db", defaultDB, "DuckDB database file")
	in := fs.String("in", "", "input format, overriding detection: txt, html, jsonl, rss, atom, warc")
	mem := fs.String("db-memory", "", "DuckDB memory limit, e.g. 256MB or 2GB (default $DYAD_DB_MEMORY, else "+store.DefaultMemoryLimit+")")
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(env.Stderr, "dyad ingest: no input; give one or more paths, or - for standard input")
		return ExitUsage
	}
	p, err := cf.pipeline()
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitUsage
	}
	r, err := ingest.New(fs.Args(), ingest.Options{Format: *in})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitUsage
	}
	st, err := store.OpenWith(*db, store.Options{MemoryLimit: *mem})
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitUsage
	}
	defer st.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	sum, err := ingestAll(ctx, p, r, st, env.Stderr)
	fmt.Fprintf(env.Stderr, "dyad ingest: %s into %s\n", sum, *db)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad ingest: %v\n", err)
		return ExitPartial
	}
	if sum.failed > 0 {
		return ExitPartial
	}
	return ExitOK
}

// summary counts what an ingest run did.
type summary struct{ read, added, dups, same, failed, events int }

func (s summary) String() string {
	return fmt.Sprintf("%d documents read: %d added (%d near-duplicates of stored articles), %d already stored, %d failed; %d events added",
		s.read, s.added, s.dups, s.same, s.failed, s.events)
}

// docSource is a stream of documents with byte counts for progress
// (ingest.Reader and its wrappers).
type docSource interface {
	Each(ctx context.Context, fn func(*doc.Document) error) error
	BytesRead() int64
	TotalBytes() int64
}

// ingestBatch is how many documents go into one store transaction: a
// transaction has a fixed cost of several milliseconds and each batch one
// round of index, group and thread lookups, so larger batches ingest
// faster, at the price of holding that many analysed documents.
const ingestBatch = 256

// ingestAll analyses every document of r and stores it, in batches of
// ingestBatch whole documents, with a progress line on a terminal.
func ingestAll(ctx context.Context, p *pipeline.Pipeline, r docSource, st *store.Store, errw io.Writer) (summary, error) {
	var sum summary
	bar := progress.New(errw, "ingest", r.TotalBytes(), "bytes")
	var batch []*doc.Document
	var lastBytes int64
	flush := func() error {
		for i, res := range st.PutBatch(ctx, batch) {
			sum.count(batch[i], res, errw)
		}
		batch = batch[:0]
		return ctx.Err()
	}
	err := p.Run(ctx, r.Each, 0, func(d *doc.Document) error {
		batch = append(batch, d)
		b := r.BytesRead()
		bar.Add(1, b-lastBytes)
		lastBytes = b
		if len(batch) >= ingestBatch {
			return flush()
		}
		return nil
	})
	if ferr := flush(); err == nil {
		err = ferr
	}
	bar.Done()
	return sum, err
}

func (s *summary) count(d *doc.Document, res store.Result, errw io.Writer) {
	s.read++
	switch {
	case res.Err != nil:
		s.failed++
		fmt.Fprintf(errw, "dyad: %s: not stored: %v\n", d.ID, res.Err)
	case len(d.Errors) > 0:
		s.failed++
		reportErrors(errw, d)
	case res.Added:
		s.added++
		s.events += len(d.Events)
		if d.DuplicateOf != "" {
			s.dups++
		}
	default:
		s.same++
	}
}
