package clean

import (
	"math/rand"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// slowNormalize is Normalize without the fast path for normal text.
func slowNormalize(s string) string {
	var b strings.Builder
	return normalizeTo(&b, s)
}

// naiveQuick is quickScan written with the strings package.
func naiveQuick(s string) quickInfo {
	q := quickInfo{colon: strings.IndexByte(s, ':'), ok: true}
	q.by = len(s) > 1 && strings.Contains(s[1:], " by ")
	for _, m := range junkMarks {
		q.mark = q.mark || strings.Contains(s, m)
	}
	return q
}

// checkScan checks the scans of s against their plain definitions.
func checkScan(t *testing.T, s string) {
	t.Helper()
	if got, want := quickScan(s), naiveQuick(s); got != want {
		t.Fatalf("quickScan(%q) = %+v, want %+v", s, got, want)
	}
	if got, want := lastBy(s), strings.LastIndex(s, " by "); got != want {
		t.Fatalf("lastBy(%q) = %d, want %d", s, got, want)
	}
	w, q := scanPlain(s)
	n := slowNormalize(s)
	if w < 0 {
		if n == s && isASCII(s) {
			t.Fatalf("scanPlain(%q) = -1 for ASCII text already in normal form", s)
		}
		return
	}
	if n != s {
		t.Fatalf("scanPlain(%q) = %d but Normalize gives %q", s, w, n)
	}
	if w != wordCount(s) {
		t.Fatalf("scanPlain(%q) = %d words, want %d", s, w, wordCount(s))
	}
	if q != naiveQuick(s) {
		t.Fatalf("scanPlain(%q) quickInfo %+v, want %+v", s, q, naiveQuick(s))
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func TestScans(t *testing.T) {
	lines := append(corpus(t, "junk.txt"), corpus(t, "keep.txt")...)
	lines = append(lines, "", " ", "a", "a  b", "ab ", " ab", "x by y", " by ", "a: b", "cookies: © 2020",
		"Dr. Müller said.", "e\u0301t\u00e9", "\u2126 ohm", "tab\there", "del\x7fx", "\xff bad", "12345678 by 90",
		"privacy rights reserved pic.twitter.com", "Ω“quoted”", "Ärger über Öl: “zu teuer”")
	r := rand.New(rand.NewSource(1))
	alphabet := []string{"a", "B", " ", "  ", ":", "y", " by ", "k", "ookie", "v", "rivacy", ".", "pic.twitter",
		"©", "é", "e\u0301", "“", "—", "\u00a0", "\t", "\n", "\x00", "ights reserved", "ü", "\u2126", "\xc2"}
	for i := 0; i < 20000; i++ {
		var b strings.Builder
		for k := r.Intn(30); k > 0; k-- {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		lines = append(lines, b.String())
	}
	for _, s := range lines {
		checkScan(t, s)
		checkScan(t, slowNormalize(s))
	}
}

func FuzzScanPlain(f *testing.F) {
	for _, s := range []string{"", "The minister said on Monday that talks by the sea would resume.", "a  b",
		"“x” — y… 1950–53", "Cookies: privacy © pic.twitter", "e\u0301", "Dr. Müller"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkScan(t, s) })
}

func TestNFCSafe(t *testing.T) {
	for k, rg := range nfcRanges {
		for r := rg[0]; r < rg[1]; r++ {
			if !nfcTable[k][r-rg[0]] {
				continue
			}
			for _, s := range []string{"a" + string(r), string(r) + string(r), "e" + string(r) + "\u00e9"} {
				if !norm.NFC.IsNormalString(s) {
					t.Errorf("%U marked NFC-safe but %q is not NFC", r, s)
				}
			}
		}
	}
	if nfcSafe('\u0301') || nfcSafe('\u2126') || !nfcSafe('ü') || !nfcSafe('“') {
		t.Error("nfcSafe misclassifies U+0301, U+2126, ü or “")
	}
}

func TestTextBuf(t *testing.T) {
	var tb textBuf
	var got, want []string
	for i := 0; i < 2000; i++ {
		s := strings.Repeat("Ab “Cd” — ", i%40) + "End"
		got = append(got, tb.lower(s), tb.normalize(s))
		want = append(want, lower(s), slowNormalize(s))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("copy %d changed after later writes: %q, want %q", i, got[i], want[i])
		}
	}
	var none *textBuf
	if none.lower("ABC") != "abc" || none.normalize(" a  b ") != "a b" {
		t.Error("nil textBuf does not allocate copies")
	}
}

func TestWordCount(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want int
	}{{"", 0}, {" ", 0}, {"a", 1}, {" a b ", 2}, {"a\nb  c", 3}, {"\n\n", 0}, {"a\tb", 1}} {
		if got := wordCount(tt.s); got != tt.want {
			t.Errorf("wordCount(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
