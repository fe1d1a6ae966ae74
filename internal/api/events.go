package api

import (
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/api/query"
	"github.com/dyad-project/dyad/internal/doc"
)

// Actor is an event's source or target, or a quote's speaker.
type Actor struct {
	Code    string `json:"code"`
	Name    string `json:"name"`
	Text    string `json:"text"`
	Country string `json:"country"`
}

// Place is an event location.
type Place struct {
	Name    string  `json:"name"`
	Country string  `json:"country"`
	Admin1  string  `json:"admin1"`
	Lat     float64 `json:"lat"`
	Lon     float64 `json:"lon"`
}

// SentenceRef is an event's evidence sentence with the verb span inside
// Text in UTF-16 code units.
type SentenceRef struct {
	Index       int    `json:"index"`
	Text        string `json:"text"`
	VerbStart16 int    `json:"verb_start16"`
	VerbEnd16   int    `json:"verb_end16"`
}

// DocRef names the document an event came from.
type DocRef struct {
	Key    string   `json:"key"`
	ID     string   `json:"id"`
	Title  string   `json:"title"`
	URL    string   `json:"url"`
	Source string   `json:"source"`
	Date   doc.Date `json:"date"`
}

// Event is one event as the API returns it.
type Event struct {
	ID           string      `json:"id"`
	Date         doc.Date    `json:"date"`
	Source       *Actor      `json:"source"`
	Target       *Actor      `json:"target"`
	CAMEO        string      `json:"cameo"`
	Root         string      `json:"root"`
	PLOVER       string      `json:"plover"`
	Goldstein    float64     `json:"goldstein"`
	QuadClass    int         `json:"quad_class"`
	Verb         string      `json:"verb"`
	Rule         string      `json:"rule"`
	Negated      bool        `json:"negated"`
	Hypothetical bool        `json:"hypothetical"`
	Attribution  string      `json:"attribution"`
	Location     *Place      `json:"location"`
	Sentence     SentenceRef `json:"sentence"`
	Document     *DocRef     `json:"document,omitempty"`
	NumArticles  int         `json:"num_articles"`
	NumSources   int         `json:"num_sources"`
	NumMentions  int         `json:"num_mentions"`
	// Document offsets of the verb (only in /api/documents/{key}).
	VerbStart   *int `json:"verb_start,omitempty"`
	VerbEnd     *int `json:"verb_end,omitempty"`
	VerbStart16 *int `json:"verb_start16,omitempty"`
	VerbEnd16   *int `json:"verb_end16,omitempty"`

	docNo              int64
	idx                int
	verbStart, verbEnd int
}

// EventPage is the /api/events response.
type EventPage struct {
	Events     []*Event `json:"events"`
	NextCursor *string  `json:"next_cursor"`
}

// events serves GET /api/events.
func (s *server) events(r *http.Request) (any, error) {
	v := r.URL.Query()
	f, err := query.Parse(v)
	if err != nil {
		return nil, badRequest(err)
	}
	sort, err := query.ParseSort(v.Get("sort"))
	if err != nil {
		return nil, badRequest(err)
	}
	limit, err := intParam(r, "limit", DefaultLimit, 1, MaxLimit)
	if err != nil {
		return nil, err
	}
	if err := f.LoadSuperseded(r.Context(), s.db); err != nil {
		return nil, err
	}
	w := f.Where()
	if c := v.Get("cursor"); c != "" {
		cur, err := query.DecodeCursor(c, sort)
		if err != nil {
			return nil, badRequest(err)
		}
		w.After(sort, cur)
	}
	evs, err := s.queryEvents(r.Context(), w, sort.OrderBy(), limit+1)
	if err != nil {
		return nil, err
	}
	page := &EventPage{Events: evs}
	if len(evs) > limit {
		page.Events = evs[:limit]
		last := evs[limit-1]
		c := query.Cursor{Sort: sort.String(), Value: query.SortValue(sort, string(last.Date), last.Goldstein),
			DocNo: last.docNo, Idx: last.idx}.Encode()
		page.NextCursor = &c
	}
	return page, nil
}

// pageSQL selects the keys of one page of events: only the filter and sort
// columns are read, so the scan stays narrow.
const pageSQL = `SELECT e.doc_no, e.idx FROM events e WHERE %s ORDER BY %s LIMIT %d`

// eventSQL reads whole events, with document and sentence, for a set of
// documents (a literal list of doc_no values, pushed into every scan).
const eventSQL = `SELECT e.event_id, e.doc_key, e.doc_no, e.idx, e.sentence,
	e.source_code, e.source_name, e.source_text, e.source_country,
	e.target_code, e.target_name, e.target_text, e.target_country,
	e.cameo, e.root, e.plover, e.goldstein, e.quad_class, ` + query.DateExpr + `,
	e.verb, e.verb_start, e.verb_end, e.rule, e.negated, e.hypothetical, e.attribution,
	e.loc_name, e.loc_country, e.loc_admin1, e.lat, e.lon,
	%[1]s,
	d.id, d.title, d.url, d.source, d.date, coalesce(s.text, ''), coalesce(s.start, 0)
FROM events e JOIN documents d ON d.doc_no = e.doc_no AND d.doc_no IN (%[2]s)
LEFT JOIN sentences s ON s.doc_no = e.doc_no AND s.idx = e.sentence AND s.doc_no IN (%[2]s)%[3]s
WHERE e.doc_no IN (%[2]s)`

