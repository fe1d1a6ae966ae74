package segment

// splitPara appends the sentence spans of paragraph p (already trimmed).
func splitPara(text string, p Span, out []Span) []Span {
	start := p.Start
	lineStart := p.Start
	emit := func(end int) {
		if s := trim(text, Span{start, end}); s.End > s.Start {
			out = append(out, s)
		}
	}
	for i := p.Start; i < p.End; {
		c := text[i]
		switch {
		case c == '.' || c == '?' || c == '!' || c == 0xE2 && isEllipsis(text, i):
			j := runEnd(text, i, p.End)
			if !markerDot(text, lineStart, i) && boundary(text, i, j, p.End) {
				emit(j)
				start, i = j, j
				continue
			}
			i = j
		case c == '\n':
			if isBulletLine(text, lineStart, i) || isBulletLine(text, i+1, p.End) {
				emit(i)
				start = i + 1
			}
			lineStart = i + 1
			i++
		default:
			i++
		}
	}
	emit(p.End)
	return out
}

// isEllipsis reports whether text[i:] starts with "…".
func isEllipsis(text string, i int) bool {
	return i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0xA6
}

// runEnd returns the end of the terminator run starting at i: terminators,
// then closing quotes and brackets.
func runEnd(text string, i, end int) int {
	for i < end {
		switch c := text[i]; {
		case c == '.' || c == '?' || c == '!':
			i++
		case c == 0xE2 && isEllipsis(text, i):
			i += 3
		default:
			return closersEnd(text, i, end)
		}
	}
	return i
}

func closersEnd(text string, i, end int) int {
	for i < end {
		switch c := text[i]; {
		case c == '"' || c == '\'' || c == ')' || c == ']':
			i++
		case c == 0xE2 && i+2 < end && text[i+1] == 0x80 && (text[i+2] == 0x99 || text[i+2] == 0x9D):
			i += 3 // ’ ”
		case c == 0xC2 && i+1 < end && text[i+1] == 0xBB:
			i += 2 // »
		default:
			return i
		}
	}
	return i
}

// isBulletLine reports whether the line starting at i (up to end) opens with
// a list marker.
func isBulletLine(text string, i, end int) bool {
	for i < end && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i+1 >= end {
		return false
	}
	switch text[i] {
	case '-', '*':
		return text[i+1] == ' '
	case 0xE2: // •
		return i+3 < end && text[i+1] == 0x80 && text[i+2] == 0xA2 && text[i+3] == ' '
	case 0xC2: // ·
		return i+2 < end && text[i+1] == 0xB7 && text[i+2] == ' '
	}
	j := i
	for j < end && j-i < 3 && isDigit(text[j]) {
		j++
	}
	return j > i && j+1 < end && (text[j] == '.' || text[j] == ')') && text[j+1] == ' '
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// markerDot reports whether the full stop at i ends a list number at the
// start of its line ("1. Talk").
func markerDot(text string, lineStart, i int) bool {
	k := lineStart
	for k < i && (text[k] == ' ' || text[k] == '\t') {
		k++
	}
	return k < i && i-k <= 3 && text[i] == '.' && allDigits(text[k:i]) && isBulletLine(text, k, len(text))
}

func allDigits(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}
