package ingest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dyad-project/dyad/internal/doc"
)

var capture = time.Date(2024, 7, 1, 12, 0, 0, 0, time.UTC)

// sampleWARC writes a small archive: warcinfo, an HTML page, an image, a
// chunked gzip-encoded HTML page and a page without Content-Type. It
// returns the bytes and the offset of each record.
func sampleWARC(t testing.TB, zip bool) ([]byte, []int) {
	article, err := os.ReadFile("testdata/article.html")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	var offsets []int
	w := NewWARCWriter(&buf, zip)
	step := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
		offsets = append(offsets, buf.Len())
	}
	offsets = append(offsets, 0)
	step(w.WriteInfo(capture, map[string]string{"software": "dyad test"}))
	step(w.WriteResponse("https://ledger.example.com/a", capture, map[string]string{"Content-Type": "text/html; charset=utf-8"}, article))
	step(w.WriteResponse("https://ledger.example.com/logo.png", capture, map[string]string{"Content-Type": "image/png"}, []byte("\x89PNG\r\n\x1a\n")))
	step(w.WriteResponse("https://ledger.example.com/b", capture, map[string]string{
		"Content-Type": "text/html", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"}, chunk(gz(latin1Page(t)))))
	step(w.WriteResponse("https://ledger.example.com/c", capture, nil, article))
	return buf.Bytes(), offsets[:len(offsets)-1]
}

// latin1Page reads the latin-1 test page.
func latin1Page(t testing.TB) []byte {
	b, err := os.ReadFile("testdata/latin1.html")
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// chunk encodes b with chunked transfer coding in 100-byte chunks.
func chunk(b []byte) []byte {
	var out bytes.Buffer
	for len(b) > 0 {
		n := min(len(b), 100)
		out.WriteString(strings.ToUpper(hexLen(n)) + "\r\n")
		out.Write(b[:n])
		out.WriteString("\r\n")
		b = b[n:]
	}
	out.WriteString("0\r\n\r\n")
	return out.Bytes()
}

func hexLen(n int) string { return hex.EncodeToString([]byte{byte(n)}) }

func readWARCBytes(t *testing.T, name string, data []byte) (string, []*doc.Document) {
	p := writeFile(t, name, data)
	return p, collect(t, []string{p}, Options{})
}

func TestWARC(t *testing.T) {
	plain, _ := sampleWARC(t, false)
	members, _ := sampleWARC(t, true)
	tests := []struct {
		name string
		data []byte
	}{
		{"plain.warc", plain},
		{"members.warc.gz", members},
		{"whole.warc.gz", gz(plain)},
		{"noext.bin", plain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, docs := readWARCBytes(t, tt.name, tt.data)
			if len(docs) != 3 {
				t.Fatalf("got %d docs, want 3: %+v", len(docs), toGolden(docs))
			}
			wantIDs := []string{p + "#2", p + "#4", p + "#5"}
			wantTitles := []string{"Harbour talks resume as ministers meet in Valletta", "Café owners protest new rules",
				"Harbour talks resume as ministers meet in Valletta"}
			for i, d := range docs {
				if d.ID != wantIDs[i] || d.Title != wantTitles[i] || len(d.Errors) > 0 || d.Raw.Format != "warc" {
					t.Errorf("doc %d: id %s title %q errors %v", i, d.ID, d.Title, d.Errors)
				}
			}
			if docs[0].Date != "2024-03-14" || docs[1].Date != "2024-07-01" || docs[0].URL != "https://ledger.example.com/a" {
				t.Errorf("dates %s %s url %s", docs[0].Date, docs[1].Date, docs[0].URL)
			}
		})
	}
}

func TestWARCTruncated(t *testing.T) {
	for _, zip := range []bool{false, true} {
		data, offsets := sampleWARC(t, zip)
		cut := offsets[3] + 200 // inside record 4
		p, docs := readWARCBytes(t, "trunc.warc", data[:cut])
		if len(docs) != 2 {
			t.Fatalf("gzip=%v: got %d docs, want 2", zip, len(docs))
		}
		e := errorOf(t, docs[1])
		want := "record 4 at offset " + itoa(offsets[3])
		if e.Record != want || e.Input != p || !strings.Contains(e.Message, "truncated") {
			t.Errorf("gzip=%v: error %+v, want record %q", zip, e, want)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestWARCDigests(t *testing.T) {
	plain, offsets := sampleWARC(t, false)
	bad := bytes.Clone(plain)
	i := bytes.Index(bad[offsets[1]:], []byte("Fisheries")) + offsets[1]
	bad[i] = 'f'
	_, docs := readWARCBytes(t, "bad.warc", bad)
	if len(docs) != 3 {
		t.Fatalf("got %d docs", len(docs))
	}
	if e := errorOf(t, docs[0]); !strings.Contains(e.Message, "WARC-Block-Digest mismatch") || e.Record != "record 2 at offset "+itoa(offsets[1]) {
		t.Errorf("error %+v", e)
	}
	if docs[1].Raw == nil {
		t.Errorf("later record failed: %v", docs[1].Errors)
	}
}

func TestWARCSHA256(t *testing.T) {
	block := httpResponse(map[string]string{"Content-Type": "text/html"}, latin1Page(t))
	sum := sha256.Sum256(block)
	for _, tt := range []struct {
		digest string
		ok     bool
	}{
		{"sha256:" + hex.EncodeToString(sum[:]), true},
		{"sha256:" + strings.Repeat("0", 64), false},
	} {
		var buf bytes.Buffer
		w := NewWARCWriter(&buf, false)
		head := []string{"WARC-Type: response", "WARC-Target-URI: http://x.example/", "WARC-Date: 2024-01-02T03:04:05Z",
			"Content-Type: application/http; msgtype=response", "WARC-Block-Digest: " + tt.digest}
		if err := w.writeRecord(head, block); err != nil {
			t.Fatal(err)
		}
		_, docs := readWARCBytes(t, "x.warc", buf.Bytes())
		if got := len(docs) == 1 && docs[0].Raw != nil; got != tt.ok {
			t.Errorf("digest %s: ok=%v, want %v (%+v)", tt.digest, got, tt.ok, toGolden(docs))
		}
	}
}

func TestWARCMalformed(t *testing.T) {
	plain, offsets := sampleWARC(t, false)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"garbage", append(bytes.Clone(plain[:offsets[2]]), "HELLO\r\n\r\n"...), "WARC/1.x version line"},
		{"length", []byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: ten\r\n\r\n"), "Content-Length"},
		{"trailing-gzip", append(gz(plain), 0x1f, 0x8b, 0x08), "truncated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, docs := readWARCBytes(t, tt.name+".warc", tt.data)
			if e := errorOf(t, docs[len(docs)-1]); !strings.Contains(e.Message, tt.want) {
				t.Errorf("error %+v, want %q", e, tt.want)
			}
		})
	}
}

func TestWARCWriterGzipMembers(t *testing.T) {
	data, offsets := sampleWARC(t, true)
	for _, off := range offsets {
		zr, err := gzip.NewReader(bytes.NewReader(data[off:]))
		if err != nil {
			t.Fatalf("offset %d: %v", off, err)
		}
		zr.Multistream(false)
		var b bytes.Buffer
		b.ReadFrom(zr)
		if !bytes.HasPrefix(b.Bytes(), []byte("WARC/1.1\r\n")) {
			t.Errorf("member at %d does not hold one record", off)
		}
	}
}
