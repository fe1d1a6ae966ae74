package cli

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
)

func TestRunExport(t *testing.T) {
	st := apitest.Open(t)
	path := st.Path()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	env := Env{Stdout: &out, Stderr: &errb}
	if st := runExport(env, []string{"--db", path, "--format", "csv", "--dyad", "RUR>FRD"}); st != ExitOK {
		t.Fatalf("status %d: %s", st, errb.String())
	}
	if n := strings.Count(out.String(), "\n"); n != 3 { // header + 2 events
		t.Errorf("%d CSV lines:\n%s", n, out.String())
	}
	pq := filepath.Join(t.TempDir(), "e.parquet")
	if st := runExport(env, []string{"--db", path, "--format", "parquet", "--out", pq}); st != ExitOK {
		t.Fatalf("parquet status %d: %s", st, errb.String())
	}
	if st := runExport(env, []string{"--db", path, "--quad", "9"}); st != ExitUsage {
		t.Errorf("bad filter: status %d", st)
	}
}
