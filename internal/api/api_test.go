package api

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fakeIngester counts documents instead of analysing them.
type fakeIngester struct{ got []*doc.Document }

func (f *fakeIngester) Ingest(_ context.Context, docs []*doc.Document) (Summary, error) {
	f.got = append(f.got, docs...)
	return Summary{Read: len(docs), Added: len(docs)}, nil
}

// testServer is the fixture store behind a handler with ingestion on.
func testServer(t testing.TB) (http.Handler, *store.Store) {
	st := apitest.Open(t)
	return New(st.DB(), Options{Token: "secret", Ingester: &fakeIngester{}}), st
}

// call performs one request and returns status and body.
func call(t testing.TB, h http.Handler, method, url string, body io.Reader, hdr map[string]string) (int, []byte) {
	t.Helper()
	req := httptest.NewRequest(method, url, body)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Errorf("%s %s: Content-Type %q", method, url, ct)
	}
	return rec.Code, rec.Body.Bytes()
}

func TestGolden(t *testing.T) {
	h, _ := testServer(t)
	tests := []struct{ name, url string }{
		{"events", "/api/events"},
		{"events_dyad_directed", "/api/events?dyad=FRD>RUR&sort=goldstein"},
		{"events_dyad_either", "/api/events?dyad=rur,frd&from=2024-02-01"},
		{"events_filters", "/api/events?country=ZEM&quad=3,4&q=border"},
		{"events_cameo_plover", "/api/events?cameo=1&plover=threaten,assault&actor=ruritan"},
		{"events_page", "/api/events?limit=3&sort=-goldstein"},
		{"document", "/api/documents/d1"},
		{"document_superseded", "/api/documents/d4"},
		{"actors", "/api/actors"},
		{"actors_q", "/api/actors?q=zëm&limit=5"},
		{"actor", "/api/actors/RUR"},
		{"timeline_month", "/api/timeline"},
		{"timeline_pair", "/api/timeline?source=RUR&target=FRD&interval=day"},
		{"timeline_directed", "/api/timeline?source=RUR&target=FRD&directed=1&interval=week"},
		{"network", "/api/network?from=2024-01-01&to=2024-02-29"},
		{"network_min", "/api/network?min=2"},
		{"stats", "/api/stats"},
		{"threads", "/api/threads"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := call(t, h, "GET", tt.url, nil, nil)
			var out bytes.Buffer
			if err := json.Indent(&out, body, "", "  "); err != nil {
				t.Fatalf("%s: invalid JSON: %v", tt.url, err)
			}
			got := append([]byte(http.StatusText(code)+"\n"), out.Bytes()...)
			checkGolden(t, filepath.Join("testdata", "golden", tt.name+".json"), got)
		})
	}
}

// checkGolden compares got with the golden file, rewriting it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file:\n%s", path, got)
	}
}

