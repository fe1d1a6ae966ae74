package petrarch

import (
	"bufio"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/event"
	"github.com/dyad-project/dyad/internal/nlp"
)

var phoenixFiles = []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
	"Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt", "Phoenix.discards.txt", "CAMEO.2.0.txt"}

// loadPhoenix loads the Phoenix dictionaries and CAMEO.2.0 verbs.
func loadPhoenix(b *testing.B, paths []string, cb event.Codebook) (*actor.Dict, *event.PatternSet) {
	actors := &actor.Dict{}
	var verbs *event.PatternSet
	for _, p := range paths {
		a, v, err := Load(p, cb)
		if err != nil {
			b.Fatal(err)
		}
		actors.Merge(a)
		if v != nil {
			verbs = v
		}
	}
	return actors, verbs
}

// BenchmarkLoadPhoenix loads every Phoenix dictionary plus CAMEO.2.0.txt
// and reports throughput, allocation, and the heap and peak RSS with the
// dictionaries held by a built coder.
func BenchmarkLoadPhoenix(b *testing.B) {
	cb := codebook(b)
	var paths []string
	var size int64
	for _, f := range phoenixFiles {
		p := sharedFile(b, f)
		st, err := os.Stat(p)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
		paths = append(paths, p)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var actors *actor.Dict
	var verbs *event.PatternSet
	for i := 0; i < b.N; i++ {
		actors, verbs = loadPhoenix(b, paths, cb)
	}
	b.StopTimer()
	ann, err := nlp.NewAnnotator()
	if err != nil {
		b.Fatal(err)
	}
	c := event.New(event.Config{Patterns: verbs, Codebook: cb, Actors: actors, Annotator: ann})
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "heap-MB")
	if rss := peakRSS(); rss > 0 {
		b.ReportMetric(rss, "peak-RSS-MB")
	}
	runtime.KeepAlive(c)
}

// peakRSS reads the process's peak resident set size (Linux), in MB; 0
// when unavailable.
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				return 0
			}
			return float64(kb) / 1024
		}
	}
	return 0
}
