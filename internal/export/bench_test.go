package export

import (
	"context"
	"io"
	"testing"

	"github.com/dyad-project/dyad/internal/api/apitest"
)

// BenchmarkExport exports the cached 1M-event store in each streaming format.
func BenchmarkExport(b *testing.B) {
	db := apitest.OpenReadOnly(b, apitest.Big(b, 1_000_000))
	for _, format := range []string{"csv", "gdelt", "plover"} {
		b.Run(format, func(b *testing.B) {
			var n int64
			for i := 0; i < b.N; i++ {
				m, err := Run(context.Background(), db, Options{Format: format, Out: io.Discard})
				if err != nil {
					b.Fatal(err)
				}
				n += m
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "events/s")
		})
	}
}
