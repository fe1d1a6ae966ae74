package store

import (
	"context"
	"testing"
	"time"
)

func TestProtoBig(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	_, err := s.DB().ExecContext(ctx, `INSERT INTO documents (doc_key, doc_no, id, title, url, source, text, version, latest, ingested_at, n_sentences)
		SELECT sha256(i::VARCHAR), i+1, 'id'||i, 't', 'https://x/'||i, 's', 'text', 1, true, now()::TIMESTAMP, 0 FROM range(500000) r(i)`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.DB().ExecContext(ctx, `INSERT INTO doc_urls SELECT url, doc_key, 1 FROM documents`)
	if err != nil {
		t.Fatal(err)
	}
	_, err = s.DB().ExecContext(ctx, `INSERT INTO sentences SELECT doc_key, doc_no, i, 'sentence text here', 0, 10, 1 FROM documents, range(20) r(i) ORDER BY doc_no`)
	if err != nil {
		t.Fatal(err)
	}
	docs := genDocs(0, 1000)
	t0 := time.Now()
	ingestAll(ctx, s, docs, 100, func(int) {})
	t.Log("1000 docs in batches of 100:", time.Since(t0))
	t0 = time.Now()
	for _, d := range docs[:20] {
		s.Document(ctx, d.ID)
	}
	t.Log("20 Document reads:", time.Since(t0))
}

func TestProtoBigQueries(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.DB().ExecContext(ctx, `INSERT INTO documents (doc_key, doc_no, id, title, url, source, text, version, latest, ingested_at, n_sentences)
		SELECT sha256(i::VARCHAR), i+1, 'id'||i, 't', 'https://x/'||i, 's', 'text', 1, true, now()::TIMESTAMP, 0 FROM range(500000) r(i)`)
	s.DB().ExecContext(ctx, `INSERT INTO sentences SELECT doc_key, doc_no, i, 'sentence text here', 0, 10, 1 FROM documents, range(20) r(i) ORDER BY doc_no`)
	for _, q := range []string{
		`SELECT count(*) FROM documents WHERE doc_key = $1 OR id = $1`,
		`SELECT count(*) FROM documents WHERE doc_key = $1`,
		`SELECT count(*) FROM documents WHERE id = $1`,
		`SELECT count(*) FROM sentences WHERE doc_no = 4567 AND $1 != `,
		`SELECT count(*) FROM events WHERE doc_no = 4567 AND $1 != `,
		`SELECT count(*) FROM ingest_errors WHERE doc_key = $1`,
	} {
		t0 := time.Now()
		var n int
		for range 10 {
			if err := s.DB().QueryRowContext(ctx, q, "id4567").Scan(&n); err != nil {
				t.Log(err)
			}
		}
		t.Log(time.Since(t0)/10, q)
	}
}
