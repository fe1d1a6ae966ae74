package web

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, method, path string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	Handler().ServeHTTP(w, httptest.NewRequest(method, path, nil))
	return w
}

func TestHandler(t *testing.T) {
	tests := []struct {
		method, path string
		status       int
		ctype, body  string
	}{
		{"GET", "/", 200, "text/html", `<script type="module" src="js/main.js">`},
		{"GET", "/index.html", 301, "", ""},
		{"GET", "/some/deep/link", 200, "text/html", "dyad explorer"},
		{"GET", "/js/main.js", 200, "text/javascript", "parseHash"},
		{"GET", "/app.css", 200, "text/css", "--q4"},
		{"GET", "/vendor/uPlot.iife.min.js", 200, "text/javascript", "uPlot"},
		{"GET", "/vendor/cytoscape.min.js", 200, "text/javascript", "cytoscape"},
		{"GET", "/vendor/LICENSE.cytoscape", 200, "", "MIT"},
		{"HEAD", "/", 200, "text/html", ""},
		{"POST", "/", 405, "", "method not allowed"},
	}
	for _, tc := range tests {
		t.Run(tc.method+tc.path, func(t *testing.T) {
			w := get(t, tc.method, tc.path)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d", w.Code, tc.status)
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tc.ctype)
			}
			if !strings.Contains(w.Body.String(), tc.body) {
				t.Errorf("body lacks %q", tc.body)
			}
		})
	}
}

func TestSecurityHeaders(t *testing.T) {
	w := get(t, "GET", "/")
	for _, h := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy"} {
		if w.Header().Get(h) == "" {
			t.Errorf("missing header %s", h)
		}
	}
	if cc := get(t, "GET", "/vendor/uPlot.iife.min.js").Header().Get("Cache-Control"); !strings.Contains(cc, "max-age") {
		t.Errorf("vendor Cache-Control = %q, want a max-age", cc)
	}
}

// ownFiles are the explorer's own sources (not vendor files).
func ownFiles(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := fs.WalkDir(static, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(p, "vendor/") {
			return err
		}
		b, err := fs.ReadFile(static, p)
		out[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestNoNetwork checks the explorer loads nothing from other hosts.
func TestNoNetwork(t *testing.T) {
	remote := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?(https?:)?//|import\s*\(?\s*["'](https?:)?//|url\(\s*["']?(https?:)?//`)
	for p, s := range ownFiles(t) {
		if m := remote.FindString(s); m != "" {
			t.Errorf("%s loads from another host: %q", p, m)
		}
	}
}

// TestImportsResolve checks every ES module import names an embedded file.
func TestImportsResolve(t *testing.T) {
	imp := regexp.MustCompile(`(?m)^import .* from '\./([^']+)';`)
	for p, s := range ownFiles(t) {
		if !strings.HasSuffix(p, ".js") {
			continue
		}
		for _, m := range imp.FindAllStringSubmatch(s, -1) {
			if _, err := fs.Stat(static, "js/"+m[1]); err != nil {
				t.Errorf("%s imports ./%s: %v", p, m[1], err)
			}
		}
	}
}

// TestVendorFiles checks the vendored libraries and their licences are there.
func TestVendorFiles(t *testing.T) {
	for _, p := range []string{"uPlot.iife.min.js", "uPlot.min.css", "LICENSE.uplot", "cytoscape.min.js", "LICENSE.cytoscape", "VERSIONS"} {
		fi, err := fs.Stat(static, "vendor/"+p)
		if err != nil || fi.Size() == 0 {
			t.Errorf("vendor/%s missing or empty (run internal/web/vendor.sh): %v", p, err)
		}
	}
}

func BenchmarkHandler(b *testing.B) {
	h := Handler()
	req := httptest.NewRequest(http.MethodGet, "/vendor/cytoscape.min.js", nil)
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	b.SetBytes(int64(w.Body.Len()))
	b.ResetTimer()
	for b.Loop() {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
	}
}
