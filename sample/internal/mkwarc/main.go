// Command mkwarc writes the sample corpus's WARC files from the HTML pages in
// its pages directory. Output is deterministic: record IDs are derived from
// the record names and all dates are fixed, so re-running it reproduces the
// committed files byte for byte.
//
// Run it from the repository root:
//
//	go run ./sample/internal/mkwarc
//
// It writes sample/corpus/warc/crawl.warc.gz (one gzip member per record)
// and sample/corpus/warc/crawl-small.warc (uncompressed, one record).
package main

import (
	"bytes"
	"compress/gzip"
	"crypto/sha1"
	"embed"
	"encoding/base32"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

//go:embed pages/*.html
var pages embed.FS

// capture is one fetched URL: where it came from and the page file that
// stands for its body.
type capture struct {
	name    string // stable name, used to derive record IDs
	uri     string
	fetched string // RFC 3339, UTC
	file    string // under pages/; empty for robots.txt
	ip      string
}

// crawl lists the captures in crawl.warc.gz, in record order.
var crawl = []capture{
	{"robots", "https://meridianpost.example.com/robots.txt", "2024-05-02T09:00:00Z", "", "192.0.2.10"},
	{"asean", "https://meridianpost.example.com/world/asia/2023/07/13/asean-china-south-china-sea-code-guidelines", "2024-05-02T09:00:02Z", "asean-jakarta.html", "192.0.2.10"},
	{"karabakh", "https://caucasusdispatch.example.org/politics/2020/11/10/armenia-azerbaijan-sign-ceasefire", "2024-05-02T09:00:07Z", "armenia-azerbaijan.html", "198.51.100.24"},
	{"mali", "https://sahelreview.example.com/mali/2022/01/31/mali-expels-french-ambassador", "2024-05-02T09:00:11Z", "mali-france.html", "203.0.113.7"},
}

// small is the single capture in crawl-small.warc.
var small = capture{"kosovo", "https://balkanbulletin.test/kosovo/2023-05-30/nato-troops-injured-zvecan-clashes", "2024-05-02T09:01:30Z", "kosovo-kfor.html", "198.51.100.90"}

const robotsTxt = "User-agent: *\nDisallow: /search\nDisallow: /login\n\nSitemap: https://meridianpost.example.com/sitemap.xml\n"

// record is one WARC record before serialisation.
type record struct {
	typ, id, date, uri, contentType string
	extra                           [][2]string // further named fields, in order
	block                           []byte
}

func main() {
	out := flag.String("out", filepath.Join("sample", "corpus", "warc"), "output directory")
	flag.Parse()
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "mkwarc:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	gz, plain, err := build()
	if err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	for name, data := range map[string][]byte{"crawl.warc.gz": gz, "crawl-small.warc": plain} {
		p := filepath.Join(out, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
	}
	return nil
}

// build returns the bytes of crawl.warc.gz and crawl-small.warc.
func build() (gz, plain []byte, err error) {
	recs := []record{warcinfo("crawl.warc.gz", "2024-05-02T09:00:00Z")}
	for _, c := range crawl {
		pair, err := exchange(c)
		if err != nil {
			return nil, nil, err
		}
		recs = append(recs, pair...)
	}
	var gzBuf bytes.Buffer
	for _, r := range recs {
		if err := writeGzipMember(&gzBuf, serialise(r)); err != nil {
			return nil, nil, fmt.Errorf("compress record %s: %w", r.id, err)
		}
	}
	pair, err := exchange(small)
	if err != nil {
		return nil, nil, err
	}
	return gzBuf.Bytes(), serialise(pair[1]), nil
}

func writeGzipMember(buf *bytes.Buffer, data []byte) error {
	zw, err := gzip.NewWriterLevel(buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

// warcinfo describes the crawl itself.
func warcinfo(filename, date string) record {
	fields := "software: dyad mkwarc (sample corpus generator)\r\n" +
		"format: WARC File Format 1.1\r\n" +
		"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n" +
		"isPartOf: dyad-sample-crawl\r\n" +
		"description: Sample news pages for dyad; all text is original, all outlets fictional\r\n" +
		"robots: obey\r\n"
	return record{typ: "warcinfo", id: recordID("warcinfo/" + filename), date: date,
		contentType: "application/warc-fields",
		extra:       [][2]string{{"WARC-Filename", filename}},
		block:       []byte(fields)}
}

// exchange returns the request and response records for one capture.
func exchange(c capture) ([]record, error) {
	body, ctype, err := payload(c)
	if err != nil {
		return nil, err
	}
	u, err := url.Parse(c.uri)
	if err != nil {
		return nil, fmt.Errorf("capture %s: parse %q: %w", c.name, c.uri, err)
	}
	respID, reqID := recordID("response/"+c.name), recordID("request/"+c.name)
	req := record{typ: "request", id: reqID, date: c.fetched, uri: c.uri,
		contentType: "application/http;msgtype=request",
		extra:       [][2]string{{"WARC-Concurrent-To", respID}},
		block:       httpRequest(u)}
	resp := record{typ: "response", id: respID, date: c.fetched, uri: c.uri,
		contentType: "application/http;msgtype=response",
		extra: [][2]string{{"WARC-IP-Address", c.ip},
			{"WARC-Payload-Digest", digest(body)},
			{"WARC-Identified-Payload-Type", strings.SplitN(ctype, ";", 2)[0]}},
		block: httpResponse(c.fetched, ctype, body)}
	return []record{req, resp}, nil
}

func payload(c capture) (body []byte, ctype string, err error) {
	if c.file == "" {
		return []byte(robotsTxt), "text/plain; charset=utf-8", nil
	}
	body, err = pages.ReadFile("pages/" + c.file)
	if err != nil {
		return nil, "", fmt.Errorf("capture %s: %w", c.name, err)
	}
	return body, "text/html; charset=utf-8", nil
}

func httpRequest(u *url.URL) []byte {
	return []byte("GET " + u.RequestURI() + " HTTP/1.1\r\n" +
		"Host: " + u.Host + "\r\n" +
		"User-Agent: dyad-sample-crawler/1.0 (+https://dyad.example.org/crawler)\r\n" +
		"Accept: text/html,application/xhtml+xml;q=0.9,*/*;q=0.8\r\n" +
		"Accept-Encoding: identity\r\n" +
		"Connection: close\r\n\r\n")
}

func httpResponse(fetched, ctype string, body []byte) []byte {
	t, _ := time.Parse(time.RFC3339, fetched)
	head := "HTTP/1.1 200 OK\r\n" +
		"Date: " + t.UTC().Format(time.RFC1123) + "\r\n" +
		"Server: nginx\r\n" +
		"Content-Type: " + ctype + "\r\n" +
		fmt.Sprintf("Content-Length: %d\r\n", len(body)) +
		"Cache-Control: public, max-age=300\r\n" +
		"Connection: close\r\n\r\n"
	return append([]byte(head), body...)
}

// serialise renders one record: header, blank line, block, two CRLFs.
func serialise(r record) []byte {
	var b bytes.Buffer
	b.WriteString("WARC/1.1\r\n")
	field := func(k, v string) { b.WriteString(k + ": " + v + "\r\n") }
	field("WARC-Type", r.typ)
	field("WARC-Record-ID", r.id)
	field("WARC-Date", r.date)
	if r.uri != "" {
		field("WARC-Target-URI", r.uri)
	}
	for _, kv := range r.extra {
		field(kv[0], kv[1])
	}
	field("Content-Type", r.contentType)
	field("WARC-Block-Digest", digest(r.block))
	field("Content-Length", fmt.Sprint(len(r.block)))
	b.WriteString("\r\n")
	b.Write(r.block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

// digest is the WARC form of a SHA-1 digest: "sha1:" and base32.
func digest(b []byte) string {
	sum := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(sum[:])
}

// recordID derives a stable version-5-style UUID URN from a name.
func recordID(name string) string {
	h := sha1.Sum([]byte("dyad-sample-warc/" + name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}
