package ingest

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"strings"
	"sync"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

// errSkip marks a record that is not a document (not HTML, not a 2xx
// response, not a response record).
var errSkip = errors.New("not a document")

// readWARC reads a WARC file record by record. Every HTML response becomes a
// document; a damaged record becomes an error document and, when the stream
// cannot be resynchronised (truncation, broken header), ends the file.
func readWARC(em emitter, s *source) error {
	w := newWARCReader(s)
	for {
		rec, err := w.next()
		if err == io.EOF && rec == nil {
			return nil
		}
		if err != nil {
			return em.fail(warcID(s.path, rec), s.path, rec.label(), warcReadMsg(err))
		}
		d, err := recordDocument(rec, s)
		switch {
		case errors.Is(err, errSkip):
			continue
		case err != nil:
			d = errorDoc(warcID(s.path, rec), s.path, rec.label(), err.Error())
		}
		if err := em.emit(d); err != nil {
			return err
		}
	}
}

// warcID is the document ID of a record.
func warcID(path string, rec *warcRecord) string {
	return fmt.Sprintf("%s#%d", path, rec.num)
}

// warcReadMsg explains a failure to read a record.
func warcReadMsg(err error) string {
	msg := err.Error()
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrHeader) || errors.Is(err, gzip.ErrChecksum) {
		msg = describeReadErr(err)
	}
	return msg + "; records before this one were read"
}

// recordDocument turns a response (or resource) record into a document.
func recordDocument(rec *warcRecord, s *source) (*doc.Document, error) {
	typ := strings.ToLower(rec.header.Get("WARC-Type"))
	if typ != "response" && typ != "resource" {
		return nil, errSkip
	}
	if rec.block == nil {
		return nil, errors.New(tooBigMsg(s.max))
	}
	if err := checkDigest(rec.header.Get("WARC-Block-Digest"), "WARC-Block-Digest", rec.block); err != nil {
		return nil, err
	}
	body, ctype, err := recordPayload(rec, typ, s.max)
	if err != nil {
		return nil, err
	}
	if !isHTMLPayload(ctype, body) {
		return nil, errSkip
	}
	p, err := extractHTML(body, ctype, rec.header.Get("WARC-Target-URI"))
	if err != nil {
		return nil, err
	}
	return warcDocument(rec, p, s.path), nil
}

// warcDocument builds the document, preferring the page's own date over
// the capture date.
func warcDocument(rec *warcRecord, p *page, path string) *doc.Document {
	if p.Published.IsZero() {
		p.Published = parseWARCDate(rec.header.Get("WARC-Date"))
	}
	if uri := strings.Trim(rec.header.Get("WARC-Target-URI"), "<>"); uri != "" {
		p.URL = uri
	}
	return p.document(warcID(path, rec), "warc")
}

// parseWARCDate reads a WARC-Date (RFC 3339, second or finer precision).
func parseWARCDate(s string) time.Time {
	t, err := time.Parse(time.RFC3339Nano, strings.TrimSpace(s))
	if err != nil {
		return time.Time{}
	}
	return t
}

// recordPayload returns the decoded payload and its content type.
func recordPayload(rec *warcRecord, typ string, max int64) ([]byte, string, error) {
	if typ == "resource" || !isHTTPResponse(rec.block) {
		if typ == "response" {
			return nil, "", errSkip // e.g. DNS or FTP responses
		}
		return rec.block, rec.header.Get("Content-Type"), nil
	}
	return httpPayload(rec, max)
}

// httpPayload parses the HTTP response in a block, verifies the payload
// digest and undoes transfer and content encodings.
func httpPayload(rec *warcRecord, max int64) ([]byte, string, error) {
	src := bytes.NewReader(rec.block)
	br := httpReaders.Get().(*bufio.Reader)
	br.Reset(src)
	defer func() {
		br.Reset(nil)
		httpReaders.Put(br)
	}()
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return nil, "", fmt.Errorf("cannot parse the HTTP response: %w", err)
	}
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, "", errSkip
	}
	if err := checkPayloadDigest(rec, resp); err != nil {
		return nil, "", err
	}
	start := len(rec.block) - br.Buffered() - src.Len()
	body, ok := plainBody(resp, rec.block[start:])
	if !ok {
		if body, err = readBody(resp, max); err != nil {
			return nil, "", err
		}
	}
	if int64(len(body)) > max {
		return nil, "", errors.New(tooBigMsg(max))
	}
	return body, resp.Header.Get("Content-Type"), nil
}

// httpReaders are the buffered readers that parse HTTP responses.
var httpReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, 4<<10) }}

