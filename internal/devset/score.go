package devset

import "sort"

// Got is one event produced by the coder under test, in the same shape as
// an expected event.
type Got = Expected

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP, FP, FN int
}

// Level is a set of counts with the precision, recall and F1 derived from
// them. A ratio whose denominator is zero is 0.
type Level struct {
	Counts
	P, R, F1 float64
}

// RootRow is the score of one CAMEO root at both levels. Events are
// attributed to the root of their own code: a false positive to the root
// the coder produced, a false negative to the root expected.
type RootRow struct {
	Root       string
	Type, Full Level
}

// Miss lists, for one item, the expected events the coder did not produce
// and the produced events that were not expected (full level).
type Miss struct {
	File     string
	Line     int
	Sentence string
	Missing  []Expected
	Extra    []Got
}

// Report is the outcome of Score.
type Report struct {
	Items     int // items scored
	NoneItems int // items marked "= none"
	NoneClean int // none-items for which the coder produced nothing
	Type      Level
	Full      Level
	Roots     []RootRow // 01..20 always, plus any other root produced
	Misses    []Miss
}

// Score compares, item by item, the expected events with the events the
// coder produced (got[i] belongs to items[i]; a missing entry counts as no
// output). The "type" level matches the multiset of CAMEO roots of an
// item; the "full" level matches the multiset of (source, target, code).
func Score(items []Item, got [][]Got) Report {
	rep := Report{Items: len(items)}
	typ := map[string]*Counts{}
	full := map[string]*Counts{}
	for i, it := range items {
		var g []Got
		if i < len(got) {
			g = got[i]
		}
		if it.None {
			rep.NoneItems++
			if len(g) == 0 {
				rep.NoneClean++
			}
		}
		matchRoots(it.Events, g, typ)
		missing, extra := matchFull(it.Events, g, full)
		if len(missing)+len(extra) > 0 {
			rep.Misses = append(rep.Misses, Miss{File: it.File, Line: it.Line,
				Sentence: it.Sentence, Missing: missing, Extra: extra})
		}
	}
	rep.Type = level(sumCounts(typ))
	rep.Full = level(sumCounts(full))
	rep.Roots = rootRows(typ, full)
	return rep
}

// counter returns the counts of root r, creating them.
func counter(m map[string]*Counts, r string) *Counts {
	c := m[r]
	if c == nil {
		c = &Counts{}
		m[r] = c
	}
	return c
}

// matchRoots adds the root-level multiset match of one item to m.
func matchRoots(exp []Expected, got []Got, m map[string]*Counts) {
	n := map[string]int{}
	for _, e := range exp {
		n[e.Root()]++
	}
	for _, g := range got {
		r := g.Root()
		if n[r] > 0 {
			n[r]--
			counter(m, r).TP++
		} else {
			counter(m, r).FP++
		}
	}
	for r, k := range n {
		if k > 0 {
			counter(m, r).FN += k
		}
	}
}

// matchFull adds the triple-level multiset match of one item to m and
// returns the unmatched expected and produced events.
func matchFull(exp []Expected, got []Got, m map[string]*Counts) (missing []Expected, extra []Got) {
	used := make([]bool, len(exp))
	for _, g := range got {
		j := find(exp, used, g)
		if j < 0 {
			counter(m, g.Root()).FP++
			extra = append(extra, g)
			continue
		}
		used[j] = true
		counter(m, g.Root()).TP++
	}
	for j, e := range exp {
		if !used[j] {
			counter(m, e.Root()).FN++
			missing = append(missing, e)
		}
	}
	return missing, extra
}

// find returns the first unused index of exp equal to g, or -1.
func find(exp []Expected, used []bool, g Got) int {
	for j, e := range exp {
		if !used[j] && e == g {
			return j
		}
	}
	return -1
}

// sumCounts adds up the per-root counts.
func sumCounts(m map[string]*Counts) Counts {
	var t Counts
	for _, c := range m {
		t.TP += c.TP
		t.FP += c.FP
		t.FN += c.FN
	}
	return t
}

// level derives precision, recall and F1 from counts.
func level(c Counts) Level {
	l := Level{Counts: c}
	l.P = ratio(c.TP, c.TP+c.FP)
	l.R = ratio(c.TP, c.TP+c.FN)
	if l.P+l.R > 0 {
		l.F1 = 2 * l.P * l.R / (l.P + l.R)
	}
	return l
}

// ratio is a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// rootRows builds the per-root table: roots 01..20 and any other seen.
func rootRows(typ, full map[string]*Counts) []RootRow {
	seen := map[string]bool{}
	for r := 1; r <= 20; r++ {
		seen[string([]byte{byte('0' + r/10), byte('0' + r%10)})] = true
	}
	for r := range typ {
		seen[r] = true
	}
	for r := range full {
		seen[r] = true
	}
	roots := make([]string, 0, len(seen))
	for r := range seen {
		roots = append(roots, r)
	}
	sort.Strings(roots)
	rows := make([]RootRow, len(roots))
	for i, r := range roots {
		rows[i] = RootRow{Root: r, Type: level(*counter(typ, r)), Full: level(*counter(full, r))}
	}
	return rows
}
