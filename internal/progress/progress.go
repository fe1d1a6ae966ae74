// Package progress draws a one-line progress report for long jobs on a
// terminal, and stays silent when output goes to a file or pipe.
package progress

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// redrawEvery is the minimum time between two redraws (at most 10/s).
const redrawEvery = 100 * time.Millisecond

// Bar reports the progress of one job. Its methods are safe for concurrent
// use. A Bar whose writer is not a terminal does nothing (except Summary).
type Bar struct {
	w      io.Writer
	label  string
	unit   string
	total  int64 // total bytes, 0 when unknown
	active bool
	now    func() time.Time

	mu       sync.Mutex
	start    time.Time
	lastDraw time.Time
	count    int64
	bytes    int64
	width    int // length of the last line drawn, to blank leftovers
	done     bool
}

// New returns a Bar labelled label counting items of unit ("docs") and
// bytes out of total (0 when unknown). It draws only if w is a terminal.
func New(w io.Writer, label string, total int64, unit string) *Bar {
	return newBar(w, label, total, unit, isTerminal(w), time.Now)
}

// newBar is New with the terminal check and clock supplied (for tests).
func newBar(w io.Writer, label string, total int64, unit string, active bool, now func() time.Time) *Bar {
	return &Bar{w: w, label: label, unit: unit, total: total, active: active, now: now, start: now()}
}

// isTerminal reports whether w is a character device such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// Active reports whether the Bar draws anything.
func (b *Bar) Active() bool { return b.active }

// Add records n more items and size more bytes, redrawing at most 10 times
// a second.
func (b *Bar) Add(n int, size int64) {
	if !b.active {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	b.count += int64(n)
	b.bytes += size
	if t := b.now(); !b.done && t.Sub(b.lastDraw) >= redrawEvery {
		b.draw(t)
	}
}

// Done draws the final state and ends the line. Later calls do nothing.
func (b *Bar) Done() {
	if !b.active {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.done {
		return
	}
	b.draw(b.now())
	fmt.Fprint(b.w, "\n")
	b.done = true
}

// Summary writes s on its own line to w, first clearing an unfinished
// progress line. Unlike the other methods it writes even when the Bar is
// inactive, so callers can route their final report through it.
func (b *Bar) Summary(w io.Writer, s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.active && !b.done && b.width > 0 {
		fmt.Fprint(b.w, "\r"+strings.Repeat(" ", b.width)+"\r")
		b.width = 0
	}
	fmt.Fprintln(w, s)
}

// draw rewrites the progress line. b.mu is held.
func (b *Bar) draw(t time.Time) {
	b.lastDraw = t
	line := b.line(t.Sub(b.start))
	pad := ""
	if n := b.width - len(line); n > 0 {
		pad = strings.Repeat(" ", n)
	}
	b.width = len(line)
	fmt.Fprint(b.w, "\r"+line+pad)
}

// line formats the report, e.g.
// "ingest: 1,234 docs  56.7 docs/s  12.3 MB/45.6 MB  ETA 0:42".
func (b *Bar) line(elapsed time.Duration) string {
	secs := elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(b.count) / secs
	}
	parts := []string{fmt.Sprintf("%s: %s %s", b.label, thousands(b.count), b.unit),
		fmt.Sprintf("%.1f %s/s", rate, b.unit)}
	switch {
	case b.total > 0:
		parts = append(parts, bytesStr(b.bytes)+"/"+bytesStr(b.total))
		if eta, ok := b.eta(secs); ok {
			parts = append(parts, "ETA "+clock(eta))
		}
	case b.bytes > 0:
		parts = append(parts, bytesStr(b.bytes))
	}
	return strings.Join(parts, "  ")
}

// eta estimates the time left from the byte rate so far.
func (b *Bar) eta(secs float64) (time.Duration, bool) {
	if b.bytes <= 0 || secs <= 0 {
		return 0, false
	}
	left := max(b.total-b.bytes, 0)
	return time.Duration(float64(left) / (float64(b.bytes) / secs) * float64(time.Second)), true
}

// thousands formats n with comma separators.
func thousands(n int64) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var out []byte
	for i := range len(s) {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	if neg {
		return "-" + string(out)
	}
	return string(out)
}

// bytesStr formats a byte count in decimal units with one decimal.
func bytesStr(n int64) string {
	switch f := float64(n); {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000*1000:
		return fmt.Sprintf("%.1f kB", f/1e3)
	case n < 1000*1000*1000:
		return fmt.Sprintf("%.1f MB", f/1e6)
	default:
		return fmt.Sprintf("%.1f GB", f/1e9)
	}
}

// clock formats a duration as m:ss or h:mm:ss, rounded to the second.
func clock(d time.Duration) string {
	s := int64(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
