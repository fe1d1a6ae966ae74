package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// openTemp opens a store in a fresh temporary directory.
func openTemp(t testing.TB) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "dyad.duckdb"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// mustStats reads the store's stats or fails the test.
func mustStats(t testing.TB, s *Store) Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestPutRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	in := genDoc(7, 20, 5)
	in.Errors = []doc.ErrorEntry{{Input: "in.jsonl", Record: "line 3", Stage: "clean", Message: "boilerplate removed"}}
	in.DuplicateOf = "doc-00001"
	added, err := s.Put(ctx, in)
	if err != nil || !added {
		t.Fatalf("Put = %v, %v; want true, nil", added, err)
	}
	if len(in.ContentHash) != 64 {
		t.Fatalf("ContentHash not set: %q", in.ContentHash)
	}
	for _, id := range []string{in.ID, in.ContentHash} {
		got, err := s.Document(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, in) {
			t.Errorf("Document(%s) round trip differs:\n got %+v\nwant %+v", id, got, in)
		}
	}
	if _, err := s.Document(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Document(nope) err = %v, want ErrNotFound", err)
	}
}

func TestStatsCounts(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	for _, d := range genDocs(0, 3) {
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	want := Stats{Documents: 3, Sentences: 63, Entities: 60, Events: 15, Quotes: 6, Locations: 3,
		FirstDate: "2024-01-01", LastDate: "2024-03-03"}
	if got := mustStats(t, s); got != want {
		t.Errorf("Stats = %+v\nwant %+v", got, want)
	}
}

func TestIdempotent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := genDocs(0, 20)
	for _, r := range s.PutBatch(ctx, docs) {
		if r.Err != nil || !r.Added {
			t.Fatalf("first batch result %+v", r)
		}
	}
	before := mustStats(t, s)
	for _, r := range s.PutBatch(ctx, genDocs(0, 20)) {
		if r.Err != nil || r.Added {
			t.Fatalf("second batch result %+v, want not added", r)
		}
	}
	for _, d := range genDocs(0, 20) {
		if added, err := s.Put(ctx, d); added || err != nil {
			t.Fatalf("re-Put = %v, %v", added, err)
		}
	}
	if after := mustStats(t, s); after != before {
		t.Errorf("stats changed on re-ingest:\n%+v\n%+v", before, after)
	}
}

func TestHashIgnoresWhitespace(t *testing.T) {
	a := &doc.Document{Title: "Talks  resume", Text: "Line one.\n\nLine  two. "}
	b := &doc.Document{Title: " Talks resume", Text: "Line one. Line two."}
	c := &doc.Document{Title: "Talks resume", Text: "Line one. Line three."}
	if ContentHash(a) != ContentHash(b) {
		t.Error("white space changed the hash")
	}
	if ContentHash(a) == ContentHash(c) {
		t.Error("different text, same hash")
	}
}

func TestNewVersion(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	v1 := genDoc(1, 3, 1)
	v2 := genDoc(1, 3, 1)
	v2.Text += " A correction was appended."
	v3 := genDoc(1, 4, 2)
	for i, d := range []*doc.Document{v1, v2, v3} {
		if added, err := s.Put(ctx, d); !added || err != nil {
			t.Fatalf("Put v%d = %v, %v", i+1, added, err)
		}
	}
	rows, err := s.DB().QueryContext(ctx, `SELECT version, latest, coalesce(superseded_by, '')
		FROM documents WHERE url = ? ORDER BY version`, v1.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var v int
		var latest bool
		var sup string
		if err := rows.Scan(&v, &latest, &sup); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprint(v, " ", latest, " ", sup))
	}
	want := []string{"1 false " + v2.ContentHash, "2 false " + v3.ContentHash, "3 true "}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("versions = %q, want %q", got, want)
	}
	if d, err := s.Document(ctx, v1.ID); err != nil || d.ContentHash != v3.ContentHash {
		t.Errorf("Document(id) should be latest version: %v", err)
	}
	if st := mustStats(t, s); st.Documents != 3 || st.Superseded != 2 {
		t.Errorf("stats %+v, want 3 documents, 2 superseded", st)
	}
	checkThreadDocs(t, s, v3.ContentHash)
}

