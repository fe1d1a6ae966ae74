package store

import (
	"strconv"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// The row builders below produce appender rows in table column order
// (migration order: columns added by ALTER TABLE come last).

// docRef identifies a stored document: its content hash and its insertion
// number. Child rows carry both; doc_no grows with every stored document,
// so a document's rows are contiguous and DuckDB's min/max zone maps make
// lookups by doc_no cheap even in large tables.
type docRef struct {
	key string
	no  int64
}

// docRow is one documents row; l holds the columns link.go decides.
func docRow(d *doc.Document, r docRef, version int, now time.Time, l docLinks) []any {
	id := d.ID
	if id == "" {
		id = r.key[:16]
	}
	authors := make([]string, len(d.Authors))
	for i, a := range d.Authors {
		authors[i] = validUTF8(a)
	}
	return []any{r.key, r.no, validUTF8(id), validUTF8(d.Title), dateVal(d.Date), validUTF8(d.URL),
		validUTF8(d.Source), authors, validUTF8(d.Text), version, true, nil,
		nullStr(d.DuplicateOf), now, len(d.Sentences),
		len(d.Entities), len(d.Events), len(d.Quotes), len(d.Locations),
		nullStr(l.dupKey), nullInt(l.thread)}
}

// sentenceRow is one sentences row.
func sentenceRow(r docRef, s doc.Sentence) []any {
	return []any{r.key, r.no, s.Index, validUTF8(s.Text), s.Start, s.End, s.Paragraph}
}

// entityRow is one entities row.
func entityRow(r docRef, i int, e doc.Entity) []any {
	return []any{r.key, r.no, i, e.Sentence, validUTF8(e.Text), validUTF8(e.Name),
		validUTF8(e.Type), validUTF8(e.Code), e.Start, e.End}
}

// eventRow is one events row; event_id is doc_key:idx.
func eventRow(r docRef, i int, e doc.Event) []any {
	row := []any{eventID(r.key, i), r.key, r.no, i, e.Sentence}
	row = append(row, actorVals(e.Source)...)
	row = append(row, actorVals(e.Target)...)
	row = append(row, validUTF8(e.CAMEO), validUTF8(e.Root), validUTF8(e.PLOVER),
		e.Goldstein, e.QuadClass, dateVal(e.Date), dateVal(e.DocDate),
		validUTF8(e.Verb), e.VerbStart, e.VerbEnd, validUTF8(e.Rule),
		e.Negated, e.Hypothetical, validUTF8(e.Attribution))
	row = append(row, eventLocVals(e.Location)...)
	var inferred, geo any
	if l := e.Location; l != nil {
		inferred, geo = l.Inferred, nullInt(l.GeoID)
	}
	return append(row, nullStr(e.DateText), e.Historical, inferred, geo)
}

// eventID names event i of the document with the given key.
func eventID(key string, i int) string {
	return key + ":" + strconv.Itoa(i)
}

// quoteRow is one quotes row.
func quoteRow(r docRef, i int, q doc.Quote) []any {
	row := []any{r.key, r.no, i, q.Sentence, validUTF8(q.Text)}
	row = append(row, actorVals(q.Speaker)...)
	var via any
	if q.Via != nil {
		via = validUTF8(*q.Via)
	}
	return append(row, q.Start, q.End, q.Direct, q.Fragment, via, dateVal(q.Date), q.Paragraph)
}

// locationRow is one locations row.
func locationRow(r docRef, i int, l doc.Location) []any {
	return []any{r.key, r.no, i, l.Sentence, validUTF8(l.Text), validUTF8(l.Name),
		validUTF8(l.Country), validUTF8(l.Admin1), l.Lat, l.Lon, l.Start, l.End, l.Inferred, nullInt(l.GeoID)}
}

// actorVals is text, name, code, country; all NULL for a missing actor.
func actorVals(a *doc.ActorRef) []any {
	if a == nil {
		return []any{nil, nil, nil, nil}
	}
	return []any{validUTF8(a.Text), validUTF8(a.Name), validUTF8(a.Code), validUTF8(a.Country)}
}

// eventLocVals is loc_text, loc_name, loc_country, loc_admin1, lat, lon,
// loc_sentence, loc_start, loc_end.
func eventLocVals(l *doc.Location) []any {
	if l == nil {
		return []any{nil, nil, nil, nil, nil, nil, nil, nil, nil}
	}
	return []any{validUTF8(l.Text), validUTF8(l.Name), validUTF8(l.Country),
		validUTF8(l.Admin1), l.Lat, l.Lon, l.Sentence, l.Start, l.End}
}

// dateVal is the DATE value for d, NULL when unknown or malformed.
func dateVal(d doc.Date) any {
	if t, ok := d.Time(); ok {
		return t
	}
	return nil
}

// nullInt is NULL for 0 and n otherwise.
func nullInt(n int64) any {
	if n == 0 {
		return nil
	}
	return n
}

// nullStr is NULL for "" and the (valid UTF-8) string otherwise.
func nullStr(s string) any {
	if s == "" {
		return nil
	}
	return validUTF8(s)
}
