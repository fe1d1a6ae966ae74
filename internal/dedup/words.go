package dedup

import (
	"unicode"
	"unicode/utf8"
)

// FNV-1a parameters for word hashes.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// stopWords are function words left out of shingles: they carry no content
// and make unrelated articles share shingles.
var stopWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on",
		"at", "by", "for", "from", "with", "as", "into", "onto", "over", "under", "about", "after",
		"before", "than", "that", "this", "these", "those", "it", "its", "is", "are", "was", "were",
		"be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall",
		"should", "can", "could", "may", "might", "must", "not", "no", "he", "she", "they", "we",
		"you", "i", "his", "her", "their", "our", "your", "him", "them", "us", "me", "my", "who",
		"whom", "which", "what", "when", "where", "while", "also", "said", "says", "say", "told",
		"there", "here", "so", "if", "then", "up", "out", "more", "most", "all", "any", "some",
		"such", "other", "its", "s", "t"} {
		m[wordHash(w)] = true
	}
	return m
}()

// wordHash is the hash lineWords gives an already lower-cased word.
func wordHash(w string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint64(w[i])) * fnvPrime
	}
	return h
}

// lineWords appends the hashes of the content words of line (letters and
// digits, lower-cased, stop words and single characters dropped) to dst and
// returns it with the number of words of any kind.
func lineWords(dst []uint64, line string) ([]uint64, int) {
	n := 0
	h, size := uint64(fnvOffset), 0
	end := func() {
		if size > 0 {
			n++
			if size > 1 && !stopWords[h] {
				dst = append(dst, h)
			}
		}
		h, size = fnvOffset, 0
	}
	for i := 0; i < len(line); {
		c := line[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				h, size = (h^uint64(c))*fnvPrime, size+1
			case 'A' <= c && c <= 'Z':
				h, size = (h^uint64(c+'a'-'A'))*fnvPrime, size+1
			default:
				end()
			}
			continue
		}
		r, w := utf8.DecodeRuneInString(line[i:])
		i += w
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.Mn, r) {
			end()
			continue
		}
		r = unicode.ToLower(r)
		for k := 0; k < 4 && r > 0; k++ { // hash the rune's value bytewise
			h = (h ^ uint64(r&0xff)) * fnvPrime
			r >>= 8
		}
		size++
	}
	end()
	return dst, n
}
