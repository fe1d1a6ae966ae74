package store

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// helperEnv names the database a re-executed test binary should ingest into.
const helperEnv = "DYAD_STORE_HELPER_DB"

// crashDocs is the input of the crash test: mostly new documents, some
// failed inputs, and some changed versions of earlier URLs.
func crashDocs(n int) []*doc.Document {
	docs := genDocs(0, n)
	for i := 10; i < n; i += 10 {
		docs[i] = &doc.Document{Errors: []doc.ErrorEntry{{Input: "crash.jsonl",
			Record: fmt.Sprintf("line %d", i), Stage: "ingest", Message: "malformed JSON"}}}
	}
	for i := 25; i < n; i += 50 {
		docs[i] = genDoc(i-20, 12, 3) // same URL as doc i-20, different text
	}
	return docs
}

// ingestAll writes docs in batches of size, reporting progress after each.
func ingestAll(ctx context.Context, s *Store, docs []*doc.Document, size int, progress func(int)) error {
	for i := 0; i < len(docs); i += size {
		for _, r := range s.PutBatch(ctx, docs[i:min(i+size, len(docs))]) {
			if r.Err != nil {
				return r.Err
			}
		}
		progress(min(i+size, len(docs)))
	}
	return nil
}

// TestHelperIngest is the child process of TestCrashMidIngest; it does
// nothing in a normal test run.
func TestHelperIngest(t *testing.T) {
	path := os.Getenv(helperEnv)
	if path == "" {
		t.Skip("helper process only")
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := strconv.Atoi(os.Getenv(helperEnv + "_N"))
	err = ingestAll(context.Background(), s, crashDocs(n), 20, func(done int) { fmt.Printf("written %d\n", done) })
	if err != nil {
		t.Fatal(err)
	}
}

func TestCrashMidIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: re-executes the test binary")
	}
	const n = 2000
	path := filepath.Join(t.TempDir(), "crash.duckdb")
	written := runAndKill(t, path, n, 400)
	t.Logf("killed after %d of %d documents were reported written", written, n)

	ctx := context.Background()
	s, err := Open(path)
	if err != nil {
		t.Fatalf("re-open after crash: %v", err)
	}
	defer s.Close()
	checkConsistent(t, s)
	if st := mustStats(t, s); st.Documents+st.Errors < int64(written)*9/10 {
		t.Errorf("only %+v survived %d reported writes", st, written)
	}
	if err := ingestAll(ctx, s, crashDocs(n), 50, func(int) {}); err != nil {
		t.Fatal(err)
	}
	checkConsistent(t, s)

	clean := openTemp(t)
	if err := ingestAll(ctx, clean, crashDocs(n), 100, func(int) {}); err != nil {
		t.Fatal(err)
	}
	if got, want := mustStats(t, s), mustStats(t, clean); got != want {
		t.Errorf("after crash and re-run: %+v\nclean single run:     %+v", got, want)
	}
}

// runAndKill starts the helper ingesting n documents into path and sends
// SIGKILL once it reports at least after documents written.
func runAndKill(t *testing.T, path string, n, after int) int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngest$", "-test.count=1")
	cmd.Env = append(os.Environ(), helperEnv+"="+path, helperEnv+"_N="+strconv.Itoa(n))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	written := 0
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "written "); ok {
			written, _ = strconv.Atoi(v)
		}
		if written >= after {
			time.Sleep(7 * time.Millisecond) // land inside a later transaction
			_ = cmd.Process.Signal(syscall.SIGKILL)
			break
		}
	}
	_ = cmd.Wait()
	if written < after {
		t.Fatalf("helper finished or failed after %d documents before it could be killed", written)
	}
	return written
}

// checkConsistent verifies every stored document has exactly its records
// and that the URL table points at each URL's latest version.
func checkConsistent(t *testing.T, s *Store) {
	t.Helper()
	checks := map[string]string{
		"partial documents": `SELECT count(*) FROM documents d WHERE
			n_sentences != (SELECT count(*) FROM sentences x WHERE x.doc_key = d.doc_key) OR
			n_entities != (SELECT count(*) FROM entities x WHERE x.doc_key = d.doc_key) OR
			n_events != (SELECT count(*) FROM events x WHERE x.doc_key = d.doc_key) OR
			n_quotes != (SELECT count(*) FROM quotes x WHERE x.doc_key = d.doc_key) OR
			n_locations != (SELECT count(*) FROM locations x WHERE x.doc_key = d.doc_key)`,
		"orphan sentences": `SELECT count(*) FROM sentences WHERE doc_key NOT IN (SELECT doc_key FROM documents)`,
		"orphan events":    `SELECT count(*) FROM events WHERE doc_key NOT IN (SELECT doc_key FROM documents)`,
		"bad url rows": `SELECT count(*) FROM doc_urls u LEFT JOIN documents d ON d.doc_key = u.doc_key
			WHERE d.doc_key IS NULL OR NOT d.latest OR d.version != u.version`,
		"urls with several latest": `SELECT count(*) FROM (SELECT url FROM documents WHERE latest AND url != ''
			GROUP BY url HAVING count(*) > 1)`,
		"event group counts": `SELECT count(*) FROM event_groups g LEFT JOIN (SELECT group_id,
			count(DISTINCT doc_key) AS a, count(DISTINCT outlet) AS s, count(*) AS m
			FROM event_links GROUP BY group_id) c USING (group_id)
			WHERE c.m IS NULL OR g.num_articles != c.a OR g.num_sources != c.s OR g.num_mentions != c.m`,
		"links without events": `SELECT count(*) FROM event_links l WHERE l.event_id NOT IN (SELECT event_id FROM events)`,
		"links without groups": `SELECT count(*) FROM event_links WHERE group_id NOT IN (SELECT group_id FROM event_groups)`,
		"signatures without documents": `SELECT count(*) FROM minhash_sigs s WHERE
			s.doc_key NOT IN (SELECT doc_key FROM documents)`,
		"thread sizes": `SELECT count(*) FROM threads t WHERE n_docs != (SELECT count(*) FROM thread_docs d
			WHERE d.thread_id = t.thread_id)`,
		"documents without threads": `SELECT count(*) FROM documents WHERE thread_id IS NULL OR
			thread_id NOT IN (SELECT thread_id FROM threads)`,
		"duplicate thread rows": `SELECT count(*) FROM (SELECT thread_id FROM threads GROUP BY 1 HAVING count(*) > 1)`,
	}
	for name, q := range checks {
		var n int
		if err := s.DB().QueryRow(q).Scan(&n); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != 0 {
			t.Errorf("%s: %d", name, n)
		}
	}
}
