// Package web serves dyad's browser explorer: a single-page application
// (plain ES modules, no build step) embedded in the binary together with the
// third-party libraries it uses (uPlot, Cytoscape), so it works with no
// network. It talks to the JSON API of package api under /api/.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed static
var files embed.FS

// static is the embedded tree rooted at static/.
var static = mustSub(files, "static")

func mustSub(f fs.FS, dir string) fs.FS {
	s, err := fs.Sub(f, dir)
	if err != nil {
		panic("web: embedded " + dir + ": " + err.Error())
	}
	return s
}

// Handler returns the explorer: index.html for "/" (and for any path that
// names no embedded file, so reloading a deep link works), and the embedded
// scripts, styles and vendor libraries by path. Only GET and HEAD are allowed.
func Handler() http.Handler {
	fsrv := http.FileServer(http.FS(static))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "web: method not allowed", http.StatusMethodNotAllowed)
			return
		}
		setHeaders(w, r.URL.Path)
		if !exists(r.URL.Path) {
			serveIndex(w, r)
			return
		}
		fsrv.ServeHTTP(w, r)
	})
}

// exists reports whether p names an embedded file (not a directory).
func exists(p string) bool {
	name := strings.TrimPrefix(path.Clean("/"+p), "/")
	if name == "" {
		return false
	}
	fi, err := fs.Stat(static, name)
	return err == nil && !fi.IsDir()
}

// serveIndex writes index.html.
func serveIndex(w http.ResponseWriter, r *http.Request) {
	b, err := fs.ReadFile(static, "index.html")
	if err != nil {
		http.Error(w, "web: index.html missing from the embedded files", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(b)
}

// setHeaders adds security headers and caching: vendor files are pinned by
// version and may be cached for a day; the app's own files revalidate.
func setHeaders(w http.ResponseWriter, p string) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'")
	if strings.HasPrefix(p, "/vendor/") {
		h.Set("Cache-Control", "public, max-age=86400")
		return
	}
	h.Set("Cache-Control", "no-cache")
}
