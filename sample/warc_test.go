package sample

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"
)

// warcRecord is a parsed WARC record, for checking the sample files.
type warcRecord struct {
	header map[string]string
	block  []byte
}

// readWARC parses every record of an uncompressed WARC stream and checks
// framing: version line, Content-Length, and the two CRLFs after the block.
func readWARC(r io.Reader) ([]warcRecord, error) {
	br := bufio.NewReader(r)
	var recs []warcRecord
	for n := 0; ; n++ {
		if _, err := br.Peek(1); errors.Is(err, io.EOF) {
			return recs, nil
		}
		rec, err := readRecord(br)
		if err != nil {
			return recs, fmt.Errorf("record %d: %w", n, err)
		}
		recs = append(recs, rec)
	}
}

func readRecord(br *bufio.Reader) (warcRecord, error) {
	rec := warcRecord{header: map[string]string{}}
	line, err := br.ReadString('\n')
	if err != nil || line != "WARC/1.1\r\n" {
		return rec, fmt.Errorf("version line %q: %v", line, err)
	}
	for {
		line, err = br.ReadString('\n')
		if err != nil {
			return rec, fmt.Errorf("header: %w", err)
		}
		if line == "\r\n" {
			break
		}
		k, v, ok := strings.Cut(strings.TrimSuffix(line, "\r\n"), ": ")
		if !ok || !strings.HasSuffix(line, "\r\n") {
			return rec, fmt.Errorf("bad header line %q", line)
		}
		rec.header[k] = v
	}
	n, err := strconv.Atoi(rec.header["Content-Length"])
	if err != nil {
		return rec, fmt.Errorf("Content-Length: %w", err)
	}
	rec.block = make([]byte, n)
	if _, err := io.ReadFull(br, rec.block); err != nil {
		return rec, fmt.Errorf("block shorter than Content-Length %d: %w", n, err)
	}
	end := make([]byte, 4)
	if _, err := io.ReadFull(br, end); err != nil || string(end) != "\r\n\r\n" {
		return rec, fmt.Errorf("block not followed by CRLF CRLF (Content-Length %d wrong?)", n)
	}
	return rec, nil
}

// gzipMembers splits a record-at-a-time WARC.gz into its decompressed members.
func gzipMembers(data []byte) ([][]byte, error) {
	br := bytes.NewReader(data)
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, err
	}
	var members [][]byte
	for {
		zr.Multistream(false)
		m, err := io.ReadAll(zr)
		if err != nil {
			return members, fmt.Errorf("member %d: %w", len(members), err)
		}
		members = append(members, m)
		if err := zr.Reset(br); errors.Is(err, io.EOF) {
			return members, nil
		} else if err != nil {
			return members, fmt.Errorf("member %d header: %w", len(members), err)
		}
	}
}

func sha1Digest(b []byte) string {
	s := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(s[:])
}

// checkDigests verifies the block digest and, for responses, the payload
// digest over the HTTP entity body.
func checkDigests(t *testing.T, i int, rec warcRecord) {
	t.Helper()
	if got, want := sha1Digest(rec.block), rec.header["WARC-Block-Digest"]; got != want {
		t.Errorf("record %d: WARC-Block-Digest %s, computed %s", i, want, got)
	}
	if rec.header["WARC-Type"] != "response" {
		return
	}
	_, body, ok := bytes.Cut(rec.block, []byte("\r\n\r\n"))
	if !ok {
		t.Errorf("record %d: HTTP response has no header end", i)
	}
	if got, want := sha1Digest(body), rec.header["WARC-Payload-Digest"]; got != want {
		t.Errorf("record %d: WARC-Payload-Digest %s, computed %s", i, want, got)
	}
}

func TestWARCGzip(t *testing.T) {
	data, err := Corpus.ReadFile("corpus/warc/crawl.warc.gz")
	if err != nil {
		t.Fatal(err)
	}
	members, err := gzipMembers(data)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := readWARC(bytes.NewReader(bytes.Join(members, nil)))
	if err != nil {
		t.Fatal(err)
	}
	if len(members) != len(recs) {
		t.Errorf("%d gzip members for %d records; want one record per member", len(members), len(recs))
	}
	types := map[string]int{}
	html := 0
	for i, rec := range recs {
		checkDigests(t, i, rec)
		types[rec.header["WARC-Type"]]++
		if rec.header["WARC-Identified-Payload-Type"] == "text/html" {
			html++
		}
	}
	if types["warcinfo"] != 1 || types["request"] < 1 || html < 3 {
		t.Errorf("record types %v, %d HTML responses; want a warcinfo, a request and ≥3 HTML responses", types, html)
	}
}

func TestWARCSmall(t *testing.T) {
	data, err := Corpus.ReadFile("corpus/warc/crawl-small.warc")
	if err != nil {
		t.Fatal(err)
	}
	recs, err := readWARC(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].header["WARC-Type"] != "response" {
		t.Fatalf("got %d records, want one response", len(recs))
	}
	checkDigests(t, 0, recs[0])
}

// countHTMLResponses counts the HTML response records of a WARC file in the corpus.
func countHTMLResponses(t *testing.T, rel string) int {
	t.Helper()
	data := read(t, rel)
	if strings.HasSuffix(rel, ".gz") {
		members, err := gzipMembers(data)
		if err != nil {
			t.Fatalf("%s: %v", rel, err)
		}
		data = bytes.Join(members, nil)
	}
	recs, err := readWARC(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", rel, err)
	}
	n := 0
	for _, r := range recs {
		if r.header["WARC-Type"] == "response" && bytes.Contains(r.block, []byte("Content-Type: text/html")) {
			n++
		}
	}
	return n
}
