// Package temporal finds time expressions in sentences and resolves them to
// calendar dates against the document date.
//
// Conventions (the document date is D):
//   - "yesterday" is D-1, "today"/"tonight"/"this morning" D, "tomorrow"
//     D+1, "last night" D-1.
//   - A bare weekday ("on Friday") is the latest such day strictly before D;
//     when the sentence is future-tensed (will, shall, 'll, won't, "is to",
//     "are to", "due to", "set to", scheduled, upcoming) it is the next one
//     strictly after D. "last Friday" is always past and "next Friday" always
//     future; "this Friday" may be D itself.
//   - A bare month ("in July") is the latest July not after D (future tense:
//     the earliest July not before D); "last July" is strictly before D's
//     month, "next July" strictly after. A month and day without a year
//     resolve the same way at day granularity.
//   - Numeric dates: YYYY-MM-DD is ISO. NN/NN/YYYY (or with dots) is read
//     day-first, except that when the second number exceeds 12 it must be
//     the day and the date is read month-first (04/07/2023 is 4 July,
//     07/25/2023 is 25 July). A two-digit year is 20YY.
//   - Week granularity dates are the Monday of the week, month granularity
//     the 1st, year granularity January 1; EndDate is the last day of the
//     period (empty at day granularity).
//   - Year ranges ("1950-53"), decades ("the 1990s") and named wars and eras
//     ("the Korean War") have granularity "range".
//   - Historical is set when the period ends more than 365 days before D.
//
// Find scans bytes and tokens directly, without regular expressions, and
// allocates nothing for a sentence without a time expression.
package temporal

import (
	"github.com/dyad-project/dyad/internal/doc"
)

// Granularities of a resolved expression.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
	Year  = "year"
	Range = "range"
)

// Expr is one time expression of a sentence, resolved. Start and End are
// byte offsets into the text given to Find.
type Expr struct {
	Text        string
	Start, End  int
	Date        doc.Date
	Granularity string // day, week, month, year, range
	Historical  bool
	EndDate     doc.Date // last day of the period; empty at day granularity
}

// Find returns every time expression of one sentence, left to right,
// resolved against docDate. It returns nil when docDate is not a valid date
// (nothing can be resolved then) or the text has no expression.
func Find(text string, docDate doc.Date) []Expr {
	ref, ok := parseDate(string(docDate))
	if !ok || ref.y < 1200 || ref.y > 9000 || len(text) == 0 {
		return nil
	}
	var buf [96]tok
	s := scanner{text: text, toks: tokenize(text, buf[:0]), ref: ref, tense: -1}
	var out []Expr
	for i := 0; i < len(s.toks); {
		m, ok := s.match(i)
		if !ok {
			if s.punct(i, '"') {
				s.q = !s.q
			}
			i++
			continue
		}
		out = append(out, s.expr(text, m))
		for ; i < m.end; i++ {
			if s.punct(i, '"') {
				s.q = !s.q
			}
		}
	}
	return out
}

// match is one recognised expression over tokens [start, end).
type match struct {
	start, end int
	from, to   civil // resolved period (to is zero at day granularity)
	gran       string
}

func (s *scanner) expr(text string, m match) Expr {
	a, b := int(s.toks[m.start].s), int(s.toks[m.end-1].e)
	e := Expr{Text: text[a:b], Start: a, End: b, Date: m.from.date(), Granularity: m.gran}
	last := m.from
	if !m.to.zero() {
		e.EndDate = m.to.date()
		last = m.to
	}
	e.Historical = last.days() < s.ref.days()-365
	return e
}
