package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedFilesUpToDate fails when the pages changed but the WARC files
// under sample/corpus/warc were not regenerated.
func TestCommittedFilesUpToDate(t *testing.T) {
	gz, plain, err := build()
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join("..", "..", "corpus", "warc")
	tests := []struct {
		file string
		want []byte
	}{
		{"crawl.warc.gz", gz},
		{"crawl-small.warc", plain},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, tt.file))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.want) {
				t.Errorf("%s is stale: run `go run ./sample/internal/mkwarc` from the repository root", tt.file)
			}
		})
	}
}

func TestBuildDeterministic(t *testing.T) {
	a, b, err := build()
	if err != nil {
		t.Fatal(err)
	}
	c, d, err := build()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, c) || !bytes.Equal(b, d) {
		t.Error("two builds differ")
	}
}

func TestRecordID(t *testing.T) {
	tests := []struct{ a, b string }{{"x", "y"}, {"response/mali", "request/mali"}}
	for _, tt := range tests {
		ida, idb := recordID(tt.a), recordID(tt.b)
		if ida == idb {
			t.Errorf("recordID(%q) == recordID(%q)", tt.a, tt.b)
		}
		if len(ida) != len("<urn:uuid:00000000-0000-0000-0000-000000000000>") || ida[24] != '5' {
			t.Errorf("recordID(%q) = %s, not a version-5 UUID URN", tt.a, ida)
		}
	}
}

func BenchmarkBuild(b *testing.B) {
	gz, plain, err := build()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(gz) + len(plain)))
	for b.Loop() {
		if _, _, err := build(); err != nil {
			b.Fatal(err)
		}
	}
}
