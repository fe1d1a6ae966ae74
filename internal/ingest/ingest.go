// Package ingest reads news input files — plain text, HTML, JSON Lines,
// RSS/Atom feeds and WARC archives, each optionally gzip-compressed — and
// turns them into documents for the rest of the dyad pipeline.
//
// Every document leaves the reader with its metadata and a doc.Raw holding
// the body as paragraphs, junk still in them. A file or record that cannot be
// read becomes a document with only ID and Errors set, so one bad input never
// stops a batch.
//
// Item numbering: the N in an ID "path#N" is the 1-based line number for
// JSON Lines, the 1-based item index for feeds and the 1-based record number
// (counting every WARC record, warcinfo included) for WARC files, so an ID
// always matches the Record field of an error entry for the same input.
//
// Encodings: HTML, feeds and WARC payloads are transcoded to UTF-8 from the
// declared charset (BOM, HTTP header, <meta> or XML declaration); undeclared
// HTML that is not valid UTF-8 is read as windows-1252, as browsers do. Plain
// text and JSON Lines must be UTF-8 (a UTF-16 BOM is honoured); anything else
// is rejected with a message telling the user to convert the file.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/dyad-project/dyad/internal/doc"
)

// DefaultMaxBytes is the per-document size cap used when Options.MaxBytes is 0.
const DefaultMaxBytes = 64 << 20

// stageName is the Stage of every error entry this package produces.
const stageName = "ingest"

// Options controls reading.
type Options struct {
	// Format is "" for automatic detection (by extension, then by sniffing
	// the content), or one of txt, html, jsonl, rss, atom, feed, warc.
	Format string
	// MaxBytes caps the size of one document (0 means DefaultMaxBytes).
	// Larger documents become error entries.
	MaxBytes int64
}

// Reader streams documents from a list of input paths.
type Reader struct {
	inputs []input
	opt    Options
	total  int64
	read   atomic.Int64
}

// input is one file to read; path "-" is standard input.
type input struct {
	path string
	size int64
}

// knownFormats lists the values accepted in Options.Format.
var knownFormats = map[string]bool{
	"": true, "txt": true, "text": true, "html": true, "jsonl": true,
	"rss": true, "atom": true, "feed": true, "warc": true,
}

// New prepares a Reader over paths. Directories are walked in lexical order,
// skipping hidden files and directories; "-" means standard input, read as
// JSON Lines unless opt.Format says otherwise. A missing path or an unknown
// format is returned as an error.
func New(paths []string, opt Options) (*Reader, error) {
	opt.Format = strings.ToLower(strings.TrimSpace(opt.Format))
	if !knownFormats[opt.Format] {
		return nil, fmt.Errorf("ingest: unknown format %q (want txt, html, jsonl, rss, atom, feed or warc)", opt.Format)
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	r := &Reader{opt: opt}
	for _, p := range paths {
		if err := r.add(p); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// add appends path (a file, a directory or "-") to the input list.
func (r *Reader) add(path string) error {
	if path == "-" {
		r.inputs = append(r.inputs, input{path: "-"})
		return nil
	}
	st, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("ingest: input %s: %w", path, err)
	}
	if !st.IsDir() {
		r.push(path, st.Size())
		return nil
	}
	return filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("ingest: walking %s: %w", p, err)
		}
		if p != path && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return fmt.Errorf("ingest: input %s: %w", p, err)
		}
		r.push(p, info.Size())
		return nil
	})
}

// push records one regular file.
func (r *Reader) push(path string, size int64) {
	r.inputs = append(r.inputs, input{path: path, size: size})
	r.total += size
}

// TotalBytes is the summed size of the input files as stored (compressed
// size for gzip files); standard input counts as 0.
func (r *Reader) TotalBytes() int64 { return r.total }

// BytesRead is how many input bytes (as stored) have been consumed so far.
// It is safe to call from another goroutine.
func (r *Reader) BytesRead() int64 { return r.read.Load() }

// Each calls fn for every document, in input order. It stops at the first
// error returned by fn or when ctx is cancelled, and returns that error.
// Problems with the inputs themselves are reported as documents carrying
// Errors, not as a returned error.
func (r *Reader) Each(ctx context.Context, fn func(*doc.Document) error) error {
	for _, in := range r.inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.readInput(ctx, in, fn); err != nil {
			return err
		}
	}
	return nil
}

// errStop wraps an error returned by the caller's callback so that it can be
// told apart from input problems on the way out.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }
func (e errStop) Unwrap() error { return e.err }

// emitter hands documents to the callback, wrapping its errors and checking
// for cancellation.
type emitter struct {
	ctx context.Context
	fn  func(*doc.Document) error
}

// emit passes d to the callback.
func (e emitter) emit(d *doc.Document) error {
	if err := e.ctx.Err(); err != nil {
		return errStop{err}
	}
	if err := e.fn(d); err != nil {
		return errStop{err}
	}
	return nil
}

// fail emits an error document for one input or record.
func (e emitter) fail(id, path, record, msg string) error {
	return e.emit(errorDoc(id, path, record, msg))
}

// errorDoc builds the document reported for an input that failed.
func errorDoc(id, path, record, msg string) *doc.Document {
	return &doc.Document{
		ID: id,
		Errors: []doc.ErrorEntry{{
			Input: path, Record: record, Stage: stageName, Message: msg,
		}},
	}
}

// unwrapStop returns the callback's error if err carries one, else nil.
func unwrapStop(err error) error {
	var s errStop
	if errors.As(err, &s) {
		return s.err
	}
	return nil
}
