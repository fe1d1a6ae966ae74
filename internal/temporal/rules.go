package temporal

// scanner matches expressions over the tokens of one sentence.
type scanner struct {
	text  string
	toks  []tok
	ref   civil // document date
	tense int   // -1 not computed, else bit 0: future outside quotes, bit 1: inside
	q     bool  // the token being matched is inside double quotes
}

func (s *scanner) word(i int) string { t := s.toks[i]; return s.text[t.s:t.e] }

// cls returns the word class of token i, cNone out of range.
func (s *scanner) cls(i int) uint8 {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return cNone
	}
	return s.toks[i].w.c
}

func (s *scanner) val(i int) int { return int(s.toks[i].w.v) }

// punct reports whether token i is the punctuation byte c.
func (s *scanner) punct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kPunct && s.text[s.toks[i].s] == c
}

// is reports whether token i is the lower-case word w (case-insensitive).
func (s *scanner) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	t := s.word(i)
	if len(t) != len(w) {
		return false
	}
	for k := 0; k < len(t); k++ {
		c := t[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[k] {
			return false
		}
	}
	return true
}

// adj reports whether tokens i and i+1 touch (no space between).
func (s *scanner) adj(i int) bool { return i+1 < len(s.toks) && s.toks[i].e == s.toks[i+1].s }

// num returns the value of a digits token.
func (s *scanner) num(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kNum {
		return 0, false
	}
	return atoi(s.word(i))
}

// dayNum reads a day of month: "4" or "4th".
func (s *scanner) dayNum(i int) (int, bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, false
	}
	w := s.word(i)
	if s.toks[i].k == kAlnum {
		n := len(w) - 2
		if n < 1 || !isOrdinalSuffix(w[n:]) {
			return 0, false
		}
		w = w[:n]
	} else if s.toks[i].k != kNum {
		return 0, false
	}
	d, ok := atoi(w)
	return d, ok && len(w) <= 2 && d >= 1 && d <= 31
}

func isOrdinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// year4 reads a plausible four-digit year.
func (s *scanner) year4(i int) (int, bool) {
	y, ok := s.num(i)
	return y, ok && len(s.word(i)) == 4 && y >= 1000 && y <= 2199
}

// future reports whether the sentence is future-tensed on the same side of
// the double quotes as the token being matched (computed once).
func (s *scanner) future() bool {
	if s.tense < 0 {
		s.tense = 0
		in := false
		for i := range s.toks {
			if s.punct(i, '"') {
				in = !in
			} else if s.futureAt(i) {
				s.tense |= side(in)
			}
		}
	}
	return s.tense&side(s.q) != 0
}

func side(in bool) int {
	if in {
		return 2
	}
	return 1
}

func (s *scanner) futureAt(i int) bool {
	switch {
	case s.cls(i) == cFuture:
		switch {
		case s.is(i, "ll"):
			return s.punct(i-1, '\'')
		case s.is(i, "won"):
			return s.punct(i+1, '\'')
		case s.is(i, "due"), s.is(i, "set"):
			return s.is(i+1, "to")
		}
		return true
	case s.is(i, "is"), s.is(i, "are"), s.is(i, "plans"), s.is(i, "planned"), s.is(i, "expected"):
		return s.is(i+1, "to") && s.cls(i+2) == cNone && i+2 < len(s.toks)
	case s.cls(i) == cMod && s.val(i) == modNext:
		return true
	}
	return false
}

// match tries every expression shape at token i.
func (s *scanner) match(i int) (match, bool) {
	t := s.toks[i]
	switch t.k {
	case kNum, kAlnum:
		return s.numeric(i)
	case kPunct:
		if s.text[t.s] == '\'' && s.adj(i) {
			return s.shortDecade(i)
		}
		return match{}, false
	}
	if m, ok := s.byClass(i); ok {
		return m, true
	}
	if isUpper(s.text[t.s]) {
		return s.era(i, i)
	}
	return match{}, false
}

// byClass dispatches a word token on its dictionary class.
func (s *scanner) byClass(i int) (match, bool) {
	switch s.toks[i].w.c {
	case cWeekday:
		return s.weekday(i, i, 0)
	case cMonth, cMonthAbb:
		return s.month(i, i, 0)
	case cRelDay:
		return s.relDay(i)
	case cMod:
		return s.modified(i)
	case cNumber:
		return s.ago(i)
	case cPrep:
		return s.prep(i)
	case cEdge:
		return s.edge(i)
	}
	return match{}, false
}

