package cli

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/dyad-project/dyad/internal/api"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/pipeline"
	"github.com/dyad-project/dyad/internal/store"
	"github.com/dyad-project/dyad/internal/web"
)

// runServe is `dyad serve`: the JSON API and the web explorer.
func runServe(env Env, args []string) int {
	fs := newFlagSet("serve", "", "Serves the JSON API (docs/api.md) over the store and the web explorer at /.\nWith --token (or DYAD_TOKEN) POST /api/ingest accepts JSON Lines documents.")
	var cf codingFlags
	cf.register(fs)
	dbPath := fs.String("db", defaultDB, "DuckDB database file")
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on")
	token := fs.String("token", "", "bearer token enabling POST /api/ingest (default $DYAD_TOKEN)")
	if st, ok := parse(fs, args, env); !ok {
		return st
	}
	st, err := store.Open(*dbPath)
	if err != nil {
		fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
		return ExitUsage
	}
	defer st.Close()
	opt := api.Options{Static: web.Handler(), Token: *token}
	if opt.Token == "" {
		opt.Token = os.Getenv("DYAD_TOKEN")
	}
	if opt.Token != "" {
		p, err := cf.pipeline()
		if err != nil {
			fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
			return ExitUsage
		}
		opt.Ingester = &storeIngester{p: p, st: st}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, *addr, api.New(st.DB(), opt), env); err != nil {
		fmt.Fprintf(env.Stderr, "dyad serve: %v\n", err)
		return ExitUsage
	}
	return ExitOK
}

// serve listens on addr and serves h until ctx ends, then shuts down
// gracefully (in-flight requests get 15 s).
func serve(ctx context.Context, addr string, h http.Handler, env Env) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 1 << 20}
	fmt.Fprintf(env.Stderr, "dyad serve: listening on http://%s/ (Ctrl-C to stop)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return fmt.Errorf("serve %s: %w", addr, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve %s: %w", addr, err)
	}
	return nil
}

// storeIngester runs POSTed documents through the pipeline into the store.
type storeIngester struct {
	p  *pipeline.Pipeline
	st *store.Store
}

// Ingest analyses docs and stores them.
func (in *storeIngester) Ingest(ctx context.Context, docs []*doc.Document) (api.Summary, error) {
	var done []*doc.Document
	src := func(ctx context.Context, fn func(*doc.Document) error) error {
		for _, d := range docs {
			if err := fn(d); err != nil {
				return err
			}
		}
		return nil
	}
	err := in.p.Run(ctx, src, 0, func(d *doc.Document) error { done = append(done, d); return nil })
	if err != nil {
		return api.Summary{}, err
	}
	sum := api.Summary{Errors: []string{}}
	for i := 0; i < len(done); i += ingestBatch {
		part := done[i:min(i+ingestBatch, len(done))]
		for j, res := range in.st.PutBatch(ctx, part) {
			countStored(&sum, part[j], res)
		}
	}
	return sum, nil
}

// countStored adds one stored document of a POSTed batch to sum.
func countStored(sum *api.Summary, d *doc.Document, res store.Result) {
	sum.Read++
	switch {
	case res.Err != nil:
		sum.Failed++
		sum.Errors = append(sum.Errors, fmt.Sprintf("%s: not stored: %v", d.ID, res.Err))
	case len(d.Errors) > 0:
		sum.Failed++
		for _, e := range d.Errors {
			sum.Errors = append(sum.Errors, e.Error())
		}
	case res.Added:
		sum.Added++
		sum.Events += len(d.Events)
	default:
		sum.Same++
	}
}
