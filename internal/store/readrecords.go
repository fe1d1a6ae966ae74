package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/dyad-project/dyad/internal/doc"
)

// loadSentences reads the document's sentences in index order.
func (s *Store) loadSentences(ctx context.Context, no int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT idx, text, start, "end", paragraph FROM sentences
		WHERE doc_no = $1 ORDER BY idx`, no, func(r *sql.Rows) error {
		var x doc.Sentence
		if err := r.Scan(&x.Index, &x.Text, &x.Start, &x.End, &x.Paragraph); err != nil {
			return fmt.Errorf("sentences: %w", err)
		}
		d.Sentences = append(d.Sentences, x)
		return nil
	})
}

// loadEntities reads the document's entities in stored order.
func (s *Store) loadEntities(ctx context.Context, no int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT sentence, text, name, type, code, start, "end"
		FROM entities WHERE doc_no = $1 ORDER BY idx`, no, func(r *sql.Rows) error {
		var x doc.Entity
		if err := r.Scan(&x.Sentence, &x.Text, &x.Name, &x.Type, &x.Code, &x.Start, &x.End); err != nil {
			return fmt.Errorf("entities: %w", err)
		}
		d.Entities = append(d.Entities, x)
		return nil
	})
}

// actorScan receives the four nullable columns of an actor.
type actorScan struct{ text, name, code, country sql.NullString }

// dest is the Scan targets.
func (a *actorScan) dest() []any { return []any{&a.text, &a.name, &a.code, &a.country} }

// ref is the actor, nil when the columns are NULL.
func (a *actorScan) ref() *doc.ActorRef {
	if !a.text.Valid && !a.name.Valid && !a.code.Valid {
		return nil
	}
	return &doc.ActorRef{Text: a.text.String, Name: a.name.String, Code: a.code.String, Country: a.country.String}
}

// loadEvents reads the document's events in stored order.
func (s *Store) loadEvents(ctx context.Context, no int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT sentence, source_text, source_name, source_code, source_country,
		target_text, target_name, target_code, target_country, cameo, root, plover, goldstein,
		quad_class, date, doc_date, verb, verb_start, verb_end, rule, negated, hypothetical,
		attribution, loc_text, loc_name, loc_country, loc_admin1, lat, lon,
		loc_sentence, loc_start, loc_end, date_text, historical, loc_inferred, loc_geo_id
		FROM events WHERE doc_no = $1 ORDER BY idx`, no, func(r *sql.Rows) error {
		e, err := scanEvent(r)
		if err != nil {
			return fmt.Errorf("events: %w", err)
		}
		d.Events = append(d.Events, e)
		return nil
	})
}

// scanEvent reads one events row in loadEvents' column order.
func scanEvent(r *sql.Rows) (doc.Event, error) {
	var e doc.Event
	var src, tgt actorScan
	var date, docDate sql.NullTime
	var lt, ln, lc, la sql.NullString
	var lat, lon sql.NullFloat64
	var ls, lst, lend, geo sql.NullInt64
	var dateText sql.NullString
	var historical, inferred sql.NullBool
	dest := []any{&e.Sentence}
	dest = append(dest, src.dest()...)
	dest = append(dest, tgt.dest()...)
	dest = append(dest, &e.CAMEO, &e.Root, &e.PLOVER, &e.Goldstein, &e.QuadClass, &date, &docDate,
		&e.Verb, &e.VerbStart, &e.VerbEnd, &e.Rule, &e.Negated, &e.Hypothetical, &e.Attribution,
		&lt, &ln, &lc, &la, &lat, &lon, &ls, &lst, &lend, &dateText, &historical, &inferred, &geo)
	if err := r.Scan(dest...); err != nil {
		return e, err
	}
	e.Source, e.Target = src.ref(), tgt.ref()
	e.Date, e.DocDate = nullDate(date), nullDate(docDate)
	e.DateText, e.Historical = dateText.String, historical.Bool
	if lt.Valid || ln.Valid {
		e.Location = &doc.Location{Text: lt.String, Name: ln.String, Country: lc.String,
			Admin1: la.String, Lat: lat.Float64, Lon: lon.Float64,
			Sentence: int(ls.Int64), Start: int(lst.Int64), End: int(lend.Int64),
			Inferred: inferred.Bool, GeoID: geo.Int64}
	}
	return e, nil
}

// loadQuotes reads the document's quotes in stored order.
func (s *Store) loadQuotes(ctx context.Context, no int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT sentence, text, speaker_text, speaker_name, speaker_code,
		speaker_country, start, "end", direct, fragment, via, date, paragraph
		FROM quotes WHERE doc_no = $1 ORDER BY idx`, no, func(r *sql.Rows) error {
		var q doc.Quote
		var sp actorScan
		var via sql.NullString
		var date sql.NullTime
		dest := append([]any{&q.Sentence, &q.Text}, sp.dest()...)
		dest = append(dest, &q.Start, &q.End, &q.Direct, &q.Fragment, &via, &date, &q.Paragraph)
		if err := r.Scan(dest...); err != nil {
			return fmt.Errorf("quotes: %w", err)
		}
		q.Speaker, q.Date = sp.ref(), nullDate(date)
		if via.Valid {
			q.Via = &via.String
		}
		d.Quotes = append(d.Quotes, q)
		return nil
	})
}

// loadLocations reads the document's locations in stored order.
func (s *Store) loadLocations(ctx context.Context, no int64, d *doc.Document) error {
	return s.eachRow(ctx, `SELECT sentence, text, name, country, admin1, lat, lon, start, "end",
		coalesce(inferred, false), coalesce(geo_id, 0)
		FROM locations WHERE doc_no = $1 ORDER BY idx`, no, func(r *sql.Rows) error {
		var l doc.Location
		if err := r.Scan(&l.Sentence, &l.Text, &l.Name, &l.Country, &l.Admin1,
			&l.Lat, &l.Lon, &l.Start, &l.End, &l.Inferred, &l.GeoID); err != nil {
			return fmt.Errorf("locations: %w", err)
		}
		d.Locations = append(d.Locations, l)
		return nil
	})
}
