package api

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"

	"github.com/dyad-project/dyad/internal/api/query"
	"github.com/dyad-project/dyad/internal/doc"
	"github.com/dyad-project/dyad/internal/store"
)

// Span is a record's position: byte offsets as stored and UTF-16 offsets
// for JavaScript, into the title for sentence 0 and the text otherwise.
type Span struct {
	Start   int `json:"start"`
	End     int `json:"end"`
	Start16 int `json:"start16"`
	End16   int `json:"end16"`
}

// Sentence is one sentence of a document.
type Sentence struct {
	Index     int    `json:"index"`
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Span
}

// Entity is one actor mention.
type Entity struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Code     string `json:"code"`
	Span
}

// Quote is one quotation.
type Quote struct {
	Sentence int      `json:"sentence"`
	Text     string   `json:"text"`
	Speaker  *Actor   `json:"speaker"`
	Direct   bool     `json:"direct"`
	Fragment bool     `json:"fragment"`
	Via      *string  `json:"via"`
	Date     doc.Date `json:"date"`
	Span
}

// Location is one place mention.
type Location struct {
	Sentence int     `json:"sentence"`
	Text     string  `json:"text"`
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Admin1   string  `json:"admin1"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Span
}

// Document is the /api/documents/{key} response.
type Document struct {
	Key         string     `json:"key"`
	ID          string     `json:"id"`
	Title       string     `json:"title"`
	Text        string     `json:"text"`
	Date        doc.Date   `json:"date"`
	URL         string     `json:"url"`
	Source      string     `json:"source"`
	Authors     []string   `json:"authors"`
	Version     int        `json:"version"`
	Latest      bool       `json:"latest"`
	DuplicateOf *string    `json:"duplicate_of"`
	Sentences   []Sentence `json:"sentences"`
	Entities    []Entity   `json:"entities"`
	Events      []*Event   `json:"events"`
	Quotes      []Quote    `json:"quotes"`
	Locations   []Location `json:"locations"`

	no              int64
	title16, text16 offsets16
}

// span converts a stored span of the given sentence.
func (d *Document) span(sentence, start, end int) Span {
	o := d.text16
	if sentence == 0 {
		o = d.title16
	}
	return Span{Start: start, End: end, Start16: o.at(start), End16: o.at(end)}
}

// docSelect reads the document row.
const docSelect = `SELECT doc_key, doc_no, id, title, text, date, url, source, authors, version, latest, duplicate_of
FROM documents WHERE `

// document serves GET /api/documents/{key}.
func (s *server) document(r *http.Request) (any, error) {
	key := r.PathValue("key")
	ctx := r.Context()
	d, err := s.docRow(ctx, docSelect+`doc_key = ?`, key)
	if errors.Is(err, sql.ErrNoRows) {
		d, err = s.docRow(ctx, docSelect+`id = ? ORDER BY latest DESC, version DESC LIMIT 1`, key)
	}
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errorf(http.StatusNotFound, "no document with key or id %q", key)
	}
	if err != nil {
		return nil, fmt.Errorf("document %s: %w", key, err)
	}
	for _, load := range []func(context.Context, *Document) error{
		s.loadSentences, s.loadEntities, s.loadDocEvents, s.loadQuotes, s.loadLocations,
	} {
		if err := load(ctx, d); err != nil {
			return nil, fmt.Errorf("document %s: %w", key, err)
		}
	}
	return d, nil
}

// docRow reads one docSelect row.
func (s *server) docRow(ctx context.Context, q, key string) (*Document, error) {
	d := &Document{}
	var date sql.NullTime
	var dup sql.NullString
	var authors any
	err := s.db.QueryRowContext(ctx, q, key).Scan(&d.Key, &d.no, &d.ID, &d.Title, &d.Text, &date,
		&d.URL, &d.Source, &authors, &d.Version, &d.Latest, &dup)
	if err != nil {
		return nil, err
	}
	d.Date, d.Authors = dateOf(date), strList(authors)
	if dup.Valid {
		d.DuplicateOf = &dup.String
	}
	d.title16, d.text16 = newOffsets16(d.Title), newOffsets16(d.Text)
	d.Sentences, d.Entities, d.Quotes, d.Locations = []Sentence{}, []Entity{}, []Quote{}, []Location{}
	return d, nil
}

// strList converts a scanned VARCHAR[] value.
func strList(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

// each runs a per-document query and calls scan for every row.
func (s *server) each(ctx context.Context, q string, d *Document, scan func(*sql.Rows) error) error {
	return store.EachRow(ctx, s.db, q, d.no, scan)
}

// loadSentences reads the document's sentences.
func (s *server) loadSentences(ctx context.Context, d *Document) error {
	return s.each(ctx, `SELECT idx, paragraph, text, start, "end" FROM sentences WHERE doc_no = ? ORDER BY idx`, d,
		func(r *sql.Rows) error {
			var x Sentence
			if err := r.Scan(&x.Index, &x.Paragraph, &x.Text, &x.Start, &x.End); err != nil {
				return fmt.Errorf("sentences: %w", err)
			}
			x.Span = d.span(x.Index, x.Start, x.End)
			d.Sentences = append(d.Sentences, x)
			return nil
		})
}

// loadEntities reads the document's entities.
func (s *server) loadEntities(ctx context.Context, d *Document) error {
	return s.each(ctx, `SELECT sentence, text, name, type, code, start, "end" FROM entities WHERE doc_no = ? ORDER BY idx`, d,
		func(r *sql.Rows) error {
			var x Entity
			if err := r.Scan(&x.Sentence, &x.Text, &x.Name, &x.Type, &x.Code, &x.Start, &x.End); err != nil {
				return fmt.Errorf("entities: %w", err)
			}
			x.Span = d.span(x.Sentence, x.Start, x.End)
			d.Entities = append(d.Entities, x)
			return nil
		})
}

// loadQuotes reads the document's quotes.
func (s *server) loadQuotes(ctx context.Context, d *Document) error {
	return s.each(ctx, `SELECT sentence, text, speaker_code, speaker_name, speaker_text, speaker_country,
		direct, fragment, via, date, start, "end" FROM quotes WHERE doc_no = ? ORDER BY idx`, d,
		func(r *sql.Rows) error {
			var x Quote
			var sp actorCols
			var via sql.NullString
			var date sql.NullTime
			if err := r.Scan(&x.Sentence, &x.Text, &sp.code, &sp.name, &sp.text, &sp.country,
				&x.Direct, &x.Fragment, &via, &date, &x.Start, &x.End); err != nil {
				return fmt.Errorf("quotes: %w", err)
			}
			x.Speaker, x.Date, x.Span = sp.ref(), dateOf(date), d.span(x.Sentence, x.Start, x.End)
			if via.Valid {
				x.Via = &via.String
			}
			d.Quotes = append(d.Quotes, x)
			return nil
		})
}

// loadLocations reads the document's place mentions.
func (s *server) loadLocations(ctx context.Context, d *Document) error {
	return s.each(ctx, `SELECT sentence, text, name, country, admin1, lat, lon, start, "end"
		FROM locations WHERE doc_no = ? ORDER BY idx`, d,
		func(r *sql.Rows) error {
			var x Location
			if err := r.Scan(&x.Sentence, &x.Text, &x.Name, &x.Country, &x.Admin1, &x.Lat, &x.Lon, &x.Start, &x.End); err != nil {
				return fmt.Errorf("locations: %w", err)
			}
			x.Span = d.span(x.Sentence, x.Start, x.End)
			d.Locations = append(d.Locations, x)
			return nil
		})
}

// loadDocEvents reads the document's events (every version's own, none
// filtered) with document offsets of their verbs.
func (s *server) loadDocEvents(ctx context.Context, d *Document) error {
	w := &query.Where{}
	w.And("e.doc_no = ?", d.no)
	evs, err := s.queryEvents(ctx, w, "e.idx", 1<<30)
	if err != nil {
		return err
	}
	for _, e := range evs {
		e.Document = nil
		sp := d.span(e.Sentence.Index, e.verbStart, e.verbEnd)
		e.VerbStart, e.VerbEnd, e.VerbStart16, e.VerbEnd16 = &sp.Start, &sp.End, &sp.Start16, &sp.End16
	}
	d.Events = evs
	return nil
}