func TestErrors(t *testing.T) {
	h, st := testServer(t)
	noToken := New(st.DB(), Options{})
	tests := []struct {
		name   string
		h      http.Handler
		method string
		url    string
		body   string
		hdr    map[string]string
		status int
	}{
		{"bad date", h, "GET", "/api/events?from=2024-13-01", "", nil, 400},
		{"bad quad", h, "GET", "/api/events?quad=5", "", nil, 400},
		{"bad dyad", h, "GET", "/api/events?dyad=RUR", "", nil, 400},
		{"bad sort", h, "GET", "/api/events?sort=name", "", nil, 400},
		{"bad limit", h, "GET", "/api/events?limit=501", "", nil, 400},
		{"bad cursor", h, "GET", "/api/events?cursor=zzz", "", nil, 400},
		{"cursor of other sort", h, "GET", "/api/events?sort=goldstein&cursor=eyJzIjoiLWRhdGUiLCJ2IjoiMjAyNC0wMy0wMiIsIm4iOjMsImkiOjB9", "", nil, 400},
		{"bad interval", h, "GET", "/api/timeline?interval=year", "", nil, 400},
		{"no document", h, "GET", "/api/documents/nope", "", nil, 404},
		{"no actor", h, "GET", "/api/actors/XXX", "", nil, 404},
		{"no endpoint", h, "GET", "/api/nothing", "", nil, 404},
		{"wrong method", h, "DELETE", "/api/events", "", nil, 404},
		{"ingest disabled", noToken, "POST", "/api/ingest", "{}", map[string]string{"Authorization": "Bearer secret"}, 404},
		{"ingest no token", h, "POST", "/api/ingest", "{}", nil, 401},
		{"ingest wrong token", h, "POST", "/api/ingest", "{}", map[string]string{"Authorization": "Bearer nope"}, 401},
		{"no static", h, "GET", "/", "", nil, 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(tt.method, tt.url, strings.NewReader(tt.body))
			for k, v := range tt.hdr {
				req.Header.Set(k, v)
			}
			rec := httptest.NewRecorder()
			tt.h.ServeHTTP(rec, req)
			if rec.Code != tt.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tt.status, rec.Body)
			}
			if tt.url == "/" {
				return // plain mux 404 when no UI is mounted
			}
			var e struct{ Error string }
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error == "" {
				t.Errorf("body %q is not {\"error\": ...}", rec.Body)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	st := apitest.Open(t)
	small := New(st.DB(), Options{Token: "t", Ingester: &fakeIngester{}, MaxBody: 100})
	code, body := call(t, small, "POST", "/api/ingest", strings.NewReader(strings.Repeat(`{"id":"x","text":"y"}`+"\n", 20)),
		map[string]string{"Authorization": "Bearer t"})
	if code != http.StatusRequestEntityTooLarge {
		t.Errorf("big body: status %d %s", code, body)
	}
	slow := New(st.DB(), Options{QueryTimeout: 1})
	if code, body := call(t, slow, "GET", "/api/events", nil, nil); code != http.StatusGatewayTimeout {
		t.Errorf("timeout: status %d %s", code, body)
	}
}

func TestIngest(t *testing.T) {
	st := apitest.Open(t)
	ing := &fakeIngester{}
	h := New(st.DB(), Options{Token: "t", Ingester: ing})
	body := `{"id":"n1","title":"T","text":"Line one.\n\nLine two.","date":"2024-04-01T10:00:00Z","url":"u","source":"s"}
not json
{"id":"n2","title":"","text":""}

{"id":"n3","title":"Only a title"}
`
	code, out := call(t, h, "POST", "/api/ingest", strings.NewReader(body), map[string]string{"Authorization": "Bearer t"})
	if code != 200 {
		t.Fatalf("status %d: %s", code, out)
	}
	var sum Summary
	if err := json.Unmarshal(out, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Read != 4 || sum.Added != 2 || sum.Failed != 2 || len(sum.Errors) != 2 {
		t.Errorf("summary %+v", sum)
	}
	if len(ing.got) != 2 || ing.got[0].Date != "2024-04-01" || len(ing.got[0].Raw.Paragraphs) != 2 {
		t.Errorf("ingested %+v", ing.got)
	}
}

func TestPagination(t *testing.T) {
	h, _ := testServer(t)
	for _, sort := range []string{"date", "-date", "goldstein", "-goldstein"} {
		seen := map[string]bool{}
		url := "/api/events?limit=2&sort=" + sort
		for pages := 0; ; pages++ {
			if pages > 10 {
				t.Fatalf("%s: too many pages", sort)
			}
			code, body := call(t, h, "GET", url, nil, nil)
			var p struct {
				Events     []Event
				NextCursor *string `json:"next_cursor"`
			}
			if err := json.Unmarshal(body, &p); err != nil || code != 200 {
				t.Fatalf("%s: %d %s", url, code, body)
			}
			for _, e := range p.Events {
				if seen[e.ID] {
					t.Errorf("%s: event %s twice", sort, e.ID)
				}
				seen[e.ID] = true
			}
			if p.NextCursor == nil {
				break
			}
			url = "/api/events?limit=2&sort=" + sort + "&cursor=" + *p.NextCursor
		}
		if len(seen) != 7 {
			t.Errorf("%s: %d events over all pages, want 7", sort, len(seen))
		}
	}
}

func TestThreadsTable(t *testing.T) {
	st := apitest.Open(t)
	if _, err := st.DB().Exec(`CREATE OR REPLACE TABLE threads (id VARCHAR, title VARCHAR, first_date DATE, n_events INTEGER);
		INSERT INTO threads VALUES ('t1', 'Border dispute', DATE '2024-02-19', 3)`); err != nil {
		t.Fatal(err)
	}
	h := New(st.DB(), Options{})
	code, body := call(t, h, "GET", "/api/threads", nil, nil)
	if code != 200 || !strings.Contains(string(body), `"first_date":"2024-02-19"`) {
		t.Errorf("threads: %d %s", code, body)
	}
	code, body = call(t, h, "GET", "/api/threads/t1", nil, nil)
	if code != 200 || !strings.Contains(string(body), `"title":"Border dispute"`) {
		t.Errorf("thread: %d %s", code, body)
	}
	if code, _ = call(t, h, "GET", "/api/threads/t9", nil, nil); code != 404 {
		t.Errorf("missing thread: %d", code)
	}
}

func TestUTF16(t *testing.T) {
	s := "a–b🙂c"
	tests := []struct{ b, want int }{{0, 0}, {1, 1}, {2, 1}, {4, 2}, {5, 3}, {9, 5}, {10, 6}, {99, 6}, {-1, 0}}
	o := newOffsets16(s)
	for _, tt := range tests {
		if got := utf16At(s, tt.b); got != tt.want {
			t.Errorf("utf16At(%d) = %d, want %d", tt.b, got, tt.want)
		}
		if got := o.at(tt.b); got != tt.want {
			t.Errorf("offsets16.at(%d) = %d, want %d", tt.b, got, tt.want)
		}
	}
}
