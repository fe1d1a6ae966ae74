package export

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
	"github.com/dyad-project/dyad/internal/api/query"
)

// fixtureEvents is the number of events of the latest document versions.
const fixtureEvents = 7

func TestGDELT(t *testing.T) {
	st := apitest.Open(t)
	var b bytes.Buffer
	n, err := Run(context.Background(), st.DB(), Options{Format: "gdelt", Out: &b})
	if err != nil || n != fixtureEvents {
		t.Fatalf("n=%d err=%v", n, err)
	}
	header := GDELTHeader()
	if len(gdeltColumns(one)) != GDELTColumns || header[0] != "GLOBALEVENTID" || header[60] != "SOURCEURL" {
		t.Fatalf("GDELT columns: %d, first %s, 61st %s", len(gdeltColumns(one)), header[0], header[60])
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	for i, l := range lines {
		f := strings.Split(l, "\t")
		if len(f) != len(header) {
			t.Fatalf("line %d: %d fields, want %d", i+1, len(f), len(header))
		}
		if i == 0 && (f[1] != "20240115" || f[26] != "040" || f[53] != "RUR" || !strings.HasPrefix(f[60], "https://")) {
			t.Errorf("line 1: SQLDATE %s EventCode %s ActionGeo_CountryCode %s SOURCEURL %s", f[1], f[26], f[53], f[60])
		}
	}
}

func TestCSVAndParquetReRead(t *testing.T) {
	st := apitest.Open(t)
	dir := t.TempDir()
	csvPath, pqPath := filepath.Join(dir, "e.csv"), filepath.Join(dir, "e.parquet")
	f, err := os.Create(csvPath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Run(context.Background(), st.DB(), Options{Format: "csv", Out: f}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := Run(context.Background(), st.DB(), Options{Format: "parquet", Path: pqPath}); err != nil {
		t.Fatal(err)
	}
	want := len(tableColumns(one))
	for _, src := range []string{"read_csv('" + csvPath + "', header = true)", "read_parquet('" + pqPath + "')"} {
		var n, cols int
		var sentence string
		err := st.DB().QueryRow(`SELECT count(*), max(sentence) FILTER (WHERE cameo = '051') FROM `+src).Scan(&n, &sentence)
		if err == nil {
			err = st.DB().QueryRow(`SELECT count(*) FROM (DESCRIBE SELECT * FROM ` + src + `)`).Scan(&cols)
		}
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		if n != fixtureEvents || cols != want || !strings.Contains(sentence, "“constructive” tone 🙂") {
			t.Errorf("%s: %d rows (want %d), %d columns (want %d), sentence %q", src, n, fixtureEvents, cols, want, sentence)
		}
	}
}

func TestPLOVERAndFilters(t *testing.T) {
	st := apitest.Open(t)
	f, err := query.Parse(map[string][]string{"dyad": {"RUR,FRD"}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	n, err := Run(context.Background(), st.DB(), Options{Format: "plover", Filter: f, Out: &b})
	if err != nil || n != 4 {
		t.Fatalf("n=%d err=%v", n, err)
	}
	sc := bufio.NewScanner(&b)
	for sc.Scan() {
		var ev map[string]any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"id", "date", "event_type", "mode", "context", "actor1", "actor1_country", "actor2", "actor2_country", "text", "url"} {
			if _, ok := ev[k]; !ok {
				t.Errorf("PLOVER record lacks %q: %s", k, sc.Text())
			}
		}
	}
	if _, err := Run(context.Background(), st.DB(), Options{Format: "xml", Out: io.Discard}); err == nil {
		t.Error("unknown format accepted")
	}
}
