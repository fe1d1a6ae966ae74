package query

import (
	"net/url"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		q       string
		wantErr bool
		conds   int // conditions besides the latest-version one
	}{
		{"", false, 0},
		{"actor=UKR&dyad=RUS>UKR&quad=3,4&root=14,18&plover=accuse", false, 5},
		{"dyad=a,b&from=2024-01-01&to=2024-02-01&q=Talks&outlet=x&country=ukr&cameo=04", false, 7},
		{"dyad=RUS", true, 0},
		{"quad=0", true, 0},
		{"from=yesterday", true, 0},
	}
	for _, tt := range tests {
		v, _ := url.ParseQuery(tt.q)
		f, err := Parse(v)
		if (err != nil) != tt.wantErr {
			t.Fatalf("%q: err %v", tt.q, err)
		}
		if err != nil {
			continue
		}
		w := f.Where()
		if got := len(w.conds) - 1; got != tt.conds {
			t.Errorf("%q: %d conditions, want %d: %s", tt.q, got, tt.conds, w.SQL())
		}
		if strings.Count(w.SQL(), "?") != len(w.Args()) {
			t.Errorf("%q: %d placeholders, %d args", tt.q, strings.Count(w.SQL(), "?"), len(w.Args()))
		}
	}
}

func TestInline(t *testing.T) {
	got, err := Inline("a = ? AND b = ? AND c = ?", []any{"it's", int64(3), 1.5})
	if err != nil || got != "a = 'it''s' AND b = 3 AND c = 1.5" {
		t.Errorf("Inline = %q, %v", got, err)
	}
	if _, err := Inline("?", nil); err == nil {
		t.Error("missing argument accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add("actor=UKR&dyad=A>B&quad=1,2&from=2024-01-01")
	f.Add("dyad=,&quad=,,&q=%27")
	f.Fuzz(func(t *testing.T, q string) {
		v, err := url.ParseQuery(q)
		if err != nil {
			return
		}
		fl, err := Parse(v)
		if err != nil {
			return
		}
		w := fl.Where()
		if strings.Count(w.SQL(), "?") != len(w.Args()) {
			t.Fatalf("%q: placeholders and args differ", q)
		}
	})
}

func FuzzDecodeCursor(f *testing.F) {
	f.Add(Cursor{Sort: "-date", Value: "2024-01-02", DocNo: 3, Idx: 1}.Encode())
	f.Add("!!!")
	f.Fuzz(func(t *testing.T, s string) {
		for _, so := range []Sort{{"date", true}, {"goldstein", false}} {
			c, err := DecodeCursor(s, so)
			if err == nil {
				w := &Where{}
				w.After(so, c)
				if strings.Count(w.SQL(), "?") != len(w.Args()) {
					t.Fatalf("%q: placeholders and args differ", s)
				}
			}
		}
	})
}
