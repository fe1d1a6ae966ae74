package temporal

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/doc"
)

// dateCase is one line of testdata/dates.txt.
type dateCase struct {
	line     int
	docDate  doc.Date
	text     string
	a, b     int // expected span; a < 0 for "none"
	date     doc.Date
	gran     string
	hist     bool
	end      doc.Date
	hasEnd   bool
	original string
}

// scoreFloor is the date-resolution accuracy the set must keep.
const scoreFloor = 0.95

func readDateCases(t *testing.T) []dateCase {
	t.Helper()
	path := filepath.Join("testdata", "dates.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []dateCase
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		c, err := parseDateCase(line)
		if err != nil {
			t.Fatalf("%s:%d: %v", path, n, err)
		}
		c.line = n
		out = append(out, c)
	}
	return out
}

func parseDateCase(line string) (dateCase, error) {
	parts := strings.Split(line, " | ")
	if len(parts) != 3 {
		return dateCase{}, fmt.Errorf("want 3 fields separated by \" | \", got %d", len(parts))
	}
	c := dateCase{docDate: doc.Date(parts[0]), original: parts[1], a: -1}
	s := parts[1]
	if i := strings.IndexByte(s, '['); i >= 0 {
		j := strings.IndexByte(s, ']')
		if j < i {
			return c, fmt.Errorf("unbalanced brackets in %q", s)
		}
		c.text, c.a, c.b = s[:i]+s[i+1:j]+s[j+1:], i, j-1
	} else {
		c.text = s
	}
	f := strings.Fields(parts[2])
	if len(f) == 1 && f[0] == "none" {
		if c.a >= 0 {
			return c, fmt.Errorf("\"none\" with a bracketed expression")
		}
		return c, nil
	}
	if len(f) < 2 || c.a < 0 {
		return c, fmt.Errorf("want DATE GRANULARITY and a bracketed expression")
	}
	c.date, c.gran = doc.Date(f[0]), f[1]
	for k := 2; k < len(f); k++ {
		switch {
		case f[k] == "hist":
			c.hist = true
		case f[k] == "to" && k+1 < len(f):
			c.end, c.hasEnd = doc.Date(f[k+1]), true
			k++
		default:
			return c, fmt.Errorf("unknown field %q", f[k])
		}
	}
	return c, nil
}

// check returns "" when Find resolves the case as expected, else why not.
func (c dateCase) check(xs []Expr) string {
	if c.a < 0 {
		if len(xs) > 0 {
			return fmt.Sprintf("expected none, got %q", xs[0].Text)
		}
		return ""
	}
	for _, x := range xs {
		if x.End <= c.a || x.Start >= c.b {
			continue
		}
		got := fmt.Sprintf("%s %s hist=%v end=%s", x.Date, x.Granularity, x.Historical, x.EndDate)
		if x.Date != c.date || x.Granularity != c.gran || x.Historical != c.hist || c.hasEnd && x.EndDate != c.end {
			return fmt.Sprintf("%q resolved to %s", x.Text, got)
		}
		return ""
	}
	return "not found"
}

// TestDateSet scores Find on testdata/dates.txt and prints the accuracy.
func TestDateSet(t *testing.T) {
	cases := readDateCases(t)
	if len(cases) < 60 {
		t.Fatalf("only %d cases", len(cases))
	}
	ok := 0
	for _, c := range cases {
		if why := c.check(Find(c.text, c.docDate)); why != "" {
			t.Logf("dates.txt:%d %s (%s): %s", c.line, c.original, c.docDate, why)
			continue
		}
		ok++
	}
	acc := float64(ok) / float64(len(cases))
	fmt.Printf("temporal: date resolution accuracy %.3f (%d/%d)\n", acc, ok, len(cases))
	if acc < scoreFloor {
		t.Errorf("accuracy %.3f below %.2f", acc, scoreFloor)
	}
}
