package dedup

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
	"github.com/dyad-project/dyad/internal/doc"
)

// corpusDocs converts generated articles to documents.
func corpusDocs(arts []dedupcorpus.Article) []*doc.Document {
	docs := make([]*doc.Document, len(arts))
	for i, a := range arts {
		docs[i] = &doc.Document{ID: a.ID, Title: a.Title, Text: a.Text, Date: doc.Date(a.Date), Source: a.Source}
	}
	return docs
}

// scores is precision, recall and F1 of predicted duplicate pairs.
type scores struct{ tp, fp, fn int }

func (s scores) f1() (p, r, f float64) {
	p = float64(s.tp) / float64(max(1, s.tp+s.fp))
	r = float64(s.tp) / float64(max(1, s.tp+s.fn))
	return p, r, 2 * p * r / max(p+r, 1e-9)
}

// evaluate runs a Batch at threshold over the corpus.
func evaluate(arts []dedupcorpus.Article, threshold float64) scores {
	b := NewBatch()
	b.Threshold = threshold
	var s scores
	for i, d := range corpusDocs(arts) {
		dup, _ := b.Check(d)
		want := arts[i].Original
		switch {
		case dup != "" && dup == want:
			s.tp++
		case dup != "":
			s.fp++
			if want != "" {
				s.fn++
			}
		case want != "":
			s.fn++
		}
	}
	return s
}

func TestDuplicateF1(t *testing.T) {
	arts := dedupcorpus.New(1).Corpus(1500)
	var lines []string
	for _, th := range []float64{0.3, 0.4, Threshold, 0.6} {
		s := evaluate(arts, th)
		p, r, f := s.f1()
		lines = append(lines, fmt.Sprintf("threshold %.2f: precision %.4f recall %.4f F1 %.4f (tp %d fp %d fn %d)", th, p, r, f, s.tp, s.fp, s.fn))
		if th == Threshold {
			t.Logf("%d articles; at the chosen threshold F1 = %.4f", len(arts), f)
			if f < 0.95 {
				t.Errorf("duplicate-pair F1 %.4f < 0.95", f)
			}
		}
	}
	fmt.Println("dedup F1 on generated corpus:\n  " + strings.Join(lines, "\n  "))
}

// TestSimilarityByKind prints the similarity of copies and follow-ups to
// their originals and the best score of unrelated originals.
func TestSimilarityByKind(t *testing.T) {
	g := dedupcorpus.New(2)
	byKind := map[string][]float64{}
	var origs []Sig
	for i := range 300 {
		o := g.Original(fmt.Sprint("o", i), i)
		so := Signature(o.Text)
		for j, p := range origs {
			if j%7 == 0 {
				byKind["unrelated"] = append(byKind["unrelated"], Similar(&so, &p))
			}
		}
		origs = append(origs, so)
		for _, a := range []dedupcorpus.Article{g.Copy(o, "c"), g.FollowUp(o, "f", i), g.Repost(o, "r")} {
			s := Signature(a.Text)
			byKind[a.Kind] = append(byKind[a.Kind], Similar(&so, &s))
		}
	}
	for _, k := range []string{"copy", "repost", "followup", "unrelated"} {
		v := byKind[k]
		sort.Float64s(v)
		t.Logf("%-9s n=%5d min %.3f p05 %.3f median %.3f p95 %.3f max %.3f", k, len(v), v[0],
			v[len(v)/20], v[len(v)/2], v[len(v)*19/20], v[len(v)-1])
	}
}
