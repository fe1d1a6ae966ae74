package store

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
)

func TestZZProbe(t *testing.T) {
	path := "/tmp/probe.duckdb"
	ctx := context.Background()
	if _, err := os.Stat(path); err != nil {
		s, _ := Open(path)
		g := dedupcorpus.New(77)
		docs := corpusBatch(g, 0, 10000)
		for j := 0; j < len(docs); j += 64 {
			s.PutBatch(ctx, docs[j:min(j+64, len(docs))])
		}
		s.Close()
	}
	s, _ := Open(path)
	defer s.Close()
	docs := corpusBatch(dedupcorpus.New(78), 50000, 64)
	var bands []int64
	for _, d := range docs {
		sig := dedup.Signature(d.Text)
		for _, k := range sig.BandKeys() {
			bands = append(bands, int64(k))
		}
	}
	for _, q := range []string{
		sqlCandidates,
		`SELECT count(*) FROM minhash_bands WHERE band_hash IN (SELECT unnest($1::BIGINT[]))`,
		`SELECT count(*) FROM minhash_bands b JOIN (SELECT unnest($1::BIGINT[]) AS h) q ON b.band_hash = q.h`,
		`SELECT s.doc_no, s.sig FROM minhash_sigs s WHERE s.doc_no IN (SELECT b.doc_no FROM minhash_bands b JOIN (SELECT unnest($1::BIGINT[]) AS h) q ON b.band_hash = q.h)`,
	} {
		for i := 0; i < 3; i++ {
			t0 := time.Now()
			rows, err := s.DB().QueryContext(ctx, q, bands)
			if err != nil {
				t.Fatal(err)
			}
			n := 0
			for rows.Next() {
				n++
			}
			rows.Close()
			t.Logf("%v rows %d: %.60s", time.Since(t0), n, q)
		}
	}
}
