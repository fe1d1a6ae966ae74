package progress

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// fakeClock is a settable clock for deterministic rates and throttling.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// newFake returns an active Bar on a buffer with a fake clock.
func newFake(total int64) (*Bar, *bytes.Buffer, *fakeClock) {
	var buf bytes.Buffer
	c := &fakeClock{t: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	return newBar(&buf, "ingest", total, "docs", true, c.now), &buf, c
}

func TestLine(t *testing.T) {
	tests := []struct {
		name    string
		total   int64
		count   int
		bytes   int64
		elapsed time.Duration
		want    string
	}{
		{"example", 45_600_000, 1234, 12_300_000, 21764 * time.Millisecond,
			"ingest: 1,234 docs  56.7 docs/s  12.3 MB/45.6 MB  ETA 0:59"},
		{"unknown total", 0, 7, 2048, 2 * time.Second, "ingest: 7 docs  3.5 docs/s  2.0 kB"},
		{"no bytes", 0, 1_000_000, 0, 10 * time.Second, "ingest: 1,000,000 docs  100000.0 docs/s"},
		{"long eta", 10_000_000_000, 10, 1_000_000, time.Second, "ingest: 10 docs  10.0 docs/s  1.0 MB/10.0 GB  ETA 2:46:39"},
		{"zero elapsed", 100, 0, 0, 0, "ingest: 0 docs  0.0 docs/s  0 B/100 B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, _, _ := newFake(tt.total)
			b.count, b.bytes = int64(tt.count), tt.bytes
			if got := b.line(tt.elapsed); got != tt.want {
				t.Errorf("line = %q\nwant   %q", got, tt.want)
			}
		})
	}
}

func TestThrottleAndDone(t *testing.T) {
	b, buf, c := newFake(1000)
	c.advance(time.Second)
	b.Add(1, 100) // first draw
	for range 50 {
		c.advance(time.Millisecond)
		b.Add(1, 10) // within 100 ms: no redraw
	}
	if n := strings.Count(buf.String(), "\r"); n != 1 {
		t.Fatalf("%d redraws within 100 ms, want 1: %q", n, buf.String())
	}
	c.advance(100 * time.Millisecond)
	b.Add(1, 0)
	b.Done()
	b.Done()
	b.Add(5, 5)
	out := buf.String()
	if n := strings.Count(out, "\r"); n != 3 {
		t.Errorf("%d redraws, want 3: %q", n, out)
	}
	if !strings.HasSuffix(out, "ingest: 52 docs  45.2 docs/s  600 B/1.0 kB  ETA 0:01\n") {
		t.Errorf("final line wrong: %q", out)
	}
}

func TestRedrawBlanksLongerLine(t *testing.T) {
	b, buf, c := newFake(0)
	c.advance(time.Millisecond)
	b.Add(1000, 0) // "ingest: 1,000 docs  1000000.0 docs/s"
	buf.Reset()
	c.advance(time.Hour)
	b.Done()
	want := "\ringest: 1,000 docs  0.3 docs/s      \n"
	if got := buf.String(); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSummary(t *testing.T) {
	b, buf, c := newFake(0)
	c.advance(time.Second)
	b.Add(3, 0)
	var sum bytes.Buffer
	b.Summary(&sum, "stored 3 documents")
	if got := sum.String(); got != "stored 3 documents\n" {
		t.Errorf("summary %q", got)
	}
	if !strings.HasSuffix(buf.String(), "\r"+strings.Repeat(" ", len("ingest: 3 docs  3.0 docs/s"))+"\r") {
		t.Errorf("progress line not cleared: %q", buf.String())
	}
}

func TestInactive(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	for _, w := range []interface {
		Write([]byte) (int, error)
	}{&buf, f} {
		b := New(w, "ingest", 10, "docs")
		if b.Active() {
			t.Errorf("%T treated as a terminal", w)
		}
		b.Add(1, 1)
		b.Done()
	}
	b := New(&buf, "ingest", 10, "docs")
	b.Summary(&buf, "done")
	if fi, _ := f.Stat(); buf.String() != "done\n" || fi.Size() != 0 {
		t.Errorf("inactive bar wrote %q and %d file bytes", buf.String(), fi.Size())
	}
}

func TestClockAndUnits(t *testing.T) {
	tests := []struct{ got, want string }{
		{clock(42 * time.Second), "0:42"},
		{clock(61*time.Minute + 5*time.Second), "1:01:05"},
		{clock(1499 * time.Millisecond), "0:01"},
		{thousands(-1234567), "-1,234,567"},
		{thousands(999), "999"},
		{bytesStr(999), "999 B"},
		{bytesStr(1_500_000_000), "1.5 GB"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func BenchmarkAdd(b *testing.B) {
	var buf bytes.Buffer
	bar := newBar(&buf, "ingest", 1<<40, "docs", true, time.Now)
	for range b.N {
		bar.Add(1, 4096)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "adds/s")
}
