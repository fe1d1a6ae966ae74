// Package geo resolves place mentions in news text to gazetteer entries
// (countries, first-level regions and cities from GeoNames) and gives each
// coded event an action location.
//
// The gazetteer is embedded (data/gazetteer.tsv.gz, built by ./gen from
// GeoNames data, CC BY 4.0; see data/ATTRIBUTION.md).
package geo

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/gazetteer.tsv.gz
var gazetteerGz []byte

// Place kinds.
const (
	KindCountry = "country"
	KindAdmin1  = "admin1"
	KindCity    = "city"
)

// Place is one gazetteer entry.
type Place struct {
	ID      int64 // GeoNames id; 0 for countries and regions
	Name    string
	ASCII   string // Name folded to ASCII
	Country string // ISO 3166-1 alpha-3 (dyad's state code)
	Admin1  string // first-level region name; the region itself for admin1
	Lat     float64
	Lon     float64
	Pop     int64
	Kind    string // KindCountry, KindAdmin1 or KindCity

	capital bool // national capital
	seat    bool // seat of a first-level region
	section bool // section of a larger city
}

// entry is what one key of the index leads to.
type entry struct {
	cands []*Place
	more  bool // a longer key starts with this one and a space
	acr   bool // some name with this key is written as an acronym ("UK")
}

// Gazetteer is an index of places by normalised name. It is read-only
// after loading and safe for concurrent use.
type Gazetteer struct {
	places   []Place
	index    map[string]*entry
	qual     map[string][]*Place // qualifier-only abbreviations ("Ill.")
	country  map[string]*Place   // ISO3 → country
	capital  map[string]*Place   // ISO3 → capital city
	admin1Of map[string]*Place   // ISO3 + "\x00" + admin1 name → region
}

var (
	defaultOnce sync.Once
	defaultG    *Gazetteer
	defaultErr  error
)

// Default returns the embedded gazetteer, loading it on first use.
func Default() (*Gazetteer, error) {
	defaultOnce.Do(func() {
		defaultG, defaultErr = Load(bytes.NewReader(gazetteerGz))
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded gazetteer: %w", defaultErr)
		}
	})
	return defaultG, defaultErr
}

// Load reads a gzipped gazetteer in the format gen writes.
func Load(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	return Parse(string(b))
}

// Lookup returns every place whose name or alternate name matches name,
// ignoring case, diacritics and punctuation.
func (g *Gazetteer) Lookup(name string) []*Place {
	if e := g.index[Key(name)]; e != nil {
		return e.cands
	}
	return nil
}

// Country returns the country with ISO alpha-3 code iso3, or nil.
func (g *Gazetteer) Country(iso3 string) *Place { return g.country[iso3] }

// Capital returns the capital city of the country iso3, or nil.
func (g *Gazetteer) Capital(iso3 string) *Place { return g.capital[iso3] }

// Len returns the number of places.
func (g *Gazetteer) Len() int { return len(g.places) }

// Parse reads the TSV text of a gazetteer: a header line starting with
// "#", then one place per line (see gen/README.md for the columns).
func Parse(text string) (*Gazetteer, error) {
	n := strings.Count(text, "\n") + 1
	g := &Gazetteer{places: make([]Place, 0, n), index: make(map[string]*entry, n*3/2),
		qual: map[string][]*Place{}, country: map[string]*Place{}, capital: map[string]*Place{},
		admin1Of: map[string]*Place{}}
	alts := make([]string, 0, n)
	for line := 1; text != ""; line++ {
		var l string
		l, text, _ = strings.Cut(text, "\n")
		if l == "" || l[0] == '#' {
			continue
		}
		p, alt, err := parseLine(l)
		if err != nil {
			return nil, fmt.Errorf("gazetteer line %d: %w", line, err)
		}
		g.places = append(g.places, p)
		alts = append(alts, alt)
	}
	for i := range g.places {
		g.add(&g.places[i], alts[i])
	}
	return g, nil
}

var kinds = map[string]string{"c": KindCountry, "a": KindAdmin1, "p": KindCity}

// parseLine reads one place and returns its "|"-separated alternates.
func parseLine(l string) (Place, string, error) {
	var f [12]string
	k := 0
	for ; k < len(f)-1; k++ {
		var ok bool
		if f[k], l, ok = strings.Cut(l, "\t"); !ok {
			return Place{}, "", fmt.Errorf("want %d tab-separated fields, got %d", len(f), k+1)
		}
	}
	f[k] = l
	p := Place{Name: f[2], ASCII: f[3], Country: f[4], Admin1: f[6], Kind: kinds[f[0]]}
	if p.Kind == "" || p.Name == "" || len(p.Country) != 3 {
		return Place{}, "", fmt.Errorf("bad kind, name or country in %q", f[:5])
	}
	if p.ASCII == "" {
		p.ASCII = p.Name
	}
	var err error
	if p.ID, err = strconv.ParseInt(f[1], 10, 64); err != nil {
		return Place{}, "", fmt.Errorf("id: %w", err)
	}
	if p.Lat, err = strconv.ParseFloat(f[7], 64); err != nil {
		return Place{}, "", fmt.Errorf("lat: %w", err)
	}
	if p.Lon, err = strconv.ParseFloat(f[8], 64); err != nil {
		return Place{}, "", fmt.Errorf("lon: %w", err)
	}
	if p.Pop, err = strconv.ParseInt(f[9], 10, 64); err != nil {
		return Place{}, "", fmt.Errorf("pop: %w", err)
	}
	p.capital, p.seat, p.section = f[10] == "C", f[10] == "A", f[10] == "X"
	return p, f[11], nil
}

// add indexes p under its name, ASCII name and alternates.
func (g *Gazetteer) add(p *Place, alts string) {
	switch p.Kind {
	case KindCountry:
		g.country[p.Country] = p
	case KindAdmin1:
		g.admin1Of[p.Country+"\x00"+p.Name] = p
	case KindCity:
		if c := g.capital[p.Country]; p.capital && (c == nil || p.Pop > c.Pop) {
			g.capital[p.Country] = p
		}
	}
	g.addName(p, p.Name)
	for alts != "" {
		var a string
		a, alts, _ = strings.Cut(alts, "|")
		if strings.HasPrefix(a, "=") {
			k := Key(a[1:])
			g.qual[k] = appendPlace(g.qual[k], p)
			continue
		}
		g.addName(p, a)
	}
}

func (g *Gazetteer) addName(p *Place, name string) {
	k := Key(name)
	if len(k) < 2 || strings.IndexByte(k, '?') >= 0 {
		return
	}
	e := g.entry(k)
	e.cands = appendPlace(e.cands, p)
	e.acr = e.acr || isAcronym(name)
	for i := strings.LastIndexByte(k, ' '); i > 0; i = strings.LastIndexByte(k[:i], ' ') {
		g.entry(k[:i]).more = true
	}
}

func (g *Gazetteer) entry(k string) *entry {
	e := g.index[k]
	if e == nil {
		e = &entry{}
		g.index[k] = e
	}
	return e
}

func appendPlace(ps []*Place, p *Place) []*Place {
	for _, q := range ps {
		if q == p {
			return ps
		}
	}
	return append(ps, p)
}

// isAcronym reports whether a name is written in capitals: "UK", "U.S.".
func isAcronym(s string) bool {
	letters := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '.' || c == ' ':
		default:
			return false
		}
	}
	return letters >= 2
}
