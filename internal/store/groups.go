package store

import (
	"context"
	"database/sql/driver"
	"fmt"
	"slices"
	"time"

	"github.com/dyad-project/dyad/internal/dedup"
	"github.com/dyad-project/dyad/internal/doc"
)

// group is an event group known to the open transaction, with its counts.
type group struct {
	id                         int64
	key                        dedup.EventKey
	rep                        string // rep_event_id
	articles, sources, mention int
	first, last                time.Time // first_seen, last_seen; zero when unknown
	outlets                    []string  // sorted
	lastDoc                    string    // the last document counted in articles
	stored, dirty              bool
}

// scanGroup reads a sqlGroups row.
func scanGroup(r []driver.Value) *group {
	g := &group{id: r[0].(int64), key: dedup.EventKey{CAMEO: r[3].(string), Date: r[4].(time.Time)},
		rep: r[5].(string), articles: int(r[6].(int32)), sources: int(r[7].(int32)), mention: int(r[8].(int32)),
		outlets: strList(r[11]), stored: true}
	g.key.Source, _ = r[1].(string)
	g.key.Target, _ = r[2].(string)
	g.first, _ = r[9].(time.Time)
	g.last, _ = r[10].(time.Time)
	return g
}

// add counts one linked event of document key from outlet on date day.
func (g *group) add(key, outlet string, day time.Time, dated bool) {
	g.mention++
	if g.lastDoc != key {
		g.articles, g.lastDoc = g.articles+1, key
	}
	if i, found := slices.BinarySearch(g.outlets, outlet); !found {
		g.outlets = slices.Insert(g.outlets, i, outlet)
		g.sources = len(g.outlets)
	}
	if dated && (g.first.IsZero() || day.Before(g.first)) {
		g.first = day
	}
	if dated && day.After(g.last) {
		g.last = day
	}
	g.dirty = true
}

// row is the event_groups row of g.
func (g *group) row() []any {
	k := g.key
	return []any{g.id, k.DyadKey(), nullStr(k.Source), nullStr(k.Target), validUTF8(k.CAMEO),
		validUTF8(cameoRoot(k.CAMEO)), k.Date, g.rep, int32(g.articles), int32(g.sources),
		int32(g.mention), nullTime(g.first), nullTime(g.last), g.outlets}
}

// nullTime is NULL for the zero time.
func nullTime(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// nearest is the group of gs that k may join with the nearest date.
func nearest(gs []*group, k dedup.EventKey) *group {
	var best *group
	for _, g := range gs {
		if dedup.SameEvent(k, g.key) && (best == nil || dedup.Closer(k.Date, g.key.Date, best.key.Date, g.id, best.id)) {
			best = g
		}
	}
	return best
}

// linkEvents assigns d's events to groups and buffers event_links rows.
func (w *writer) linkEvents(d *doc.Document, ref docRef, dupKey string) error {
	l := &w.link
	var joined []*group
	outlet := validUTF8(d.Source)
	day, dated := d.Date.Time()
	for i := range d.Events {
		k, ok := eventKey(d, &d.Events[i])
		if !ok {
			continue
		}
		g := w.groupFor(k, ref, i, dupKey)
		if g == nil {
			continue
		}
		err := w.apps["event_links"].AppendRow(eventID(ref.key, i), g.id, ref.key, ref.no,
			outlet, dupKey != "", dateVal(d.Date))
		if err != nil {
			return err
		}
		g.add(ref.key, outlet, day, dated)
		joined = append(joined, g)
	}
	l.groupsOf[ref.key] = joined
	return nil
}

// groupFor is the group event i (key k) joins: for a near duplicate one of
// its original's groups or none; otherwise the nearest compatible group or
// a new one.
func (w *writer) groupFor(k dedup.EventKey, ref docRef, i int, dupKey string) *group {
	l := &w.link
	if dupKey != "" {
		return nearest(l.groupsOf[dupKey], k)
	}
	if g := nearest(l.byDyad[k.DyadKey()], k); g != nil {
		return g
	}
	w.lastGroup++
	g := &group{id: w.lastGroup, key: k, rep: eventID(ref.key, i)}
	l.addGroup(g)
	return g
}

// finishGroups replaces the rows of every changed event group.
func (w *writer) finishGroups(ctx context.Context) error {
	var old []int64
	for _, g := range w.link.groups {
		if g.dirty && g.stored {
			old = append(old, g.id)
		}
	}
	if len(old) > 0 {
		if err := w.exec(ctx, sqlGroupDelete, old); err != nil {
			return fmt.Errorf("rewrite %d event groups: %w", len(old), err)
		}
	}
	app := w.apps["event_groups"]
	for _, g := range w.link.glist {
		if !g.dirty {
			continue
		}
		if err := app.AppendRow(values(g.row())...); err != nil {
			return fmt.Errorf("event group %d: %w", g.id, err)
		}
	}
	if err := app.Flush(); err != nil {
		return fmt.Errorf("write event groups: %w", err)
	}
	return nil
}

// cameoRoot is the two-digit root of a CAMEO code.
func cameoRoot(c string) string {
	if len(c) > 2 {
		return c[:2]
	}
	return c
}
