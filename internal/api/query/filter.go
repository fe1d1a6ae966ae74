// Package query turns event filters (URL parameters of the HTTP API, flags
// of `dyad export`) into DuckDB SQL over the store's events table. It is
// shared by internal/api and internal/export so both read the same filters
// the same way.
//
// Every clause refers to the events table as alias "e".
package query

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// Filter selects events. The zero Filter selects every event of the latest
// document versions.
type Filter struct {
	Actor, Source, Target string // actor tests (code prefix or name substring)
	DyadA, DyadB          string // a pair of actor tests
	Directed              bool   // DyadA is source and DyadB target
	Country               string // location, source or target country code
	CAMEO                 string // CAMEO code prefix
	Roots                 []string
	PLOVER                []string
	Quads                 []int
	From, To              string // inclusive YYYY-MM-DD bounds of the event date
	Q                     string // substring of the evidence sentence
	Outlet                string // documents.source, exact

	// Superseded lists the doc_no of superseded document versions when
	// SupersededSet (see LoadSuperseded); otherwise Where excludes them
	// with a subquery, which is slower on large stores.
	Superseded    []int64
	SupersededSet bool
}

// Params lists the URL parameters Parse reads, for usage texts and checks.
var Params = []string{"actor", "source", "target", "dyad", "country", "cameo",
	"root", "plover", "quad", "from", "to", "q", "outlet"}

// DateExpr is the event date used for filtering, sorting and bucketing.
// The coder fills an event's date with the document date when the text
// gives none, so the column alone is the event date (and a plain column
// lets DuckDB prune row groups and push Top-N filters into the scan).
const DateExpr = `e.date`

// Parse reads a Filter from URL parameters; errors name the parameter.
func Parse(v url.Values) (Filter, error) {
	f := Filter{
		Actor: strings.TrimSpace(v.Get("actor")), Source: strings.TrimSpace(v.Get("source")),
		Target: strings.TrimSpace(v.Get("target")), Country: strings.ToUpper(strings.TrimSpace(v.Get("country"))),
		CAMEO: strings.TrimSpace(v.Get("cameo")), Roots: list(v.Get("root"), false),
		PLOVER: list(v.Get("plover"), true), Q: strings.TrimSpace(v.Get("q")),
		Outlet: strings.TrimSpace(v.Get("outlet")),
	}
	if err := f.parseDyad(v.Get("dyad")); err != nil {
		return f, err
	}
	if err := f.parseQuads(v.Get("quad")); err != nil {
		return f, err
	}
	var err error
	if f.From, err = parseDate("from", v.Get("from")); err != nil {
		return f, err
	}
	if f.To, err = parseDate("to", v.Get("to")); err != nil {
		return f, err
	}
	return f, nil
}

// list splits a comma-separated parameter, dropping empty items.
func list(s string, upper bool) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			if upper {
				p = strings.ToUpper(p)
			}
			out = append(out, p)
		}
	}
	return out
}

// parseDyad reads "A,B" (either direction) or "A>B" (directed).
func (f *Filter) parseDyad(s string) error {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	sep := ","
	if strings.Contains(s, ">") {
		sep, f.Directed = ">", true
	}
	a, b, ok := strings.Cut(s, sep)
	f.DyadA, f.DyadB = strings.TrimSpace(a), strings.TrimSpace(b)
	if !ok || f.DyadA == "" || f.DyadB == "" {
		return fmt.Errorf("dyad %q: want A,B (either direction) or A>B (directed)", s)
	}
	return nil
}

// parseQuads reads a comma-separated list of quad classes 1-4.
func (f *Filter) parseQuads(s string) error {
	for _, p := range list(s, false) {
		n, err := strconv.Atoi(p)
		if err != nil || n < 1 || n > 4 {
			return fmt.Errorf("quad %q: want quad classes 1-4, comma-separated", s)
		}
		f.Quads = append(f.Quads, n)
	}
	return nil
}

// parseDate checks a YYYY-MM-DD parameter.
func parseDate(name, s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return "", fmt.Errorf("%s %q: want a date YYYY-MM-DD", name, s)
	}
	return s, nil
}

// Where is a SQL condition with its positional (?) arguments.
type Where struct {
	conds []string
	args  []any
}

