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
	"math"
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
	logPop  float64
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
	var buf bytes.Buffer
	buf.Grow(4 << 20)
	if _, err := buf.ReadFrom(zr); err != nil {
		return nil, err
	}
	return Parse(buf.String())
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
	g := &Gazetteer{places: make([]Place, 0, n), qual: map[string][]*Place{}, country: map[string]*Place{},
		capital: map[string]*Place{}, admin1Of: map[string]*Place{}}
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
		g.register(&g.places[i])
	}
	g.buildIndex(alts)
	return g, nil
}

// register records a place in the country, capital and region tables.
func (g *Gazetteer) register(p *Place) {
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
}

// nameRef is one indexed name: a key (a span of the key arena) and its
// place.
type nameRef struct {
	p        int32
	off, end int32
	acr      bool
}

// buildIndex indexes every place under its name and alternates. Keys live
// in one arena string and candidates in one flat slice, so the index costs
// a handful of allocations rather than one per name.
func (g *Gazetteer) buildIndex(alts []string) {
	arena := make([]byte, 0, 24*len(g.places))
	refs := make([]nameRef, 0, len(g.places)*3/2)
	add := func(i int, name string) {
		off := len(arena)
		arena = append(arena, appendKey(arena[off:off], name)...)
		k := arena[off:]
		if len(k) < 2 || bytes.IndexByte(k, '?') >= 0 {
			arena = arena[:off]
			return
		}
		refs = append(refs, nameRef{p: int32(i), off: int32(off), end: int32(len(arena)), acr: isAcronym(name)})
	}
	for i := range g.places {
		add(i, g.places[i].Name)
		for a := alts[i]; a != ""; {
			var alt string
			alt, a, _ = strings.Cut(a, "|")
			if strings.HasPrefix(alt, "=") {
				k := Key(alt[1:])
				g.qual[k] = appendPlace(g.qual[k], &g.places[i])
				continue
			}
			add(i, alt)
		}
	}
	g.fill(string(arena), refs)
}

// fill builds the index from the name references.
func (g *Gazetteer) fill(keys string, refs []nameRef) {
	g.index = make(map[string]*entry, len(refs)*5/4)
	ids := make(map[string]int32, len(refs))
	var counts []int32
	for _, r := range refs {
		k := keys[r.off:r.end]
		if _, ok := ids[k]; !ok {
			ids[k] = int32(len(counts))
			counts = append(counts, 0)
		}
		counts[ids[k]]++
	}
	entries := make([]entry, len(counts))
	flat := make([]*Place, len(refs))
	pos := int32(0)
	for i, c := range counts {
		entries[i].cands = flat[pos : pos : pos+c]
		pos += c
	}
	for _, r := range refs {
		k := keys[r.off:r.end]
		e := &entries[ids[k]]
		e.cands = appendPlace(e.cands, &g.places[r.p])
		e.acr = e.acr || r.acr
		g.index[k] = e
	}
	for k := range ids {
		for i := strings.LastIndexByte(k, ' '); i > 0; i = strings.LastIndexByte(k[:i], ' ') {
			g.prefix(k[:i])
		}
	}
}

// prefix marks k as the start of a longer key.
func (g *Gazetteer) prefix(k string) {
	if e := g.index[k]; e != nil {
		e.more = true
		return
	}
	g.index[k] = &entry{more: true}
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
	p.logPop = math.Log10(float64(p.Pop) + 10)
	return p, f[11], nil
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
