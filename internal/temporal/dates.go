package temporal

// weekday reads [mod] WEEKDAY [, DATE] [night]; start is where the
// expression began (the modifier), i the weekday.
func (s *scanner) weekday(start, i, mod int) (match, bool) {
	j := i + 1
	if s.punct(j, ',') {
		j++
	}
	if j < len(s.toks) && (s.toks[j].k != kWord || s.cls(j) == cMonth || s.cls(j) == cMonthAbb) {
		var m match
		var ok bool
		if s.toks[j].k == kWord {
			m, ok = s.month(j, j, -1)
		} else {
			m, ok = s.numeric(j)
		}
		if ok && m.gran == Day {
			m.start = start
			return m, true
		}
	}
	end := i + 1
	if s.cls(end) == cPart {
		end++
	}
	return match{start: start, end: end, from: s.weekdayDate(s.val(i), mod), gran: Day}, true
}

// weekdayDate resolves a weekday (0 Sunday) by modifier and tense.
func (s *scanner) weekdayDate(wd, mod int) civil {
	cur := s.ref.weekday()
	back, fwd := (cur-wd+7)%7, (wd-cur+7)%7
	fut := mod == modNext || mod != modLast && s.future()
	if mod != modThis {
		if back == 0 {
			back = 7
		}
		if fwd == 0 {
			fwd = 7
		}
	}
	if fut {
		return s.ref.add(fwd)
	}
	return s.ref.add(-back)
}

// month reads MONTH [DAY][, YEAR] or MONTH YEAR or a bare month in
// context. mod is -1 when a weekday came before (a day must follow).
func (s *scanner) month(start, i, mod int) (match, bool) {
	w := s.word(i)
	if !isUpper(w[0]) {
		return match{}, false
	}
	m, j := s.val(i), i+1
	if s.cls(i) == cMonthAbb {
		if s.punct(j, '.') {
			j++
		} else if _, ok := s.dayNum(j); !ok {
			return match{}, false
		}
	}
	if d, ok := s.dayNum(j); ok {
		return s.monthDay(start, j, m, d)
	}
	if y, ok := s.year4(j); ok && mod <= 0 {
		f, t := monthOf(civil{y, m, 1})
		return match{start: start, end: j + 1, from: f, to: t, gran: Month}, true
	}
	if mod < 0 || mod == 0 && start == i && !s.monthContext(i) {
		return match{}, false
	}
	f, t := monthOf(civil{s.monthYear(m, mod), m, 1})
	return match{start: start, end: i + 1, from: f, to: t, gran: Month}, true
}

// monthDay finishes "July 4[, 2023]" with the day at token j.
func (s *scanner) monthDay(start, j, m, d int) (match, bool) {
	end := j + 1
	k := end
	if s.punct(k, ',') {
		k++
	}
	if y, ok := s.year4(k); ok {
		if !valid(y, m, d) {
			return match{}, false
		}
		return match{start: start, end: k + 1, from: civil{y, m, d}, gran: Day}, true
	}
	c, ok := s.dayNoYear(m, d)
	return match{start: start, end: end, from: c, gran: Day}, ok
}

// monthContext reports whether a bare month at i is introduced by a
// preposition, "early"/"late", or "mid-".
func (s *scanner) monthContext(i int) bool {
	switch s.cls(i - 1) {
	case cPrep, cEdge:
		return true
	}
	return s.punct(i-1, '-') && s.is(i-2, "mid")
}

// monthYear picks the year of a month named without one.
func (s *scanner) monthYear(m, mod int) int {
	y, cur := s.ref.y, s.ref.m
	switch {
	case mod == modLast:
		if m >= cur {
			y--
		}
	case mod == modNext:
		if m <= cur {
			y++
		}
	case mod == modThis:
	case s.future():
		if m < cur {
			y++
		}
	case m > cur:
		y--
	}
	return y
}

// dayNoYear dates a month and day without a year: the latest on or
// before the document date, or in a future sentence the earliest on or
// after it.
func (s *scanner) dayNoYear(m, d int) (civil, bool) {
	y := s.ref.y
	c := civil{y, m, d}
	if s.future() {
		if valid(y, m, d) && c.days() < s.ref.days() {
			c.y++
		}
	} else if !valid(y, m, d) || c.days() > s.ref.days() {
		c.y--
	}
	return c, valid(c.y, m, d)
}

// numeric reads expressions that start with a number.
func (s *scanner) numeric(i int) (match, bool) {
	if m, ok := s.isoDate(i); ok {
		return m, true
	}
	if m, ok := s.slashDate(i); ok {
		return m, true
	}
	if m, ok := s.yearRange(i); ok {
		return m, true
	}
	if m, ok := s.ago(i); ok && s.toks[i].k == kNum {
		return m, true
	}
	if d, ok := s.dayNum(i); ok {
		j := i + 1
		if s.is(j, "of") {
			j++
		}
		if c := s.cls(j); (c == cMonth || c == cMonthAbb) && isUpper(s.text[s.toks[j].s]) {
			k := j + 1
			if c == cMonthAbb && s.punct(k, '.') {
				k++
			}
			m, ok := s.monthDay(i, k-1, s.val(j), d)
			return m, ok
		}
	}
	if m, ok := s.decade(i); ok {
		return m, true
	}
	return s.year(i)
}

// isoDate reads 2023-07-04.
func (s *scanner) isoDate(i int) (match, bool) {
	y, ok := s.year4(i)
	if !ok || !s.punct(i+1, '-') || !s.punct(i+3, '-') || !s.adj(i) || !s.adj(i+1) || !s.adj(i+2) || !s.adj(i+3) {
		return match{}, false
	}
	m, ok1 := s.num(i + 2)
	d, ok2 := s.num(i + 4)
	if !ok1 || !ok2 || !valid(y, m, d) {
		return match{}, false
	}
	return match{start: i, end: i + 5, from: civil{y, m, d}, gran: Day}, true
}