// checkThreadDocs fails unless thread_docs holds exactly the documents with
// keys want and every thread's n_docs counts its thread_docs rows.
func checkThreadDocs(t *testing.T, s *Store, want ...string) {
	t.Helper()
	var keys []string
	err := EachRow(context.Background(), s.DB(), `SELECT doc_key FROM thread_docs WHERE doc_no > $1 ORDER BY doc_key`, 0,
		func(r *sql.Rows) error {
			keys = append(keys, "")
			return r.Scan(&keys[len(keys)-1])
		})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(want)
	if !reflect.DeepEqual(keys, want) {
		t.Errorf("thread_docs keys %q, want %q", keys, want)
	}
	var bad int
	err = s.DB().QueryRow(`SELECT count(*) FROM threads t WHERE n_docs <>
		(SELECT count(*) FROM thread_docs d WHERE d.thread_id = t.thread_id)`).Scan(&bad)
	if err != nil || bad != 0 {
		t.Errorf("%d threads with a wrong n_docs (%v)", bad, err)
	}
}

func TestIngestErrors(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	bad := func() *doc.Document {
		return &doc.Document{Errors: []doc.ErrorEntry{
			{Input: "feed.xml", Record: "item 3", Stage: "ingest", Message: "no title or body"},
			{Input: "feed.xml", Record: "item 4", Stage: "ingest", Message: "no title or body"},
		}}
	}
	for range 2 {
		if added, err := s.Put(ctx, bad()); added || err != nil {
			t.Fatalf("Put(error doc) = %v, %v; want false, nil", added, err)
		}
	}
	if st := mustStats(t, s); st.Errors != 2 || st.Documents != 0 {
		t.Errorf("stats %+v, want 2 errors, 0 documents", st)
	}
	if _, err := s.Put(ctx, &doc.Document{ID: "x"}); err == nil || !strings.Contains(err.Error(), "put document x") {
		t.Errorf("empty document error = %v", err)
	}
}

func TestPutBatchIsolatesBadDocs(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := genDocs(0, 4)
	docs[2] = &doc.Document{ID: "empty"}
	res := s.PutBatch(ctx, docs)
	for i, r := range res {
		if (r.Err != nil) != (i == 2) || r.Added != (i != 2) {
			t.Errorf("result %d = %+v", i, r)
		}
	}
	if st := mustStats(t, s); st.Documents != 3 || st.Sentences != 63 {
		t.Errorf("stats %+v, want 3 documents, 63 sentences", st)
	}
}

func TestInvalidUTF8(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	d := &doc.Document{ID: "bad", Title: "T\xffx", Text: "a\xc3b", Sentences: []doc.Sentence{{Text: "T\xffx", End: 3}}}
	if _, err := s.Put(ctx, d); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, "bad")
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "T?x" || got.Text != "a?b" || got.Sentences[0].Text != "T?x" {
		t.Errorf("got %q %q %q", got.Title, got.Text, got.Sentences[0].Text)
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	notDB := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(notDB, []byte("hello, this is not a database file at all"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, want string }{
		{"", "empty database path"},
		{filepath.Join(dir, "missing", "x.duckdb"), "does not exist"},
		{dir, "is a directory"},
		{notDB, notDB},
	}
	for _, tt := range tests {
		if s, err := Open(tt.path); err == nil {
			_ = s.Close()
			t.Errorf("Open(%q) succeeded", tt.path)
		} else if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Open(%q) = %v, want mention of %q", tt.path, err, tt.want)
		}
	}
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	afterAppend = func(d *doc.Document) error {
		if d.ID == "doc-00002" {
			return errors.New("injected failure")
		}
		return nil
	}
	defer func() { afterAppend = nil }()
	res := s.PutBatch(ctx, genDocs(0, 5))
	for i, r := range res {
		if (r.Err != nil) != (i == 2) || r.Added != (i != 2) {
			t.Errorf("result %d = %+v", i, r)
		}
	}
	if _, err := s.Put(ctx, genDoc(2, 20, 5)); err == nil || !strings.Contains(err.Error(), "injected failure") {
		t.Errorf("Put error = %v", err)
	}
	afterAppend = nil
	if st := mustStats(t, s); st.Documents != 4 || st.Sentences != 84 || st.Events != 20 {
		t.Errorf("stats %+v, want 4 documents, 84 sentences, 20 events", st)
	}
	if added, err := s.Put(ctx, genDoc(2, 20, 5)); !added || err != nil {
		t.Errorf("Put after failures = %v, %v", added, err)
	}
}

func TestConcurrentWritersAndReaders(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for _, r := range s.PutBatch(ctx, genDocs(g*10, g*10+10)) {
				if r.Err != nil {
					t.Error(r.Err)
				}
			}
		})
	}
	wg.Go(func() {
		for range 5 {
			if _, err := s.Stats(ctx); err != nil {
				t.Error(err)
			}
		}
	})
	wg.Wait()
	if st := mustStats(t, s); st.Documents != 40 {
		t.Errorf("stats %+v, want 40 documents", st)
	}
}
