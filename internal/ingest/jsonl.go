package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

// jsonRecord is one JSON Lines input record.
type jsonRecord struct {
	ID      json.RawMessage `json:"id"`
	Text    string          `json:"text"`
	Title   string          `json:"title"`
	Date    string          `json:"date"`
	URL     string          `json:"url"`
	Source  string          `json:"source"`
	Authors json.RawMessage `json:"authors"`
}

// readJSONL reads one document per line. A bad line becomes an error
// document naming the line; reading continues with the next line.
func readJSONL(em emitter, s *source) error {
	for num := 1; ; num++ {
		line, tooLong, err := readLine(s.r, s.max)
		if err != nil && err != io.EOF {
			id := fmt.Sprintf("%s#%d", s.path, num)
			return em.fail(id, s.path, fmt.Sprintf("line %d", num), describeReadErr(err))
		}
		if len(bytes.TrimSpace(line)) > 0 || tooLong {
			if e := emitLine(em, s, num, line, tooLong); e != nil {
				return e
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

// emitLine parses one line and emits its document or error.
func emitLine(em emitter, s *source, num int, line []byte, tooLong bool) error {
	id := fmt.Sprintf("%s#%d", s.path, num)
	rec := fmt.Sprintf("line %d", num)
	if tooLong {
		return em.fail(id, s.path, rec, tooBigMsg(s.max))
	}
	d, err := parseJSONLine(line, id)
	if err != nil {
		if d != nil && d.ID != "" {
			id = d.ID
		}
		return em.fail(id, s.path, rec, err.Error())
	}
	return em.emit(d)
}

// readLine reads one line (without its newline) of at most max bytes; a
// longer line is skipped to its end and reported as tooLong.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, e := r.ReadSlice('\n')
		if !tooLong {
			line = append(line, chunk...)
			if int64(len(line)) > max+1 {
				tooLong, line = true, nil
			}
		}
		if errors.Is(e, bufio.ErrBufferFull) {
			continue
		}
		if e == nil {
			line = bytes.TrimSuffix(line, []byte("\n"))
		}
		return line, tooLong, e
	}
}

// parseJSONLine decodes a record into a document. On failure the returned
// document, if any, carries the record's own id.
func parseJSONLine(line []byte, id string) (*doc.Document, error) {
	line = bytes.TrimPrefix(line, utf8BOM)
	if !utf8.Valid(line) {
		return nil, fmt.Errorf("line is not valid UTF-8 (first bad byte at column %d); convert the file to UTF-8", firstInvalid(line)+1)
	}
	var r jsonRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, fmt.Errorf("invalid JSON: %w; each line must be one JSON object", err)
	}
	if own := recordID(r.ID); own != "" {
		id = own
	}
	d := &doc.Document{ID: id}
	if err := r.fill(d); err != nil {
		return d, err
	}
	return d, nil
}

// recordID returns a record's id given as a JSON string or number.
func recordID(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// fill sets d's metadata and body from the record.
func (r *jsonRecord) fill(d *doc.Document) error {
	published, err := parseDate(r.Date)
	if err != nil {
		return err
	}
	authors, err := parseAuthors(r.Authors)
	if err != nil {
		return err
	}
	d.Title, d.URL, d.Source, d.Authors = normalizeSpace(r.Title), r.URL, r.Source, authors
	d.Raw = &doc.Raw{Title: d.Title, Published: published, Format: "jsonl"}
	if err := r.body(d); err != nil {
		d.Raw = nil
		return err
	}
	if d.Raw.Published.IsZero() {
		d.Raw.Published = published
	}
	d.Date = doc.DateOf(d.Raw.Published)
	return nil
}

// body fills the paragraphs, extracting HTML when the text is markup.
func (r *jsonRecord) body(d *doc.Document) error {
	text := strings.TrimSpace(r.Text)
	if text == "" {
		return errors.New(`record has no "text"; every line needs the article body in "text"`)
	}
	if !strings.HasPrefix(text, "<") {
		d.Raw.Paragraphs = splitParagraphs(text)
		return nil
	}
	p, err := extractHTML([]byte(text), "text/html; charset=utf-8", r.URL)
	if err != nil {
		return fmt.Errorf("text looks like HTML but %w", err)
	}
	d.Raw.Paragraphs = p.Paragraphs
	d.Raw.Published = p.Published
	if d.Title == "" {
		d.Title, d.Raw.Title = p.Title, p.Title
	}
	d.URL = firstNonEmpty(d.URL, p.URL)
	d.Source = firstNonEmpty(d.Source, p.Source)
	if len(d.Authors) == 0 {
		d.Authors = p.Authors
	}
	return nil
}

// firstNonEmpty returns a if set, else b.
func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// dateLayouts are the accepted forms of a record's "date".
var dateLayouts = []string{"2006-01-02", time.RFC3339, time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02 15:04:05"}

// parseDate reads YYYY-MM-DD or RFC 3339; "" is no date.
func parseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf(`"date" %q is not YYYY-MM-DD or RFC 3339 (2024-03-14T09:30:00Z); fix or drop the field`, s)
}

// parseAuthors accepts a list of names or one string.
func parseAuthors(raw json.RawMessage) ([]string, error) {
	if len(raw) == 0 || string(raw) == "null" {
		return nil, nil
	}
	var list []string
	if err := json.Unmarshal(raw, &list); err == nil {
		return cleanNames(list), nil
	}
	var one string
	if err := json.Unmarshal(raw, &one); err != nil {
		return nil, errors.New(`"authors" must be a list of strings or a string`)
	}
	return cleanNames([]string{one}), nil
}

// cleanNames trims names and drops empty ones.
func cleanNames(in []string) []string {
	var out []string
	for _, s := range in {
		if s = normalizeSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
