// Package api is dyad's read-only JSON API over the store (docs/api.md),
// plus an optional authenticated ingest endpoint. It uses net/http only and
// never writes to the database itself: ingestion goes through an Ingester
// supplied by the caller.
package api

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"time"

	"github.com/dyad-project/dyad/internal/api/query"
	"github.com/dyad-project/dyad/internal/doc"
)

// Defaults of Options.
const (
	DefaultQueryTimeout = 10 * time.Second
	DefaultMaxBody      = 32 << 20
	DefaultLimit        = 50
	MaxLimit            = 500
)

// Summary is what an ingest request did.
type Summary struct {
	Read   int      `json:"read"`
	Added  int      `json:"added"`
	Same   int      `json:"same"`
	Failed int      `json:"failed"`
	Events int      `json:"events"`
	Errors []string `json:"errors"`
}

// Ingester analyses and stores documents (the pipeline plus the store,
// wired by the caller so this package does not depend on them).
type Ingester interface {
	Ingest(ctx context.Context, docs []*doc.Document) (Summary, error)
}

// Options configures the handler.
type Options struct {
	// Static serves everything outside /api/ (the web explorer); nil gives 404.
	Static http.Handler
	// Token enables POST /api/ingest with bearer authentication; it also
	// needs Ingester. Empty disables ingestion (404).
	Token    string
	Ingester Ingester
	// QueryTimeout bounds each request's database work (DefaultQueryTimeout).
	QueryTimeout time.Duration
	// MaxBody caps request bodies in bytes (DefaultMaxBody).
	MaxBody int64
}

// server holds the handler's state.
type server struct {
	db     *sql.DB
	opt    Options
	schema query.Schema
}

// New returns the API handler over db. It inspects the schema once, at
// start, for optional tables (threads) and columns (event counts).
func New(db *sql.DB, opt Options) http.Handler {
	if opt.QueryTimeout <= 0 {
		opt.QueryTimeout = DefaultQueryTimeout
	}
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	s := &server{db: db, opt: opt}
	ctx, cancel := context.WithTimeout(context.Background(), opt.QueryTimeout)
	defer cancel()
	s.schema, _ = query.Detect(ctx, db) // on error: serve without optional parts
	return s.routes()
}

// routes builds the mux.
func (s *server) routes() http.Handler {
	mux := http.NewServeMux()
	get := map[string]func(*http.Request) (any, error){
		"/api/events":          s.events,
		"/api/documents/{key}": s.document,
		"/api/actors":          s.actors,
		"/api/actors/{code}":   s.actor,
		"/api/timeline":        s.timeline,
		"/api/network":         s.network,
		"/api/threads":         s.threads,
		"/api/threads/{id}":    s.thread,
		"/api/stats":           s.stats,
		"/api/openapi.json":    s.openapi,
	}
	for path, h := range get {
		mux.Handle("GET "+path, s.handle(h))
	}
	if s.opt.Token != "" && s.opt.Ingester != nil {
		mux.Handle("POST /api/ingest", s.handle(s.ingest))
	}
	mux.Handle("/api/", s.handle(func(r *http.Request) (any, error) {
		return nil, errorf(http.StatusNotFound, "no endpoint %s %s: see /api/openapi.json", r.Method, r.URL.Path)
	}))
	if s.opt.Static != nil {
		mux.Handle("/", s.opt.Static)
	}
	return mux
}

// handle adapts a JSON endpoint: per-query deadline, body limit, JSON
// errors and panics turned into 500s.
func (s *server) handle(h func(*http.Request) (any, error)) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), s.opt.QueryTimeout)
		defer cancel()
		r = r.WithContext(ctx)
		r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
		defer func() {
			if p := recover(); p != nil {
				writeError(w, &httpError{http.StatusInternalServerError, fmt.Sprintf("internal error: %v", p)})
			}
		}()
		v, err := h(r)
		if err != nil {
			writeError(w, classify(ctx, err))
			return
		}
		writeJSON(w, http.StatusOK, v)
	})
}