// eventKey identifies an event row.
type eventKey struct {
	docNo int64
	idx   int
}

// queryEvents returns the events matching w in orderBy order, at most
// limit: first the page's keys, then the rows for those keys.
func (s *server) queryEvents(ctx context.Context, w *query.Where, orderBy string, limit int) ([]*Event, error) {
	keys, err := s.pageKeys(ctx, w, orderBy, limit)
	if err != nil || len(keys) == 0 {
		return []*Event{}, err
	}
	byKey, err := s.loadEvents(ctx, keys)
	if err != nil {
		return nil, err
	}
	out := make([]*Event, 0, len(keys))
	for _, k := range keys {
		if e := byKey[k]; e != nil {
			out = append(out, e)
		}
	}
	return out, nil
}

// pageKeys runs pageSQL.
func (s *server) pageKeys(ctx context.Context, w *query.Where, orderBy string, limit int) ([]eventKey, error) {
	rows, err := s.db.QueryContext(ctx, fmt.Sprintf(pageSQL, w.SQL(), orderBy, limit), w.Args()...)
	if err != nil {
		return nil, fmt.Errorf("events query: %w", err)
	}
	defer rows.Close()
	var keys []eventKey
	for rows.Next() {
		var k eventKey
		if err := rows.Scan(&k.docNo, &k.idx); err != nil {
			return nil, fmt.Errorf("events query: %w", err)
		}
		keys = append(keys, k)
	}
	return keys, rows.Err()
}

// loadEvents reads every event of the keys' documents, keyed.
func (s *server) loadEvents(ctx context.Context, keys []eventKey) (map[eventKey]*Event, error) {
	seen := map[int64]bool{}
	var docs []string
	for _, k := range keys {
		if !seen[k.docNo] {
			seen[k.docNo] = true
			docs = append(docs, strconv.FormatInt(k.docNo, 10))
		}
	}
	list := strings.Join(docs, ",")
	q := fmt.Sprintf(eventSQL, s.schema.CountCols(), list, s.schema.CountJoin(list))
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, fmt.Errorf("events rows: %w", err)
	}
	defer rows.Close()
	out := make(map[eventKey]*Event, len(keys))
	for rows.Next() {
		e, err := scanEvent(rows)
		if err != nil {
			return nil, fmt.Errorf("events rows: %w", err)
		}
		out[eventKey{e.docNo, e.idx}] = e
	}
	return out, rows.Err()
}

// actorCols scans one actor's columns.
type actorCols struct{ code, name, text, country sql.NullString }

// ref is the actor, nil when absent.
func (a *actorCols) ref() *Actor {
	if !a.code.Valid && !a.name.Valid && !a.text.Valid {
		return nil
	}
	return &Actor{Code: a.code.String, Name: a.name.String, Text: a.text.String, Country: a.country.String}
}

// scanEvent reads one eventSelect row.
func scanEvent(rows *sql.Rows) (*Event, error) {
	e := &Event{Document: &DocRef{}}
	var src, tgt actorCols
	var date, docDate sql.NullTime
	var locName, locCountry, locAdmin sql.NullString
	var lat, lon sql.NullFloat64
	var sentStart int
	err := rows.Scan(&e.ID, &e.Document.Key, &e.docNo, &e.idx, &e.Sentence.Index,
		&src.code, &src.name, &src.text, &src.country, &tgt.code, &tgt.name, &tgt.text, &tgt.country,
		&e.CAMEO, &e.Root, &e.PLOVER, &e.Goldstein, &e.QuadClass, &date,
		&e.Verb, &e.verbStart, &e.verbEnd, &e.Rule, &e.Negated, &e.Hypothetical, &e.Attribution,
		&locName, &locCountry, &locAdmin, &lat, &lon,
		&e.NumArticles, &e.NumSources, &e.NumMentions,
		&e.Document.ID, &e.Document.Title, &e.Document.URL, &e.Document.Source, &docDate,
		&e.Sentence.Text, &sentStart)
	if err != nil {
		return nil, err
	}
	e.Date, e.Document.Date = dateOf(date), dateOf(docDate)
	e.Source, e.Target = src.ref(), tgt.ref()
	if locName.Valid {
		e.Location = &Place{Name: locName.String, Country: locCountry.String, Admin1: locAdmin.String, Lat: lat.Float64, Lon: lon.Float64}
	}
	t := e.Sentence.Text
	e.Sentence.VerbStart16 = utf16At(t, e.verbStart-sentStart)
	e.Sentence.VerbEnd16 = utf16At(t, e.verbEnd-sentStart)
	return e, nil
}

// dateOf formats a nullable DATE.
func dateOf(t sql.NullTime) doc.Date {
	if !t.Valid {
		return ""
	}
	return doc.DateOf(t.Time.UTC())
}
