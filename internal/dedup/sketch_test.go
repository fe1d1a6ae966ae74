package dedup

import (
	"testing"

	"github.com/dyad-project/dyad/internal/dedup/dedupcorpus"
)

// TestSketchCoversMemory checks that Sketch reports every entry Find would
// accept on a Memory index of the same signatures, and few others.
func TestSketchCoversMemory(t *testing.T) {
	arts := dedupcorpus.New(5).Corpus(3000)
	mem, sk := NewMemory(), NewSketch()
	var matches, extra, reported int
	for i, a := range arts {
		sig := Signature(a.Text)
		seq := int64(i + 1)
		want := map[int64]bool{}
		_ = mem.Candidates(&sig, func(e *Entry) {
			if Similar(&sig, &e.Sig) >= Threshold {
				want[e.Seq] = true
			}
		})
		got := map[int64]bool{}
		sk.Candidates(&sig, Threshold, func(s int64) {
			if got[s] {
				t.Fatalf("article %d: candidate %d reported twice", i, s)
			}
			got[s] = true
		})
		for s := range want {
			if !got[s] {
				t.Errorf("article %d (%s): sketch missed entry %d", i, a.ID, s)
			}
		}
		matches += len(want)
		extra += len(got) - len(want)
		reported += len(got)
		_ = mem.Add(Entry{Key: a.ID, ID: a.ID, Seq: seq, Sig: sig})
		sk.Add(seq, &sig)
	}
	if mem.Len() != sk.Len() {
		t.Errorf("Len: sketch %d, memory %d", sk.Len(), mem.Len())
	}
	t.Logf("%d articles: %d verified matches, %d extra sketch candidates, index %d KB",
		len(arts), matches, extra, sk.Bytes()/1024)
	if matches == 0 || extra > matches/10 {
		t.Errorf("sketch reported %d candidates for %d matches: the filter lets too much through", reported, matches)
	}
}

func TestMergeRuns(t *testing.T) {
	tests := []struct{ dst, src, want []uint64 }{
		{nil, nil, nil},
		{[]uint64{1, 4}, nil, []uint64{1, 4}},
		{nil, []uint64{2, 3}, []uint64{2, 3}},
		{[]uint64{1, 4, 9}, []uint64{0, 4, 5, 10}, []uint64{0, 1, 4, 4, 5, 9, 10}},
	}
	for _, tt := range tests {
		got := mergeRuns(append([]uint64(nil), tt.dst...), tt.src)
		if len(got) != len(tt.want) {
			t.Errorf("mergeRuns(%v, %v) = %v, want %v", tt.dst, tt.src, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("mergeRuns(%v, %v) = %v, want %v", tt.dst, tt.src, got, tt.want)
				break
			}
		}
	}
}

// BenchmarkSketchCandidates looks up articles in a sketch of 20,000.
func BenchmarkSketchCandidates(b *testing.B) {
	g := dedupcorpus.New(3)
	sk := NewSketch()
	var sigs []Sig
	for i := 0; sk.Len() < 20000; i++ {
		for _, a := range g.Corpus1(i) {
			s := Signature(a.Text)
			sk.Add(int64(sk.Len()+1), &s)
			sigs = append(sigs, s)
		}
	}
	n := 0
	b.ResetTimer()
	for i := range b.N {
		sk.Candidates(&sigs[i%len(sigs)], Threshold, func(int64) { n++ })
	}
	b.ReportMetric(float64(n)/float64(b.N), "candidates/op")
}
