package segment

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
// shared, loaded machine where wall-clock MB/s does not.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	if d := (cpuTime() - start).Seconds(); d > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/d/1e6, "MB/cpu-s")
	}
}
