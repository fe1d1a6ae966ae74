package main

import (
	"reflect"
	"testing"
)

func TestCleanName(t *testing.T) {
	tests := []struct {
		in, name string
		alts     []string
	}{
		{"Washington, D.C.", "Washington", []string{"Washington D.C."}},
		{"Frankfurt (Oder)", "Frankfurt", []string{"Frankfurt Oder"}},
		{"Lyon", "Lyon", nil},
	}
	for _, tt := range tests {
		name, alts := cleanName(tt.in)
		if name != tt.name || !reflect.DeepEqual(alts, tt.alts) {
			t.Errorf("cleanName(%q) = %q, %q", tt.in, name, alts)
		}
	}
}

func TestCityForms(t *testing.T) {
	regions := map[string]bool{"oklahoma": true}
	tests := []struct {
		name, flags string
		want        []string
	}{
		{"Jeju City", "", []string{"Jeju"}},
		{"Oklahoma City", "A", nil},
		{"Québec", "A", []string{"Québec City"}},
		{"Lyon", "", nil},
	}
	for _, tt := range tests {
		if got := cityForms(tt.name, tt.flags, regions); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cityForms(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestRegionShort(t *testing.T) {
	if got := regionShort("Donetsk Oblast"); !reflect.DeepEqual(got, []string{"Donetsk"}) {
		t.Errorf("regionShort = %q", got)
	}
}

func TestDecodeCity(t *testing.T) {
	// id 5 (zigzag 10), name "Ab", country "FR", pop 20000, lon +100, lat -50
	msg := []byte{0x08, 10, 0x12, 2, 'A', 'b', 0x1a, 2, 'F', 'R', 0x48, 0xa0, 0x9c, 0x01, 0x50, 200, 1, 0x58, 99}
	var lat, lon int64
	c, err := decodeCity(msg, &lat, &lon)
	if err != nil {
		t.Fatal(err)
	}
	want := city{ID: 5, Name: "Ab", ISO2: "FR", Pop: 20000, Lon: 0.001, Lat: -0.0005}
	if c != want {
		t.Errorf("decodeCity = %+v, want %+v", c, want)
	}
	if _, err := decodeCity([]byte{0x12, 9, 'A'}, &lat, &lon); err == nil {
		t.Error("truncated string: no error")
	}
}

func FuzzDecodeCity(f *testing.F) {
	f.Add([]byte{0x08, 10, 0x12, 2, 'A', 'b'})
	f.Fuzz(func(t *testing.T, b []byte) {
		var lat, lon int64
		decodeCity(b, &lat, &lon)
	})
}
