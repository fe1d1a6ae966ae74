package nlp

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
)

// goldenCase is one line of a verb-group golden file.
type goldenCase struct {
	line     int
	headline bool
	text     string
	want     []string // "word/K", K one of F P I G N B
}

// goldenScore counts verb-group matches: heads compares head words only,
// full compares head word and kind.
type goldenScore struct {
	want, got, heads, full int
}

func (s goldenScore) String() string {
	return fmt.Sprintf("head P=%.3f R=%.3f | head+kind P=%.3f R=%.3f (gold %d, found %d)",
		ratio(s.heads, s.got), ratio(s.heads, s.want), ratio(s.full, s.got), ratio(s.full, s.want), s.want, s.got)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// TestVerbGroupGolden scores VerbGroups against the hand-written golden
// files and fails below a floor per part. Run with -v to see every miss.
func TestVerbGroupGolden(t *testing.T) {
	ann, err := NewAnnotator()
	if err != nil {
		t.Fatal(err)
	}
	floors := []struct {
		file         string
		fullP, fullR float64
		headP, headR float64
	}{
		// Before the correction layer: dev head+kind P .954 R .850, held-out
		// P .922 R .817; both would fail these floors.
		{"testdata/verbgroups_dev.txt", 0.95, 0.93, 0.97, 0.95},
		{"testdata/verbgroups_heldout.txt", 0.90, 0.89, 0.92, 0.91},
	}
	for _, fl := range floors {
		cases := readGolden(t, fl.file)
		var sc goldenScore
		for _, c := range cases {
			got := groupsOf(ann, c.text, c.headline)
			h, f := matchGroups(c.want, got)
			sc.want += len(c.want)
			sc.got += len(got)
			sc.heads += h
			sc.full += f
			if f < len(c.want) || f < len(got) {
				t.Logf("%s:%d %q\n\twant %v\n\tgot  %v\n\ttags %s", fl.file, c.line, c.text, c.want, got, tagString(ann, c.text, c.headline))
			}
		}
		t.Logf("%s: %d sentences: %v", fl.file, len(cases), sc)
		if ratio(sc.full, sc.got) < fl.fullP || ratio(sc.full, sc.want) < fl.fullR ||
			ratio(sc.heads, sc.got) < fl.headP || ratio(sc.heads, sc.want) < fl.headR {
			t.Errorf("%s: %v below floor (head+kind P>=%.2f R>=%.2f, head P>=%.2f R>=%.2f)",
				fl.file, sc, fl.fullP, fl.fullR, fl.headP, fl.headR)
		}
	}
}

// readGolden parses a golden file: KIND|sentence|groups.
func readGolden(t *testing.T, path string) []goldenCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldenCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "|")
		if len(parts) != 3 || (parts[0] != "H" && parts[0] != "S") {
			t.Fatalf("%s:%d: want KIND|sentence|groups, got %q", path, n, line)
		}
		c := goldenCase{line: n, headline: parts[0] == "H", text: parts[1]}
		for _, g := range strings.Fields(parts[2]) {
			if !strings.Contains(g, "/") {
				g += "/F"
			}
			c.want = append(c.want, g)
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 75 {
		t.Fatalf("%s: only %d cases", path, len(out))
	}
	return out
}

// groupsOf annotates text and returns its verb groups as "word/K".
func groupsOf(ann *Annotator, text string, headline bool) []string {
	toks := Tokenize(text)
	ann.Annotate(toks, headline)
	var out []string
	for _, vg := range VerbGroups(toks) {
		out = append(out, toks[vg.Head].Text+"/"+groupKind(vg))
	}
	return out
}

// groupKind is the one-letter kind of a verb group used by the golden files.
func groupKind(vg VerbGroup) string {
	switch {
	case vg.Passive:
		return "P"
	case vg.Infinitive:
		return "I"
	case vg.Finite:
		return "F"
	case vg.Gerund:
		return "G"
	case vg.Participle:
		return "N"
	}
	return "B"
}

// matchGroups counts gold groups found by head word (heads) and by head
// word and kind (full), each found group used once.
func matchGroups(want, got []string) (heads, full int) {
	usedH := make([]bool, len(got))
	usedF := make([]bool, len(got))
	for _, w := range want {
		word := w[:strings.LastIndexByte(w, '/')]
		for i, g := range got {
			if !usedF[i] && g == w {
				usedF[i] = true
				full++
				break
			}
		}
		for i, g := range got {
			if !usedH[i] && g[:strings.LastIndexByte(g, '/')] == word {
				usedH[i] = true
				heads++
				break
			}
		}
	}
	return heads, full
}

func tagString(ann *Annotator, text string, headline bool) string {
	toks := Tokenize(text)
	ann.Annotate(toks, headline)
	return tagsOf(toks)
}

func TestMatchGroups(t *testing.T) {
	tests := []struct {
		want, got   []string
		heads, full int
	}{
		{[]string{"said/F", "hit/F"}, []string{"said/F", "hit/P"}, 2, 1},
		{[]string{"said/F"}, []string{"said/F", "said/F"}, 1, 1},
		{[]string{"a/F", "a/I"}, []string{"a/I"}, 1, 1},
		{nil, []string{"x/F"}, 0, 0},
	}
	for _, tt := range tests {
		h, f := matchGroups(tt.want, tt.got)
		if h != tt.heads || f != tt.full {
			t.Errorf("matchGroups(%v, %v) = %d, %d, want %d, %d", tt.want, tt.got, h, f, tt.heads, tt.full)
		}
	}
}
