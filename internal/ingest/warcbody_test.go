package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"net/http"
	"testing"
)

// TestPlainBody checks that httpPayload, which slices identity bodies out
// of the record instead of copying them, returns what reading the body
// through net/http returns.
func TestPlainBody(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("<p>zipped</p>"))
	zw.Close()
	const h = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
	tests := []struct {
		name, block string
		wantErr     bool
	}{
		{"length", h + "Content-Length: 8\r\n\r\n<p>a</p>", false},
		{"length-short", h + "Content-Length: 4\r\n\r\n<p>a</p>", false},
		{"length-stale", h + "Content-Length: 80\r\n\r\n<p>a</p>", false},
		{"length-nothing", h + "Content-Length: 80\r\n\r\n", true},
		{"length-zero", h + "Content-Length: 0\r\n\r\n<p>a</p>", false},
		{"no-length-close", h + "Connection: close\r\n\r\n<p>a</p>", false},
		{"no-length-http10", "HTTP/1.0 200 OK\r\n\r\n<p>a</p>", false},
		{"no-length", h + "\r\n<p>a</p>", false},
		{"lf-only", "HTTP/1.1 200 OK\nContent-Length: 8\n\n<p>a</p>", false},
		{"chunked", h + "Transfer-Encoding: chunked\r\n\r\n8\r\n<p>a</p>\r\n0\r\n\r\n", false},
		{"gzip", h + "Content-Encoding: gzip\r\n\r\n" + gz.String(), false},
		{"identity", h + "Content-Encoding: Identity \r\nContent-Length: 8\r\n\r\n<p>a</p>", false},
		{"no-content", "HTTP/1.1 204 No Content\r\nContent-Length: 8\r\n\r\n<p>a</p>", false},
		{"too-big", h + "Content-Length: 20\r\n\r\n<p>0123456789ab</p>", true},
	}
	const max = 16
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := &warcRecord{block: []byte(tt.block)}
			got, _, err := httpPayload(rec, max)
			if (err != nil) != tt.wantErr {
				t.Fatalf("httpPayload error %v, want error %v", err, tt.wantErr)
			}
			resp, rerr := http.ReadResponse(bufio.NewReader(bytes.NewReader(rec.block)), nil)
			if rerr != nil {
				t.Fatal(rerr)
			}
			want, werr := readBody(resp, max)
			if (werr != nil) != (err != nil) || !bytes.Equal(got, want) {
				t.Errorf("httpPayload = %q, %v; reading the body gives %q, %v", got, err, want, werr)
			}
		})
	}
}
