package store

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestOpenOptions(t *testing.T) {
	tests := []struct {
		name    string
		opt     Options
		env     string
		limit   string // current_setting('memory_limit')
		threads int64
		bad     bool
	}{
		{name: "default", limit: "244.1 MiB", threads: -1},
		{name: "env", env: "300MB", limit: "286.1 MiB", threads: -1},
		{name: "option beats env", opt: Options{MemoryLimit: "1GB", Threads: 1}, env: "300MB", limit: "953.6 MiB", threads: 1},
		{name: "bad size", opt: Options{MemoryLimit: "lots"}, bad: true},
		{name: "no injection", opt: Options{MemoryLimit: "1GB'; DROP TABLE documents; --"}, bad: true},
		{name: "negative threads", opt: Options{Threads: -2}, bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("DYAD_DB_MEMORY", tt.env)
			s, err := OpenWith(filepath.Join(t.TempDir(), "o.duckdb"), tt.opt)
			if tt.bad {
				if err == nil {
					_ = s.Close()
					t.Fatal("opened with bad options")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			var limit string
			var threads int64
			err = s.DB().QueryRow(`SELECT current_setting('memory_limit'), current_setting('threads')`).Scan(&limit, &threads)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.EqualFold(limit, tt.limit) {
				t.Errorf("memory_limit = %q, want %q", limit, tt.limit)
			}
			if tt.threads > 0 && threads != tt.threads {
				t.Errorf("threads = %d, want %d", threads, tt.threads)
			}
		})
	}
}
