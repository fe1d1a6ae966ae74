package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
	"github.com/dyad-project/dyad/internal/doc"
)

func TestNewFieldsRoundTrip(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	in := genDoc(3, 6, 3)
	in.Locations[0].Inferred, in.Locations[0].GeoID = true, 2643743
	in.Events[0].DateText, in.Events[0].Historical = "on Friday", true
	in.Events[0].Location.Inferred, in.Events[0].Location.GeoID = true, 3117735
	in.Quotes[0].Paragraph = 2
	if _, err := s.Put(ctx, in); err != nil {
		t.Fatal(err)
	}
	got, err := s.Document(ctx, in.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("round trip differs:\n got %+v\nwant %+v", got, in)
	}
}

// storyDoc is a document with a generated body and the given events.
func storyDoc(id, outlet, date, text string, events ...doc.Event) *doc.Document {
	d := &doc.Document{ID: id, Title: "Story " + id, Date: doc.Date(date), URL: "https://" + outlet + ".example/" + id,
		Source: outlet, Text: text, Events: events}
	for i := range d.Events {
		d.Events[i].Sentence, d.Events[i].DocDate = i+1, doc.Date(date)
	}
	return d
}

// ev is an event between two actor codes.
func ev(src, tgt, cameo, date string) doc.Event {
	return doc.Event{Source: &doc.ActorRef{Code: src}, Target: &doc.ActorRef{Code: tgt}, CAMEO: cameo,
		Root: cameo[:2], PLOVER: "P" + cameo[:2], Date: doc.Date(date), Verb: "v"}
}

// groupRow is one event group's identity and counts.
type groupRow struct {
	Src, Tgt, CAMEO, Date       string
	Articles, Sources, Mentions int
}

