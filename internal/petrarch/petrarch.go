// Package petrarch reads dictionaries written for the PETRARCH and TABARI
// event coders (actors, agents, verbs and discards files) into dyad's actor
// dictionary and event pattern types.
//
// Words before the verb ("- NOT_* [112]") become Pattern.Pre, a leading
// compound marker ("- % * [030]") Pattern.Mutual and a later one a target.
// The conversion is lossy where dyad's dictionaries cannot say what the
// PETRARCH ones do (slots before the verb, multi-code actors, stemmed
// words); such items are dropped and counted in Stats so a caller can
// report them.
package petrarch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/dyad-project/dyad/internal/actor"
	"github.com/dyad-project/dyad/internal/event"
)

// Dictionary kinds returned by Sniff.
const (
	KindActors   = "actors"
	KindAgents   = "agents"
	KindVerbs    = "verbs"
	KindDiscards = "discards"
)

// maxWarnings bounds the warnings kept in Stats.
const maxWarnings = 50

// Stats counts what a conversion kept and what it dropped, and why.
type Stats struct {
	Kind     string
	Entries  int            // actor entries, agent words or discard phrases kept
	Patterns int            // event patterns kept
	Dropped  map[string]int // reason -> number of items dropped
	Warnings []string       // the first problems met, as "file:line: message"
}

// drop counts one dropped item and remembers the first warnings.
func (s *Stats) drop(reason, name string, line int) {
	if s.Dropped == nil {
		s.Dropped = map[string]int{}
	}
	s.Dropped[reason]++
	if len(s.Warnings) < maxWarnings {
		s.Warnings = append(s.Warnings, fmt.Sprintf("%s:%d: %s", name, line, reason))
	}
}

// note counts an item kept only in part (no file position is recorded).
func (s *Stats) note(reason string) {
	if s.Dropped == nil {
		s.Dropped = map[string]int{}
	}
	s.Dropped[reason]++
}

// TotalDropped returns the number of dropped items over every reason.
func (s *Stats) TotalDropped() int {
	n := 0
	for _, c := range s.Dropped {
		n += c
	}
	return n
}

// String summarises the statistics on one line.
func (s *Stats) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d entries, %d patterns", s.Kind, s.Entries, s.Patterns)
	reasons := make([]string, 0, len(s.Dropped))
	for r := range s.Dropped {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	for _, r := range reasons {
		fmt.Fprintf(&b, "; dropped %d (%s)", s.Dropped[r], r)
	}
	return b.String()
}

// Result is one converted dictionary: Actors for actors, agents and
// discards files, Patterns for verbs files.
type Result struct {
	Kind     string
	Actors   *actor.Dict
	Patterns *event.PatternSet
	Stats    Stats
}

// Load reads one PETRARCH/TABARI dictionary file, telling its kind (actors,
// agents, verbs, discards) from its content, and converts it. Exactly one of
// the results is non-nil for actors/agents/discards (the *actor.Dict) or
// verbs (the *event.PatternSet). Errors name path:line.
func Load(path string, cb event.Codebook) (*actor.Dict, *event.PatternSet, error) {
	res, err := ReadFile(path, cb)
	if err != nil {
		return nil, nil, err
	}
	return res.Actors, res.Patterns, nil
}

// ReadFile is Load with the conversion statistics.
func ReadFile(path string, cb event.Codebook) (*Result, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("petrarch dictionary: %w", err)
	}
	return Parse(data, path, cb)
}