// prep extends an expression after "on", "in" or "during" over the
// preposition, and reads "from 1950 to 1953" and "between ... and ...".
func (s *scanner) prep(i int) (match, bool) {
	if i+1 >= len(s.toks) {
		return match{}, false
	}
	if (s.is(i, "from") || s.is(i, "between")) && s.toks[i+1].k == kNum {
		if m, ok := s.spelledRange(i); ok {
			return m, true
		}
	}
	if !s.is(i, "on") && !s.is(i, "in") && !s.is(i, "during") {
		return match{}, false
	}
	m, ok := s.match(i + 1)
	if ok && m.start == i+1 {
		m.start = i
	}
	return m, ok
}

// spelledRange reads "from 1950 to 1953" and "between 1950 and 1953".
func (s *scanner) spelledRange(i int) (match, bool) {
	a, ok1 := s.year4(i + 1)
	b, ok2 := s.year4(i + 3)
	if !ok1 || !ok2 || b <= a || !(s.is(i+2, "to") || s.is(i+2, "and") || s.is(i+2, "until")) {
		return match{}, false
	}
	return match{start: i, end: i + 4, from: civil{a, 1, 1}, to: civil{b, 12, 31}, gran: Range}, true
}

// relDay reads yesterday, today, tonight, tomorrow, with "morning" etc.
func (s *scanner) relDay(i int) (match, bool) {
	end := i + 1
	if s.cls(end) == cPart {
		end++
	}
	return match{start: i, end: end, from: s.ref.add(s.val(i)), gran: Day}, true
}

// ago reads "two days ago", "3 weeks ago", "a year ago".
func (s *scanner) ago(i int) (match, bool) {
	n := 0
	if s.toks[i].k == kNum {
		v, ok := s.num(i)
		if !ok {
			return match{}, false
		}
		n = v
	} else {
		n = s.val(i)
	}
	if s.cls(i+1) != cUnit || s.cls(i+2) != cAgo || n <= 0 || n > 100 {
		return match{}, false
	}
	m := s.period(s.val(i+1), -n)
	m.start, m.end = i, i+3
	return m, true
}

// period returns the unit (1 day .. 5 decade) that lies n units from the
// document date.
func (s *scanner) period(unit, n int) match {
	switch unit {
	case 1:
		return match{from: s.ref.add(n), gran: Day}
	case 2:
		f, t := weekOf(s.ref.add(7 * n))
		return match{from: f, to: t, gran: Week}
	case 3:
		f, t := monthOf(s.ref.addMonths(n))
		return match{from: f, to: t, gran: Month}
	case 5:
		y := (s.ref.y/10 + n) * 10
		return match{from: civil{y, 1, 1}, to: civil{y + 9, 12, 31}, gran: Range}
	}
	f, t := yearOf(s.ref.y + n)
	return match{from: f, to: t, gran: Year}
}

// modified reads last/next/this/earlier/later followed by a weekday, a
// month, a unit or a part of the day.
func (s *scanner) modified(i int) (match, bool) {
	mod, j := s.val(i), i+1
	if (mod == modEarlier || mod == modLater) && (s.is(j, "this") || s.cls(j) == cRelDay) {
		if s.cls(j) == cRelDay {
			return match{start: i, end: j + 1, from: s.ref.add(s.val(j)), gran: Day}, true
		}
		mod, j = modThis, j+1
	}
	switch s.cls(j) {
	case cWeekday:
		return s.weekday(i, j, mod)
	case cMonth:
		return s.month(i, j, mod)
	case cPart:
		if mod == modLast && s.is(j, "night") {
			return match{start: i, end: j + 1, from: s.ref.add(-1), gran: Day}, true
		}
		if mod == modThis {
			return match{start: i, end: j + 1, from: s.ref, gran: Day}, true
		}
	case cUnit:
		if mod == modEarlier || mod == modLater || s.val(j) == 1 {
			return match{}, false
		}
		n := 0
		switch mod {
		case modLast:
			n = -1
		case modNext:
			n = 1
		}
		m := s.period(s.val(j), n)
		m.start, m.end = i, j+1
		return m, true
	}
	return match{}, false
}
