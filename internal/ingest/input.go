package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/dyad-project/dyad/internal/doc"
)

// source is one opened input: its stored bytes and, for everything but
// gzip-compressed WARC, the decompressed stream.
type source struct {
	path   string
	raw    *bufio.Reader // bytes as stored
	r      *bufio.Reader // decompressed content
	gz     bool
	max    int64
	format string
}

// handlers maps a detected format to its reader. A handler reports input
// problems as error documents; it returns only errors from emitting.
var handlers = map[string]func(emitter, *source) error{
	"txt":   readText,
	"html":  readHTML,
	"jsonl": readJSONL,
	"feed":  readFeed,
	"warc":  readWARC,
}

// countingReader adds every byte read to a shared counter.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
	c int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	c.c += int64(n)
	return n, err
}

// readInput opens one input, detects its format and hands it to a handler.
func (r *Reader) readInput(ctx context.Context, in input, fn func(*doc.Document) error) error {
	em := emitter{ctx: ctx, fn: fn}
	f, err := openInput(in.path)
	if err != nil {
		return unwrapStop(em.fail(in.path, in.path, "", fmt.Sprintf("cannot open: %v", err)))
	}
	cr := &countingReader{r: f, n: &r.read}
	defer func() {
		if f != os.Stdin {
			f.Close()
		}
		if rest := in.size - cr.c; rest > 0 {
			r.read.Add(rest) // keep progress honest for inputs not read to the end
		}
	}()
	s := &source{path: in.path, raw: bufio.NewReaderSize(cr, 64<<10), max: r.opt.MaxBytes}
	if err := r.prepare(s); err != nil {
		return unwrapStop(em.fail(in.path, in.path, "", err.Error()))
	}
	return unwrapStop(handlers[s.format](em, s))
}

// openInput opens a path, "-" meaning standard input.
func openInput(path string) (*os.File, error) {
	if path == "-" {
		return os.Stdin, nil
	}
	return os.Open(path)
}

// prepare detects compression and format and sets up the content stream.
func (r *Reader) prepare(s *source) error {
	magic, _ := s.raw.Peek(2)
	s.gz = len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b
	s.format = normalizeFormat(r.opt.Format)
	if s.format == "" && s.path == "-" {
		s.format = "jsonl"
	}
	if s.format == "" {
		s.format = formatByName(s.path)
	}
	if s.format == "" {
		s.format = sniffFormat(s.peekContent())
	}
	if s.format == "binary" {
		return errors.New("binary file, not a news document")
	}
	if s.gz && s.format == "warc" {
		return nil // the WARC reader decompresses member by member
	}
	if !s.gz {
		s.r = s.raw
		return nil
	}
	zr, err := gzip.NewReader(s.raw)
	if err != nil {
		return fmt.Errorf("bad gzip header: %w; the file is not valid gzip", err)
	}
	s.r = bufio.NewReaderSize(zr, 64<<10)
	return nil
}

// normalizeFormat maps the user's format names to handler names.
func normalizeFormat(f string) string {
	switch f {
	case "text":
		return "txt"
	case "rss", "atom":
		return "feed"
	}
	return f
}

// peekContent returns the first few kilobytes of content, decompressed if
// needed, without consuming anything.
func (s *source) peekContent() []byte {
	head, _ := s.raw.Peek(16 << 10)
	if !s.gz {
		return head
	}
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return nil
	}
	out, _ := io.ReadAll(io.LimitReader(zr, 8<<10))
	return out
}

// formatByName guesses the format from the file extension, ignoring a
// trailing .gz; "" means unknown.
func formatByName(path string) string {
	name := strings.ToLower(filepath.Base(path))
	name = strings.TrimSuffix(name, ".gz")
	switch filepath.Ext(name) {
	case ".txt", ".text":
		return "txt"
	case ".html", ".htm", ".xhtml", ".shtml":
		return "html"
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".rss", ".atom", ".feed":
		return "feed"
	case ".warc":
		return "warc"
	}
	return ""
}

// sniffFormat guesses the format from the start of the content.
func sniffFormat(head []byte) string {
	h := bytes.TrimPrefix(head, utf8BOM)
	h = bytes.ToLower(bytes.TrimLeft(h[:min(len(h), 2048)], " \t\r\n"))
	switch {
	case bytes.HasPrefix(h, []byte("warc/1.")):
		return "warc" // before the binary check: archives hold binary payloads
	case isBinary(head):
		return "binary"
	case bytes.HasPrefix(h, []byte("{")):
		return "jsonl"
	case bytes.HasPrefix(h, []byte("<!doctype html")) || bytes.Contains(h, []byte("<html")):
		return "html"
	case bytes.Contains(h, []byte("<rss")) || bytes.Contains(h, []byte("<feed")) ||
		bytes.Contains(h, []byte("<rdf:rdf")):
		return "feed"
	case bytes.HasPrefix(h, []byte("<?xml")):
		return "feed"
	case bytes.HasPrefix(h, []byte("<")) && looksLikeHTML(h):
		return "html"
	}
	return "txt"
}

// looksLikeHTML reports whether markup contains common HTML body tags.
func looksLikeHTML(h []byte) bool {
	for _, t := range []string{"<body", "<head", "<p>", "<p ", "<div", "<article", "<title"} {
		if bytes.Contains(h, []byte(t)) {
			return true
		}
	}
	return false
}

// readAll reads the whole content stream up to the size cap. On failure it
// returns a message for an error entry.
func (s *source) readAll() ([]byte, string) {
	b, err := io.ReadAll(io.LimitReader(s.r, s.max+1))
	if err != nil {
		return nil, describeReadErr(err)
	}
	if int64(len(b)) > s.max {
		return nil, tooBigMsg(s.max)
	}
	return b, ""
}

// tooBigMsg explains a document over the size cap.
func tooBigMsg(max int64) string {
	return fmt.Sprintf("document is larger than the %d-byte limit; split the input or raise the per-document size limit", max)
}

// describeReadErr turns a read failure into an error-entry message.
func describeReadErr(err error) string {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "input ends unexpectedly (truncated file or gzip stream); re-download or re-create the file"
	case errors.Is(err, gzip.ErrChecksum):
		return "gzip checksum mismatch: the compressed file is corrupt; re-download or re-create it"
	case errors.Is(err, gzip.ErrHeader):
		return "invalid gzip data: the compressed file is corrupt or has trailing garbage"
	}
	return fmt.Sprintf("read failed: %v", err)
}
