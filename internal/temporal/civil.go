package temporal

import "github.com/dyad-project/dyad/internal/doc"

// civil is a proleptic Gregorian calendar date; the zero value is "none".
type civil struct{ y, m, d int }

func (c civil) zero() bool { return c.m == 0 }

// days returns the number of days since 1970-01-01.
func (c civil) days() int {
	y, m := c.y, c.m
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + c.d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// fromDays is the inverse of days.
func fromDays(z int) civil {
	z += 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	y := yoe + era*400
	if m <= 2 {
		y++
	}
	return civil{y, m, d}
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// add returns c moved by n days.
func (c civil) add(n int) civil { return fromDays(c.days() + n) }

// weekday returns 0 for Sunday through 6 for Saturday.
func (c civil) weekday() int { return ((c.days() % 7) + 7 + 4) % 7 }

// monday returns the Monday of c's week.
func (c civil) monday() civil { return c.add(-((c.weekday() + 6) % 7)) }

// monthEnd returns the last day of c's month.
func (c civil) monthEnd() civil { return civil{c.y, c.m, daysIn(c.y, c.m)} }

// addMonths moves to the first of the month n months away.
func (c civil) addMonths(n int) civil {
	k := c.y*12 + c.m - 1 + n
	return civil{floorDiv(k, 12), k - floorDiv(k, 12)*12 + 1, 1}
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func valid(y, m, d int) bool {
	return y > 0 && y < 10000 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// date formats c as YYYY-MM-DD.
func (c civil) date() doc.Date {
	var b [10]byte
	put := func(at, v, n int) {
		for i := n - 1; i >= 0; i-- {
			b[at+i] = byte('0' + v%10)
			v /= 10
		}
	}
	put(0, c.y, 4)
	b[4], b[7] = '-', '-'
	put(5, c.m, 2)
	put(8, c.d, 2)
	return doc.Date(b[:])
}

// parseDate reads YYYY-MM-DD.
func parseDate(s string) (civil, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return civil{}, false
	}
	y, ok1 := atoi(s[0:4])
	m, ok2 := atoi(s[5:7])
	d, ok3 := atoi(s[8:10])
	if !ok1 || !ok2 || !ok3 || !valid(y, m, d) {
		return civil{}, false
	}
	return civil{y, m, d}, true
}

// atoi reads a short run of ASCII digits.
func atoi(s string) (int, bool) {
	if s == "" || len(s) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// period helpers: the first day and the last day of a unit around c.
func yearOf(y int) (civil, civil)    { return civil{y, 1, 1}, civil{y, 12, 31} }
func monthOf(c civil) (civil, civil) { f := civil{c.y, c.m, 1}; return f, f.monthEnd() }
func weekOf(c civil) (civil, civil)  { m := c.monday(); return m, m.add(6) }
