package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"time"

	duckdb "github.com/duckdb/duckdb-go/v2"

	"github.com/dyad-project/dyad/internal/dedup"
)

// appendTables are the tables written through appenders, in flush order.
var appendTables = []string{"documents", "sentences", "entities", "events", "quotes", "locations", "doc_urls",
	"minhash_sigs", "event_groups", "event_links", "thread_docs", "threads"}

// Prepared statements used by the writer.
const (
	sqlLastNo    = `SELECT coalesce(max(doc_no), 0) FROM documents`
	sqlDocKnown  = `SELECT doc_key FROM documents WHERE doc_key IN (SELECT unnest($1::VARCHAR[]))`
	sqlURLLatest = `SELECT url, doc_key, version FROM doc_urls WHERE url IN (SELECT unnest($1::VARCHAR[]))`
	sqlURLUpdate = `UPDATE doc_urls SET doc_key = $2, version = $3 WHERE url = $1`
	sqlSupersede = `UPDATE documents SET latest = false, superseded_by = $2 WHERE doc_key = $1`
	sqlErrInsert = `INSERT INTO ingest_errors SELECT k, NULLIF(d, ''), i, r, s, m, $7::TIMESTAMP FROM (
		SELECT unnest($1::VARCHAR[]) AS k, unnest($2::VARCHAR[]) AS d, unnest($3::VARCHAR[]) AS i,
		unnest($4::VARCHAR[]) AS r, unnest($5::VARCHAR[]) AS s, unnest($6::VARCHAR[]) AS m)
		ON CONFLICT DO NOTHING`
)

// writer owns the single write connection: its appenders and prepared
// statements live across transactions. After any failed write the store
// discards the writer and builds a fresh one, so no half-flushed appender
// state survives an error.
type writer struct {
	conn  driver.Conn
	apps  map[string]*duckdb.Appender
	stmts map[string]driver.Stmt
	tx    driver.Tx
	// lastNo is the highest doc_no stored or appended; the writer is the
	// only one, and is rebuilt (re-reading it) after any failure.
	lastNo int64
	// lastGroup and lastThread are the highest event group and thread ids.
	lastGroup, lastThread int64
	// dupTime is the time spent on near-duplicate lookups (signatures,
	// candidate queries, verification) for dupDocs documents; the store
	// collects and resets it after each transaction.
	dupTime time.Duration
	dupDocs int64
	// ix is the store's index of committed signatures; the store adds the
	// transaction's new ones (txState.indexed) after the commit.
	ix *dedup.Sketch
	txState
}

// txState is what the open transaction knows and will write at commit.
// Lookups are made in bulk before a batch and rows are flushed only at
// commit: per-document flushes and point queries dominated write time.
type txState struct {
	now        time.Time          // ingest time of everything in the transaction
	known      map[string]bool    // doc keys stored or appended
	urls       map[string]*urlVer // latest version of each URL looked up or written
	superseded [][2]string        // (old key, new key) pairs to mark at commit
	errs       errRows            // ingest errors to insert at commit
	link       linkState          // near duplicates, event groups, threads
	indexed    []indexedSig       // signatures written, for the index after commit
}

// indexedSig is a signature written in the open transaction.
type indexedSig struct {
	seq int64
	sig *dedup.Sig
}

// errRows are ingest_errors columns, one slice per column.
type errRows struct {
	key, doc, input, record, stage, message []string
	seen                                    map[string]bool
}

// urlVer is the latest stored version of one URL.
type urlVer struct {
	key     string
	version int
	stored  bool // a doc_urls row exists (update it) rather than pending insert
	dirty   bool // changed in this transaction
}

// newWriter connects and prepares appenders and statements.
func newWriter(ctx context.Context, c *duckdb.Connector) (w *writer, err error) {
	conn, err := c.Connect(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect: %w", err)
	}
	w = &writer{conn: conn, apps: map[string]*duckdb.Appender{}, stmts: map[string]driver.Stmt{}}
	defer func() {
		if err != nil {
			_ = w.close()
		}
	}()
	for _, t := range appendTables {
		if w.apps[t], err = duckdb.NewAppender(conn, "", "", t); err != nil {
			return nil, fmt.Errorf("appender for %s: %w", t, err)
		}
	}
	queries := []string{sqlLastNo, sqlDocKnown, sqlURLLatest, sqlURLUpdate, sqlSupersede, sqlErrInsert}
	for _, q := range append(queries, linkQueries...) {
		st, err := conn.(driver.ConnPrepareContext).PrepareContext(ctx, q)
		if err != nil {
			return nil, fmt.Errorf("prepare %q: %w", q, err)
		}
		w.stmts[q] = st
	}
	for q, dst := range map[string]*int64{sqlLastNo: &w.lastNo, sqlLastGroup: &w.lastGroup, sqlLastThread: &w.lastThread} {
		err = w.query(ctx, q, nil, func(r []driver.Value) { *dst = r[0].(int64) })
		if err != nil {
			return nil, fmt.Errorf("read last document, group and thread numbers: %w", err)
		}
	}
	return w, nil
}

// close releases everything the writer holds; pending rows are discarded.
func (w *writer) close() error {
	var errs []error
	if w.tx != nil {
		errs = append(errs, w.tx.Rollback())
		w.tx = nil
	}
	for _, a := range w.apps {
		_ = a.Clear()
		errs = append(errs, a.Close())
	}
	for _, st := range w.stmts {
		errs = append(errs, st.Close())
	}
	errs = append(errs, w.conn.Close())
	return errors.Join(errs...)
}

// begin starts a transaction on the write connection.
func (w *writer) begin(ctx context.Context) error {
	tx, err := w.conn.(driver.ConnBeginTx).BeginTx(ctx, driver.TxOptions{})
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	w.tx = tx
	w.txState = txState{now: time.Now().UTC(), known: map[string]bool{}, urls: map[string]*urlVer{},
		errs: errRows{seen: map[string]bool{}}, link: newLinkState()}
	return nil
}

// commit writes the buffered rows and version bookkeeping and ends the
// open transaction.
func (w *writer) commit(ctx context.Context) error {
	if err := w.finishVersions(ctx); err != nil {
		return err
	}
	if err := w.flush(); err != nil {
		return err
	}
	if err := w.insertErrors(ctx); err != nil {
		return err
	}
	if err := w.finishLinks(ctx); err != nil {
		return err
	}
	tx := w.tx
	w.tx = nil
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// flush moves every appender's buffered rows into the open transaction.
func (w *writer) flush() error {
	for _, t := range appendTables {
		if err := w.apps[t].Flush(); err != nil {
			return fmt.Errorf("write %s: %w", t, err)
		}
	}
	return nil
}

// exec runs a prepared statement with positional arguments.
func (w *writer) exec(ctx context.Context, q string, args ...any) error {
	_, err := w.stmts[q].(driver.StmtExecContext).ExecContext(ctx, named(args))
	return err
}

// query runs a prepared query and calls row for every result row.
func (w *writer) query(ctx context.Context, q string, args []any, row func([]driver.Value)) error {
	rows, err := w.stmts[q].(driver.StmtQueryContext).QueryContext(ctx, named(args))
	if err != nil {
		return err
	}
	defer rows.Close()
	vals := make([]driver.Value, len(rows.Columns()))
	for {
		if err := rows.Next(vals); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
		row(vals)
	}
}

// named converts positional arguments for the driver interfaces.
func named(args []any) []driver.NamedValue {
	nv := make([]driver.NamedValue, len(args))
	for i, a := range args {
		nv[i] = driver.NamedValue{Ordinal: i + 1, Value: a}
	}
	return nv
}