// slashDate reads 04/07/2023 or 4.7.23 (day-first unless the second
// number cannot be a month).
func (s *scanner) slashDate(i int) (match, bool) {
	if i+4 >= len(s.toks) || !s.adj(i) || !s.adj(i+1) || !s.adj(i+2) || !s.adj(i+3) {
		return match{}, false
	}
	sep := s.text[s.toks[i+1].s]
	if (sep != '/' && sep != '.') || !s.punct(i+1, sep) || !s.punct(i+3, sep) {
		return match{}, false
	}
	a, ok1 := s.num(i)
	b, ok2 := s.num(i + 2)
	y, ok3 := s.num(i + 4)
	yl := len(s.word(i + 4))
	if !ok1 || !ok2 || !ok3 || len(s.word(i)) > 2 || len(s.word(i+2)) > 2 || (yl != 2 && yl != 4) {
		return match{}, false
	}
	if yl == 2 {
		y += 2000
	}
	d, m := a, b
	if b > 12 {
		d, m = b, a
	}
	if !valid(y, m, d) {
		return match{}, false
	}
	return match{start: i, end: i + 5, from: civil{y, m, d}, gran: Day}, true
}

// yearRange reads 1950-53 or 1950-1953, and a named era right after it.
func (s *scanner) yearRange(i int) (match, bool) {
	a, ok := s.year4(i)
	if !ok || !s.punct(i+1, '-') || !s.adj(i) || !s.adj(i+1) {
		return match{}, false
	}
	b, ok := s.num(i + 2)
	switch n := len(s.word(i + 2)); {
	case !ok:
		return match{}, false
	case n == 2:
		b += a / 100 * 100
	case n != 4:
		return match{}, false
	}
	if b <= a || b-a > 100 {
		return match{}, false
	}
	m := match{start: i, end: i + 3, from: civil{a, 1, 1}, to: civil{b, 12, 31}, gran: Range}
	if e, ok := s.era(i+3, i+3); ok {
		m.end = e.end
	}
	return m, true
}

// decade reads "1990s".
func (s *scanner) decade(i int) (match, bool) {
	w := s.word(i)
	if s.toks[i].k != kAlnum || len(w) != 5 || w[4] != 's' || w[3] != '0' {
		return match{}, false
	}
	y, ok := atoi(w[:4])
	if !ok || y < 1000 {
		return match{}, false
	}
	return match{start: i, end: i + 1, from: civil{y, 1, 1}, to: civil{y + 9, 12, 31}, gran: Range}, true
}

// shortDecade reads "'90s".
func (s *scanner) shortDecade(i int) (match, bool) {
	w := s.word(i + 1)
	if s.toks[i+1].k != kAlnum || len(w) != 3 || w[2] != 's' || w[1] != '0' {
		return match{}, false
	}
	dd, _ := atoi(w[:2])
	y := 2000 + dd
	if y > s.ref.y {
		y -= 100
	}
	return match{start: i, end: i + 2, from: civil{y, 1, 1}, to: civil{y + 9, 12, 31}, gran: Range}, true
}

// year reads a four-digit year introduced by a preposition, "early"/"late",
// "mid-", or "the" before a noun ("the 2019 election").
func (s *scanner) year(i int) (match, bool) {
	y, ok := s.year4(i)
	if !ok || s.punct(i+1, '%') {
		return match{}, false
	}
	ctx := s.monthContext(i) || s.punct(i-1, '(') && s.punct(i+1, ')')
	if !ctx && (s.is(i-1, "the") || s.is(i-1, "a")) && i+1 < len(s.toks) && s.toks[i+1].k == kWord {
		w := s.word(i + 1)
		ctx = !isUpper(w[0]) && s.cls(i+1) != cUnit
	}
	if !ctx {
		return match{}, false
	}
	f, t := yearOf(y)
	return match{start: i, end: i + 1, from: f, to: t, gran: Year}, true
}

// edge reads early/mid/late/end-of with a month or a year.
func (s *scanner) edge(i int) (match, bool) {
	j := i + 1
	if s.punct(j, '-') && s.adj(i) {
		j++
	}
	if s.is(i, "end") {
		if !s.is(j, "of") {
			return match{}, false
		}
		j++
	}
	if c := s.cls(j); c == cMonth || c == cMonthAbb {
		m, ok := s.month(i, j, 0)
		return m, ok
	}
	if y, ok := s.year4(j); ok {
		f, t := yearOf(y)
		return match{start: i, end: j + 1, from: f, to: t, gran: Year}, true
	}
	return match{}, false
}

// era reads a named war or period starting at token i.
func (s *scanner) era(start, i int) (match, bool) {
	if i >= len(s.toks) || s.toks[i].k != kWord || !s.toks[i].w.era || !isUpper(s.text[s.toks[i].s]) {
		return match{}, false
	}
	w := s.word(i)
	if len(w) > 12 {
		return match{}, false
	}
	var b [12]byte
	for k := 0; k < len(w); k++ {
		c := w[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[k] = c
	}
	for _, e := range eraHeads[string(b[:len(w)])] {
		if n, ok := s.words(i, eras[e].words); ok {
			return match{start: start, end: i + n, from: eras[e].from, to: eras[e].to, gran: Range}, true
		}
	}
	return match{}, false
}

// words reports whether the tokens at i spell ws.
func (s *scanner) words(i int, ws []string) (int, bool) {
	for k, w := range ws {
		if w == "-" {
			if !s.punct(i+k, '-') {
				return 0, false
			}
			continue
		}
		if !s.is(i+k, w) {
			return 0, false
		}
	}
	return len(ws), true
}
