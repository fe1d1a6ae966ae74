package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dyad-project/dyad/internal/geo"
)

// header names the columns of gazetteer.tsv.gz.
const header = "#kind\tid\tname\tascii\tiso3\tiso2\tadmin1\tlat\tlon\tpop\tflags\talt"

// row is one line of the output.
type row struct {
	Kind       byte // c country, a admin1, p populated place
	ID         int64
	Name       string
	ISO3, ISO2 string
	Admin1     string
	Lat, Lon   float64
	Pop        int64
	Flags      string // C capital, A admin1 seat, X section of a city
	Alts       []string
}

// String formats r as a TSV line; the ASCII column is empty when the
// name is already ASCII.
func (r row) String() string {
	ascii := geo.ASCII(r.Name)
	if ascii == r.Name {
		ascii = ""
	}
	return strings.Join([]string{string(r.Kind), strconv.FormatInt(r.ID, 10), r.Name, ascii, r.ISO3, r.ISO2,
		r.Admin1, coord(r.Lat), coord(r.Lon), strconv.FormatInt(r.Pop, 10), r.Flags, strings.Join(r.Alts, "|")}, "\t")
}

func coord(f float64) string { return strconv.FormatFloat(math.Round(f*1e4)/1e4, 'f', -1, 64) }

// agg accumulates a population-weighted centroid and a population sum.
type agg struct {
	lat, lon, w float64
	pop         int64
}

func (a *agg) add(c city) {
	w := float64(c.Pop) + 1
	a.lat += c.Lat * w
	a.lon += c.Lon * w
	a.w += w
	a.pop += c.Pop
}

func (a *agg) point() (float64, float64) { return a.lat / a.w, a.lon / a.w }

// skipFeature lists GeoNames feature codes of places that are gone or not
// settlements in their own right.
var skipFeature = map[string]bool{"PPLH": true, "PPLQ": true, "PPLW": true, "PPLCH": true, "PPLF": true, "PPLR": true}

func build(s *sources) []row {
	byISO2 := map[string]country{}
	for _, c := range s.countries {
		byISO2[c.ISO2] = c
	}
	countryAgg, adminAgg := map[string]*agg{}, map[string]*agg{}
	regions := regionKeys(s)
	var rows []row
	for _, c := range s.cities {
		co, ok := byISO2[c.ISO2]
		if !ok || skipFeature[c.Feature] {
			continue
		}
		aggOf(countryAgg, c.ISO2).add(c)
		aggOf(adminAgg, c.ISO2+"."+c.Admin1).add(c)
		if r, ok := cityRow(c, co, s.admin1, regions); ok {
			rows = append(rows, r)
		}
	}
	sort.Slice(rows, func(i, j int) bool { return rows[i].ID < rows[j].ID })
	addCityAliases(rows)
	out := append(countryRows(s.countries, countryAgg), adminRows(s.admin1, byISO2, adminAgg)...)
	return append(out, rows...)
}

func aggOf(m map[string]*agg, k string) *agg {
	a := m[k]
	if a == nil {
		a = &agg{}
		m[k] = a
	}
	return a
}

func cityRow(c city, co country, admin1 map[string]string, regions map[string]bool) (row, bool) {
	flags := ""
	switch {
	case c.Feature == "PPLC":
		flags = "C"
	case c.Feature == "PPLA":
		flags = "A"
	case c.Feature == "PPLX":
		flags = "X"
	}
	if c.Pop < minPop && flags != "C" && flags != "A" {
		return row{}, false
	}
	name, alts := cleanName(c.Name)
	alts = append(alts, saintForms(name)...)
	alts = append(alts, cityForms(name, flags, regions)...)
	return row{Kind: 'p', ID: c.ID, Name: name, ISO3: co.ISO3, ISO2: c.ISO2, Admin1: admin1[c.ISO2+"."+c.Admin1],
		Lat: c.Lat, Lon: c.Lon, Pop: c.Pop, Flags: flags, Alts: dedupe(name, alts)}, true
}

// addCityAliases gives each cityAliases entry to the most populous city
// of that name and country.
func addCityAliases(rows []row) {
	best := map[string]int{}
	for i, r := range rows {
		k := r.Name + "|" + r.ISO2
		if j, ok := best[k]; !ok || r.Pop > rows[j].Pop {
			best[k] = i
		}
	}
	for k, alts := range cityAliases {
		if i, ok := best[k]; ok {
			rows[i].Alts = dedupe(rows[i].Name, append(rows[i].Alts, alts...))
		}
	}
}

