package ingest

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the process's user plus system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports throughput per CPU second, which stays meaningful on a
// shared, loaded machine where wall-clock rates do not: MB/cpu-s for bytes
// per iteration and, when unit is not empty, unit/cpu-s for n per iteration.
func reportCPU(b *testing.B, start time.Duration, bytes, n int, unit string) {
	d := (cpuTime() - start).Seconds()
	if d <= 0 {
		return
	}
	b.ReportMetric(float64(bytes)*float64(b.N)/d/1e6, "MB/cpu-s")
	if unit != "" {
		b.ReportMetric(float64(n)*float64(b.N)/d, unit+"/cpu-s")
	}
}