// plainBody returns the body of resp without copying it when it needs no
// decoding: rest is the block after the HTTP header, which holds the body
// either up to Content-Length or, without one, to the end. It returns false
// for chunked or encoded bodies, and for a declared body of which nothing
// was captured (readBody explains that case).
func plainBody(resp *http.Response, rest []byte) ([]byte, bool) {
	switch strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))) {
	case "", "identity", "none":
	default:
		return nil, false
	}
	switch n := resp.ContentLength; {
	case len(resp.TransferEncoding) > 0:
		return nil, false
	case n == 0:
		return rest[:0], true
	case n > 0 && len(rest) > 0:
		return rest[:min(n, int64(len(rest)))], true
	case n == -1 && resp.Close:
		return rest, true
	}
	return nil, false
}

// checkPayloadDigest verifies WARC-Payload-Digest. Writers disagree on
// whether chunked transfer coding is part of the payload, so both the raw
// and the de-chunked body are accepted.
func checkPayloadDigest(rec *warcRecord, resp *http.Response) error {
	want := rec.header.Get("WARC-Payload-Digest")
	if want == "" {
		return nil
	}
	raw := rawHTTPBody(rec.block)
	err := checkDigest(want, "WARC-Payload-Digest", raw)
	if err == nil || !chunked(resp) {
		return err
	}
	dechunked, e := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(raw)))
	if e == nil && checkDigest(want, "WARC-Payload-Digest", dechunked) == nil {
		return nil
	}
	return err
}

// chunked reports whether the response used chunked transfer coding.
func chunked(resp *http.Response) bool {
	for _, te := range resp.TransferEncoding {
		if strings.EqualFold(te, "chunked") {
			return true
		}
	}
	return false
}

// rawHTTPBody returns the bytes after the HTTP header.
func rawHTTPBody(block []byte) []byte {
	if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
		return block[i+4:]
	}
	if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
		return block[i+2:]
	}
	return nil
}

// readBody reads the response body (transfer coding already undone by the
// HTTP reader) and removes its content coding, capped at max bytes.
func readBody(resp *http.Response, max int64) ([]byte, error) {
	r, err := contentDecoder(resp.Header.Get("Content-Encoding"), resp.Body)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(io.LimitReader(r, max+1))
	if errors.Is(err, io.ErrUnexpectedEOF) && len(b) > 0 {
		err = nil // a stale HTTP Content-Length: keep what was captured
	}
	if err != nil {
		return nil, fmt.Errorf("cannot read the HTTP body: %w", err)
	}
	if int64(len(b)) > max {
		return nil, errors.New(tooBigMsg(max))
	}
	return b, nil
}

// contentDecoder wraps body to undo a Content-Encoding.
func contentDecoder(enc string, body io.Reader) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(enc)) {
	case "", "identity", "none":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("bad gzip Content-Encoding: %w", err)
		}
		return zr, nil
	case "deflate":
		br := bufio.NewReader(body)
		if zr, err := zlib.NewReader(br); err == nil {
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("unsupported Content-Encoding %q; re-crawl without it", enc)
}

// isHTMLPayload reports whether a payload is HTML by its declared type or,
// when the type is missing or generic, by its first bytes.
func isHTMLPayload(ctype string, body []byte) bool {
	mt, _, _ := mime.ParseMediaType(ctype)
	switch mt {
	case "text/html", "application/xhtml+xml":
		return true
	case "", "application/octet-stream", "text/plain", "unknown/unknown":
		head := bytes.ToLower(bytes.TrimSpace(body[:min(len(body), 512)]))
		return bytes.HasPrefix(head, []byte("<!doctype html")) || bytes.Contains(head, []byte("<html"))
	}
	return false
}

// checkDigest verifies a "sha1:BASE32" or "sha256:..." digest field
// (base32 or hex); an empty field or an unknown algorithm passes.
func checkDigest(field, name string, data []byte) error {
	algo, value, ok := strings.Cut(strings.TrimSpace(field), ":")
	if !ok {
		return nil
	}
	var h hash.Hash
	switch strings.ToLower(algo) {
	case "sha1":
		h = sha1.New()
	case "sha256", "sha-256":
		h = sha256.New()
	default:
		return nil
	}
	want, err := decodeDigest(value, h.Size())
	if err != nil {
		return fmt.Errorf("%s %q is malformed: %w", name, field, err)
	}
	h.Write(data)
	if got := h.Sum(nil); !bytes.Equal(got, want) {
		return fmt.Errorf("%s mismatch: header says %s but content hashes to %s:%s; the record is corrupt",
			name, field, strings.ToLower(algo), base32.StdEncoding.EncodeToString(got))
	}
	return nil
}

// decodeDigest decodes a base32 or hex digest of size bytes.
func decodeDigest(v string, size int) ([]byte, error) {
	v = strings.TrimSpace(v)
	if len(v) == 2*size {
		if b, err := hex.DecodeString(v); err == nil {
			return b, nil
		}
	}
	b, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(strings.ToUpper(strings.TrimRight(v, "=")))
	if err != nil || len(b) != size {
		return nil, fmt.Errorf("not a base32 or hex digest of %d bytes", size)
	}
	return b, nil
}