// groups lists the store's event groups in id order.
func groups(t *testing.T, s *Store) []groupRow {
	t.Helper()
	rows, err := s.DB().Query(`SELECT coalesce(source_code, ''), coalesce(target_code, ''), cameo,
		strftime(date, '%Y-%m-%d'), num_articles, num_sources, num_mentions FROM event_groups ORDER BY group_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []groupRow
	for rows.Next() {
		var g groupRow
		if err := rows.Scan(&g.Src, &g.Tgt, &g.CAMEO, &g.Date, &g.Articles, &g.Sources, &g.Mentions); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// multiSource is the hand-written multi-source set: texts are unrelated
// generated bodies, so only the events decide merging.
func multiSource() (docs []*doc.Document, copyOfA *doc.Document) {
	g := dedupcorpus.New(9)
	body := func(id string) dedupcorpus.Article { return g.Original(id, 0) }
	a := body("A")
	docs = []*doc.Document{
		storyDoc("A", "wire", "2024-03-04", a.Text, ev("RUS", "UKR", "112", "2024-03-04"), ev("RUS", "FRA", "040", "2024-03-04")),
		storyDoc("B", "herald", "2024-03-05", body("B").Text, ev("RUSGOV", "UKR", "11", "2024-03-05"), ev("RUS", "UKR", "112", "2024-03-04")),
		storyDoc("C", "herald", "2024-03-04", body("C").Text, ev("RUS", "UKR", "112", "2024-03-04"), ev("FRA", "RUS", "042", "2024-03-05")),
		storyDoc("D", "globe", "2024-03-07", body("D").Text, ev("RUS", "UKR", "112", "2024-03-07")),
		storyDoc("E", "tribune", "2024-03-04", body("E").Text, ev("UKR", "RUS", "112", "2024-03-04"), ev("RUS", "UKR", "190", "2024-03-04")),
		storyDoc("F", "tribune", "2024-03-04", body("F").Text, ev("RUS", "UKR", "111", "2024-03-04"), ev("RUS", "FRA", "04", "2024-03-05")),
	}
	neg := ev("RUS", "UKR", "112", "2024-03-04")
	neg.Negated = true
	docs[5].Events = append(docs[5].Events, neg)
	c := g.Copy(a, "A-copy")
	copyOfA = storyDoc("A-copy", "blog", "2024-03-05", c.Text, ev("RUS", "UKR", "112", "2024-03-04"), ev("UKR", "POL", "036", "2024-03-05"))
	return docs, copyOfA
}

func TestEventGroupsMultiSource(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "groups.duckdb")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	docs, dup := multiSource()
	for _, r := range s.PutBatch(ctx, docs[:3]) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	for _, d := range docs[3:] { // one transaction each
		if _, err := s.Put(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	want := []groupRow{
		{"RUS", "UKR", "112", "2024-03-04", 3, 2, 4}, // A, B twice (RUSGOV/11 is compatible), C
		{"RUS", "FRA", "040", "2024-03-04", 2, 2, 2}, // A; F's 04 a day later
		{"FRA", "RUS", "042", "2024-03-05", 1, 1, 1},
		{"RUS", "UKR", "112", "2024-03-07", 1, 1, 1}, // D: three days later
		{"UKR", "RUS", "112", "2024-03-04", 1, 1, 1}, // E: the other direction
		{"RUS", "UKR", "190", "2024-03-04", 1, 1, 1}, // E: another root
		{"RUS", "UKR", "111", "2024-03-04", 1, 1, 1}, // F: a sibling code, not a parent
	}
	checkGroups(t, s, "first ingest", want)
	if err := s.Close(); err != nil { // counts and index survive a restart
		t.Fatal(err)
	}
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Put(ctx, dup); err != nil {
		t.Fatal(err)
	}
	if dup.DuplicateOf != "A" {
		t.Fatalf("copy of A: duplicate_of = %q, want A", dup.DuplicateOf)
	}
	want[0] = groupRow{"RUS", "UKR", "112", "2024-03-04", 4, 3, 5} // the copy adds a report, no group
	checkGroups(t, s, "after the copy", want)
	for _, r := range s.PutBatch(ctx, append(docs, dup)) {
		if r.Err != nil || r.Added {
			t.Fatalf("re-ingest: %+v", r)
		}
	}
	checkGroups(t, s, "after re-ingest", want)
	c2 := *docs[2]
	c2.ContentHash, c2.Text = "", c2.Text+"\n\nThis paragraph was added in a later edition of the story by the desk."
	if added, err := s.Put(ctx, &c2); err != nil || !added {
		t.Fatalf("new version of C: %v %v", added, err)
	}
	if c2.DuplicateOf != "" {
		t.Errorf("new version marked duplicate of %q", c2.DuplicateOf)
	}
	checkGroups(t, s, "after a new version of C", want)
	checkConsistent(t, s)
}

// checkGroups compares the store's event groups with want.
func checkGroups(t *testing.T, s *Store, when string, want []groupRow) {
	t.Helper()
	if got := groups(t, s); !reflect.DeepEqual(got, want) {
		t.Errorf("%s: groups\n got %v\nwant %v", when, got, want)
	}
}

func TestDuplicatesInStore(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "dups.duckdb")
	arts := dedupcorpus.New(4).Corpus(120)
	docs := make([]*doc.Document, len(arts))
	for i, a := range arts {
		docs[i] = storyDoc(a.ID, a.Source, a.Date, a.Text)
	}
	half := len(docs) / 2
	for round, part := range [][]*doc.Document{docs[:half], docs[half:]} {
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(part); i += 16 {
			for _, r := range s.PutBatch(ctx, part[i:min(i+16, len(part))]) {
				if r.Err != nil {
					t.Fatalf("round %d: %v", round, r.Err)
				}
			}
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	tp, fp, fn := 0, 0, 0
	for i, a := range arts {
		d, err := s.Document(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		switch got := d.DuplicateOf; {
		case got != "" && got == a.Original:
			tp++
		case got != "":
			fp++
		case a.Original != "":
			fn++
		}
		if d.DuplicateOf != docs[i].DuplicateOf {
			t.Errorf("%s: stored duplicate_of %q, Put set %q", a.ID, d.DuplicateOf, docs[i].DuplicateOf)
		}
	}
	p, r := float64(tp)/float64(max(1, tp+fp)), float64(tp)/float64(max(1, tp+fn))
	f1 := 2 * p * r / max(p+r, 1e-9)
	fmt.Printf("store dedup over %d articles (2 sessions): precision %.3f recall %.3f F1 %.3f\n", len(arts), p, r, f1)
	if f1 < 0.95 {
		t.Errorf("F1 %.3f < 0.95 (tp %d fp %d fn %d)", f1, tp, fp, fn)
	}
}

func TestGroupEvidence(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs, dup := multiSource()
	docs[0].Sentences = []doc.Sentence{{Index: 0, Text: "t"}, {Index: 1, Text: "Russia accused Ukraine."}}
	for _, r := range s.PutBatch(ctx, append(docs, dup)) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	ev, err := s.GroupEvidence(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range ev {
		got = append(got, fmt.Sprintf("%s/%s/%d/%v", e.DocID, e.Outlet, e.Sentence, e.Duplicate))
	}
	want := []string{"A/wire/1/false", "B/herald/1/false", "B/herald/2/false", "C/herald/1/false", "A-copy/blog/1/true"}
	if !reflect.DeepEqual(got, want) || ev[0].Text != "Russia accused Ukraine." {
		t.Errorf("evidence = %v (first text %q), want %v", got, ev[0].Text, want)
	}
}

// threadStory is an article of the thread test.
func threadStory(g *dedupcorpus.Gen, id, date string, events ...doc.Event) *doc.Document {
	return storyDoc(id, "wire", date, g.Original(id, 0).Text, events...)
}

func TestThreads(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	g := dedupcorpus.New(5)
	docs := []*doc.Document{
		threadStory(g, "s1", "2024-05-01", ev("RUR", "FRD", "112", "2024-05-01"), ev("FRD", "RUR", "111", "2024-05-01")),
		threadStory(g, "z1", "2024-05-02", ev("ZEM", "GRA", "042", "2024-05-02")),
		threadStory(g, "s2", "2024-05-03", ev("FRD", "RUR", "138", "2024-05-03")),
		threadStory(g, "s3", "2024-05-06", ev("RUR", "FRD", "190", "2024-05-06"), ev("RURMIL", "FRD", "190", "2024-05-06")),
		threadStory(g, "late", "2024-09-01", ev("RUR", "FRD", "112", "2024-09-01")),
	}
	docs = append(docs, storyDoc("s1-copy", "blog", "2024-05-07", dedupcorpus.New(6).Copy(
		dedupcorpus.Article{ID: "s1", Text: docs[0].Text}, "s1-copy").Text, ev("ZEM", "LAT", "010", "2024-05-07")))
	for _, r := range s.PutBatch(ctx, docs[:3]) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	for _, r := range s.PutBatch(ctx, docs[3:]) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	rows, err := s.DB().Query(`SELECT thread_id, label, n_docs, strftime(first_date, '%m-%d'), strftime(last_date, '%m-%d') FROM threads ORDER BY thread_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []string
	for rows.Next() {
		var id, n int
		var label, first, last string
		if err := rows.Scan(&id, &label, &n, &first, &last); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprintf("%d %s %d %s..%s", id, label, n, first, last))
	}
	want := []string{"1 FRD, RUR: P11, P19 4 05-01..05-07", "2 GRA, ZEM: P04 1 05-02..05-02", "3 FRD, RUR: P11 1 09-01..09-01"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("threads\n got %q\nwant %q", got, want)
	}
	td, err := s.ThreadDocs(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, d := range td {
		ids = append(ids, d.DocID)
	}
	if want := []string{"s1", "s2", "s3", "s1-copy"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("thread 1 documents %v, want %v", ids, want)
	}
	checkConsistent(t, s)
}

// TestFailedWriteNotIndexed checks that a document whose write failed does
// not enter the in-memory near-duplicate index: a later copy of it is an
// original, and a copy of a stored document of the same batch is not.
func TestFailedWriteNotIndexed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	g := dedupcorpus.New(8)
	a, b := g.Original("a", 1), g.Original("b", 1)
	afterAppend = func(d *doc.Document) error {
		if d.ID == "a" {
			return errors.New("injected failure")
		}
		return nil
	}
	defer func() { afterAppend = nil }()
	res := s.PutBatch(ctx, []*doc.Document{storyDoc("a", "x", a.Date, a.Text), storyDoc("b", "x", b.Date, b.Text)})
	if res[0].Err == nil || res[1].Err != nil || !res[1].Added {
		t.Fatalf("results %+v, want a failed and b stored", res)
	}
	afterAppend = nil
	if s.ix.Len() != 1 {
		t.Errorf("index holds %d signatures after storing one document", s.ix.Len())
	}
	copyA := storyDoc("copy-a", "y", a.Date, g.Copy(a, "copy-a").Text)
	copyB := storyDoc("copy-b", "y", b.Date, g.Copy(b, "copy-b").Text)
	for _, r := range s.PutBatch(ctx, []*doc.Document{copyA, copyB}) {
		if r.Err != nil || !r.Added {
			t.Fatalf("copies: %+v", r)
		}
	}
	if copyA.DuplicateOf != "" || copyB.DuplicateOf != "b" {
		t.Errorf("duplicate_of: copy of failed a = %q (want none), copy of stored b = %q (want b)",
			copyA.DuplicateOf, copyB.DuplicateOf)
	}
}
