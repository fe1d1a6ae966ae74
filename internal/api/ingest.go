package api

import (
	"bufio"
	"bytes"
	"crypto/subtle"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/dyad-project/dyad/internal/doc"
)

// ingest serves POST /api/ingest: bearer-authenticated JSON Lines of
// documents, handed to the Ingester.
func (s *server) ingest(r *http.Request) (any, error) {
	if !s.authorized(r) {
		return nil, errorf(http.StatusUnauthorized, "missing or wrong bearer token: send Authorization: Bearer <token>")
	}
	docs, bad, err := ParseJSONL(r.Body, int(s.opt.MaxBody))
	if err != nil {
		return nil, err
	}
	sum := Summary{Errors: []string{}}
	if len(docs) > 0 {
		if sum, err = s.opt.Ingester.Ingest(r.Context(), docs); err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		if sum.Errors == nil {
			sum.Errors = []string{}
		}
	}
	sum.Read += len(bad)
	sum.Failed += len(bad)
	sum.Errors = append(append([]string{}, bad...), sum.Errors...)
	return sum, nil
}

// authorized checks the bearer token in constant time.
func (s *server) authorized(r *http.Request) bool {
	tok, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opt.Token)) == 1
}

// ingestRecord is one JSON Lines document.
type ingestRecord struct {
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Text    string   `json:"text"`
	Date    string   `json:"date"`
	URL     string   `json:"url"`
	Source  string   `json:"source"`
	Authors []string `json:"authors"`
}

// ParseJSONL reads one document per non-blank line (fields id, title,
// text, date, url, source, authors). Each document carries its text as raw
// paragraphs (one per line of text) so the pipeline cleans it. Bad lines are
// returned as messages naming the line; a read error (body too large) stops.
func ParseJSONL(r io.Reader, maxLine int) (docs []*doc.Document, bad []string, err error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), max(maxLine, 64<<10))
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		d, err := parseRecord(line)
		if err != nil {
			bad = append(bad, fmt.Sprintf("line %d: %v", n, err))
			continue
		}
		if d.ID == "" {
			d.ID = fmt.Sprintf("api#%d", n)
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, fmt.Errorf("read request body: %w", err)
	}
	return docs, bad, nil
}

// parseRecord decodes and checks one record.
func parseRecord(line []byte) (*doc.Document, error) {
	var rec ingestRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w; each line must be one JSON object", err)
	}
	if strings.TrimSpace(rec.Text) == "" && strings.TrimSpace(rec.Title) == "" {
		return nil, fmt.Errorf("document %q has no title and no text", rec.ID)
	}
	date := doc.Date(strings.TrimSpace(rec.Date))
	if len(date) > 10 {
		date = date[:10] // accept full timestamps
	}
	if _, ok := date.Time(); !ok && date != "" {
		return nil, fmt.Errorf("document %q: date %q: want YYYY-MM-DD", rec.ID, rec.Date)
	}
	var paras []string
	for _, p := range strings.Split(rec.Text, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras = append(paras, p)
		}
	}
	return &doc.Document{ID: rec.ID, Title: rec.Title, Date: date, URL: rec.URL, Source: rec.Source,
		Authors: rec.Authors, Raw: &doc.Raw{Title: rec.Title, Paragraphs: paras, Format: "jsonl"}}, nil
}
