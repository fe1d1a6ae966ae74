package api

import "unicode/utf8"

// The store keeps byte offsets; JavaScript indexes strings in UTF-16 code
// units. These helpers convert.

// utf16At is the UTF-16 length of s[:b]. b is clamped to [0, len(s)]; an
// offset inside a multi-byte character counts up to that character's start.
func utf16At(s string, b int) int {
	b = max(0, min(b, len(s)))
	n := 0
	for i := 0; i < b; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if i+size > b {
			break
		}
		n += utf16Units(r)
		i += size
	}
	return n
}

// utf16Units is how many UTF-16 code units r takes.
func utf16Units(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// offsets16 converts many byte offsets of one string in O(1) each.
type offsets16 struct {
	n   int     // len of the string
	tab []int32 // tab[b] = UTF-16 offset of byte b; nil for ASCII strings
}

// newOffsets16 prepares conversions for s.
func newOffsets16(s string) offsets16 {
	o := offsets16{n: len(s)}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return o
	}
	o.tab = make([]int32, len(s)+1)
	u := int32(0)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			o.tab[i+k] = u
		}
		u += int32(utf16Units(r))
		i += size
	}
	o.tab[len(s)] = u
	return o
}

// at is the UTF-16 offset of byte offset b (clamped to the string).
func (o offsets16) at(b int) int {
	b = max(0, min(b, o.n))
	if o.tab == nil {
		return b
	}
	return int(o.tab[b])
}
