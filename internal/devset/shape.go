package devset

// ValidCodeShape reports whether code looks like a CAMEO code: 2 to 4
// digits whose first two form a root between 01 and 20.
func ValidCodeShape(code string) bool {
	if len(code) < 2 || len(code) > 4 || !allIn(code, '0', '9') {
		return false
	}
	root := int(code[0]-'0')*10 + int(code[1]-'0')
	return root >= 1 && root <= 20
}

// isActor reports whether s is a plausible actor code: an upper-case
// letter followed by two or more upper-case letters or digits.
func isActor(s string) bool {
	if len(s) < 3 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'A' || c > 'Z') && (c < '0' || c > '9') {
			return false
		}
	}
	return true
}

// isDate reports whether s has the shape YYYY-MM-DD with a plausible month
// and day.
func isDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	if !allIn(s[:4], '0', '9') || !allIn(s[5:7], '0', '9') || !allIn(s[8:], '0', '9') {
		return false
	}
	m := int(s[5]-'0')*10 + int(s[6]-'0')
	d := int(s[8]-'0')*10 + int(s[9]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= 31
}

// allIn reports whether every byte of s lies in [lo, hi].
func allIn(s string, lo, hi byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < lo || s[i] > hi {
			return false
		}
	}
	return true
}
