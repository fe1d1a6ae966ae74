package apitest

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2" // database/sql driver "duckdb"
	"github.com/dyad-project/dyad/internal/store"
)

// bigCountries are the country codes of the generated store; early ones
// are drawn far more often (a skewed, news-like distribution).
var bigCountries = []string{"USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "IND",
	"PAK", "AFG", "SYR", "IRQ", "TUR", "JPN", "PRK", "KOR", "SAU", "EGY", "NGA", "ZAF", "BRA", "MEX",
	"VEN", "COL", "CAN", "AUS", "POL", "ITA", "ESP", "GRC", "SRB", "ETH", "SDN", "SOM", "KEN", "LBY",
	"YEM", "LBN"}

// bigCAMEO are (code, root, plover, goldstein, quad) of the generated events.
var bigCAMEO = [][5]string{{"010", "01", "AGREE", "0", "1"}, {"020", "02", "REQUEST", "3", "1"},
	{"036", "03", "AGREE", "4", "1"}, {"040", "04", "CONSULT", "1", "1"}, {"042", "04", "CONSULT", "1.9", "1"},
	{"051", "05", "COOPERATE", "3.4", "1"}, {"061", "06", "COOPERATE", "6.4", "2"},
	{"070", "07", "AID", "7", "2"}, {"112", "11", "ACCUSE", "-2", "3"}, {"120", "12", "REJECT", "-4", "3"},
	{"130", "13", "THREATEN", "-4.4", "3"}, {"141", "14", "PROTEST", "-6.5", "3"},
	{"172", "17", "COERCE", "-5", "4"}, {"190", "19", "ASSAULT", "-10", "4"}, {"193", "19", "ASSAULT", "-10", "4"}}

// Big returns the path of a generated store with n events (5 per
// document, dates over 2015-2024), cached under os.TempDir() between runs.
// Building 1M events takes a few seconds with DuckDB SQL.
func Big(tb testing.TB, n int) string {
	tb.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("dyad-bench-%d-v1.duckdb", n))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := fmt.Sprintf("%s.tmp%d", path, os.Getpid())
	if err := buildBig(tmp, n); err != nil {
		_ = os.Remove(tmp)
		tb.Fatalf("build benchmark store %s: %v", tmp, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		tb.Fatal(err)
	}
	return path
}

// OpenReadOnly opens a store file read-only, without migrating it (for
// benchmarks over a cached file built by an older schema version).
func OpenReadOnly(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("duckdb", path+"?access_mode=READ_ONLY")
	if err == nil {
		err = db.Ping()
	}
	if err != nil {
		tb.Fatalf("open %s read-only: %v", path, err)
	}
	tb.Cleanup(func() { _ = db.Close() })
	return db
}

// sqlList is a DuckDB list literal of strings.
func sqlList(items []string) string {
	return "['" + strings.Join(items, "','") + "']"
}

// buildBig generates the store with INSERT ... SELECT over range().
func buildBig(path string, n int) error {
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	docs := n / 5
	var codes, roots, plovers, golds, quads []string
	for _, c := range bigCAMEO {
		codes, roots, plovers = append(codes, c[0]), append(roots, c[1]), append(plovers, c[2])
		golds, quads = append(golds, c[3]), append(quads, c[4])
	}
	stmts := []string{
		fmt.Sprintf(`INSERT INTO documents (doc_key, doc_no, id, title, date, url, source, authors, text, version,
			latest, ingested_at, n_sentences, n_entities, n_events, n_quotes, n_locations)
		SELECT md5(i::VARCHAR), i, 'doc-' || i, 'Generated headline number ' || i,
			DATE '2015-01-01' + CAST(i * 3652 // %[1]d AS INTEGER), 'https://news.example/' || i,
			'outlet' || (i %% 20), ['A. Writer'],
			'Body sentence one of document ' || i || '. Body two. Body three. Body four. Body five.',
			1, true, TIMESTAMP '2025-01-01 00:00:00', 6, 0, 5, 0, 0 FROM range(%[1]d) t(i)`, docs),
		fmt.Sprintf(`INSERT INTO sentences SELECT md5(i::VARCHAR), i, k,
			CASE WHEN k = 0 THEN 'Generated headline number ' || i ELSE 'Sentence ' || k || ' of document ' || i || ' reports talks and clashes.' END,
			0, 40, k FROM range(%d) t(i), range(6) s(k) ORDER BY i, k`, docs),
		fmt.Sprintf(`INSERT INTO events (event_id, doc_key, doc_no, idx, sentence,
			source_text, source_name, source_code, source_country,
			target_text, target_name, target_code, target_country,
			cameo, root, plover, goldstein, quad_class, date, doc_date, verb, verb_start, verb_end,
			rule, negated, hypothetical, attribution, loc_name, loc_country, loc_admin1, lat, lon)
		WITH g AS (SELECT j, j // 5 AS d, j %% 5 AS k,
			1 + CAST(floor(pow((hash(j) %% 10000) / 10000.0, 2) * %[2]d) AS INTEGER) AS sc,
			1 + CAST(floor(pow((hash(j * 7 + 1) %% 10000) / 10000.0, 2) * %[2]d) AS INTEGER) AS tc,
			1 + CAST(hash(j * 13 + 5) %% %[3]d AS INTEGER) AS ec FROM range(%[1]d) t(j))
		SELECT md5(d::VARCHAR) || ':' || k, md5(d::VARCHAR), d, k, k + 1,
			%[4]s[sc], %[4]s[sc], %[4]s[sc] || CASE WHEN j %% 3 = 0 THEN 'GOV' ELSE '' END, %[4]s[sc],
			%[4]s[tc], %[4]s[tc], %[4]s[tc], %[4]s[tc],
			%[5]s[ec], %[6]s[ec], %[7]s[ec], CAST(%[8]s[ec] AS DOUBLE), CAST(%[9]s[ec] AS INTEGER),
			DATE '2015-01-01' + CAST(d * 3652 // %[10]d AS INTEGER), DATE '2015-01-01' + CAST(d * 3652 // %[10]d AS INTEGER),
			'met', 5, 8, 'gen', false, false, '',
			CASE WHEN j %% 2 = 0 THEN 'Capital of ' || %[4]s[sc] END, CASE WHEN j %% 2 = 0 THEN %[4]s[sc] END,
			CASE WHEN j %% 2 = 0 THEN 'Region' END, CASE WHEN j %% 2 = 0 THEN 10.5 END, CASE WHEN j %% 2 = 0 THEN 20.5 END
		FROM g ORDER BY j`, n, len(bigCountries), len(bigCAMEO), sqlList(bigCountries),
			sqlList(codes), sqlList(roots), sqlList(plovers), sqlList(golds), sqlList(quads), docs),
		`CHECKPOINT`,
	}
	for i, q := range stmts {
		if _, err := st.DB().ExecContext(context.Background(), q); err != nil {
			return fmt.Errorf("statement %d: %w", i+1, err)
		}
	}
	return nil
}
