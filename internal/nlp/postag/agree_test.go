package postag

import (
	"bufio"
	"os"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// TestAgreementWithProse tags testdata/news.txt (one sentence a line) with
// prose's own pipeline and with this package, on prose's tokens.
func TestAgreementWithProse(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the prose model twice")
	}
	tg := mustDefault(t)
	model := prose.ModelFromData("agreement")
	f, err := os.Open("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var total, same int
	var words, tags []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		doc, err := prose.NewDocument(sc.Text(), prose.UsingModel(model),
			prose.WithSegmentation(false), prose.WithExtraction(false))
		if err != nil {
			t.Fatal(err)
		}
		words, tags = words[:0], tags[:0]
		for _, tok := range doc.Tokens() {
			words = append(words, tok.Text)
		}
		tags = tg.Tag(words, tags)
		for i, tok := range doc.Tokens() {
			total++
			if tok.Tag == tags[i] {
				same++
			} else {
				t.Logf("%q: prose %s, postag %s in %q", tok.Text, tok.Tag, tags[i], sc.Text())
			}
		}
	}
	rate := float64(same) / float64(total)
	t.Logf("agreement %d/%d = %.4f", same, total, rate)
	if total < 2000 || rate < 0.99 {
		t.Errorf("agreement %d/%d = %.4f, want >= 0.99 on >= 2000 tokens", same, total, rate)
	}
}

func mustDefault(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}
