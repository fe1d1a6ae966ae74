package ingest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
)

// WARCWriter writes WARC 1.1 response records with SHA-1 block and payload
// digests, optionally compressing each record as its own gzip member.
type WARCWriter struct {
	w   io.Writer
	gz  bool
	seq int
}

// NewWARCWriter returns a writer to w; with gzip set every record is written
// as a separate gzip member, as .warc.gz files are.
func NewWARCWriter(w io.Writer, gzip bool) *WARCWriter {
	return &WARCWriter{w: w, gz: gzip}
}

// WriteInfo writes a warcinfo record dated date with the given fields (e.g.
// "software"), sorted by name.
func (ww *WARCWriter) WriteInfo(date time.Time, fields map[string]string) error {
	var body bytes.Buffer
	for _, k := range sortedKeys(fields) {
		fmt.Fprintf(&body, "%s: %s\r\n", k, fields[k])
	}
	head := []string{
		"WARC-Type: warcinfo",
		"WARC-Date: " + date.UTC().Format(time.RFC3339),
		"WARC-Record-ID: " + ww.recordID("warcinfo"),
		"Content-Type: application/warc-fields",
	}
	return ww.writeRecord(head, body.Bytes())
}

// WriteResponse writes one response record for uri captured at date. The
// HTTP message has status 200, the given headers (sorted; Content-Length is
// added unless given or Transfer-Encoding is set) and body, written as is. Digests are computed here.
func (ww *WARCWriter) WriteResponse(uri string, date time.Time, httpHeaders map[string]string, body []byte) error {
	block := httpResponse(httpHeaders, body)
	head := []string{
		"WARC-Type: response",
		"WARC-Target-URI: " + uri,
		"WARC-Date: " + date.UTC().Format(time.RFC3339),
		"WARC-Record-ID: " + ww.recordID(uri),
		"Content-Type: application/http; msgtype=response",
		"WARC-Block-Digest: " + sha1Digest(block),
		"WARC-Payload-Digest: " + sha1Digest(body),
	}
	return ww.writeRecord(head, block)
}

// httpResponse renders a 200 response with headers and body.
func httpResponse(headers map[string]string, body []byte) []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 200 OK\r\n")
	hasLength := false
	for _, k := range sortedKeys(headers) {
		hasLength = hasLength || strings.EqualFold(k, "Content-Length") || strings.EqualFold(k, "Transfer-Encoding")
		fmt.Fprintf(&b, "%s: %s\r\n", k, headers[k])
	}
	if !hasLength {
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(body))
	}
	b.WriteString("\r\n")
	b.Write(body)
	return b.Bytes()
}

// writeRecord writes the version line, header fields, Content-Length,
// block and the closing blank lines.
func (ww *WARCWriter) writeRecord(head []string, block []byte) error {
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	for _, h := range head {
		b.WriteString(h + "\r\n")
	}
	b.WriteString("Content-Length: " + strconv.Itoa(len(block)) + "\r\n\r\n")
	b.Write(block)
	b.WriteString("\r\n\r\n")
	if !ww.gz {
		_, err := ww.w.Write(b.Bytes())
		return err
	}
	zw := gzip.NewWriter(ww.w)
	if _, err := zw.Write(b.Bytes()); err != nil {
		return err
	}
	return zw.Close()
}

// recordID derives a deterministic urn:uuid from the writer's sequence.
func (ww *WARCWriter) recordID(seed string) string {
	ww.seq++
	h := sha1.Sum([]byte(fmt.Sprintf("%d %s", ww.seq, seed)))
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// sha1Digest formats a WARC SHA-1 digest.
func sha1Digest(b []byte) string {
	h := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(h[:])
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
