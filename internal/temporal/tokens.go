package temporal

// Token kinds.
const (
	kWord  uint8 = iota // letters (and any non-ASCII bytes)
	kNum                // ASCII digits only
	kAlnum              // digits followed by letters: "4th", "1990s"
	kPunct              // one ASCII punctuation byte
)

// tok is one token: text[s:e].
type tok struct {
	s, e int32
	k    uint8
	w    wordInfo // dictionary class of a word (zero when none)
}

// tokenize splits text into words, numbers and single punctuation bytes,
// skipping white space, appending to out.
func tokenize(text string, out []tok) []tok {
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case isDigit(c):
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			k := kNum
			if j < len(text) && isLetter(text[j]) {
				k = kAlnum
				for j < len(text) && isLetter(text[j]) {
					j++
				}
			}
			out = append(out, tok{s: int32(i), e: int32(j), k: k})
			i = j
		case isLetter(c):
			j := i
			for j < len(text) && (isLetter(text[j]) || isDigit(text[j])) {
				j++
			}
			out = append(out, tok{s: int32(i), e: int32(j), k: kWord, w: lookup(text[i:j])})
			i = j
		default:
			out = append(out, tok{s: int32(i), e: int32(i + 1), k: kPunct})
			i++
		}
	}
	return out
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

// Word classes.
const (
	cNone     uint8 = iota
	cWeekday        // v: 0 Sunday .. 6 Saturday
	cMonth          // v: 1..12
	cMonthAbb       // abbreviated month, v: 1..12
	cRelDay         // v: day offset (yesterday -1, today 0, tomorrow +1)
	cMod            // last, next, this, past, coming, previous, earlier, later
	cUnit           // v: 1 day, 2 week, 3 month, 4 year, 5 decade
	cAgo
	cNumber // v: value of a number word
	cPrep   // prepositions that introduce a time
	cPart   // night, morning, afternoon, evening
	cEdge   // early, mid, late
	cFuture // will, shall, upcoming, scheduled ...
)

// Modifier values.
const (
	modLast = iota + 1
	modNext
	modThis
	modEarlier
	modLater
)

// wordInfo is a word's class and value; era marks the first word of a
// named era.
type wordInfo struct {
	c   uint8
	v   int8
	era bool
}

// wordTable is an open-addressing hash table of the dictionary words; a
// probe costs a few byte operations, much less than a map lookup.
type wordTable struct {
	keys [1024]string
	vals [1024]wordInfo
}

func hashWord(b []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range b {
		h = (h ^ uint32(c)) * 16777619
	}
	return h & 1023
}

func (t *wordTable) put(w string, v wordInfo) {
	h := hashWord([]byte(w))
	for t.keys[h] != "" && t.keys[h] != w {
		h = (h + 1) & 1023
	}
	t.keys[h], t.vals[h] = w, v
}

// lookup classifies a word case-insensitively without allocating.
func lookup(w string) wordInfo {
	if len(w) > 12 {
		return wordInfo{}
	}
	var b [12]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	h := hashWord(b[:len(w)])
	for words.keys[h] != "" {
		if words.keys[h] == string(b[:len(w)]) {
			return words.vals[h]
		}
		h = (h + 1) & 1023
	}
	return wordInfo{}
}

var words = buildWords()

func buildWords() *wordTable {
	m := map[string]wordInfo{}
	set := func(c uint8, v int, ws ...string) {
		for _, w := range ws {
			m[w] = wordInfo{c: c, v: int8(v)}
		}
	}
	for i, w := range []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"} {
		set(cWeekday, i, w)
	}
	for i, w := range []string{"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december"} {
		set(cMonth, i+1, w)
	}
	for i, w := range []string{"jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if w != "" {
			set(cMonthAbb, i+1, w)
		}
	}
	set(cMonthAbb, 9, "sept")
	set(cRelDay, -1, "yesterday")
	set(cRelDay, 0, "today", "tonight")
	set(cRelDay, 1, "tomorrow")
	set(cMod, modLast, "last", "past", "previous")
	set(cMod, modNext, "next", "coming")
	set(cMod, modThis, "this")
	set(cMod, modEarlier, "earlier")
	set(cMod, modLater, "later")
	set(cUnit, 1, "day", "days")
	set(cUnit, 2, "week", "weeks")
	set(cUnit, 3, "month", "months")
	set(cUnit, 4, "year", "years")
	set(cUnit, 5, "decade", "decades")
	set(cAgo, 0, "ago")
	for i, w := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"eleven", "twelve"} {
		set(cNumber, i+1, w)
	}
	set(cNumber, 1, "a", "an")
	set(cNumber, 15, "fifteen")
	set(cNumber, 20, "twenty")
	set(cNumber, 30, "thirty")
	set(cPrep, 0, "in", "on", "since", "until", "till", "by", "from", "before", "after", "during", "of",
		"through", "to", "between", "and", "at", "for", "throughout")
	set(cPart, 0, "night", "morning", "afternoon", "evening", "overnight")
	set(cEdge, 0, "early", "mid", "late", "end")
	set(cFuture, 0, "will", "shall", "ll", "won", "upcoming", "scheduled", "due", "set")
	for _, e := range eras {
		w := m[e.words[0]]
		w.era = true
		m[e.words[0]] = w
	}
	t := &wordTable{}
	for w, v := range m {
		t.put(w, v)
	}
	return t
}
