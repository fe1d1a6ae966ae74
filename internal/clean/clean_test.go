package clean

import (
	"bufio"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

var update = flag.Bool("update", false, "rewrite golden files")

const (
	bodyA = "The foreign minister arrived in the capital on Monday for two days of talks."
	bodyB = "Both sides said they hoped to sign an agreement before the end of the year."
)

// corpus reads a testdata file of one line per case, skipping "#" comments.
func corpus(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if s := sc.Text(); s != "" && !strings.HasPrefix(s, "# ") {
			out = append(out, s)
		}
	}
	return out
}

func clean(title string, paras ...string) *doc.Document {
	d := &doc.Document{Raw: &doc.Raw{Title: title, Paragraphs: paras}}
	Document(d)
	return d
}

func TestJunkCorpus(t *testing.T) {
	lines := corpus(t, "junk.txt")
	if len(lines) < 120 {
		t.Fatalf("junk corpus has %d lines, want >= 120", len(lines))
	}
	for _, s := range lines {
		if Junk(s) == "" {
			t.Errorf("Junk(%q) = \"\", want a reason", s)
		}
		d := clean("Leaders meet at summit", bodyA, s, bodyB)
		if want := bodyA + "\n\n" + bodyB; d.Text != want {
			t.Errorf("Document kept junk %q:\n%s", s, d.Text)
		}
	}
}

func TestKeepCorpus(t *testing.T) {
	lines := corpus(t, "keep.txt")
	if len(lines) < 150 {
		t.Fatalf("keep corpus has %d lines, want >= 150", len(lines))
	}
	for _, s := range lines {
		if r := Junk(s); r != "" {
			t.Errorf("Junk(%q) = %q, want \"\"", s, r)
		}
		n := Normalize(s)
		if d := clean("Leaders meet at summit", s); d.Text != n {
			t.Errorf("alone: got %q, want %q", d.Text, n)
		}
		if d := clean("Leaders meet at summit", bodyA, s, bodyB); d.Text != bodyA+"\n\n"+n+"\n\n"+bodyB {
			t.Errorf("between body: lost %q:\n%s", s, d.Text)
		}
		if d := clean("Leaders meet at summit", bodyA, s); d.Text != bodyA+"\n\n"+n {
			t.Errorf("at end: lost %q:\n%s", s, d.Text)
		}
	}
}

// TestInterleaved mixes both corpora in one document: exactly the keep lines
// must come out, in order.
func TestInterleaved(t *testing.T) {
	keep, junkLines := corpus(t, "keep.txt"), corpus(t, "junk.txt")
	var paras, want []string
	for i, s := range keep {
		paras = append(paras, s, junkLines[i%len(junkLines)])
		want = append(want, Normalize(s))
	}
	d := clean("Leaders meet at summit", paras...)
	got := strings.Split(d.Text, "\n\n")
	if len(got) != len(want) {
		t.Fatalf("got %d paragraphs, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d: got %q, want %q", i, got[i], want[i])
		}
	}
}

func TestDocumentNilRaw(t *testing.T) {
	d := &doc.Document{Title: "kept", Text: "kept"}
	Document(d)
	if d.Title != "kept" || d.Text != "kept" {
		t.Errorf("Document changed a document without Raw: %+v", d)
	}
}

// TestGolden cleans testdata/docs/*.in (paragraphs separated by "---" lines,
// the first being the raw title) and compares with the .golden files.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/docs/*.in")
	if len(files) == 0 {
		t.Fatal("no golden inputs")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatalf("read %s: %v", f, err)
			}
			parts := strings.Split(strings.TrimRight(string(b), "\n"), "\n---\n")
			d := clean(parts[0], parts[1:]...)
			got := "TITLE: " + d.Title + "\n\n" + d.Text + "\n"
			golden := strings.TrimSuffix(f, ".in") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatalf("write %s: %v", golden, err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read %s: %v (run with -update)", golden, err)
			}
			if got != string(want) {
				t.Errorf("%s mismatch:\ngot:\n%s\nwant:\n%s", golden, got, want)
			}
		})
	}
}
