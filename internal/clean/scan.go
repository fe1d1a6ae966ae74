package clean

import (
	"math/bits"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the byte scans that every line goes through: the check
// that a line is already normalised (with its word count) and the search
// for what quickKeep must see. Lines of plain ASCII are scanned eight bytes
// at a time.

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
	low = 0x7f7f7f7f7f7f7f7f
)

// load64 returns s[i:i+8] as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// eqBytes sets the top bit of each byte of the ASCII word x that equals c.
func eqBytes(x uint64, c byte) uint64 {
	return ^((x ^ lsb*uint64(c)) + low) & msb
}

// quickInfo is what quickKeep needs from a line's bytes.
type quickInfo struct {
	colon int  // index of the first colon, -1 when there is none
	by    bool // " by " occurs after the first byte
	mark  bool // a junk mark occurs
	ok    bool // the fields are filled in
}

// at notes the quickKeep trigger byte s[i] (':', 'y' or a mark anchor).
func (q *quickInfo) at(s string, i int) {
	switch c := s[i]; c {
	case ':':
		if q.colon < 0 {
			q.colon = i
		}
	case 'y':
		q.by = q.by || i > 2 && i+1 < len(s) && s[i-2:i+2] == " by "
	default:
		for _, a := range markAnchors[c] {
			if k := i - a.at; k >= 0 && len(s)-k >= len(a.mark) && s[k:k+len(a.mark)] == a.mark {
				q.mark = true
			}
		}
	}
}

// triggers sets the top bit of each byte of the ASCII word x that quickKeep
// must look at.
func triggers(x uint64) uint64 {
	return eqBytes(x, ':') | eqBytes(x, 'y') | eqBytes(x, 'k') | eqBytes(x, 'v') | eqBytes(x, '.')
}

// atAll notes every trigger byte flagged in t, a triggers mask of the word
// at s[i:i+8].
func (q *quickInfo) atAll(s string, i int, t uint64) {
	for t != 0 {
		q.at(s, i+bits.TrailingZeros64(t)/8)
		t &= t - 1
	}
}

// quickScan fills a quickInfo for s in one pass.
func quickScan(s string) quickInfo {
	q := quickInfo{colon: -1, ok: true}
	for i := 0; i < len(s); i++ {
		if quickBytes[s[i]] {
			q.at(s, i)
		}
	}
	return q
}

// scanPlain returns the number of words of s when s is already in normal
// form, so that Normalize returns it unchanged: NFC, single inner spaces, no
// spaces at either end, no control, invisible or white-space characters and
// no quotes, dashes or ellipses that Normalize maps. It fills a quickInfo
// on the way. For any other s it returns -1 and an empty quickInfo.
func scanPlain(s string) (int, quickInfo) {
	q := quickInfo{colon: -1, ok: true}
	if s == "" {
		return 0, q
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return -1, quickInfo{}
	}
	spaces, prev, wide := 0, uint64(0), false // prev: 0x80 after a space
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := load64(s, i); x&msb == 0 {
				sp := eqBytes(x, ' ')
				bad := ^(x+0x6060606060606060)&msb | (x+lsb)&msb // < 0x20, 0x7f
				if bad != 0 || sp&(sp<<8|prev) != 0 {
					return -1, quickInfo{}
				}
				spaces += bits.OnesCount64(sp)
				prev = sp >> 56
				q.atAll(s, i, triggers(x))
				i += 8
				continue
			}
		}
		switch c := s[i]; plainClass[c] {
		case 0:
			prev = 0
			if quickBytes[c] {
				q.at(s, i)
			}
		case 1:
			if prev != 0 {
				return -1, quickInfo{}
			}
			spaces++
			prev = 0x80
		case 2:
			return -1, quickInfo{}
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !keptRune(r, size) {
				return -1, quickInfo{}
			}
			q.mark = q.mark || r == '©'
			wide = wide || !nfcSafe(r)
			i += size - 1
			prev = 0
		}
		i++
	}
	if wide && norm.NFC.QuickSpanString(s) < len(s) {
		return -1, quickInfo{}
	}
	return spaces + 1, q
}

// plainClass classifies bytes for scanPlain: 0 for printable ASCII other
// than space, 1 for space, 2 for other ASCII (which Normalize changes), 3
// for the bytes of longer UTF-8 sequences.
var plainClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = 3
		case c < 0x20 || c == 0x7f:
			t[c] = 2
		}
	}
	t[' '] = 1
	return t
}()

// nfcRanges are the blocks whose runes nfcSafe knows: Latin-1 Supplement,
// Latin Extended-A and -B, General Punctuation and Currency Symbols.
var nfcRanges = [][2]rune{{0x80, 0x250}, {0x2000, 0x20d0}}

// nfcTable marks the runes of nfcRanges that are NFC on their own and
// never combine with a rune before them, so that text made of ASCII and
// such runes is always NFC.
var nfcTable = func() [][]bool {
	t := make([][]bool, len(nfcRanges))
	for k, rg := range nfcRanges {
		t[k] = make([]bool, rg[1]-rg[0])
		for r := rg[0]; r < rg[1]; r++ {
			s := string(r)
			t[k][r-rg[0]] = norm.NFC.PropertiesString(s).BoundaryBefore() && norm.NFC.String(s) == s
		}
	}
	return t
}()

// nfcSafe reports whether r is marked in nfcTable.
func nfcSafe(r rune) bool {
	for k, rg := range nfcRanges {
		if r >= rg[0] && r < rg[1] {
			return nfcTable[k][r-rg[0]]
		}
	}
	return false
}
