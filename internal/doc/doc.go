// Package doc holds the types shared by every dyad stage: the document as it
// moves through the pipeline, and the records the stages attach to it.
//
// Offsets: every Start/End is a byte offset. For sentence 0 (the headline)
// and anything found in it, offsets index Document.Title; for every other
// sentence they index Document.Text (the cleaned body).
package doc

import (
	"encoding/json"
	"time"
)

// Document is one news article, from the reader that produced it to the
// records every later stage attached. Its JSON form is the output contract of
// `dyad analyze`.
type Document struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Date        Date     `json:"date"`
	URL         string   `json:"url"`
	Source      string   `json:"source"`
	Authors     []string `json:"authors"`
	Text        string   `json:"text"`
	ContentHash string   `json:"content_hash,omitempty"`
	DuplicateOf string   `json:"duplicate_of,omitempty"`

	Sentences []Sentence   `json:"sentences"`
	Entities  []Entity     `json:"entities"`
	Events    []Event      `json:"events"`
	Quotes    []Quote      `json:"quotes"`
	Locations []Location   `json:"locations"`
	Errors    []ErrorEntry `json:"errors"`

	// Raw is what a reader produced before cleaning; it is not serialised.
	Raw *Raw `json:"-"`
}

// Raw is a document as a reader found it: metadata plus the body as
// paragraphs of text (page junk still present), before cleaning.
type Raw struct {
	Title      string
	Paragraphs []string
	// Published is the publication time when the input carried one.
	Published time.Time
	Format    string // "txt", "html", "jsonl", "rss", "atom", "warc"
}

// Sentence is one sentence of a document with its byte span. Index 0 is the
// headline, paragraph 0; body paragraphs are numbered from 1.
type Sentence struct {
	Index     int    `json:"index"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
	Paragraph int    `json:"paragraph"`
}

// Entity is one recognised actor mention.
type Entity struct {
	Text     string `json:"text"`
	Name     string `json:"name"`
	Type     string `json:"type"` // state, person, org, media, agent, place
	Code     string `json:"code"`
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// ActorRef is the source or target of an event or the speaker of a quote.
type ActorRef struct {
	Text    string `json:"text"`
	Name    string `json:"name"`
	Code    string `json:"code"`
	Country string `json:"country,omitempty"`
}

// Event is one coded "who did what to whom" record with its evidence.
type Event struct {
	Sentence     int       `json:"sentence"`
	Source       *ActorRef `json:"source"`
	Target       *ActorRef `json:"target"`
	CAMEO        string    `json:"cameo"`
	Root         string    `json:"root"`
	PLOVER       string    `json:"plover"`
	Goldstein    float64   `json:"goldstein"`
	QuadClass    int       `json:"quad_class"`
	Date         Date      `json:"date"`
	DocDate      Date      `json:"doc_date,omitempty"`
	Verb         string    `json:"verb"`
	VerbStart    int       `json:"verb_start"`
	VerbEnd      int       `json:"verb_end"`
	Rule         string    `json:"rule"`
	Negated      bool      `json:"negated"`
	Hypothetical bool      `json:"hypothetical"`
	Attribution  string    `json:"attribution,omitempty"`
	Location     *Location `json:"location,omitempty"`
	// DateText is the time expression the event date came from ("on
	// Friday"); empty when the event carries the document date.
	DateText string `json:"date_text,omitempty"`
	// Historical marks an event the sentence places clearly in the past
	// ("fought in the Korean War").
	Historical bool `json:"historical,omitempty"`
}

// Quote is a direct or indirect quotation with its speaker.
type Quote struct {
	Text     string    `json:"text"`
	Speaker  *ActorRef `json:"speaker"`
	Sentence int       `json:"sentence"`
	Start    int       `json:"start"`
	End      int       `json:"end"`
	Direct   bool      `json:"direct"`
	Fragment bool      `json:"fragment,omitempty"`
	Via      *string   `json:"via"`
	Date     Date      `json:"date,omitempty"`
	// Paragraph is where the quote starts; a quote may run over several.
	Paragraph int `json:"paragraph,omitempty"`
}

// Location is a place mention resolved to a gazetteer entry.
type Location struct {
	Text     string  `json:"text"`
	Name     string  `json:"name"`
	Country  string  `json:"country"`
	Admin1   string  `json:"admin1"`
	Lat      float64 `json:"lat"`
	Lon      float64 `json:"lon"`
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	// Inferred marks an event location taken from the article as a whole
	// because the event's own sentence names no place.
	Inferred bool `json:"inferred,omitempty"`
	// GeoID is the gazetteer identifier (GeoNames id) of the place.
	GeoID int64 `json:"geo_id,omitempty"`
}

// ErrorEntry reports a problem with one document (or one record of a
// multi-document input) without stopping the batch.
type ErrorEntry struct {
	Input   string `json:"input"`            // file path as given
	Record  string `json:"record,omitempty"` // "line 12", "item 3", "record 7 at offset 5120"
	Stage   string `json:"stage"`            // ingest, clean, ...
	Message string `json:"message"`          // what went wrong and what to do
}

// Error makes ErrorEntry usable as an error value.
func (e ErrorEntry) Error() string {
	s := e.Input
	if e.Record != "" {
		s += " (" + e.Record + ")"
	}
	return s + ": " + e.Stage + ": " + e.Message
}

// Date is a calendar date in YYYY-MM-DD form; the zero value is "unknown"
// and marshals to JSON null.
type Date string

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d == "" }

// MarshalJSON writes the date as a string or null.
func (d Date) MarshalJSON() ([]byte, error) {
	if d == "" {
		return []byte("null"), nil
	}
	return json.Marshal(string(d))
}

// UnmarshalJSON reads a string or null.
func (d *Date) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*d = ""
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*d = Date(s)
	return nil
}

// Time parses the date; ok is false for an unknown or malformed date.
func (d Date) Time() (t time.Time, ok bool) {
	t, err := time.Parse("2006-01-02", string(d))
	return t, err == nil
}

// DateOf formats t as a Date.
func DateOf(t time.Time) Date {
	if t.IsZero() {
		return ""
	}
	return Date(t.Format("2006-01-02"))
}
