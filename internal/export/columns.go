package export

import (
	"fmt"
)

// column is one output column: its name and the SQL expression (over
// events e, documents d and sentences s) that computes it.
type column struct{ name, expr string }

// dateX is the event date (the event's own, else the document's).
const dateX = `coalesce(e.date, e.doc_date)`

// flat is a tab/newline-free version of a text expression.
func flat(expr string) string { return `translate(` + expr + `, e'\t\n\r', '   ')` }

// actorType is the n-th three-letter role code after the country prefix
// of the actor code on side ("source" or "target"), GDELT's Type1..3Code.
func actorType(side string, n int) string {
	return fmt.Sprintf(`CASE WHEN e.%[1]s_country <> '' AND starts_with(e.%[1]s_code, e.%[1]s_country)
		THEN substr(e.%[1]s_code, %[2]d, 3) ELSE '' END`, side, 4+3*n)
}

// gdeltActor is the ten Actor columns of GDELT for one side.
func gdeltActor(n int, side string) []column {
	p := fmt.Sprintf("Actor%d", n)
	return []column{
		{p + "Code", "e." + side + "_code"},
		{p + "Name", flat("upper(e." + side + "_name)")},
		{p + "CountryCode", "e." + side + "_country"},
		{p + "KnownGroupCode", "''"}, {p + "EthnicCode", "''"},
		{p + "Religion1Code", "''"}, {p + "Religion2Code", "''"},
		{p + "Type1Code", actorType(side, 0)}, {p + "Type2Code", actorType(side, 1)},
		{p + "Type3Code", actorType(side, 2)},
	}
}

// gdeltGeo is the eight geography columns with the given prefix; only the
// action location is known to dyad (actors are not geolocated).
func gdeltGeo(p string, action bool) []column {
	if !action {
		return []column{{p + "_Type", "0"}, {p + "_FullName", "''"}, {p + "_CountryCode", "''"},
			{p + "_ADM1Code", "''"}, {p + "_ADM2Code", "''"}, {p + "_Lat", "''"}, {p + "_Long", "''"},
			{p + "_FeatureID", "''"}}
	}
	return []column{
		{p + "_Type", `CASE WHEN e.loc_name IS NULL THEN 0 WHEN coalesce(e.loc_admin1, '') = '' THEN 1
			WHEN e.loc_country IN ('USA', 'US') THEN 3 ELSE 4 END`},
		{p + "_FullName", flat(`concat_ws(', ', e.loc_name, nullif(e.loc_admin1, ''), nullif(e.loc_country, ''))`)},
		{p + "_CountryCode", "e.loc_country"}, {p + "_ADM1Code", flat("e.loc_admin1")}, {p + "_ADM2Code", "''"},
		{p + "_Lat", "e.lat"}, {p + "_Long", "e.lon"}, {p + "_FeatureID", "''"},
	}
}

// gdeltColumns are the 61 columns of the GDELT 2.0 event table, in order.
func gdeltColumns(c []string) []column {
	cols := []column{
		{"GLOBALEVENTID", "e.doc_no * 100000 + e.idx"},
		{"SQLDATE", "strftime(" + dateX + ", '%Y%m%d')"},
		{"MonthYear", "strftime(" + dateX + ", '%Y%m')"},
		{"Year", "year(" + dateX + ")"},
		{"FractionDate", "printf('%.4f', year(" + dateX + ") + (dayofyear(" + dateX + ") - 1) / 365.0)"},
	}
	cols = append(cols, gdeltActor(1, "source")...)
	cols = append(cols, gdeltActor(2, "target")...)
	cols = append(cols,
		column{"IsRootEvent", "CASE WHEN coalesce(s.paragraph, 0) <= 1 THEN 1 ELSE 0 END"},
		column{"EventCode", "e.cameo"}, column{"EventBaseCode", "left(e.cameo, 3)"},
		column{"EventRootCode", "e.root"}, column{"QuadClass", "e.quad_class"},
		column{"GoldsteinScale", "e.goldstein"},
		column{"NumMentions", c[2]}, column{"NumSources", c[1]}, column{"NumArticles", c[0]},
		column{"AvgTone", "''"})
	cols = append(cols, gdeltGeo("Actor1Geo", false)...)
	cols = append(cols, gdeltGeo("Actor2Geo", false)...)
	cols = append(cols, gdeltGeo("ActionGeo", true)...)
	return append(cols,
		column{"DATEADDED", "strftime(d.ingested_at, '%Y%m%d%H%M%S')"},
		column{"SOURCEURL", flat("d.url")})
}

// GDELTColumns is the number of GDELT 2.0 event-table columns.
const GDELTColumns = 61

// gdeltExtras are dyad's columns after the GDELT ones.
var gdeltExtras = []column{
	{"DyadEventID", "e.event_id"}, {"DyadDocID", flat("d.id")}, {"Rule", flat("e.rule")},
	{"Verb", flat("e.verb")}, {"Negated", "CAST(e.negated AS INTEGER)"},
	{"Hypothetical", "CAST(e.hypothetical AS INTEGER)"}, {"Attribution", flat("e.attribution")},
	{"PLOVER", "e.plover"}, {"SentenceText", flat("s.text")},
}

// GDELTHeader is the names of the GDELT export's columns (the export
// itself has no header line, like GDELT's files).
func GDELTHeader() []string {
	var out []string
	for _, c := range append(gdeltColumns(one), gdeltExtras...) {
		out = append(out, c.name)
	}
	return out
}

// tableColumns are the CSV and Parquet columns.
func tableColumns(c []string) []column {
	return []column{
		{"event_id", "e.event_id"}, {"date", dateX},
		{"source_code", "e.source_code"}, {"source_name", "e.source_name"},
		{"source_country", "e.source_country"}, {"source_text", "e.source_text"},
		{"target_code", "e.target_code"}, {"target_name", "e.target_name"},
		{"target_country", "e.target_country"}, {"target_text", "e.target_text"},
		{"cameo", "e.cameo"}, {"root", "e.root"}, {"plover", "e.plover"},
		{"goldstein", "e.goldstein"}, {"quad_class", "e.quad_class"},
		{"num_articles", c[0]}, {"num_sources", c[1]}, {"num_mentions", c[2]},
		{"location_name", "e.loc_name"}, {"location_country", "e.loc_country"},
		{"location_admin1", "e.loc_admin1"}, {"lat", "e.lat"}, {"lon", "e.lon"},
		{"doc_id", "d.id"}, {"doc_key", "e.doc_key"}, {"url", "d.url"}, {"title", "d.title"},
		{"outlet", "d.source"}, {"verb", "e.verb"}, {"rule", "e.rule"},
		{"negated", "e.negated"}, {"hypothetical", "e.hypothetical"},
		{"attribution", "e.attribution"}, {"sentence_index", "e.sentence"}, {"sentence", "s.text"},
	}
}

// one is the count expressions of a store without counts.
var one = []string{"1", "1", "1"}