// add appends one condition.
func (w *Where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

// And appends a condition with its arguments.
func (w *Where) And(cond string, args ...any) { w.add(cond, args...) }

// SQL is the conjunction of the conditions ("TRUE" when there are none).
func (w *Where) SQL() string {
	if len(w.conds) == 0 {
		return "TRUE"
	}
	return strings.Join(w.conds, "\n\tAND ")
}

// Args are the arguments of SQL in order.
func (w *Where) Args() []any { return w.args }

// Where builds the filter's condition on events alias e. It always excludes
// events of superseded document versions.
func (f Filter) Where() *Where {
	w := &Where{}
	f.latestCond(w)
	f.actorConds(w)
	if f.Country != "" {
		w.add(`(e.loc_country = ? OR e.source_country = ? OR e.target_country = ?)`, f.Country, f.Country, f.Country)
	}
	if f.CAMEO != "" {
		w.add(`starts_with(e.cameo, ?)`, f.CAMEO)
	}
	inList(w, "e.root", f.Roots)
	inList(w, "e.plover", f.PLOVER)
	f.quadCond(w)
	if f.From != "" {
		w.add(DateExpr+` >= CAST(? AS DATE)`, f.From)
	}
	if f.To != "" {
		w.add(DateExpr+` <= CAST(? AS DATE)`, f.To)
	}
	if f.Q != "" {
		w.add(`EXISTS (SELECT 1 FROM sentences s WHERE s.doc_no = e.doc_no AND s.idx = e.sentence AND contains(lower(s.text), ?))`, strings.ToLower(f.Q))
	}
	if f.Outlet != "" {
		w.add(`e.doc_no IN (SELECT doc_no FROM documents WHERE source = ?)`, f.Outlet)
	}
	return w
}

// latestCond excludes superseded document versions.
func (f Filter) latestCond(w *Where) {
	if !f.SupersededSet {
		w.add(`e.doc_no NOT IN (SELECT doc_no FROM documents WHERE NOT latest)`)
		return
	}
	if len(f.Superseded) == 0 {
		return
	}
	parts := make([]string, len(f.Superseded))
	for i, n := range f.Superseded {
		parts[i] = strconv.FormatInt(n, 10)
	}
	w.add(`e.doc_no NOT IN (` + strings.Join(parts, ",") + `)`)
}

// maxInlineSuperseded bounds the literal list LoadSuperseded builds.
const maxInlineSuperseded = 10000

// LoadSuperseded reads the superseded versions' doc_no into f so Where
// can exclude them with a literal list; with more than 10000 it leaves f
// on the subquery form.
func (f *Filter) LoadSuperseded(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, `SELECT doc_no FROM documents WHERE NOT latest LIMIT ?`, maxInlineSuperseded+1)
	if err != nil {
		return fmt.Errorf("superseded documents: %w", err)
	}
	defer rows.Close()
	var list []int64
	for rows.Next() {
		var n int64
		if err := rows.Scan(&n); err != nil {
			return fmt.Errorf("superseded documents: %w", err)
		}
		list = append(list, n)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("superseded documents: %w", err)
	}
	if len(list) <= maxInlineSuperseded {
		f.Superseded, f.SupersededSet = list, true
	}
	return nil
}

// actorConds adds the actor, source, target and dyad tests.
func (f Filter) actorConds(w *Where) {
	if f.Actor != "" {
		a := actorTest("source", f.Actor)
		b := actorTest("target", f.Actor)
		w.add("("+a.sql+" OR "+b.sql+")", append(a.args, b.args...)...)
	}
	for _, side := range []struct{ col, v string }{{"source", f.Source}, {"target", f.Target}} {
		if side.v != "" {
			t := actorTest(side.col, side.v)
			w.add(t.sql, t.args...)
		}
	}
	if f.DyadA == "" {
		return
	}
	sa, tb := actorTest("source", f.DyadA), actorTest("target", f.DyadB)
	fwd := "(" + sa.sql + " AND " + tb.sql + ")"
	args := append(sa.args, tb.args...)
	if f.Directed {
		w.add(fwd, args...)
		return
	}
	sb, ta := actorTest("source", f.DyadB), actorTest("target", f.DyadA)
	w.add("("+fwd+" OR ("+sb.sql+" AND "+ta.sql+"))", append(append(args, sb.args...), ta.args...)...)
}

// clause is one SQL fragment with its arguments.
type clause struct {
	sql  string
	args []any
}

// actorTest matches side ("source" or "target") against v: a value in
// capitals and digits ("UKR", "USAGOV") is a code prefix; anything else
// matches a code prefix (upper-cased) or a name substring, ignoring case.
func actorTest(side, v string) clause {
	if isCode(v) {
		return clause{sql: "starts_with(e." + side + "_code, ?)", args: []any{v}}
	}
	return clause{
		sql:  fmt.Sprintf("(starts_with(e.%[1]s_code, ?) OR contains(lower(e.%[1]s_name), ?))", side),
		args: []any{strings.ToUpper(v), strings.ToLower(v)},
	}
}

// isCode reports whether v looks like an actor code: A-Z and 0-9 only.
func isCode(v string) bool {
	for _, r := range v {
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return false
		}
	}
	return v != ""
}

// inList adds col IN (values) when values is not empty.
func inList(w *Where, col string, values []string) {
	if len(values) == 0 {
		return
	}
	args := make([]any, len(values))
	for i, v := range values {
		args[i] = v
	}
	w.add(col+" IN ("+strings.TrimSuffix(strings.Repeat("?,", len(values)), ",")+")", args...)
}

// quadCond adds the quad-class test.
func (f Filter) quadCond(w *Where) {
	if len(f.Quads) == 0 {
		return
	}
	parts := make([]string, len(f.Quads))
	for i, q := range f.Quads {
		parts[i] = strconv.Itoa(q)
	}
	w.add("e.quad_class IN (" + strings.Join(parts, ",") + ")")
}
