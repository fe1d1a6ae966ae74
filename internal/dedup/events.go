package dedup

import (
	"strings"
	"time"
)

// EventKey is what decides whether two event reports describe the same
// real-world event.
type EventKey struct {
	Source, Target string // actor codes; "" when missing
	CAMEO          string
	Date           time.Time
}

// DyadKey is the candidate-lookup key of an event: the country (first three
// letters) of its source and target codes. Events that may merge always
// share it.
func (k EventKey) DyadKey() string {
	return prefix3(k.Source) + ">" + prefix3(k.Target)
}

// prefix3 is the first three bytes of s.
func prefix3(s string) string {
	if len(s) > 3 {
		return s[:3]
	}
	return s
}

// SameEvent reports whether a and b are reports of one event: compatible
// source and target actors, CAMEO codes with the same root where one is the
// other or its parent, and dates at most one day apart.
func SameEvent(a, b EventKey) bool {
	d := a.Date.Sub(b.Date)
	return d <= 24*time.Hour && d >= -24*time.Hour &&
		ActorsCompatible(a.Source, b.Source) && ActorsCompatible(a.Target, b.Target) &&
		CAMEOCompatible(a.CAMEO, b.CAMEO)
}

// ActorsCompatible reports whether two actor codes may name the same actor:
// equal, or the same country where one code refines the other (RUS and
// RUSGOV). Two missing actors are compatible; a missing and a present one
// are not.
func ActorsCompatible(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// CAMEOCompatible reports whether two CAMEO codes share a root and one is
// the other or an ancestor of it. A three-digit code ending in 0 (040,
// "consult, not specified") counts as its root.
func CAMEOCompatible(a, b string) bool {
	a, b = generic(a), generic(b)
	if len(a) < 2 || len(b) < 2 || a[:2] != b[:2] {
		return false
	}
	return strings.HasPrefix(a, b) || strings.HasPrefix(b, a)
}

// generic maps the "not specified" code of a root (xx0) to the root.
func generic(c string) string {
	if len(c) == 3 && c[2] == '0' {
		return c[:2]
	}
	return c
}

// Closer reports whether candidate a is a better home than b for an event on
// date t: the nearer date, then the lower id.
func Closer(t time.Time, a, b time.Time, aID, bID int64) bool {
	da, db := absDur(t.Sub(a)), absDur(t.Sub(b))
	if da != db {
		return da < db
	}
	return aID < bID
}

// absDur is |d|.
func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}
