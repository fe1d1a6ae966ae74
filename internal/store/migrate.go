package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// migration is one versioned schema step. Its statements run in order inside
// one transaction together with the schema_migrations bookkeeping row.
type migration struct {
	version int
	name    string
	stmts   []string
}

// migrations is the schema history. Append new steps; never edit a released one.
var migrations = []migration{
	{1, "documents, sentences, ingest errors", []string{
		`CREATE TABLE documents (
			doc_key VARCHAR PRIMARY KEY,
			doc_no BIGINT NOT NULL,
			id VARCHAR NOT NULL,
			title VARCHAR NOT NULL,
			date DATE,
			url VARCHAR NOT NULL,
			source VARCHAR NOT NULL,
			authors VARCHAR[],
			text VARCHAR NOT NULL,
			version INTEGER NOT NULL,
			latest BOOLEAN NOT NULL,
			superseded_by VARCHAR,
			duplicate_of VARCHAR,
			ingested_at TIMESTAMP NOT NULL,
			n_sentences INTEGER NOT NULL)`,
		`CREATE TABLE doc_urls (
			url VARCHAR PRIMARY KEY,
			doc_key VARCHAR NOT NULL,
			version INTEGER NOT NULL)`,
		`CREATE TABLE sentences (
			doc_key VARCHAR NOT NULL,
			doc_no BIGINT NOT NULL,
			idx INTEGER NOT NULL,
			text VARCHAR NOT NULL,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL,
			paragraph INTEGER NOT NULL)`,
		`CREATE TABLE ingest_errors (
			err_key VARCHAR PRIMARY KEY,
			doc_key VARCHAR,
			input VARCHAR NOT NULL,
			record VARCHAR NOT NULL,
			stage VARCHAR NOT NULL,
			message VARCHAR NOT NULL,
			logged_at TIMESTAMP NOT NULL)`,
	}},
	{2, "entities, events", []string{
		`CREATE TABLE entities (
			doc_key VARCHAR NOT NULL,
			doc_no BIGINT NOT NULL,
			idx INTEGER NOT NULL,
			sentence INTEGER NOT NULL,
			text VARCHAR NOT NULL,
			name VARCHAR NOT NULL,
			type VARCHAR NOT NULL,
			code VARCHAR NOT NULL,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL)`,
		`CREATE TABLE events (
			event_id VARCHAR NOT NULL,
			doc_key VARCHAR NOT NULL,
			doc_no BIGINT NOT NULL,
			idx INTEGER NOT NULL,
			sentence INTEGER NOT NULL,
			source_text VARCHAR, source_name VARCHAR, source_code VARCHAR, source_country VARCHAR,
			target_text VARCHAR, target_name VARCHAR, target_code VARCHAR, target_country VARCHAR,
			cameo VARCHAR NOT NULL,
			root VARCHAR NOT NULL,
			plover VARCHAR NOT NULL,
			goldstein DOUBLE NOT NULL,
			quad_class INTEGER NOT NULL,
			date DATE,
			doc_date DATE,
			verb VARCHAR NOT NULL,
			verb_start INTEGER NOT NULL,
			verb_end INTEGER NOT NULL,
			rule VARCHAR NOT NULL,
			negated BOOLEAN NOT NULL,
			hypothetical BOOLEAN NOT NULL,
			attribution VARCHAR NOT NULL)`,
		`ALTER TABLE documents ADD COLUMN n_entities INTEGER DEFAULT 0`,
		`ALTER TABLE documents ADD COLUMN n_events INTEGER DEFAULT 0`,
	}},
	{3, "quotes, locations, event locations", []string{
		`CREATE TABLE quotes (
			doc_key VARCHAR NOT NULL,
			doc_no BIGINT NOT NULL,
			idx INTEGER NOT NULL,
			sentence INTEGER NOT NULL,
			text VARCHAR NOT NULL,
			speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR, speaker_country VARCHAR,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL,
			direct BOOLEAN NOT NULL,
			fragment BOOLEAN NOT NULL,
			via VARCHAR,
			date DATE)`,
		`CREATE TABLE locations (
			doc_key VARCHAR NOT NULL,
			doc_no BIGINT NOT NULL,
			idx INTEGER NOT NULL,
			sentence INTEGER NOT NULL,
			text VARCHAR NOT NULL,
			name VARCHAR NOT NULL,
			country VARCHAR NOT NULL,
			admin1 VARCHAR NOT NULL,
			lat DOUBLE NOT NULL,
			lon DOUBLE NOT NULL,
			start INTEGER NOT NULL,
			"end" INTEGER NOT NULL)`,
		`ALTER TABLE events ADD COLUMN loc_text VARCHAR`,
		`ALTER TABLE events ADD COLUMN loc_name VARCHAR`,
		`ALTER TABLE events ADD COLUMN loc_country VARCHAR`,
		`ALTER TABLE events ADD COLUMN loc_admin1 VARCHAR`,
		`ALTER TABLE events ADD COLUMN lat DOUBLE`,
		`ALTER TABLE events ADD COLUMN lon DOUBLE`,
		`ALTER TABLE events ADD COLUMN loc_sentence INTEGER`,
		`ALTER TABLE events ADD COLUMN loc_start INTEGER`,
		`ALTER TABLE events ADD COLUMN loc_end INTEGER`,
		`ALTER TABLE documents ADD COLUMN n_quotes INTEGER DEFAULT 0`,
		`ALTER TABLE documents ADD COLUMN n_locations INTEGER DEFAULT 0`,
	}},
	{4, "event date text, historical flag, inferred locations, geo ids, quote paragraphs", []string{
		`ALTER TABLE events ADD COLUMN date_text VARCHAR`,
		`ALTER TABLE events ADD COLUMN historical BOOLEAN DEFAULT false`,
		`ALTER TABLE events ADD COLUMN loc_inferred BOOLEAN`,
		`ALTER TABLE events ADD COLUMN loc_geo_id BIGINT`,
		`ALTER TABLE locations ADD COLUMN inferred BOOLEAN DEFAULT false`,
		`ALTER TABLE locations ADD COLUMN geo_id BIGINT`,
		`ALTER TABLE quotes ADD COLUMN paragraph INTEGER DEFAULT 0`,
	}},
	{5, "near-duplicate index, event groups, story threads", migration5},
	// The LSH index is rebuilt in memory from minhash_sigs (dedup.Sketch):
	// the band table cost 42 rows a document and one scan per batch.
	{6, "drop minhash_bands", []string{`DROP TABLE IF EXISTS minhash_bands`}},
}

