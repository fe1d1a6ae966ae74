package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"os"
	"regexp"
	"strings"
)

// DefaultMemoryLimit is DuckDB's memory limit when neither Options nor
// $DYAD_DB_MEMORY sets one. Without a limit DuckDB may cache up to 80% of
// the machine's memory, so a long ingest's resident size kept growing with
// the database; with it, DuckDB evicts pages and spills to disk instead.
const DefaultMemoryLimit = "256MB"

// Options tune how the database engine runs.
type Options struct {
	// MemoryLimit caps the memory DuckDB uses for its buffer pool and
	// queries, e.g. "256MB" or "2GB"; empty means $DYAD_DB_MEMORY, else
	// DefaultMemoryLimit. Go memory (the near-duplicate index, documents
	// being written) comes on top.
	MemoryLimit string
	// Threads is the number of DuckDB worker threads; 0 keeps DuckDB's
	// default (one per core).
	Threads int
}

// memorySize accepts what DuckDB's memory_limit takes: a number with a
// byte unit.
var memorySize = regexp.MustCompile(`(?i)^\s*[0-9]+(\.[0-9]+)?\s*(b|bytes|kb|kib|mb|mib|gb|gib|tb|tib)\s*$`)

// limit is the memory limit to set.
func (o Options) limit() (string, error) {
	l := o.MemoryLimit
	if l == "" {
		l = os.Getenv("DYAD_DB_MEMORY")
	}
	if l == "" {
		l = DefaultMemoryLimit
	}
	if !memorySize.MatchString(l) {
		return "", fmt.Errorf("memory limit %q: want a size such as 256MB or 2GB", l)
	}
	return strings.TrimSpace(l), nil
}

// connInit is the statement run on every new connection: the settings are
// global, so re-running them is harmless.
func (o Options) connInit() (func(driver.ExecerContext) error, error) {
	l, err := o.limit()
	if err != nil {
		return nil, err
	}
	if o.Threads < 0 {
		return nil, fmt.Errorf("threads %d: want 0 (default) or more", o.Threads)
	}
	q := fmt.Sprintf("SET memory_limit = '%s'", l)
	if o.Threads > 0 {
		q += fmt.Sprintf("; SET threads = %d", o.Threads)
	}
	return func(c driver.ExecerContext) error {
		if _, err := c.ExecContext(context.Background(), q, nil); err != nil {
			return fmt.Errorf("set memory limit %s, threads %d: %w", l, o.Threads, err)
		}
		return nil
	}, nil
}
