// Package benchutil holds helpers shared by dyad's benchmarks: CPU time of
// the process, so that throughput stays meaningful on a shared, loaded
// machine where wall-clock rates do not.
package benchutil

import (
	"testing"
	"time"
)

// ReportCPU reports throughput per CPU second since start (a CPUTime
// reading): MB/cpu-s for bytes per iteration and, when unit is not empty,
// unit/cpu-s for n per iteration.
func ReportCPU(b *testing.B, start time.Duration, bytes, n int, unit string) {
	d := (CPUTime() - start).Seconds()
	if d <= 0 {
		return
	}
	b.ReportMetric(float64(bytes)*float64(b.N)/d/1e6, "MB/cpu-s")
	if unit != "" {
		b.ReportMetric(float64(n)*float64(b.N)/d, unit+"/cpu-s")
	}
}
