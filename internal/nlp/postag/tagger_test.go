package postag

import (
	"bytes"
	"encoding/gob"
	"math"
	"strings"
	"testing"
	"time"

	prose "github.com/jdkato/prose/v2"
)

func TestLoadTime(t *testing.T) {
	start := time.Now()
	mustDefault(t)
	t.Logf("first Default(): %v (includes prose's gzip of the asset)", time.Since(start))
}

func TestTagKeyTags(t *testing.T) {
	tg := mustDefault(t)
	tests := []struct {
		sentence string
		want     map[int]string // token index -> tag
	}{
		{"The talks collapsed on Tuesday .", map[int]string{0: "DT", 1: "NNS", 2: "VBD", 5: "."}},
		{"Beijing warns Washington over Taiwan .", map[int]string{0: "NNP", 1: "VBZ", 2: "NNP"}},
		{"Iran rejected the proposal , officials said .", map[int]string{0: "NNP", 1: "VBD", 3: "NN", 4: ",", 5: "NNS", 6: "VBD"}},
		{"Police fired tear gas at protesters .", map[int]string{0: "NNS", 1: "VBD", 5: "NNS"}},
		{"The president vowed to punish those responsible .", map[int]string{2: "VBD", 3: "TO", 4: "VB"}},
		{"He urged the rebels to lay down their arms .", map[int]string{0: "PRP", 1: "VBD", 5: "VB", 7: "PRP$"}},
		{"China 's defence ministry accused Washington .", map[int]string{1: "POS", 4: "VBD", 5: "NNP"}},
		{"The minister did n't respond .", map[int]string{2: "VBD", 3: "RB", 4: "VB"}},
		{"Russia has sent 500 troops to the border .", map[int]string{1: "VBZ", 2: "VBN", 3: "CD", 4: "NNS"}},
		{"“ We will respond , ” he said .", map[int]string{0: "``", 2: "MD", 3: "VB", 5: "''"}},
		{"\" We will respond , \" he said .", map[int]string{0: "``", 5: "''"}},
		{"Visit reuters.com or mail desk@example.org ( 2024 ) .", map[int]string{1: "NN", 4: "NN", 5: "(", 7: ")"}},
		{"The country ’s leaders — and its army — agreed .", map[int]string{1: "NN", 2: "POS", 4: ":"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.sentence)
		tags := tg.Tag(words, nil)
		if len(tags) != len(words) {
			t.Fatalf("%q: %d tags for %d words", tt.sentence, len(tags), len(words))
		}
		for i, want := range tt.want {
			if tags[i] != want {
				t.Errorf("%q: %q tagged %s, want %s (all %v)", tt.sentence, words[i], tags[i], want, tags)
			}
		}
	}
}

func TestTagHeadline(t *testing.T) {
	tg := mustDefault(t)
	tests := []struct {
		headline string
		want     map[int]string
	}{
		{"Xi Jinping Hails New Era", map[int]string{0: "NNP", 1: "NNP", 2: "VBZ"}},
		{"Iran Rejects US Proposal on Nuclear Talks", map[int]string{0: "NNP", 1: "VBZ"}},
		{"Protesters Clash With Police in Capital", map[int]string{0: "NNS", 1: "VBP"}},
		{"Iran rejects US proposal", map[int]string{0: "NNP", 1: "VBZ"}},
	}
	for _, tt := range tests {
		words := strings.Fields(tt.headline)
		tags := tg.TagHeadline(words, nil)
		for i, want := range tt.want {
			if tags[i] != want {
				t.Errorf("%q: %q tagged %s, want %s (all %v)", tt.headline, words[i], tags[i], want, tags)
			}
		}
	}
}

func TestIsTitleCase(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Xi Jinping Hails New Era", true},
		{"Talks Between Iran and the US Collapse", true},
		{"Xi Jinping hails new era", false},
		{"China", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := IsTitleCase(strings.Fields(tt.in)); got != tt.want {
			t.Errorf("IsTitleCase(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestTagNoAlloc(t *testing.T) {
	tg := mustDefault(t)
	words := strings.Fields("The Élysée said Moscow’s envoy met state-run media in 2024 at 10.30 , officials said .")
	tags := make([]string, 0, 64)
	if n := testing.AllocsPerRun(100, func() { tags = tg.Tag(words, tags[:0]) }); n != 0 {
		t.Errorf("Tag allocates %v times per sentence", n)
	}
}

func TestTagEdgeCases(t *testing.T) {
	tg := mustDefault(t)
	for _, words := range [][]string{nil, {""}, {"a"}, {"\xff\xfe"}, {"-", "--", "@x", "1990", "-123"}} {
		if got := tg.Tag(words, nil); len(got) != len(words) {
			t.Errorf("Tag(%q) = %v", words, got)
		}
	}
}

// TestParseWeightsMatchesGob checks the gob walker against encoding/gob on
// the real model.
func TestParseWeightsMatchesGob(t *testing.T) {
	data := prose.MustAsset(assetDir + "weights.gob")
	var want map[string]map[string]float64
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&want); err != nil {
		t.Fatal(err)
	}
	got := &mapSink{m: map[string]map[string]float64{}}
	if err := parseWeights(data, got); err != nil {
		t.Fatal(err)
	}
	if len(got.m) != len(want) {
		t.Fatalf("%d features, want %d", len(got.m), len(want))
	}
	for f, ws := range want {
		for c, w := range ws {
			if g := got.m[f][c]; g != w || math.IsNaN(g) {
				t.Fatalf("%q/%q = %v, want %v", f, c, g, w)
			}
		}
	}
}

// mapSink collects parsed weights into maps.
type mapSink struct {
	m   map[string]map[string]float64
	cur map[string]float64
}

func (s *mapSink) begin(int) {}
func (s *mapSink) feature(key []byte, n int) error {
	s.cur = make(map[string]float64, n)
	s.m[string(key)] = s.cur
	return nil
}
func (s *mapSink) weight(c []byte, w float64) error { s.cur[string(c)] = w; return nil }
func (s *mapSink) endFeature() error                { return nil }

// FuzzParseWeights feeds arbitrary bytes to the gob walker.
func FuzzParseWeights(f *testing.F) {
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(map[string]map[string]float64{"i word x": {"NN": 1.5}}); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte{0x03, 0xff, 0x88, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = parseWeights(data, &mapSink{m: map[string]map[string]float64{}})
	})
}

// FuzzNormCtx checks that the context hash equals the hash of prose's
// normalisation (strings.ToLower for ordinary words).
func FuzzNormCtx(f *testing.F) {
	for _, s := range []string{"China", "ÉLYSÉE", "\xffA", "İstanbul", "ǅ", "x-y", "1990", "Ωmega"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if w == "" || strings.Contains(w, "-") || strings.Contains(w, "\u2019") || isYear(w) || w[0] >= '0' && w[0] <= '9' {
			return
		}
		lw := strings.ToLower(w)
		want := ctxWord{norm: fnvString(lw), normSuf: fnvString(lw[max(0, len(lw)-3):])}
		if got := normCtx(w); got != want {
			t.Errorf("normCtx(%q) differs from strings.ToLower form %q", w, lw)
		}
	})
}

// FuzzTag checks that tagging never panics and returns one tag per word.
func FuzzTag(f *testing.F) {
	f.Add("The talks collapsed .")
	f.Add("\" “ ’s n't @a b@c.de 1990 -")
	f.Fuzz(func(t *testing.T, s string) {
		tg := mustDefault(t)
		words := strings.Fields(s)
		if got := tg.TagHeadline(words, tg.Tag(words, nil)[:0]); len(got) != len(words) {
			t.Fatalf("%d tags for %d words", len(got), len(words))
		}
	})
}
