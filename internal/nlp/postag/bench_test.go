package postag

import (
	"bufio"
	"os"
	"strings"
	"testing"

	prose "github.com/jdkato/prose/v2"
)

// loadSentences returns testdata/news.txt split on spaces, with trailing
// punctuation as its own token.
func loadSentences(tb testing.TB) [][]string {
	tb.Helper()
	f, err := os.Open("testdata/news.txt")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var sent []string
		for _, w := range strings.Fields(sc.Text()) {
			if n := len(w); n > 1 && strings.ContainsAny(w[n-1:], ".,") {
				sent = append(sent, w[:n-1], w[n-1:])
				continue
			}
			sent = append(sent, w)
		}
		out = append(out, sent)
	}
	return out
}

func BenchmarkTag(b *testing.B) {
	tg := mustDefault(b)
	sents := loadSentences(b)
	tokens := 0
	for _, s := range sents {
		tokens += len(s)
	}
	tags := make([]string, 0, 256)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			tags = tg.Tag(s, tags[:0])
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(len(sents))*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

func BenchmarkLoad(b *testing.B) {
	var raw [3][]byte
	for i, name := range []string{"classes.gob", "tags.gob", "weights.gob"} {
		raw[i] = prose.MustAsset(assetDir + name)
	}
	b.Run("asset", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			if _, err := loadProse(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("build", func(b *testing.B) {
		b.SetBytes(int64(len(raw[2])))
		for i := 0; i < b.N; i++ {
			if _, err := build(raw[0], raw[1], raw[2]); err != nil {
				b.Fatal(err)
			}
		}
	})
}
