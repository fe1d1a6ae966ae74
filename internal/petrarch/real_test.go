package petrarch

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dyad-project/dyad/internal/event"
)

// sharedDir holds the PETRARCH dictionaries and unit-test records; tests
// skip when it is absent.
const sharedDir = "../../../shared/petrarch"

func sharedFile(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(sharedDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("PETRARCH file %s not available: %v", name, err)
	}
	return p
}

func codebook(t testing.TB) event.Codebook {
	t.Helper()
	cb, err := event.BuiltinCodebook()
	if err != nil {
		t.Fatal(err)
	}
	return cb
}

// TestRealFiles loads every shared PETRARCH dictionary and checks its kind
// and that it yields something.
func TestRealFiles(t *testing.T) {
	cb := codebook(t)
	for _, tc := range []struct{ file, kind string }{
		{"PETR.Validate.actors.txt", KindActors},
		{"PETR.Validate.agents.txt", KindAgents},
		{"PETR.Validate.discards.txt", KindDiscards},
		{"PETR.Validate.verbs.txt", KindVerbs},
		{"CAMEO.2.0.txt", KindVerbs},
		{"Phoenix.Countries.actors.txt", KindActors},
		{"Phoenix.International.actors.txt", KindActors},
		{"Phoenix.MilNonState.actors.txt", KindActors},
		{"Phoenix.agents.txt", KindAgents},
		{"Phoenix.discards.txt", KindDiscards},
	} {
		t.Run(tc.file, func(t *testing.T) {
			res, err := ReadFile(sharedFile(t, tc.file), cb)
			if err != nil {
				t.Fatal(err)
			}
			if res.Kind != tc.kind {
				t.Fatalf("kind = %q, want %q", res.Kind, tc.kind)
			}
			if res.Stats.Entries+res.Stats.Patterns == 0 {
				t.Fatalf("nothing converted: %s", res.Stats.String())
			}
			t.Log(res.Stats.String())
			for i, w := range res.Stats.Warnings {
				if i < 6 {
					t.Log("  ", w)
				}
			}
		})
	}
}
