package clean

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dyad-project/dyad/internal/doc"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "  a  b ", "“x” — y… 1950–53", "a\u00adb\u200bc\u00a0d", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if Normalize(n) != n {
			t.Fatalf("Normalize not idempotent: %q -> %q -> %q", s, n, Normalize(n))
		}
		if strings.Contains(n, "  ") || strings.TrimSpace(n) != n && utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: white space not collapsed", s, n)
		}
	})
}

// FuzzDocument feeds paragraphs separated by "\x00" to Document.
func FuzzDocument(f *testing.F) {
	f.Add("Title\x00Advertisement\x00The talks ended on Monday, officials said.\x0001:30\x00Photo: AFP")
	f.Add("\x00a\nb\n\nc\x00x x x 2")
	f.Fuzz(func(t *testing.T, s string) {
		parts := strings.Split(s, "\x00")
		d := &doc.Document{Raw: &doc.Raw{Title: parts[0], Paragraphs: parts[1:]}}
		Document(d)
		for _, p := range strings.Split(d.Text, "\n\n") {
			if d.Text != "" && (p == "" || strings.TrimSpace(p) != p) {
				t.Fatalf("bad paragraph %q in %q", p, d.Text)
			}
		}
	})
}
