// Package sample bundles dyad's sample corpus: original news articles about
// international relations, attributed to fictional outlets, in every input
// format dyad reads (plain text, HTML, JSON lines, gzipped JSON lines, RSS,
// Atom and WARC). Demos and end-to-end tests use it; see sample/README.md for
// the list of articles and corpus/EXPECTED.md for the events a human coder
// would extract from them.
package sample

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// Corpus is the embedded sample corpus. Paths start with "corpus/", e.g.
// "corpus/txt/xi-pyongyang-visit.txt" or "corpus/warc/crawl.warc.gz".
//
//go:embed corpus
var Corpus embed.FS

// Root is the directory inside Corpus that holds the corpus.
const Root = "corpus"

// DatesFile is the path inside Corpus of the publication dates of the
// plain-text articles, which carry no date of their own: one
// "file<TAB>YYYY-MM-DD" line per article, file relative to corpus/txt.
const DatesFile = "corpus/txt/dates.tsv"

// nonArticles are corpus files that are not input documents.
var nonArticles = map[string]bool{"EXPECTED.md": true, "dates.tsv": true}

// Dates returns the publication date of every plain-text article, keyed by
// its path relative to the corpus root ("txt/belarus-protests.txt" →
// "2020-08-10"). It panics if the embedded dates file is malformed, which
// the package tests rule out.
func Dates() map[string]string {
	data, err := Corpus.ReadFile(DatesFile)
	if err != nil {
		panic(fmt.Sprintf("sample: %v", err))
	}
	dates, err := parseDates(bytes.NewReader(data), DatesFile, "txt")
	if err != nil {
		panic(fmt.Sprintf("sample: %v", err))
	}
	return dates
}

// parseDates reads "file<TAB>YYYY-MM-DD" lines; blank lines and lines
// starting with # are skipped. Keys are prefixed with dir.
func parseDates(r io.Reader, name, dir string) (map[string]string, error) {
	dates := map[string]string{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		file, date, ok := strings.Cut(line, "\t")
		file, date = strings.TrimSpace(file), strings.TrimSpace(date)
		if !ok || file == "" {
			return nil, fmt.Errorf("%s:%d: want file<TAB>YYYY-MM-DD, got %q", name, n, line)
		}
		if _, err := time.Parse("2006-01-02", date); err != nil {
			return nil, fmt.Errorf("%s:%d: bad date for %s: %w", name, n, file, err)
		}
		dates[path.Join(dir, file)] = date
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return dates, nil
}

// WriteTo extracts the whole corpus (including txt/dates.tsv and
// EXPECTED.md) into dir, creating it if needed and overwriting files already
// there. It returns the paths, under dir and sorted, of the article files to
// ingest: every file except dates.tsv and EXPECTED.md.
func WriteTo(dir string) ([]string, error) {
	var inputs []string
	err := fs.WalkDir(Corpus, Root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, Root), "/")
		dst := filepath.Join(dir, filepath.FromSlash(rel))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if err := extract(p, dst); err != nil {
			return err
		}
		if !nonArticles[d.Name()] {
			inputs = append(inputs, dst)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sample: extract corpus to %s: %w", dir, err)
	}
	sort.Strings(inputs)
	return inputs, nil
}

func extract(src, dst string) error {
	data, err := Corpus.ReadFile(src)
	if err != nil {
		return err
	}
	if err := os.WriteFile(dst, data, 0o644); err != nil {
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return nil
}
