package store

import (
	"context"
	"path/filepath"
	"testing"
)

func TestUpgradeFromV1(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.duckdb")
	old, err := openAt(ctx, path, 1, Options{})
	if err != nil {
		t.Fatal(err)
	}
	_, err = old.DB().ExecContext(ctx, `INSERT INTO documents VALUES ('k1', 1, 'old-1', 'Old title',
		DATE '2023-05-06', 'https://news.example/old', 'src', ['A'], 'Old text.', 1, true, NULL, NULL,
		now()::TIMESTAMP, 1)`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.DB().ExecContext(ctx, `INSERT INTO sentences VALUES ('k1', 1, 0, 'Old title', 0, 9, 0)`); err != nil {
		t.Fatal(err)
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	for round := range 2 { // the second open must be a no-op
		s, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		var n int
		if err := s.DB().QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != SchemaVersion {
			t.Errorf("round %d: %d migrations recorded (%v), want %d", round, n, err, SchemaVersion)
		}
		d, err := s.Document(ctx, "old-1")
		if err != nil || d.Title != "Old title" || len(d.Sentences) != 1 || len(d.Events) != 0 {
			t.Errorf("round %d: old document after upgrade: %+v, %v", round, d, err)
		}
		if added, err := s.Put(ctx, genDoc(1, 3, 2)); err != nil || added != (round == 0) {
			t.Errorf("round %d: Put after upgrade = %v, %v", round, added, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRefuseNewerSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "new.duckdb")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO schema_migrations VALUES (999, now()::TIMESTAMP)`); err != nil {
		t.Fatal(err)
	}
	_ = s.Close()
	if s, err := Open(path); err == nil {
		_ = s.Close()
		t.Fatal("opened a database with a newer schema")
	}
}
