package api

import (
	"io"
	"net/http/httptest"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
)

func TestSmoke(t *testing.T) {
	st := apitest.Open(t)
	h := New(st.DB(), Options{})
	for _, u := range []string{"/api/events", "/api/events?limit=2", "/api/documents/d1", "/api/actors", "/api/actors/RUR", "/api/timeline?interval=week", "/api/network", "/api/threads", "/api/stats", "/api/nope"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", u, nil))
		b, _ := io.ReadAll(rec.Body)
		t.Logf("%s %d %s", u, rec.Code, b)
	}
}