// cleanName cuts a name at a comma or parenthesis ("Washington, D.C." →
// "Washington") and returns the full form as an alternate.
func cleanName(n string) (string, []string) {
	if i := strings.IndexAny(n, ",("); i > 0 {
		return strings.TrimSpace(n[:i]), []string{strings.NewReplacer(",", "", "(", "", ")", "").Replace(n)}
	}
	return n, nil
}

// saintForms gives "Saint X" for "St. X" and the reverse.
func saintForms(n string) []string {
	switch {
	case strings.HasPrefix(n, "St. "):
		return []string{"Saint " + n[4:]}
	case strings.HasPrefix(n, "Saint "):
		return []string{"St. " + n[6:]}
	}
	return nil
}

// regionKeys are the keys of every country and region name: "Oklahoma
// City" must not become "Oklahoma", nor "Mexico City" "Mexico".
func regionKeys(s *sources) map[string]bool {
	m := map[string]bool{}
	for _, c := range s.countries {
		m[geo.Key(c.Name)] = true
		for _, a := range append(c.Alias, countryAliases[c.ISO2]...) {
			m[geo.Key(a)] = true
		}
	}
	for _, n := range s.admin1 {
		m[geo.Key(n)] = true
		for _, a := range regionShort(n) {
			m[geo.Key(a)] = true
		}
	}
	return m
}

// cityForms gives "Jeju" for "Jeju City" (unless a country or region has
// that name) and "Quebec City" for the capital or regional seat "Québec".
func cityForms(n, flags string, regions map[string]bool) []string {
	if base, ok := strings.CutSuffix(n, " City"); ok && base != "" {
		if regions[geo.Key(base)] {
			return nil
		}
		return []string{base}
	}
	if flags == "C" || flags == "A" {
		return []string{n + " City"}
	}
	return nil
}

func countryRows(cs []country, ag map[string]*agg) []row {
	var out []row
	for _, c := range cs {
		a := ag[c.ISO2]
		if a == nil {
			continue
		}
		lat, lon := a.point()
		alts := append(append([]string{}, c.Alias...), countryAliases[c.ISO2]...)
		out = append(out, row{Kind: 'c', Name: c.Name, ISO3: c.ISO3, ISO2: c.ISO2, Lat: lat, Lon: lon, Pop: a.pop,
			Alts: dedupe(c.Name, alts)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ISO3 < out[j].ISO3 })
	return out
}

func adminRows(names map[string]string, byISO2 map[string]country, ag map[string]*agg) []row {
	var out []row
	for code, name := range names {
		co, ok := byISO2[code[:2]]
		a := ag[code]
		if !ok || a == nil {
			continue
		}
		lat, lon := a.point()
		alts := append(regionShort(name), admin1Aliases[code]...)
		out = append(out, row{Kind: 'a', Name: name, ISO3: co.ISO3, ISO2: co.ISO2, Admin1: name, Lat: lat, Lon: lon,
			Pop: a.pop, Alts: dedupe(name, alts)})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].ISO3 != out[j].ISO3 {
			return out[i].ISO3 < out[j].ISO3
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// regionSuffixes are generic words a region's name drops in running text
// ("Donetsk Oblast" → "Donetsk").
var regionSuffixes = []string{" Province", " Governorate", " Region", " Oblast", " Prefecture", " Department",
	" Municipality", " Autonomous Region", " State", " District", " Division", " County", " Krai"}

func regionShort(name string) []string {
	var out []string
	if _, rest, ok := strings.Cut(name, "Province of "); ok {
		out = append(out, rest)
	}
	for _, suf := range regionSuffixes {
		if strings.HasSuffix(name, suf) && len(name) > len(suf)+2 {
			out = append(out, strings.TrimSuffix(name, suf))
		}
	}
	return out
}

// dedupe drops alternates whose key equals the name's or an earlier one's,
// and alternates holding the column separators.
func dedupe(name string, alts []string) []string {
	seen := map[string]bool{geo.Key(name): true}
	var out []string
	for _, a := range alts {
		k := geo.Key(a)
		if k == "" || seen[k] || strings.ContainsAny(a, "|\t\n") {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// check guards the invariants the loader relies on.
func check(rows []row) error {
	for i, r := range rows {
		if strings.ContainsAny(r.Name+r.Admin1, "\t\n|") {
			return fmt.Errorf("row %d (%s): separator in a field", i, r.Name)
		}
	}
	return nil
}
