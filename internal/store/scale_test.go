package store

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestScale is issue #6's scale check, off by default: DYAD_SCALE=100000
// ingests that many generated articles (a quarter near duplicates) through
// a store on disk and prints, every 10,000 articles, the ingest rate, the
// near-duplicate lookup time per article, the peak and current resident
// size and the Go heap, so that growth of memory with the number of stored
// articles can be seen. It fails if the lookup takes 1 ms per article or
// more. DYAD_DB_MEMORY sets the DuckDB memory limit.
//
//	DYAD_SCALE=100000 go test -run TestScale -v -timeout 60m ./internal/store
func TestScale(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("DYAD_SCALE"))
	if err != nil || n <= 0 {
		t.Skip("set DYAD_SCALE=100000 to run the scale check")
	}
	s := openTemp(t)
	var limit string
	if err := s.DB().QueryRow(`SELECT current_setting('memory_limit')`).Scan(&limit); err != nil {
		t.Fatal(err)
	}
	t.Logf("DuckDB memory_limit %s, PutBatch of %d", limit, scaleBatch)
	t.Logf("%8s %9s %9s %11s %11s %9s %9s %8s %8s", "articles", "art/s", "art/s-now",
		"lookup-µs", "lookup-now", "peak-MB", "rss-MB", "heap-MB", "index-MB")
	start, last := time.Now(), time.Now()
	var lastDone int
	var lastLookup time.Duration
	var lastDocs int64
	next := 10000
	ingestGenerated(t, s, n, func(done int) {
		if done < next && done < n {
			return
		}
		next += 10000
		s.mu.Lock()
		lt, ld, ix := s.lookupTime, s.lookupDocs, s.ix.Bytes()
		s.mu.Unlock()
		now := float64((lt - lastLookup).Microseconds()) / float64(max(1, ld-lastDocs))
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		t.Logf("%8d %9.0f %9.0f %11.1f %11.1f %9.0f %9.0f %8.0f %8.1f", done,
			float64(done)/time.Since(start).Seconds(), float64(done-lastDone)/time.Since(last).Seconds(),
			s.lookupMicros(), now, peakRSS(), procStatus("VmRSS:"), float64(ms.HeapAlloc)/(1<<20), float64(ix)/(1<<20))
		last, lastDone, lastLookup, lastDocs = time.Now(), done, lt, ld
	})
	logDuckDBMemory(t, s)
	fi, err := os.Stat(s.Path())
	if err == nil {
		t.Logf("database file %.0f MB", float64(fi.Size())/(1<<20))
	}
	if us := s.lookupMicros(); us >= 1000 {
		t.Errorf("near-duplicate lookup %.0f µs per article at %d articles, want < 1000", us, n)
	}
}

// procStatus is a size field of /proc/self/status in MB, 0 if unreadable.
func procStatus(field string) float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, field); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			return float64(kb) / 1024
		}
	}
	return 0
}

// logDuckDBMemory logs DuckDB's own account of its memory by tag.
func logDuckDBMemory(t *testing.T, s *Store) {
	rows, err := s.DB().Query(`SELECT tag, memory_usage_bytes, temporary_storage_bytes FROM duckdb_memory()
		WHERE memory_usage_bytes > 0 OR temporary_storage_bytes > 0 ORDER BY 2 DESC`)
	if err != nil {
		t.Logf("duckdb_memory: %v", err)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var tag string
		var mem, tmp int64
		if rows.Scan(&tag, &mem, &tmp) == nil {
			t.Logf("DuckDB %-20s %6.1f MB in memory, %6.1f MB spilled", tag, float64(mem)/(1<<20), float64(tmp)/(1<<20))
		}
	}
}
