package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// seedDocs reads the shared seed articles (first line headline, paragraphs
// separated by blank lines); it skips the test when they are absent.
func seedDocs(t testing.TB) map[string]*doc.Document {
	t.Helper()
	files, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(files) == 0 {
		t.Skip("../shared/seeds not present")
	}
	out := make(map[string]*doc.Document)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		out[filepath.Base(f)] = &doc.Document{Raw: &doc.Raw{Paragraphs: strings.Split(string(b), "\n\n")}}
	}
	return out
}

func TestSeeds(t *testing.T) {
	for name, d := range seedDocs(t) {
		Document(d)
		if d.Title == "" || d.Text == "" {
			t.Errorf("%s: empty title or text", name)
		}
		for _, p := range strings.Split(d.Text, "\n\n") {
			if r := Junk(p); r != "" {
				t.Errorf("%s: kept junk paragraph (%s): %q", name, r, p)
			}
			if testing.Verbose() {
				t.Logf("%s: %s", name, p)
			}
		}
	}
}
