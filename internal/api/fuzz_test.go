package api

import (
	"strings"
	"testing"
)

func FuzzParseJSONL(f *testing.F) {
	f.Add(`{"id":"a","title":"T","text":"x\ny","date":"2024-01-02"}` + "\n{bad\n")
	f.Add(`{"id":1}`)
	f.Fuzz(func(t *testing.T, body string) {
		docs, bad, err := ParseJSONL(strings.NewReader(body), 1<<20)
		if err != nil {
			return
		}
		for _, d := range docs {
			if d.ID == "" || d.Raw == nil {
				t.Fatalf("document without id or raw: %+v", d)
			}
			if _, ok := d.Date.Time(); !ok && d.Date != "" {
				t.Fatalf("bad date kept: %q", d.Date)
			}
		}
		_ = bad
	})
}