// SchemaVersion is the schema version Open brings every database to.
var SchemaVersion = migrations[len(migrations)-1].version

// migrate applies every migration newer than the database's version, up to
// and including max, each in its own transaction.
func migrate(ctx context.Context, db *sql.DB, max int) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, applied_at TIMESTAMP NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	cur, err := currentVersion(ctx, db)
	if err != nil {
		return err
	}
	if cur > SchemaVersion {
		return fmt.Errorf("database schema version %d is newer than this dyad supports (%d): upgrade dyad", cur, SchemaVersion)
	}
	for _, m := range migrations {
		if m.version <= cur || m.version > max {
			continue
		}
		if err := apply(ctx, db, m); err != nil {
			return err
		}
	}
	return nil
}

// currentVersion is the highest applied migration, 0 for a new database.
func currentVersion(ctx context.Context, db *sql.DB) (int, error) {
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return int(v.Int64), nil
}

// apply runs one migration and records it, all or nothing.
func apply(ctx context.Context, db *sql.DB, m migration) error {
	err := applyTx(ctx, db, m)
	if err == nil || !strings.Contains(err.Error(), "another transaction has altered this table") {
		return err
	}
	return applyEach(ctx, db, m)
}

// applyEach applies a migration one statement at a time, each made
// idempotent (IF NOT EXISTS), then records the version. DuckDB refuses
// several ALTERs of one non-empty table in a single transaction; this path
// stays safe after a crash because re-running it repeats nothing.
func applyEach(ctx context.Context, db *sql.DB, m migration) error {
	for i, q := range m.stmts {
		q = strings.Replace(q, " ADD COLUMN ", " ADD COLUMN IF NOT EXISTS ", 1)
		if strings.HasPrefix(q, "CREATE TABLE ") && !strings.HasPrefix(q, "CREATE TABLE IF") {
			q = "CREATE TABLE IF NOT EXISTS " + strings.TrimPrefix(q, "CREATE TABLE ")
		}
		if _, err := db.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("migration %d (%s) statement %d: %w", m.version, m.name, i+1, err)
		}
	}
	if _, err := db.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?)`, m.version, time.Now().UTC()); err != nil {
		return fmt.Errorf("migration %d (%s): record version: %w", m.version, m.name, err)
	}
	return nil
}

// applyTx applies a migration in one transaction.
func applyTx(ctx context.Context, db *sql.DB, m migration) (err error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %d (%s): %w", m.version, m.name, err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	for i, q := range m.stmts {
		if _, err = tx.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("migration %d (%s) statement %d: %w", m.version, m.name, i+1, err)
		}
	}
	if _, err = tx.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (?, ?)`, m.version, time.Now().UTC()); err != nil {
		return fmt.Errorf("migration %d (%s): record version: %w", m.version, m.name, err)
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("migration %d (%s): commit: %w", m.version, m.name, err)
	}
	return nil
}
