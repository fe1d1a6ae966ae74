package quote

// Token kinds.
const (
	kWord uint8 = iota
	kPunct
	kMark // a double quotation mark (straight or curly)
)

// tok is one token of a sentence: base[a:b], offsets into the base text.
type tok struct {
	a, b int
	k    uint8
}

// tokenize appends the tokens of base[a:b] to out.
func tokenize(base string, a, b int, out []tok) []tok {
	for i := a; i < b; {
		c := base[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isWordByte(c):
			j := i + 1
			for j < b && (isWordByte(base[j]) || base[j] == '-' && j+1 < b && isWordByte(base[j+1]) ||
				base[j] == '\'' && j+1 < b && isLetter(base[j+1]) && isLetter(base[j-1])) {
				j++
			}
			out = append(out, tok{i, j, kWord})
			i = j
		default:
			n, k := 1, kPunct
			if c == '"' {
				k = kMark
			} else if m := markLen(base, i); m > 0 {
				n = m
				if base[i+2] == 0x9c || base[i+2] == 0x9d {
					k = kMark
				}
			}
			out = append(out, tok{i, min(i+n, b), k})
			i += n
		}
	}
	return out
}

func isWordByte(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }
func isLetter(c byte) bool   { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 && c != 0xe2 }
func isUpper(c byte) bool    { return c >= 'A' && c <= 'Z' }
func isSpace(c byte) bool    { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// markLen returns 3 when base[i:] starts with a curly quotation mark
// (U+2018, U+2019, U+201C, U+201D), else 0.
func markLen(base string, i int) int {
	if i+2 < len(base) && base[i] == 0xe2 && base[i+1] == 0x80 {
		switch base[i+2] {
		case 0x98, 0x99, 0x9c, 0x9d:
			return 3
		}
	}
	return 0
}

// Speech verb classes.
const (
	vNone   uint8 = iota
	vSay          // takes a bare clause: said, says, told, added ...
	vThat         // takes a clause only with "that": warned, stressed ...
	vQuoted       // "was quoted as saying"
	vAccord       // "according (to)"
)

// speech classifies a word as a speech verb.
func speech(w string) uint8 {
	switch w {
	case "said", "says", "say", "told", "tells", "added", "adds", "saying", "stated":
		return vSay
	case "wrote", "writes", "insisted", "claimed", "declared", "announced", "warned", "stressed", "noted", "argued", "reiterated", "confirmed", "acknowledged", "admitted",
		"explained", "asserted", "maintained", "adding", "emphasised", "emphasized", "suggested", "believes",
		"denied", "recalled", "replied", "posted":
		return vThat
	case "quoted":
		return vQuoted
	case "according", "According":
		return vAccord
	}
	return vNone
}

// clauseStart reports whether w can open a reported clause after "told
// someone" ("told reporters the talks ...").
func clauseStart(w string) bool {
	switch w {
	case "that", "the", "a", "an", "it", "he", "she", "they", "we", "i", "I", "his", "her", "its", "their",
		"there", "this", "these", "those", "no", "all", "both", "some":
		return true
	}
	return isUpper(w[0])
}

// preposition reports whether w opens a prepositional phrase.
func preposition(w string) bool {
	switch w {
	case "in", "on", "at", "to", "with", "for", "from", "by", "of", "after", "before", "during", "against",
		"In", "On", "At", "After", "During", "With", "For", "From", "By", "Before", "about", "into", "over":
		return true
	}
	return false
}

// channelVerb reports whether "by X" after w names a channel.
func channelVerb(w string) bool {
	switch w {
	case "quoted", "carried", "reported", "cited", "published", "released", "broadcast", "aired", "run":
		return true
	}
	return false
}
