//go:build !unix

package benchutil

import "time"

// CPUTime returns 0 where process CPU time is not available.
func CPUTime() time.Duration { return 0 }
