package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"github.com/dyad-project/dyad/internal/petrarch"
)

// sniffDict tells a dyad actor file ("@state", "@person" ... headers) and a
// dyad pattern file ("051 v hail {T}") from anything else, which is left to
// the PETRARCH reader.
func sniffDict(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("dictionary %s: %w", path, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 0; sc.Scan() && n < 400; n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "@state") || strings.HasPrefix(line, "@person") ||
			strings.HasPrefix(line, "@org") || strings.HasPrefix(line, "@agent") || strings.HasPrefix(line, "@discard"):
			return "actors", nil
		case isPatternLine(line):
			return "patterns", nil
		}
	}
	return "petrarch", nil
}

// isPatternLine reports "CODE v|n PATTERN" or "@NAME = ..." lines.
func isPatternLine(line string) bool {
	f := strings.Fields(line)
	if len(f) >= 3 && strings.HasPrefix(f[0], "@") && f[1] == "=" {
		return true
	}
	if len(f) < 3 || (f[1] != "v" && f[1] != "n") || len(f[0]) < 2 || len(f[0]) > 4 {
		return false
	}
	return strings.Trim(f[0], "0123456789") == ""
}

// addPetrarch loads a PETRARCH/TABARI dictionary (actors, agents, verbs or
// discards; the reader tells which).
func (d *Dicts) addPetrarch(path, _ string) error {
	a, p, err := petrarch.Load(path, d.Codebook)
	if err != nil {
		return err
	}
	if a != nil {
		d.Actors.Merge(a)
	}
	if p != nil {
		d.Patterns.Merge(p)
	}
	return nil
}
