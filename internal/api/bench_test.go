package api

import (
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/api/apitest"
)

// benchEvents is the size of the generated benchmark store.
const benchEvents = 1_000_000

// bigServer opens the cached 1M-event store behind a handler.
func bigServer(b *testing.B) http.Handler {
	return New(apitest.OpenReadOnly(b, apitest.Big(b, benchEvents)), Options{})
}

// benchURLs requests urls round-robin and reports latency percentiles.
func benchURLs(b *testing.B, urls []string) {
	h := bigServer(b)
	for _, u := range urls { // warm up
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u, nil))
		if rec.Code != 200 {
			b.Fatalf("%s: %d %s", u, rec.Code, rec.Body)
		}
	}
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		u := urls[i%len(urls)]
		t0 := time.Now()
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u, nil))
		lat = append(lat, time.Since(t0))
		if rec.Code != 200 {
			b.Fatalf("%s: %d", u, rec.Code)
		}
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(q float64) float64 { return float64(lat[int(q*float64(len(lat)-1))]) / 1e6 }
	b.ReportMetric(ms(0.5), "p50_ms")
	b.ReportMetric(ms(0.99), "p99_ms")
}

// filteredURLs are the event queries the filtered-page benchmarks run.
var filteredURLs = []string{
	"/api/events?actor=UKR",
	"/api/events?dyad=USA,CHN",
	"/api/events?dyad=RUS>UKR&sort=goldstein",
	"/api/events?cameo=19&from=2020-01-01&to=2020-12-31",
	"/api/events?quad=4&country=SYR",
	"/api/events?source=israel&plover=ASSAULT,THREATEN",
	"/api/events?from=2019-03-01&to=2019-03-31&sort=-goldstein",
	"/api/events",
}

func BenchmarkEventsFiltered(b *testing.B) {
	benchURLs(b, filteredURLs)
}

func BenchmarkEventsTextSearch(b *testing.B) {
	benchURLs(b, []string{"/api/events?q=document%20123456", "/api/events?q=clashes&actor=SYR"})
}

func BenchmarkDocument(b *testing.B) {
	benchURLs(b, []string{"/api/documents/doc-123", "/api/documents/doc-199999", "/api/documents/doc-77777"})
}

func BenchmarkTimeline10y(b *testing.B) {
	benchURLs(b, []string{"/api/timeline?interval=month",
		"/api/timeline?interval=month&source=USA&target=CHN",
		"/api/timeline?interval=week&source=RUS&target=UKR&directed=1"})
}

func BenchmarkNetworkMonth(b *testing.B) {
	benchURLs(b, []string{"/api/network?from=2020-03-01&to=2020-03-31",
		"/api/network?from=2018-07-01&to=2018-07-31&min=2"})
}

func BenchmarkActors(b *testing.B) {
	benchURLs(b, []string{"/api/actors", "/api/actors?q=ru", "/api/actors/UKR"})
}

func BenchmarkEventsEach(b *testing.B) {
	for i, u := range filteredURLs {
		b.Run(strconv.Itoa(i), func(b *testing.B) { benchURLs(b, []string{u}) })
	}
}
