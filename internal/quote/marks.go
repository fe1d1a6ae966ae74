package quote

// piece is one quoted stretch inside a paragraph: the marks at open and
// close (close < 0 when the paragraph ends inside the quote) and the
// inner text [a, b).
type piece struct {
	open, close int
	a, b        int
	single      bool
	reopen      bool // opens a paragraph that continues an earlier quote
}

// scanMarks finds the quoted stretches of base[a:b], one paragraph.
// Double quotes (straight or curly) are paired in order; single quotes
// count only outside double quotes, when they open before a word and close
// after one within the paragraph.
func scanMarks(base string, a, b int, out []piece) []piece {
	cur := -1 // index in out of the open double quote
	for i := a; i < b; i++ {
		c := base[i]
		if c != '"' && c != '\'' && c != 0xe2 {
			continue
		}
		n, dbl, opening, closing := markAt(base, i, a, b)
		if n == 0 {
			continue
		}
		switch {
		case dbl && cur < 0 && opening:
			out = append(out, piece{open: i, close: -1, a: i + n, b: b})
			cur = len(out) - 1
		case dbl && cur >= 0 && closing:
			out[cur].close, out[cur].b, cur = i, i, -1
		case !dbl && cur < 0 && opening:
			if j := singleClose(base, i+n, b); j > 0 {
				out = append(out, piece{open: i, close: j, a: i + n, b: j, single: true})
				i = j
			}
		}
		i += n - 1
	}
	return out
}

// markAt classifies a possible quotation mark at i: its length, whether
// it is double, and whether it can open or close a quote.
func markAt(base string, i, a, b int) (n int, dbl, opening, closing bool) {
	c := base[i]
	n = 1
	switch {
	case c == '"':
		dbl = true
	case c == '\'':
	case markLen(base, i) > 0:
		n = 3
		dbl = base[i+2] == 0x9c || base[i+2] == 0x9d
	default:
		return 0, false, false, false
	}
	before := i == a || isSpace(base[i-1]) || base[i-1] == '(' || base[i-1] == '[' || base[i-1] == '-'
	after := i+n < b && !isSpace(base[i+n])
	opening = before && after
	closing = i > a && !isSpace(base[i-1])
	if dbl {
		if n == 3 {
			opening, closing = base[i+2] == 0x9c, base[i+2] == 0x9d
		} else {
			opening = after
		}
		return n, true, opening, closing
	}
	if n == 3 && base[i+2] == 0x98 {
		opening = after
	}
	opening = opening && isWordByte(base[i+n])
	return n, false, opening, closing
}

// singleClose finds the closing single quote of a quote opened before
// from: a ' or U+2019 after a non-space and not followed by a letter.
func singleClose(base string, from, b int) int {
	for j := from; j < b; j++ {
		n := 0
		if base[j] == '\'' {
			n = 1
		} else if markLen(base, j) > 0 && base[j+2] == 0x99 {
			n = 3
		} else if base[j] == '"' {
			return -1
		}
		if n == 0 || isSpace(base[j-1]) {
			continue
		}
		if j+n >= b || !isLetter(base[j+n]) {
			return j
		}
	}
	return -1
}