// Parse converts the dictionary in data; name is used in messages. Codes
// of verb patterns are checked against cb (any 2-4 digit code when nil).
func Parse(data []byte, name string, cb event.Codebook) (*Result, error) {
	kind := Sniff(bytes.NewReader(data))
	res := &Result{Kind: kind, Stats: Stats{Kind: kind}}
	var err error
	switch kind {
	case KindActors:
		res.Actors, err = parseActors(data, name, &res.Stats)
	case KindAgents:
		res.Actors, err = parseAgents(data, name, &res.Stats)
	case KindDiscards:
		res.Actors, err = parseDiscards(data, name, &res.Stats)
	case KindVerbs:
		res.Patterns, err = parseVerbs(data, name, cb, &res.Stats)
	default:
		return nil, fmt.Errorf("%s:1: not a PETRARCH actors, agents, verbs or discards dictionary", name)
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// sniffLines is how many meaningful lines Sniff reads at most.
const sniffLines = 2000

// Sniff tells the kind of a PETRARCH dictionary from its content: "actors",
// "agents", "verbs", "discards", or "" when it is none of them.
func Sniff(r io.Reader) string {
	var n, bracketed int
	kind := ""
	_ = scanLines(r, func(_ int, text string) error {
		t := strings.TrimSpace(text)
		n++
		switch k := sniffLine(t); {
		case k != "":
			kind = k
		case strings.Contains(t, "["):
			bracketed++
		}
		if kind != "" || bracketed >= 40 || n >= sniffLines {
			return io.EOF
		}
		return nil
	})
	switch {
	case kind != "":
		return kind
	case bracketed > 0:
		return KindActors
	case n > 0:
		return KindDiscards
	}
	return ""
}

// sniffLine returns the kind a single line proves, or "".
func sniffLine(t string) string {
	switch {
	case strings.HasPrefix(t, "---") && strings.Contains(t, "["):
		return KindVerbs
	case strings.HasPrefix(t, "&") && len(t) > 1 && isUpper(t[1]):
		return KindVerbs
	case strings.HasPrefix(t, "-") && strings.Contains(t, "*") && strings.Contains(t, "["):
		return KindVerbs
	case strings.HasPrefix(t, "!") && strings.Contains(t, "! ="):
		return KindAgents
	}
	if i := strings.IndexByte(t, '['); i >= 0 && strings.Contains(t[i:], "~") {
		return KindAgents
	}
	return ""
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// scanLines calls fn for every line of r that holds something once
// comments are removed: <!-- ... --> (possibly over several lines), # and
// the legacy ; to end of line. Leading white space is kept (it marks code
// lines in actors files). fn may return io.EOF to stop early.
func scanLines(r io.Reader, fn func(num int, text string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	inComment := false
	for n := 1; sc.Scan(); n++ {
		var s string
		s, inComment = stripComments(sc.Text(), inComment)
		if strings.TrimSpace(s) == "" {
			continue
		}
		if err := fn(n, s); err != nil {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
	return sc.Err()
}

// stripComments removes comments from one line; inComment says whether
// the line starts inside an XML-style comment, and the result whether the
// next one does.
func stripComments(s string, inComment bool) (string, bool) {
	var out strings.Builder
	for s != "" {
		if inComment {
			i := strings.Index(s, "-->")
			if i < 0 {
				return strings.TrimRight(out.String(), " \t\r"), true
			}
			s, inComment = s[i+3:], false
			out.WriteByte(' ')
			continue
		}
		i := strings.Index(s, "<!")
		if i < 0 {
			out.WriteString(s)
			break
		}
		out.WriteString(s[:i])
		s, inComment = s[i+2:], true
	}
	t := out.String()
	if i := strings.IndexAny(t, "#;"); i >= 0 {
		t = t[:i]
	}
	return strings.TrimRight(t, " \t\r"), inComment
}

// phrase turns a PETRARCH phrase ("NORTH_KOREA_", "HAMAS WING") into
// lower-case words separated by single spaces.
func phrase(s string) string {
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// titleCase capitalises each word of a lower-case phrase for display.
func titleCase(p string) string {
	b := []byte(p)
	up := true
	for i, c := range b {
		if up && c >= 'a' && c <= 'z' {
			b[i] = c - 'a' + 'A'
		}
		up = c == ' ' || c == '-'
	}
	return string(b)
}

// brackets returns the contents of every [...] group of s and the text
// before the first one.
func brackets(s string) (before string, groups []string) {
	i := strings.IndexByte(s, '[')
	if i < 0 {
		return s, nil
	}
	before = s[:i]
	for i >= 0 {
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			groups = append(groups, s[i+1:])
			break
		}
		groups = append(groups, s[i+1:i+j])
		s = s[i+j+1:]
		i = strings.IndexByte(s, '[')
	}
	return before, groups
}
