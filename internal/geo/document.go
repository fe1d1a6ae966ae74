package geo

import (
	"sync"

	"github.com/dyad-project/dyad/internal/doc"
)

var scratchPool = sync.Pool{New: func() any { return &scratch{ctx: newContext()} }}

// Document fills d.Locations with every place mention of d's sentences,
// resolved against the gazetteer, and gives each event of d a Location:
// the place its sentence names (preferring one after "in", "at", "near"
// ...), else the article's most mentioned place, else the capital of the
// article's most named state, marked Inferred. A location inferred from
// no mention at all has Sentence -1 and an empty Text.
//
// Names that actor entities already code as persons or organisations are
// skipped; states and capitals acting as actors still count as places.
func (g *Gazetteer) Document(d *doc.Document) {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.g, sc.ms, sc.ents = g, sc.ms[:0], d.Entities
	for _, s := range d.Sentences {
		sc.sentence(s)
	}
	sc.resolve(sc.ctx)
	d.Locations = make([]doc.Location, 0, len(sc.ms))
	for i := range sc.ms {
		d.Locations = append(d.Locations, sc.ms[i].location())
	}
	sc.events(d)
	sc.ents = nil
}

// location converts a resolved mention.
func (m *mention) location() doc.Location {
	l := placeLocation(m.place)
	l.Text, l.Sentence, l.Start, l.End = m.text, m.sent, m.start, m.end
	return l
}

func placeLocation(p *Place) doc.Location {
	return doc.Location{Name: p.Name, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon, GeoID: p.ID}
}

// events sets each event's Location.
func (sc *scratch) events(d *doc.Document) {
	var fallback *doc.Location
	for i := range d.Events {
		ev := &d.Events[i]
		if k := sc.inSentence(ev.Sentence); k >= 0 {
			l := d.Locations[k]
			ev.Location = &l
			continue
		}
		if fallback == nil {
			fallback = sc.articleLocation(d)
			if fallback == nil {
				return
			}
		}
		l := *fallback
		ev.Location = &l
	}
}

// inSentence returns the index of the mention that locates an action in
// sentence si: the first after "in"/"at"/"near"..., else the first city or
// region, else the first place that is not an actor; -1 when none.
func (sc *scratch) inSentence(si int) int {
	first, plain := -1, -1
	for k := range sc.ms {
		m := &sc.ms[k]
		if m.sent != si {
			continue
		}
		if m.evPrep {
			return k
		}
		if first < 0 && m.place.Kind != KindCountry {
			first = k
		}
		if plain < 0 && !m.actor {
			plain = k
		}
	}
	if first >= 0 {
		return first
	}
	return plain
}

// articleLocation is the inferred location of the article: its most
// mentioned place (the first on a tie), else the capital of the state its
// actors name most.
func (sc *scratch) articleLocation(d *doc.Document) *doc.Location {
	bestK, bestN := -1, 0
	for k := range sc.ms {
		n := 0
		for j := range sc.ms {
			if sc.ms[j].place == sc.ms[k].place {
				n++
			}
		}
		if n > bestN {
			bestK, bestN = k, n
		}
	}
	if bestK >= 0 {
		l := sc.ms[bestK].location()
		l.Inferred = true
		return &l
	}
	return sc.capitalLocation(d)
}

func (sc *scratch) capitalLocation(d *doc.Document) *doc.Location {
	counts := map[string]int{}
	top := ""
	for _, en := range d.Entities {
		if len(en.Code) < 3 || sc.g.capital[en.Code[:3]] == nil {
			continue
		}
		c := en.Code[:3]
		counts[c]++
		if counts[c] > counts[top] {
			top = c
		}
	}
	if top == "" {
		return nil
	}
	l := placeLocation(sc.g.capital[top])
	l.Sentence, l.Inferred = -1, true
	return &l
}
